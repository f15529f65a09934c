"""One Excel workbook per class: Aftaler, Elever and Trivsel (openpyxl).

- **Aftaler**: every agreement of the class's pupils (all school years): text, scope, responsible, deadline as
  a real date cell, status, follow-up; auto filter, frozen header, overdue ones highlighted.
- **Elever**: per pupil at the conference: the flag, each subject's status, absence.
- **Trivsel**: indicator values through the anonymity rule (below 5 answers: no class value, the reason instead).

A text that begins with ``=``, ``+``, ``-`` or ``@`` is stored as text with Excel's quote prefix, so Excel
shows it and never runs it as a formula. No notes are written to the workbook.
"""

from __future__ import annotations

import io
from datetime import date

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.domain.absence import absence_mark_label, assess_absence
from app.domain.agreement import (
    Agreement,
    AgreementScope,
    ResponsibleKind,
    agreement_status_label,
    responsible_label,
)
from app.domain.conference import Conference, ConferenceStatus
from app.domain.formatting import EXCEL_DATE, EXCEL_PERCENT, EXCEL_SCORE, short_date
from app.domain.review import DEFAULT_SUBJECTS, subject_status_label
from app.domain.school import Pupil, SchoolClass, SchoolYear, danish_sort_key
from app.domain.wellbeing import GradeBand, indicator_label
from app.i18n import tr
from app.services import school as school_service
from app.services.export.as_of import agreements_as_of
from app.services.export.content import ExportOptions, collect
from app.storage.queries import (
    agreements as agreement_queries,
    conferences as conference_queries,
    school as school_queries,
)
from app.storage.store import Store

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT, PERCENT_FORMAT, SCORE_FORMAT = EXCEL_DATE, EXCEL_PERCENT, EXCEL_SCORE  # app/domain/formatting.py
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D8A")
OVERDUE_FILL = PatternFill("solid", fgColor="F8D7DA")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
LINE_HEIGHT = 15.0  # points per line of Calibri 11
CHARS_PER_WIDTH = 1.0  # characters of Danish text per unit of column width (a little fewer than fit: safe)


def text_lines(value, width: float) -> int:
    """How many lines ``value`` takes in a wrapped cell of ``width`` (Excel's width units), never fewer
    than it really needs: words wrap whole, a word longer than the column is broken, line breaks are kept."""
    if value is None or value == "":
        return 1
    per_line = max(1, int(width * CHARS_PER_WIDTH) - 1)
    total = 0
    for paragraph in str(value).replace("\r\n", "\n").split("\n"):
        lines, used = 1, 0
        for word in paragraph.split(" "):
            length = len(word)
            if used and used + 1 + length > per_line:
                lines, used = lines + 1, 0
            if length > per_line:
                extra, rest = divmod(length, per_line)
                lines += extra - (0 if rest else 1)
                used = rest or per_line
            else:
                used += (1 if used else 0) + length
        total += lines
    return max(1, total)


def fit_row_heights(sheet) -> None:
    """Row heights that fit the wrapped texts (LibreOffice and Excel do not grow rows written by openpyxl)."""
    widths = {column: (dimension.width or 8.43) for column, dimension in sheet.column_dimensions.items()}
    for row in sheet.iter_rows():
        lines = 1
        for cell in row:
            if cell.value is not None and cell.alignment is not None and cell.alignment.wrap_text:
                lines = max(lines, text_lines(cell.value, widths.get(cell.column_letter, 8.43)))
        sheet.row_dimensions[row[0].row].height = LINE_HEIGHT * lines + 2


def print_setup(sheet, school_name: str, class_name: str, on: str) -> None:
    """A4 landscape, fit to the page's width, the header row on every page; header with school, class and
    date, footer "Fortroligt" and the page number."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins.top = sheet.page_margins.bottom = 0.75
    for header in (sheet.oddHeader, sheet.evenHeader, sheet.firstHeader):
        header.left.text = _header_text(school_name)
        header.center.text = _header_text(tr("export", "Class {name}").format(name=class_name))
        header.right.text = _header_text(on)
    for footer in (sheet.oddFooter, sheet.evenFooter, sheet.firstFooter):
        footer.left.text = _header_text(tr("export", "Confidential"))
        footer.center.text = _header_text(sheet.title)
        footer.right.text = tr("export", "Page &P of &N")


def _header_text(value: str) -> str:
    return (value or "").replace("&", "&&")  # "&" starts a code in Excel's header language


def safe_value(cell, value) -> None:
    """Put ``value`` in ``cell``; text that Excel could read as a formula is kept as plain text."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.value = value
        if value.startswith(FORMULA_STARTS):
            cell.data_type = "s"
            cell.quotePrefix = True
        return
    cell.value = value


def _sheet(workbook: Workbook, title: str, headers: list[str], widths: list[int], first: bool = False):
    sheet = workbook.active if first else workbook.create_sheet()
    sheet.title = title
    for column, (header, width) in enumerate(zip(headers, widths), start=1):
        cell = sheet.cell(row=1, column=column)
        safe_value(cell, header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    return sheet


def _finish(sheet) -> None:
    last_column = get_column_letter(sheet.max_column)
    sheet.auto_filter.ref = f"A1:{last_column}{max(sheet.max_row, 2)}"


def _row(sheet, row: int, values: list, *, wrap_columns=(), formats: dict | None = None, fill=None) -> None:
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column)
        safe_value(cell, value)
        cell.alignment = WRAP if column in wrap_columns else TOP
        if formats and column in formats and value is not None:
            cell.number_format = formats[column]
        if fill is not None:
            cell.fill = fill


def _yes(value: bool) -> str:
    return tr("export", "Yes") if value else ""


# -- the sheets ------------------------------------------------------------------------------------------
def _agreements_sheet(workbook, store: Store, school_class: SchoolClass, today: date,
                      conference: Conference | None = None) -> None:
    headers = [tr("export", "Agreement"), tr("export", "Scope"), tr("export", "Concerns"), tr("export", "Responsible"),
               tr("export", "Deadline"), tr("export", "Status"), tr("export", "Follow-up"), tr("export", "Made at"),
               tr("export", "Overdue")]
    sheet = _sheet(workbook, tr("export", "Agreements"), headers, [60, 14, 26, 24, 13, 14, 50, 13, 14], first=True)
    cohort = [c.id for c in school_service.cohort_classes(store, school_class)]
    agreements = store.find(Agreement, class_id=cohort)
    links = agreement_queries.links_of_classes(store, cohort)
    pupil_ids = sorted({link.pupil_id for link in links})
    pupils = {p.id: p for p in store.find(Pupil, id=pupil_ids)} if pupil_ids else {}
    names_by_agreement: dict[str, list[str]] = {}
    for link in links:
        if link.pupil_id in pupils:
            names_by_agreement.setdefault(link.agreement_id, []).append(pupils[link.pupil_id].full_name)
    staff = school_queries.staff_names(store)
    held_on = conference_queries.conference_dates(store)
    scope_labels = {
        AgreementScope.CLASS: tr("export", "The class"),
        AgreementScope.PUPIL: tr("export", "One pupil"),
        AgreementScope.PUPILS: tr("export", "Several pupils"),
    }
    if conference is not None and ConferenceStatus(conference.status) == ConferenceStatus.HELD:
        # An older conference's workbook: its agreements as they stood when it closed, none made later.
        agreements = [a for a in agreements
                      if held_on.get(a.made_in_conference_id or "", date.min) <= conference.held_on]
        agreements = agreements_as_of(store, conference, agreements)
        today = conference.held_on
    agreements.sort(key=lambda a: (held_on.get(a.made_in_conference_id or "", date.min), a.created_at))
    for row, agreement in enumerate(agreements, start=2):
        overdue = agreement.is_overdue(today)
        names = sorted(names_by_agreement.get(agreement.id, []), key=danish_sort_key)
        _row(sheet, row, [
            agreement.text,
            scope_labels[AgreementScope(agreement.scope)],
            ", ".join(names),
            responsible_label(ResponsibleKind(agreement.responsible_kind),
                              staff.get(agreement.responsible_staff_id or "", "")),
            agreement.deadline,
            agreement_status_label(agreement.status),
            agreement.follow_up_note,
            held_on.get(agreement.made_in_conference_id or ""),
            _yes(overdue),
        ], wrap_columns=(1, 3, 7), formats={5: DATE_FORMAT, 8: DATE_FORMAT}, fill=OVERDUE_FILL if overdue else None)
    _finish(sheet)


def _pupils_sheet(workbook, content) -> None:
    subjects: list[str] = []
    for part in content.pupils:
        for subject in part.subjects:
            if subject.subject not in subjects:
                subjects.append(subject.subject)
    subjects.sort(key=lambda s: (s not in DEFAULT_SUBJECTS,
                                 DEFAULT_SUBJECTS.index(s) if s in DEFAULT_SUBJECTS else 0, danish_sort_key(s)))
    headers = [tr("export", "Pupil"), tr("export", "For discussion"), tr("export", "Discussed"), *subjects,
               tr("export", "Absence in total"), tr("export", "Unlawful absence"), tr("export", "Absence marks")]
    widths = [26, 13, 11, *[20] * len(subjects), 14, 14, 44]
    sheet = _sheet(workbook, tr("export", "Pupils"), headers, widths)
    total_column = 4 + len(subjects)
    for row, part in enumerate(content.pupils, start=2):
        review = part.review
        by_subject = {s.subject: s for s in part.subjects}
        statuses = [subject_status_label(by_subject[s].status) if s in by_subject and by_subject[s].status else ""
                    for s in subjects]
        total = review.absence_total_pct if review else None
        unlawful = review.absence_unlawful_pct if review else None
        marks = "; ".join(absence_mark_label(m) for m in assess_absence(total, unlawful).marks)
        _row(sheet, row, [
            part.pupil.full_name,
            _yes(bool(review and review.needs_discussion)),
            _yes(bool(review and review.discussed)),
            *statuses, total, unlawful, marks,
        ], wrap_columns=(total_column + 2,), formats={total_column: PERCENT_FORMAT, total_column + 1: PERCENT_FORMAT})
    _finish(sheet)


def _wellbeing_sheet(workbook, store: Store, school_class: SchoolClass, conference: Conference) -> list:
    """Indicator means (1–5) and shares (%) in columns of their own; returns the results for the questions."""
    from app.services import wellbeing as wellbeing_service

    headers = [tr("export", "School year"), tr("export", "Answers"), tr("export", "Indicator"),
               tr("export", "The class (1–5)"), tr("export", "The school (1–5)"), tr("export", "Nationally (1–5)"),
               tr("export", "Share (%)"), tr("export", "Remark")]
    sheet = _sheet(workbook, tr("export", "Wellbeing"), headers, [12, 9, 34, 11, 11, 11, 11, 56])
    results = [r for r in wellbeing_service.results_of_cohort(store, school_class)
               if r.survey_year <= conference.school_year]
    row = 2
    for result in results:
        year = SchoolYear(result.survey_year).label
        if result.suppressed:
            remark = result.reason
        elif not result.indicators and GradeBand(result.grade_band) == GradeBand.YOUNG:
            remark = tr("export", "Grades 0–3 have no official indicator means.")
        else:
            remark = ""
        if not result.indicators:
            _row(sheet, row, [year, result.answer_count, "", None, None, None, None, remark], wrap_columns=(8,))
            row += 1
            continue
        for shown in result.indicators:
            _row(sheet, row, [year, result.answer_count, indicator_label(shown.indicator), shown.class_value,
                              shown.school_value, shown.national_value, None, remark],
                 wrap_columns=(3, 8), formats={4: SCORE_FORMAT, 5: SCORE_FORMAT, 6: SCORE_FORMAT})
            row += 1
        if result.high_wellbeing_pct is not None:
            _row(sheet, row, [year, result.answer_count, tr("export", "Share with the highest wellbeing"),
                              None, None, None, result.high_wellbeing_pct, remark],
                 wrap_columns=(3, 8), formats={7: PERCENT_FORMAT})
            row += 1
    if row == 2:
        _row(sheet, row, ["", None, "", None, None, None, None,
                          tr("export", "No wellbeing survey results for the class.")], wrap_columns=(8,))
    _finish(sheet)
    return results


def _questions_sheet(workbook, results) -> None:
    """Each question's answers per option (share of the answers). Results from fewer than 5 answers show no
    distribution (the anonymity rule, applied once in the wellbeing service): only the reason."""
    headers = [tr("export", "School year"), tr("export", "Answers"), tr("export", "Question"),
               tr("export", "Answer"), tr("export", "Share (%)"), tr("export", "Remark")]
    sheet = _sheet(workbook, tr("export", "Questions"), headers, [12, 9, 52, 24, 11, 40])
    row = 2
    for result in results:
        year = SchoolYear(result.survey_year).label
        if result.suppressed:
            _row(sheet, row, [year, result.answer_count, "", "", None, result.reason], wrap_columns=(6,))
            row += 1
            continue
        for question in result.questions:
            for option, share in zip(question.options, question.shares):
                _row(sheet, row, [year, question.answer_count or result.answer_count, question.text, option,
                                  share, ""], wrap_columns=(3, 4), formats={5: PERCENT_FORMAT})
                row += 1
    if row == 2:
        _row(sheet, row, ["", None, "", "", None, tr("export", "No wellbeing survey results for the class.")],
             wrap_columns=(6,))
    _finish(sheet)


def build_workbook(
    store: Store, conference: Conference, school_class: SchoolClass | None = None, *, today: date | None = None
) -> Workbook:
    today = today or date.today()
    content = collect(store, conference, school_class, ExportOptions(), today)
    workbook = Workbook()
    workbook.properties.creator = "Klassekonference"
    workbook.properties.title = tr("export", "Class conference {name} {date}").format(
        name=content.class_name, date=short_date(conference.held_on)
    )
    _agreements_sheet(workbook, store, content.school_class, today, conference)
    _pupils_sheet(workbook, content)
    results = _wellbeing_sheet(workbook, store, content.school_class, conference)
    _questions_sheet(workbook, results)
    on = (tr("export", "as of {date}") if content.as_of_today else tr("export", "class conference {date}")).format(
        date=short_date(conference.held_on))
    for sheet in workbook.worksheets:
        fit_row_heights(sheet)
        print_setup(sheet, content.school.name, content.class_name, on)
    return workbook


def workbook_bytes(
    store: Store, conference: Conference, school_class: SchoolClass | None = None, *, today: date | None = None
) -> bytes:
    buffer = io.BytesIO()
    build_workbook(store, conference, school_class, today=today).save(buffer)
    return buffer.getvalue()
