"""The wellbeing section of the handouts: one function, used by the minutes and the class sheet.

Everything comes from :class:`ShownResult` (``app.services.wellbeing.shown_result`` / ``results_of_cohort``),
so a class with fewer than five answers shows its number of answers and the reason, never a value. The charts
are drawn by ``app.services.export.chart_drawings`` from the chart data of ``app.domain.charts``; if those are
not available, the same figures are shown as tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from app.domain.formatting import decimal, percent, short_date
from app.domain.school import SchoolYear
from app.domain.wellbeing import GradeBand, ShownResult, indicator_label
from app.i18n import tr
from app.services.export.pdf_layout import (
    CONTENT_WIDTH,
    empty_note,
    heading,
    para,
    space,
    styles,
    table,
    text as markup,
)

QUESTIONS_PER_CHART = 10  # a chart of more questions is split, so that no drawing is taller than a page


def _chart_functions():
    """(indicator_chart, question_chart, indicator_drawing, question_drawing), or None without the chart modules."""
    try:
        from app.domain.charts import indicator_chart, question_chart
        from app.services.export.chart_drawings import indicator_drawing, question_drawing
    except ImportError:
        return None
    return indicator_chart, question_chart, indicator_drawing, question_drawing


def answers_line(result: ShownResult) -> str:
    return tr("export", "The survey {year}: {count} answers").format(
        year=SchoolYear(result.survey_year).label, count=result.answer_count
    )


def wellbeing_section(
    current: ShownResult | None,
    previous: ShownResult | None = None,
    *,
    questions: bool = False,
    history: Sequence[ShownResult] = (),
    class_names: dict[int, str] | None = None,
    width: float = CONTENT_WIDTH,
    level: int = 1,
) -> list[Flowable]:
    """Heading, the indicator chart (current against last year) and, with ``questions``, each question's
    answers; with a ``history`` of two or more years, the cohort's trend. Grades 0–3 have no indicators, so
    their questions are always shown. Below five answers only the count and the reason are shown."""
    flowables: list[Flowable] = heading(tr("export", "The class's wellbeing"), level)
    if current is None:
        flowables.append(empty_note(tr("export", "There is no wellbeing survey result for the class yet.")))
        return flowables
    flowables.append(para(answers_line(current), "muted"))
    if current.suppressed:
        flowables.append(para(current.reason, "notice"))
        return flowables
    questions = questions or GradeBand(current.grade_band) == GradeBand.YOUNG
    charts = _chart_functions()
    if charts is not None:
        body = _with_charts(current, previous, questions, width, charts)
        body += _trend(history, class_names or {}, width)
    else:
        body = _as_tables(current, previous, questions)
    # The heading, the number of answers and the first chart or table stay on one page.
    return [KeepTogether([f for f in flowables if not isinstance(f, CondPageBreak)] + body[:1]), *body[1:]]


# -- with the chart drawings -------------------------------------------------------------------------------
def _with_charts(current, previous, questions, width, charts) -> list[Flowable]:
    indicator_chart, question_chart, indicator_drawing, question_drawing = charts
    flowables: list[Flowable] = []
    chart = indicator_chart(current, previous)
    if chart.bars:
        flowables.append(indicator_drawing(chart, width))
        if chart.high_wellbeing_pct is not None:
            flowables.append(space(1))
            flowables.append(para(_high_wellbeing_text(current), "small"))
    elif chart.note:
        flowables.append(empty_note(chart.note))
    if questions:
        bars = question_chart(current)
        if bars:
            drawings = [question_drawing(bars[start:start + QUESTIONS_PER_CHART], width)
                        for start in range(0, len(bars), QUESTIONS_PER_CHART)]
            flowables.append(KeepTogether([
                para(tr("export", "The answers to each question"), "h2"),
                para(tr("export", "The questions with the lowest wellbeing come first."), "muted"),
                drawings[0],
            ]))
            for drawing in drawings[1:]:
                flowables += [space(2), drawing]
    return flowables


def _trend(history: Sequence[ShownResult], class_names: dict[int, str], width: float) -> list[Flowable]:
    if len(history) < 2:
        return []
    try:
        from app.domain.charts import trend_chart
        from app.services.export.chart_drawings import trend_drawing
    except ImportError:
        return []
    chart = trend_chart(list(history), class_names)
    if not chart.has_values:
        return []
    return [KeepTogether([para(tr("export", "The same pupils over the years"), "h2"), trend_drawing(chart, width)])]


def _high_wellbeing_text(result: ShownResult) -> str:
    return tr("export", "Share of pupils with the highest wellbeing: {share}").format(
        share=percent(result.high_wellbeing_pct)
    )


# -- the agreements about the survey -------------------------------------------------------------------------
SUBGROUP_FILL = colors.HexColor("#f1f4f8")
QUESTION_COLOR = "#5a6270"  # the muted grey of the handouts


def survey_agreements_section(groups, scrub=lambda value: value or "", level: int = 1) -> list[Flowable]:
    """ "Aftaler om trivslen": the class agreements (``agreements_by_survey_link``) in one table, a row with the
    indicator or question before the agreements that answer it. Class agreements only: no pupil is named, and
    free text goes through ``scrub``. No survey value is shown, so the section is the same below 5 answers."""
    flowables: list[Flowable] = heading(tr("export", "Agreements about the wellbeing"), level)
    groups = {link: items for link, items in (groups or {}).items() if items}
    if not groups:
        flowables.append(empty_note(tr("export", "None of the class's agreements is linked to the wellbeing survey.")))
        return flowables
    rows: list[list] = []
    group_rows: list[int] = []
    for link, items in groups.items():
        group_rows.append(len(rows) + 1)  # +1: the header row
        title = tr("export", "{kind}: {name}").format(kind=link.kind_label, name=link.label)
        rows.append([Paragraph(markup(title), styles()["cell_head"]), "", "", ""])
        for item in items:
            what = scrub(item.text)
            if item.question_label:
                about = tr("export", "About the question: {question}").format(question=item.question_label)
                what = Paragraph(f"{markup(what)}<br/><font color='{QUESTION_COLOR}'>{markup(about)}</font>",
                                 styles()["cell"])
            deadline = short_date(item.deadline) if item.deadline else tr("export", "No deadline")
            rows.append([what, item.responsible, deadline, item.status_text])
    result = table([tr("export", "Agreement"), tr("export", "Responsible"), tr("export", "Deadline"),
                    tr("export", "Status")], rows, [0.53, 0.2, 0.13, 0.14])
    commands = []
    for row in group_rows:
        commands += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SUBGROUP_FILL),
                     ("TOPPADDING", (0, row), (-1, row), 5)]
    result.setStyle(commands)
    flowables.append(result)
    return flowables


# -- as tables (no chart modules) ----------------------------------------------------------------------------
def _as_tables(current: ShownResult, previous: ShownResult | None, questions: bool) -> list[Flowable]:
    flowables: list[Flowable] = []
    if current.indicators:
        before = {}
        if previous is not None and not previous.suppressed:
            before = {s.indicator: s.class_value for s in previous.indicators}
        header = [tr("export", "Indicator"),
                  tr("export", "The class {year}").format(year=SchoolYear(current.survey_year).label)]
        widths = [0.4, 0.15]
        if before and previous is not None:
            header.append(tr("export", "The class {year}").format(year=SchoolYear(previous.survey_year).label))
            widths.append(0.15)
        header += [tr("export", "The school"), tr("export", "Nationally")]
        widths += [0.15, 0.15]
        rows = []
        for s in current.indicators:
            row = [indicator_label(s.indicator), decimal(s.class_value)]
            if before:
                row.append(decimal(before.get(s.indicator)))
            rows.append(row + [decimal(s.school_value), decimal(s.national_value)])
        flowables.append(table(header, rows, widths))
        if current.high_wellbeing_pct is not None:
            flowables.append(para(_high_wellbeing_text(current), "small"))
    elif GradeBand(current.grade_band) == GradeBand.YOUNG:
        flowables.append(empty_note(
            tr("export", "Grades 0–3 have no official indicator means: see the answers to each question.")
        ))
    if questions and current.questions:
        flowables += heading(tr("export", "The answers to each question"), 2)
        rows = []
        for question in current.questions:
            distribution = " · ".join(
                f"{option} {percent(share)}" for option, share in zip(question.options, question.shares)
            )
            rows.append([question.text, str(question.answer_count), decimal(question.mean_score()), distribution])
        flowables.append(table(
            [tr("export", "Question"), tr("export", "Answers"), tr("export", "Mean score"),
             tr("export", "Answers given")],
            rows, [0.34, 0.08, 0.1, 0.48],
        ))
    return flowables
