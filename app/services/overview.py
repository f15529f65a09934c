"""What the class overview and the meeting need to show, read in few queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.agreement import Agreement
from app.domain.conference import Conference, ConferenceStatus
from app.domain.review import PupilReview
from app.domain.school import Pupil, SchoolClass, danish_sort_key
from app.services.conferences import conferences_of_class
from app.storage.queries import agreements as agreement_queries, people, reviews as review_queries
from app.storage.store import Store


@dataclass
class ClassOverview:
    school_class: SchoolClass
    conferences: list[Conference]
    open_agreements: list[Agreement]
    overdue: list[Agreement]

    @property
    def planned(self) -> list[Conference]:
        return [c for c in self.conferences if c.status != ConferenceStatus.HELD]

    @property
    def held(self) -> list[Conference]:
        return [c for c in self.conferences if c.status == ConferenceStatus.HELD]


def class_overview(store: Store, school_class: SchoolClass, today: date) -> ClassOverview:
    conferences = conferences_of_class(store, school_class)
    agreements = agreement_queries.agreements_of_cohort(store, school_class.cohort_id, by_deadline=True)
    open_ones = [a for a in agreements if a.still_open]
    return ClassOverview(
        school_class=school_class,
        conferences=conferences,
        open_agreements=open_ones,
        overdue=[a for a in open_ones if a.is_overdue(today)],
    )


@dataclass
class ReviewRow:
    pupil: Pupil
    review: PupilReview
    subject_count: int

    @property
    def progress(self) -> float:
        return self.review.preparation_progress(self.subject_count)


def review_rows(store: Store, conference: Conference, *, flagged_first: bool = False) -> list[ReviewRow]:
    """Every pupil review of a conference with its pupil, in name order (flagged pupils first if asked)."""
    reviews = store.find(PupilReview, conference_id=conference.id)
    pupils = {p.id: p for p in people.pupils_reviewed_at(store, conference.id)}
    counts = review_queries.subject_counts(store, conference.id)
    rows = [ReviewRow(pupils[r.pupil_id], r, counts.get(r.id, 0)) for r in reviews if r.pupil_id in pupils]
    rows.sort(key=lambda row: (danish_sort_key(row.pupil.given_name), danish_sort_key(row.pupil.family_name)))
    if flagged_first:
        rows.sort(key=lambda row: not row.review.needs_discussion)
    return rows
