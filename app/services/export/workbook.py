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
    AgreementPupil,
    AgreementScope,
    ResponsibleKind,
    agreement_status_label,
    responsible_label,
)
from app.domain.conference import Conference
from app.domain.review import DEFAULT_SUBJECTS, subject_status_label
from app.domain.school import Pupil, SchoolClass, SchoolYear, StaffMember, danish_sort_key
from app.domain.wellbeing import GradeBand, indicator_label
from app.i18n import tr
from app.services import school as school_service
from app.services.export.content import ExportOptions, collect
from app.storage.store import Store

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
DATE_FORMAT = "DD-MM-YYYY"
PERCENT_FORMAT = '0.0" %"'
SCORE_FORMAT = "0.0"
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="2F5D8A")
OVERDUE_FILL = PatternFill("solid", fgColor="F8D7DA")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


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
def _agreements_sheet(workbook, store: Store, school_class: SchoolClass, today: date) -> None:
    headers = [tr("export", "Agreement"), tr("export", "Scope"), tr("export", "Concerns"), tr("export", "Responsible"),
               tr("export", "Deadline"), tr("export", "Status"), tr("export", "Follow-up"), tr("export", "Made at"),
               tr("export", "Overdue")]
    sheet = _sheet(workbook, tr("export", "Agreements"), headers, [60, 14, 26, 24, 13, 14, 50, 13, 11], first=True)
    cohort = [c.id for c in school_service.cohort_classes(store, school_class)]
    marks = ",".join("?" * len(cohort))
    agreements = store.find(Agreement, f"class_id IN ({marks})", cohort)
    links = store.find(AgreementPupil, f"agreement_id IN (SELECT id FROM agreement WHERE class_id IN ({marks}))",
                       cohort)
    pupil_ids = sorted({link.pupil_id for link in links})
    pupils = {p.id: p for p in store.find(Pupil, f"id IN ({','.join('?' * len(pupil_ids))})", pupil_ids)} \
        if pupil_ids else {}
    names_by_agreement: dict[str, list[str]] = {}
    for link in links:
        if link.pupil_id in pupils:
            names_by_agreement.setdefault(link.agreement_id, []).append(pupils[link.pupil_id].full_name)
    staff = {m.id: m.name for m in store.find(StaffMember)}
    held_on = {c.id: c.held_on for c in store.find(Conference)}
    scope_labels = {
        AgreementScope.CLASS: tr("export", "The class"),
        AgreementScope.PUPIL: tr("export", "One pupil"),
        AgreementScope.PUPILS: tr("export", "Several pupils"),
    }
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


def _wellbeing_sheet(workbook, store: Store, school_class: SchoolClass, conference: Conference) -> None:
    from app.services import wellbeing as wellbeing_service

    headers = [tr("export", "School year"), tr("export", "Answers"), tr("export", "Indicator"),
               tr("export", "The class"), tr("export", "The school"), tr("export", "Nationally"),
               tr("export", "Remark")]
    sheet = _sheet(workbook, tr("export", "Wellbeing"), headers, [12, 9, 30, 11, 11, 11, 60])
    row = 2
    for result in wellbeing_service.results_of_cohort(store, school_class):
        year = SchoolYear(result.survey_year).label
        if result.suppressed:
            remark = result.reason
        elif not result.indicators and GradeBand(result.grade_band) == GradeBand.YOUNG:
            remark = tr("export", "Grades 0–3 have no official indicator means.")
        else:
            remark = ""
        if not result.indicators:
            _row(sheet, row, [year, result.answer_count, "", None, None, None, remark], wrap_columns=(7,))
            row += 1
            continue
        for shown in result.indicators:
            _row(sheet, row, [year, result.answer_count, indicator_label(shown.indicator), shown.class_value,
                              shown.school_value, shown.national_value, remark],
                 wrap_columns=(7,), formats={4: SCORE_FORMAT, 5: SCORE_FORMAT, 6: SCORE_FORMAT})
            row += 1
        if result.high_wellbeing_pct is not None:
            _row(sheet, row, [year, result.answer_count, tr("export", "Share with the highest wellbeing"),
                              result.high_wellbeing_pct, None, None, remark],
                 wrap_columns=(7,), formats={4: PERCENT_FORMAT})
            row += 1
    if row == 2:
        _row(sheet, row, ["", None, "", None, None, None, tr("export", "No wellbeing survey results for the class.")])
    _finish(sheet)


def build_workbook(
    store: Store, conference: Conference, school_class: SchoolClass | None = None, *, today: date | None = None
) -> Workbook:
    today = today or date.today()
    content = collect(store, conference, school_class, ExportOptions(), today)
    workbook = Workbook()
    workbook.properties.creator = "Klassekonference"
    workbook.properties.title = tr("export", "Class conference {name} {date}").format(
        name=content.class_name, date=conference.held_on.isoformat()
    )
    _agreements_sheet(workbook, store, content.school_class, today)
    _pupils_sheet(workbook, content)
    _wellbeing_sheet(workbook, store, content.school_class, conference)
    return workbook


def workbook_bytes(
    store: Store, conference: Conference, school_class: SchoolClass | None = None, *, today: date | None = None
) -> bytes:
    buffer = io.BytesIO()
    build_workbook(store, conference, school_class, today=today).save(buffer)
    return buffer.getvalue()
