"""The legal and practical marks for absence (fravær)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

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

    @property
    def any(self) -> bool:
        return bool(self.marks)


def assess_absence(total_pct: float | None, unlawful_pct: float | None) -> AbsenceAssessment:
    """Marks for one quarter's absence. Unlawful ≥ 10 %: warn parents; ≥ 15 %: report; total > 10 %: worrying."""
    marks: list[AbsenceMark] = []
    if total_pct is not None and total_pct > TOTAL_WORRYING_PCT:
        marks.append(AbsenceMark.WORRYING_TOTAL)
    if unlawful_pct is not None and unlawful_pct >= UNLAWFUL_REPORT_PCT:
        marks.append(AbsenceMark.WARN_PARENTS)
        marks.append(AbsenceMark.REPORT_MUNICIPALITY)
    elif unlawful_pct is not None and unlawful_pct >= UNLAWFUL_WARN_PARENTS_PCT:
        marks.append(AbsenceMark.WARN_PARENTS)
    return AbsenceAssessment(tuple(marks))


def absence_mark_label(mark: AbsenceMark) -> str:
    return {
        AbsenceMark.WORRYING_TOTAL: tr("absence", "Total absence above 10 %"),
        AbsenceMark.WARN_PARENTS: tr("absence", "Unlawful absence of 10 % or more: the parents must be warned"),
        AbsenceMark.REPORT_MUNICIPALITY: tr(
            "absence", "Unlawful absence of 15 % or more: the municipality must be informed"
        ),
    }[AbsenceMark(mark)]
