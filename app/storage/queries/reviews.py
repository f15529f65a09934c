"""Pupil reviews, subject assessments, notes and absence."""

from __future__ import annotations

from app.domain.notes import PupilNote
from app.domain.review import SubjectAssessment
from app.storage.store import Store


def subjects_at_conference(store: Store, conference_id: str) -> list[SubjectAssessment]:
    """Every subject assessment of the conference's reviews, in their order."""
    return store.find(SubjectAssessment, "review_id IN (SELECT id FROM pupil_review WHERE conference_id = ?)",
                      (conference_id,), order_by="position, subject")


def subjects_of_pupil(store: Store, pupil_id: str) -> list[SubjectAssessment]:
    return store.find(SubjectAssessment, "review_id IN (SELECT id FROM pupil_review WHERE pupil_id = ?)", (pupil_id,))


def subject_counts(store: Store, conference_id: str) -> dict[str, int]:
    """Review id -> number of subject assessments, for the conference's reviews that have any."""
    return {
        row["review_id"]: row["n"]
        for row in store.query(
            "SELECT review_id, count(*) AS n FROM subject_assessment WHERE review_id IN"
            " (SELECT id FROM pupil_review WHERE conference_id = ?) GROUP BY review_id",
            (conference_id,),
        )
    }


def notes_at_conference(store: Store, conference_id: str) -> list[PupilNote]:
    return store.find(PupilNote, conference_id=conference_id, order_by="created_at")
