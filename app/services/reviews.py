"""Preparing and recording a pupil's review: strengths first, subjects, wellbeing, absence, next steps."""

from __future__ import annotations

from app.domain.base import RuleError
from app.domain.conference import Conference
from app.domain.notes import PupilNote
from app.domain.review import PupilReview, SubjectAssessment, SubjectStatus
from app.domain.school import Pupil
from app.i18n import tr
from app.services.conferences import require_editable
from app.storage.store import Store

_EDITABLE_FIELDS = {
    "needs_discussion", "strengths", "pupil_perspective", "wellbeing_notes", "absence_period_start",
    "absence_period_end", "absence_total_pct", "absence_unlawful_pct", "absence_cause_child",
    "absence_cause_parents", "tried", "next_steps", "discussed", "conclusion",
}


def update_review(store: Store, conference: Conference, review: PupilReview, **changes) -> PupilReview:
    """Change fields of a review, as one named action; records who wrote it."""
    require_editable(conference)
    unknown = set(changes) - _EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    for name in ("absence_total_pct", "absence_unlawful_pct"):
        value = changes.get(name)
        if value is not None and not 0 <= value <= 100:
            raise RuleError(tr("errors", "Absence is a percentage between 0 and 100."))
    with store.operation(tr("operations", "Edit pupil review")) as op:
        return op.update(review, **changes, updated_by=store.author)


def subjects_of(store: Store, review: PupilReview) -> list[SubjectAssessment]:
    return store.find(SubjectAssessment, review_id=review.id, order_by="position, subject")


def set_subject(
    store: Store, conference: Conference, review: PupilReview, subject: str, *, goal: str = "",
    status: SubjectStatus | None = None, evidence: str = "",
) -> SubjectAssessment:
    """Set the goal and status of one subject in a review (adds the subject if it is new)."""
    require_editable(conference)
    subject = subject.strip()
    if not subject:
        raise RuleError(tr("errors", "Name the subject."))
    existing = {s.subject.casefold(): s for s in subjects_of(store, review)}
    with store.operation(tr("operations", "Edit subject goal")) as op:
        current = existing.get(subject.casefold())
        if current:
            return op.update(current, goal=goal, status=status, evidence=evidence)
        return op.insert(
            SubjectAssessment(review_id=review.id, subject=subject, position=len(existing), goal=goal,
                              status=status, evidence=evidence)
        )


def add_note(store: Store, pupil: Pupil, text: str, *, confidential: bool = False,
             conference: Conference | None = None) -> PupilNote:
    if not text.strip():
        raise RuleError(tr("errors", "The note is empty."))
    with store.operation(tr("operations", "Add note")) as op:
        return op.insert(
            PupilNote(pupil_id=pupil.id, conference_id=conference.id if conference else None,
                      author=store.author, text=text.strip(), confidential=confidential)
        )


def review_of(store: Store, conference: Conference, pupil: Pupil) -> PupilReview | None:
    return store.find_one(PupilReview, conference_id=conference.id, pupil_id=pupil.id)


def notes_of(store: Store, pupil: Pupil) -> list[PupilNote]:
    """A pupil's notes, newest first."""
    return store.find(PupilNote, pupil_id=pupil.id, order_by="created_at DESC")
