"""The legal and practical marks for absence (fravær)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.formatting import short_date
from app.i18n import tr

UNLAWFUL_WARN_PARENTS_PCT = 10.0  # within a quarter: the school must warn the parents
UNLAWFUL_REPORT_PCT = 15.0  # within a quarter: the school must report to the municipality
TOTAL_WORRYING_PCT = 10.0  # total absence above this is the common "worrying absence" mark


class AbsenceMark(StrEnum):
    WORRYING_TOTAL = "bekymrende"
    WARN_PARENTS = "varsl_forældre"
    REPORT_MUNICIPALITY = "underret_kommune"


@dataclass(frozen=True)
class AbsenceAssessment:
    marks: tuple[AbsenceMark, ...]
    quarter: bool = True  # False: the period is not a quarter, so the legal marks are only a guide

    @property
    def any(self) -> bool:
        return bool(self.marks)

    def labels(self) -> list[str]:
        return [absence_mark_label(mark, quarter=self.quarter) for mark in self.marks]


def is_quarter(start: date, end: date) -> bool:
    """A quarter as the law counts absence: three whole months from the first of a month (e.g. 01-08 to 31-10)."""
    if start.day != 1 or end < start:
        return False
    month = start.month + 3
    year = start.year + (month - 1) // 12
    month = (month - 1) % 12 + 1
    return (date(year, month, 1) - timedelta(days=1)) == end


def assess_absence(total_pct: float | None, unlawful_pct: float | None, start: date | None = None,
                   end: date | None = None) -> AbsenceAssessment:
    """Marks for one quarter's absence. Unlawful ≥ 10 %: warn parents; ≥ 15 %: report; total > 10 %: worrying.

    With a period that is not a quarter, the same marks are given, labelled as a guide (the law sets the 10 %
    and 15 % per quarter)."""
    marks: list[AbsenceMark] = []
    if total_pct is not None and total_pct > TOTAL_WORRYING_PCT:
        marks.append(AbsenceMark.WORRYING_TOTAL)
    if unlawful_pct is not None and unlawful_pct >= UNLAWFUL_REPORT_PCT:
        marks.append(AbsenceMark.WARN_PARENTS)
        marks.append(AbsenceMark.REPORT_MUNICIPALITY)
    elif unlawful_pct is not None and unlawful_pct >= UNLAWFUL_WARN_PARENTS_PCT:
        marks.append(AbsenceMark.WARN_PARENTS)
    quarter = True if start is None or end is None else is_quarter(start, end)
    return AbsenceAssessment(tuple(marks), quarter)


def absence_mark_label(mark: AbsenceMark, *, quarter: bool = True) -> str:
    label = _mark_label(mark)
    if not quarter and mark in (AbsenceMark.WARN_PARENTS, AbsenceMark.REPORT_MUNICIPALITY):
        label += " " + tr("absence", "(a guide only: the period is not a quarter, and the law sets the 10 % and "
                                     "15 % per quarter)")
    return label


def not_quarter_note(start: date, end: date) -> str | None:
    """The explanation shown beside a period that is not a quarter, or None for a quarter."""
    if is_quarter(start, end):
        return None
    return tr("absence", "The period {start} – {end} is not a quarter. The law sets the 10 % and 15 % marks for "
                         "unlawful absence per quarter, so here they are only a guide.").format(
        start=short_date(start), end=short_date(end))


def _mark_label(mark: AbsenceMark) -> str:
    return {
        AbsenceMark.WORRYING_TOTAL: tr("absence", "Total absence above 10 %"),
        AbsenceMark.WARN_PARENTS: tr("absence", "Unlawful absence of 10 % or more: the parents must be warned"),
        AbsenceMark.REPORT_MUNICIPALITY: tr(
            "absence", "Unlawful absence of 15 % or more: the municipality must be informed"
        ),
    }[AbsenceMark(mark)]
