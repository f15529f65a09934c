"""A pupil's review within one conference: strengths first, then subjects, wellbeing, absence, next steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.base import Record
from app.i18n import tr

DEFAULT_SUBJECTS = ("Dansk", "Matematik", "Engelsk")


class SubjectStatus(StrEnum):
    BELOW = "under"
    AS_EXPECTED = "som"
    ABOVE = "over"


def subject_status_label(status: SubjectStatus) -> str:
    return {
        SubjectStatus.BELOW: tr("review", "Below expectations"),
        SubjectStatus.AS_EXPECTED: tr("review", "As expected"),
        SubjectStatus.ABOVE: tr("review", "Above expectations"),
    }[SubjectStatus(status)]


@dataclass(kw_only=True)
class PupilReview(Record):
    conference_id: str
    pupil_id: str
    needs_discussion: bool = False
    strengths: str = ""
    pupil_perspective: str = ""
    wellbeing_notes: str = ""  # social situation and wellbeing
    absence_period_start: date | None = None
    absence_period_end: date | None = None
    absence_total_pct: float | None = None
    absence_unlawful_pct: float | None = None
    absence_cause_child: str = ""
    absence_cause_parents: str = ""
    tried: str = ""
    next_steps: str = ""
    discussed: bool = False
    updated_by: str = ""
    conclusion: str = ""  # written in the meeting: what the team concluded (not the preparation)

    def preparation_progress(self, subject_count: int = 0) -> float:
        """Share (0–1) of the main fields that have been filled in while preparing."""
        filled = [
            bool(self.strengths.strip()),
            bool(self.pupil_perspective.strip()),
            bool(self.wellbeing_notes.strip()),
            bool(self.next_steps.strip()),
            subject_count > 0,
        ]
        return sum(filled) / len(filled)


@dataclass(kw_only=True)
class SubjectAssessment(Record):
    review_id: str
    subject: str
    position: int = 0
    goal: str = ""
    status: SubjectStatus | None = None
    evidence: str = ""


@dataclass(kw_only=True)
class AbsenceRecord(Record):
    """Absence imported for one period (usually a quarter)."""

    pupil_id: str
    period_start: date
    period_end: date
    total_pct: float
    unlawful_pct: float = 0.0
    sick_pct: float | None = None
