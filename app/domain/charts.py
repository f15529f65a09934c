"""The wellbeing charts as plain data: what to draw, not how.

One set of functions for every output: the app draws these with QPainter (app/ui/wellbeing_chart.py),
the PDF handouts with reportlab's graphics (app/services/export/chart_drawings.py). Every function takes
:class:`ShownResult` (the anonymity rule already applied), so a class with fewer than five answers yields
a chart that carries only the number of answers and the reason, never a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.formatting import decimal, difference, percent, rounded, signed
from app.domain.school import SchoolYear
from app.domain.wellbeing import (
    GradeBand,
    Indicator,
    QuestionDistribution,
    ScoreBand,
    ShownResult,
    indicator_label,
    score_band,
)
from app.i18n import tr

SCALE_MIN = 1.0
SCALE_MAX = 5.0

# Colours shared by screen and paper (hex, no alpha). The bands are light tints behind the bars.
BAND_COLORS = {
    ScoreBand.LOW: "#f6d5d0",
    ScoreBand.LOWER_MIDDLE: "#fbe5c8",
    ScoreBand.UPPER_MIDDLE: "#e3eef7",
    ScoreBand.HIGH: "#d3ebdc",
}
CLASS_COLOR = "#2f5f8a"
SCHOOL_COLOR = "#222222"
NATIONAL_COLOR = "#b5651d"
AXIS_COLOR = "#555555"
TEXT_COLOR = "#1a1a1a"
MUTED_TEXT_COLOR = "#555555"
# Answer options from the worst (left) to the best (right): a diverging red–blue palette that stays readable
# for red–green colour blindness, and whose grey values (luminance) differ by at least 30 of 255, so that
# the options stay apart on a black-and-white printer (tests/domain/test_print_safe.py checks it).
OPTION_COLORS = {
    3: ("#7a1f12", "#e6e6e6", "#2b6aa6"),
    5: ("#7a1f12", "#e07b4f", "#e6e6e6", "#a9cbe6", "#2b6aa6"),
}
DARK_OPTION_COLORS = {"#7a1f12", "#2b6aa6"}
# Trend lines: distinct grey values and a dash pattern each, named in the legend beside the line.
TREND_COLORS = {
    Indicator.SOCIAL: "#1f4e79",
    Indicator.ACADEMIC: "#c0504d",
    Indicator.SUPPORT: "#7fae3a",
    Indicator.CALM: "#b79fd6",
    Indicator.OVERALL: "#000000",
}
TREND_DASHES = {
    Indicator.SOCIAL: None,
    Indicator.ACADEMIC: (5, 2),
    Indicator.SUPPORT: (1.2, 1.8),
    Indicator.CALM: (6, 2, 1.5, 2),
    Indicator.OVERALL: (2.5, 2.5),
}


def grey_value(hex_color: str) -> float:
    """The luminance (0–255) a greyscale printer gives a colour (ITU-R BT.601, as Ghostscript and pdftoppm)."""
    red, green, blue = (int(hex_color.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return 0.299 * red + 0.587 * green + 0.114 * blue


@dataclass(frozen=True)
class Band:
    """A score band as a background range on the 1–5 axis (boundaries between the rounded bands)."""

    band: ScoreBand
    low: float
    high: float
    label: str
    color: str


BANDS = (
    Band(ScoreBand.LOW, 1.0, 2.05, "1,0–2,0", BAND_COLORS[ScoreBand.LOW]),
    Band(ScoreBand.LOWER_MIDDLE, 2.05, 3.05, "2,1–3,0", BAND_COLORS[ScoreBand.LOWER_MIDDLE]),
    Band(ScoreBand.UPPER_MIDDLE, 3.05, 4.05, "3,1–4,0", BAND_COLORS[ScoreBand.UPPER_MIDDLE]),
    Band(ScoreBand.HIGH, 4.05, 5.0, "4,1–5,0", BAND_COLORS[ScoreBand.HIGH]),
)
TICKS = tuple((float(v), str(v)) for v in range(1, 6))


def answers_text(count: int) -> str:
    if count == 1:
        return tr("charts", "1 answer")
    return tr("charts", "{count} answers").format(count=count)


def year_label(survey_year: int) -> str:
    return SchoolYear(survey_year).label


# -- indicators --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class IndicatorBar:
    indicator: Indicator
    label: str
    value: float | None  # the class's mean on 1–5 (None: not given)
    value_text: str  # "3,7"
    band: ScoreBand | None
    school_value: float | None
    school_text: str
    national_value: float | None
    national_text: str
    previous_value: float | None  # last year's value of the same pupils (the cohort)
    change: float | None  # value - previous_value on the one-decimal figures
    change_text: str  # "+0,2"
    description: str  # the whole bar in words (accessible name, tooltip)


@dataclass(frozen=True)
class IndicatorChart:
    survey_year: int
    year_label: str
    previous_year_label: str  # "" when there is no earlier result to compare with
    answer_count: int
    answers_text: str
    suppressed: bool  # fewer than 5 answers: no bars, only the count and the reason
    reason: str
    young: bool  # grades 0–3: no official indicator means, shown as distributions
    note: str  # what to say instead of bars (suppressed, grades 0–3, or nothing entered)
    bars: tuple[IndicatorBar, ...]
    high_wellbeing_pct: float | None
    high_wellbeing_text: str
    scale_min: float = SCALE_MIN
    scale_max: float = SCALE_MAX
    bands: tuple[Band, ...] = BANDS
    ticks: tuple[tuple[float, str], ...] = TICKS

    @property
    def has_school(self) -> bool:
        return any(bar.school_value is not None for bar in self.bars)

    @property
    def has_national(self) -> bool:
        return any(bar.national_value is not None for bar in self.bars)

    def texts(self) -> list[str]:
        """Every text the chart shows (for accessibility and for tests of what reaches the user)."""
        found = [self.answers_text, self.reason, self.note, self.high_wellbeing_text]
        for bar in self.bars:
            found += [bar.label, bar.value_text, bar.school_text, bar.national_text, bar.change_text, bar.description]
        return [text for text in found if text]


def _rounded(value: float | None) -> float | None:
    return rounded(value, 1)


def _text(value: float | None) -> str:
    return decimal(value, 1, empty="")


def _share(value: float | None) -> str:
    return percent(value, 1, empty="")


def _bar_description(bar_label: str, value_text: str, band: ScoreBand | None, school: str, national: str,
                     change: str, previous_year: str) -> str:
    parts = [tr("charts", "{indicator}: {value}").format(indicator=bar_label, value=value_text or "–")]
    if band is not None:
        parts.append(tr("charts", "band {band}").format(band=str(band.value).replace("-", "–")))
    if school:
        parts.append(tr("charts", "school {value}").format(value=school))
    if national:
        parts.append(tr("charts", "national {value}").format(value=national))
    if change:
        parts.append(tr("charts", "{change} since {year}").format(change=change, year=previous_year))
    return ", ".join(parts)


def indicator_chart(current: ShownResult, previous: ShownResult | None = None) -> IndicatorChart:
    """The indicators of one result as bars on 1–5, with the score bands, school and national values and
    the change from ``previous`` (last year's result of the same pupils). Below 5 answers: no bars."""
    young = GradeBand(current.grade_band) == GradeBand.YOUNG
    previous_label = year_label(previous.survey_year) if previous is not None else ""
    previous_values = {}
    if previous is not None and not previous.suppressed:
        previous_values = {
            s.indicator: s.class_value for s in previous.indicators if s.class_value is not None
        }
    bars: list[IndicatorBar] = []
    if not current.suppressed:
        for shown in current.indicators:
            value = _rounded(shown.class_value)
            if value is not None and not SCALE_MIN <= value <= SCALE_MAX:
                value = None  # never draw outside the axis; the importer refuses such values anyway
            before = _rounded(previous_values.get(shown.indicator))
            change = None if value is None or before is None else difference(value, before)
            label = indicator_label(shown.indicator)
            band = score_band(value) if value is not None else None
            school_text = _text(shown.school_value)
            national_text = _text(shown.national_value)
            change_text = signed(change)
            bars.append(
                IndicatorBar(
                    indicator=Indicator(shown.indicator), label=label, value=value, value_text=_text(value),
                    band=band, school_value=_rounded(shown.school_value), school_text=school_text,
                    national_value=_rounded(shown.national_value), national_text=national_text,
                    previous_value=before, change=change, change_text=change_text,
                    description=_bar_description(label, _text(value), band, school_text, national_text,
                                                 change_text, previous_label),
                )
            )
    if current.suppressed:
        note = current.reason
    elif young:
        note = tr("charts", "Grades 0–3 have no official indicator means: see the answers to each question.")
    elif not bars:
        note = tr("charts", "No indicator values have been entered.")
    else:
        note = ""
    high = None if current.suppressed else current.high_wellbeing_pct
    return IndicatorChart(
        survey_year=current.survey_year, year_label=year_label(current.survey_year),
        previous_year_label=previous_label if previous_values else "", answer_count=current.answer_count,
        answers_text=answers_text(current.answer_count), suppressed=current.suppressed, reason=current.reason,
        young=young, note=note, bars=tuple(bars), high_wellbeing_pct=high,
        high_wellbeing_text=_share(high),
    )


# -- questions ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Segment:
    option: str
    score: int
    share: float  # percent
    share_text: str  # "12,5 %"
    color: str
    text_color: str


@dataclass(frozen=True)
class StackedBar:
    code: str
    text: str
    indicator: Indicator | None
    indicator_label: str
    segments: tuple[Segment, ...]  # from the worst answer (left) to the best (right)
    option_count: int
    mean: float | None  # on 1..option_count
    mean_text: str
    answer_count: int
    answers_text: str
    description: str


def _normalised_mean(question: QuestionDistribution) -> float | None:
    mean = question.mean_score()
    count = len(question.options)
    if mean is None or count < 2:
        return None
    return (mean - 1) / (count - 1)


def _stacked_bar(question: QuestionDistribution) -> StackedBar:
    count = len(question.options)
    colors = OPTION_COLORS.get(count) or OPTION_COLORS[5][:count]
    order = sorted(range(count), key=lambda i: question.option_scores[i] if i < len(question.option_scores) else 0)
    segments = []
    for rank, index in enumerate(order):
        share = float(question.shares[index]) if index < len(question.shares) else 0.0
        color = colors[min(rank, len(colors) - 1)]
        segments.append(
            Segment(
                option=question.options[index],
                score=question.option_scores[index] if index < len(question.option_scores) else 0,
                share=share, share_text=_share(share), color=color,
                text_color="#ffffff" if color in DARK_OPTION_COLORS else TEXT_COLOR,
            )
        )
    mean = question.mean_score()
    label = indicator_label(question.indicator) if question.indicator else ""
    words = ", ".join(f"{s.option} {s.share_text}" for s in reversed(segments))
    description = tr("charts", "{question} ({answers}): {distribution}").format(
        question=question.text, answers=answers_text(question.answer_count), distribution=words
    )
    return StackedBar(
        code=question.code, text=question.text, indicator=Indicator(question.indicator) if question.indicator else None,
        indicator_label=label, segments=tuple(segments), option_count=count, mean=mean,
        mean_text=_text(mean), answer_count=question.answer_count,
        answers_text=answers_text(question.answer_count), description=description,
    )


def question_chart(result: ShownResult) -> list[StackedBar]:
    """Each question's answer distribution as a stacked bar, the lowest-scoring questions first.
    Grades 0–3 have three options, grades 4–9 five. Below 5 answers: no bars at all."""
    if result.suppressed:
        return []
    questions = [q for q in result.questions if q.options and len(q.shares) == len(q.options)]

    def key(question: QuestionDistribution):
        mean = _normalised_mean(question)
        return (mean is None, mean if mean is not None else 0.0, question.position)

    return [_stacked_bar(q) for q in sorted(questions, key=key)]


def option_legend(bars: list[StackedBar]) -> list[tuple[str, str]]:
    """(colour, words) from the worst to the best answer, for a legend under the bars."""
    if not bars:
        return []
    count = max(bar.option_count for bar in bars)
    colors = OPTION_COLORS.get(count) or OPTION_COLORS[5][:count]
    words = [tr("charts", "Lowest wellbeing")] + [""] * (count - 2) + [tr("charts", "Highest wellbeing")]
    return list(zip(colors, words))


# -- trend over the years ----------------------------------------------------------------------------
@dataclass(frozen=True)
class TrendYear:
    survey_year: int
    label: str  # "5.B 2026/27" or "2026/27"
    answer_count: int
    answers_text: str
    suppressed: bool
    note: str  # why this year has no values ("4 answers – not shown"), else ""


@dataclass(frozen=True)
class TrendSeries:
    indicator: Indicator
    label: str
    color: str
    values: tuple[float | None, ...]  # aligned with TrendChart.years
    value_texts: tuple[str, ...]


@dataclass(frozen=True)
class TrendChart:
    years: tuple[TrendYear, ...]
    series: tuple[TrendSeries, ...]
    note: str  # shown when there is nothing to draw
    scale_min: float = SCALE_MIN
    scale_max: float = SCALE_MAX
    bands: tuple[Band, ...] = BANDS
    ticks: tuple[tuple[float, str], ...] = TICKS

    @property
    def has_values(self) -> bool:
        return any(v is not None for s in self.series for v in s.values)

    def texts(self) -> list[str]:
        found = [self.note]
        for year in self.years:
            found += [year.label, year.answers_text, year.note]
        for series in self.series:
            found += [series.label, *series.value_texts]
        return [text for text in found if text]


def trend_chart(results: list[ShownResult], class_names: dict[int, str] | None = None) -> TrendChart:
    """The cohort's indicators over the years (the same pupils, not the same grade), oldest first.
    ``class_names`` maps a survey year to what the class was called then (4.B, 5.B …)."""
    results = sorted(results, key=lambda r: r.survey_year)
    class_names = class_names or {}
    years = []
    for result in results:
        label = year_label(result.survey_year)
        if result.survey_year in class_names:
            label = f"{class_names[result.survey_year]} {label}"
        if result.suppressed:
            note = tr("charts", "{answers}: not shown").format(answers=answers_text(result.answer_count))
        elif GradeBand(result.grade_band) == GradeBand.YOUNG:
            note = tr("charts", "grades 0–3: no indicators")
        else:
            note = ""
        years.append(
            TrendYear(result.survey_year, label, result.answer_count, answers_text(result.answer_count),
                      result.suppressed, note)
        )
    series = []
    for indicator in (Indicator.SOCIAL, Indicator.ACADEMIC, Indicator.SUPPORT, Indicator.CALM, Indicator.OVERALL):
        values = []
        for result in results:
            value = None
            if not result.suppressed:
                value = next((_rounded(s.class_value) for s in result.indicators if s.indicator == indicator), None)
            values.append(value)
        if any(v is not None for v in values):
            series.append(
                TrendSeries(indicator, indicator_label(indicator), TREND_COLORS[indicator], tuple(values),
                            tuple(_text(v) for v in values))
            )
    if not results:
        note = tr("charts", "No survey results for this class yet.")
    elif not series:
        note = tr("charts", "No indicator values to follow over the years.")
    else:
        note = ""
    return TrendChart(years=tuple(years), series=tuple(series), note=note)


# -- the whole school's answers beside the class's (uddannelsesstatistik.dk's question cube) ------------------
STAGES = {4: "mellemtrin", 5: "mellemtrin", 6: "mellemtrin", 7: "udskoling", 8: "udskoling", 9: "udskoling"}


def stage_of(grade: int) -> str | None:
    """ "mellemtrin" (4.–6.) or "udskoling" (7.–9.); None for the youngest grades (no school figures)."""
    return STAGES.get(grade)


@dataclass(frozen=True)
class QuestionComparison:
    """One question: the share of the two best answers in the class, in the whole school's stage, and in the
    country, as percentages (None where a figure is missing)."""

    code: str
    text: str
    class_share: float | None
    school_share: float | None
    national_share: float | None
    line: str


def _best_two(scores, shares) -> float | None:
    pairs = [(int(s), float(v)) for s, v in zip(scores, shares, strict=False)]
    if len(pairs) < 2:
        return None
    top = sorted({s for s, _ in pairs})[-2:]
    return sum(v for s, v in pairs if s in top)


def _same_question(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def question_comparisons(bars: list[StackedBar], school: list, stage_label: str) -> list[QuestionComparison]:
    """For each of the class's questions that the school's stage figures also have (matched by the question's
    wording): "Klassen 70 % · skolens mellemtrin 78 % · landet 81 %" (the two best answers). ``school``:
    StageQuestionDistribution records of the stage and survey year."""
    by_text = {_same_question(q.text): q for q in school}
    found = []
    for bar in bars:
        stage = by_text.get(_same_question(bar.text))
        if stage is None:
            continue
        own = _best_two([s.score for s in bar.segments], [s.share for s in bar.segments])
        theirs = _best_two(stage.option_scores, stage.shares)
        country = _best_two(stage.option_scores, stage.national_shares) if stage.national_shares else None
        parts = [tr("charts", "Class {share}").format(share=percent(own, 0))]
        parts.append(tr("charts", "the school's {stage} {share}").format(stage=stage_label, share=percent(theirs, 0)))
        if country is not None:
            parts.append(tr("charts", "the country {share}").format(share=percent(country, 0)))
        found.append(QuestionComparison(bar.code, bar.text, own, theirs, country, " · ".join(parts)))
    return found
