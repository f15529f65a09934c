"""Planning a conference and moving it through planlagt -> i gang -> afholdt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.domain.base import RuleError, utc_now
from app.domain.conference import (
    AgendaItem,
    Conference,
    ConferenceClass,
    ConferenceKind,
    ConferenceParticipant,
    ConferenceStatus,
    check_conference_transition,
    default_agenda,
    is_editable,
)
from app.domain.review import PupilReview
from app.domain.school import PupilStatus, Role, SchoolClass, StaffMember
from app.i18n import tr
from app.services.school import pupils_of_class, the_school
from app.storage.queries import conferences as conference_queries
from app.storage.store import Store


@dataclass
class ParticipantSpec:
    name: str
    role: Role
    staff_id: str | None = None


def plan_conference(
    store: Store,
    classes: list[SchoolClass],
    held_on: date,
    *,
    starts_at: str = "",
    place: str = "",
    participants: Sequence[StaffMember | ParticipantSpec] = (),
    leader: StaffMember | None = None,
    minute_taker: StaffMember | None = None,
) -> Conference:
    """A conference for one class, or an årgangskonference for several classes of one grade.

    Creates the default agenda and an empty review for every active pupil of the classes.
    """
    if not classes:
        raise RuleError(tr("errors", "Choose at least one class for the conference."))
    grades = {c.grade for c in classes}
    years = {c.school_year for c in classes}
    if len(grades) > 1 or len(years) > 1:
        raise RuleError(tr("errors", "A conference for several classes covers one grade in one school year."))
    school = the_school(store)
    kind = ConferenceKind.CLASS if len(classes) == 1 else ConferenceKind.YEAR_GROUP
    with store.operation(tr("operations", "Plan conference")) as op:
        conference = op.insert(
            Conference(
                school_id=school.id, kind=kind, school_year=years.pop(), grade=grades.pop(), held_on=held_on,
                starts_at=starts_at, place=place,
            )
        )
        for school_class in classes:
            op.insert(ConferenceClass(conference_id=conference.id, class_id=school_class.id))
        by_staff: dict[str, ConferenceParticipant] = {}
        for person in participants:
            if isinstance(person, StaffMember):
                participant = ConferenceParticipant(
                    conference_id=conference.id, staff_id=person.id, name=person.name, role=person.role
                )
                by_staff[person.id] = participant
            else:
                participant = ConferenceParticipant(
                    conference_id=conference.id, staff_id=person.staff_id, name=person.name, role=person.role
                )
            op.insert(participant)
        changes = {}
        if leader is not None and leader.id in by_staff:
            changes["leader_id"] = by_staff[leader.id].id
        if minute_taker is not None and minute_taker.id in by_staff:
            changes["minute_taker_id"] = by_staff[minute_taker.id].id
        if changes:
            conference = op.update(conference, **changes)
        for position, (agenda_kind, title, minutes) in enumerate(default_agenda()):
            op.insert(
                AgendaItem(conference_id=conference.id, position=position, title=title, kind=agenda_kind,
                           planned_minutes=minutes)
            )
        for school_class in classes:
            for pupil in pupils_of_class(store, school_class):
                if pupil.status == PupilStatus.ACTIVE:
                    op.insert(PupilReview(conference_id=conference.id, pupil_id=pupil.id))
    return conference


def classes_of_conference(store: Store, conference: Conference) -> list[SchoolClass]:
    return conference_queries.classes_of_conference(store, conference.id)


def conferences_of_class(store: Store, school_class: SchoolClass) -> list[Conference]:
    """Every conference of the class's cohort (all its school years), oldest first."""
    return conference_queries.conferences_of_cohort(store, school_class.cohort_id)


def set_status(store: Store, conference: Conference, status: ConferenceStatus) -> Conference:
    check_conference_transition(conference.status, status)
    names = {
        ConferenceStatus.RUNNING: tr("operations", "Start conference")
        if conference.status == ConferenceStatus.PLANNED else tr("operations", "Reopen conference"),
        ConferenceStatus.HELD: tr("operations", "Close conference"),
        ConferenceStatus.PLANNED: tr("operations", "Set conference back to planned"),
    }
    changes: dict = {"status": status}
    if status == ConferenceStatus.RUNNING and conference.started_at is None:
        changes["started_at"] = utc_now()
    if status == ConferenceStatus.HELD:
        changes["closed_at"] = utc_now()
    with store.operation(names[ConferenceStatus(status)]) as op:
        return op.update(conference, **changes)


def require_editable(conference: Conference) -> None:
    if not is_editable(conference.status):
        raise RuleError(tr("errors", "The conference has been held. Reopen it to make changes."))


def participants_of(store: Store, conference: Conference) -> list[ConferenceParticipant]:
    return store.find(ConferenceParticipant, conference_id=conference.id, order_by="created_at")


def agenda_of(store: Store, conference: Conference) -> list[AgendaItem]:
    return store.find(AgendaItem, conference_id=conference.id, order_by="position")


def reviews_of(store: Store, conference: Conference) -> list[PupilReview]:
    return store.find(PupilReview, conference_id=conference.id)


def set_attendance(store: Store, conference: Conference, present: dict[str, bool]) -> list[ConferenceParticipant]:
    """Who is present and who sent apologies (afbud), by participant id: one undoable step."""
    require_editable(conference)
    with store.operation(tr("operations", "Attendance")) as op:
        for participant in participants_of(store, conference):
            if participant.id in present and bool(present[participant.id]) != bool(participant.present):
                op.update(participant, present=bool(present[participant.id]))
    return participants_of(store, conference)


_RECORD_FIELDS = {"any_other_business", "next_meeting_on", "approved_by", "approved_on", "distribution"}


def set_meeting_record(store: Store, conference: Conference, **changes) -> Conference:
    """Eventuelt, the next meeting's date, approval ("Godkendt af … den …") and distribution of the referat.

    Eventuelt and the next meeting are written in the meeting (not after it is closed); approval and
    distribution belong to the finished referat and may be set after closing."""
    unknown = set(changes) - _RECORD_FIELDS
    if unknown:
        raise ValueError(f"not part of the meeting's record: {sorted(unknown)}")
    if {"any_other_business", "next_meeting_on"} & set(changes):
        require_editable(conference)
    with store.operation(tr("operations", "Minutes of the meeting")) as op:
        return op.update(conference, **changes)


def set_item_minutes(store: Store, conference: Conference, item: AgendaItem, text: str) -> AgendaItem:
    """The short referat or decision of one agenda item, written in the meeting."""
    require_editable(conference)
    with store.operation(tr("operations", "Minutes of the meeting")) as op:
        return op.update(item, minutes=text)


def running_conferences(store: Store) -> list[Conference]:
    """Meetings that were started and not closed (the program was closed or crashed during them)."""
    return store.find(Conference, status=ConferenceStatus.RUNNING, order_by="held_on DESC")


def update_agenda_item(store: Store, conference: Conference, item: AgendaItem, *, title: str | None = None,
                       planned_minutes: int | None = None) -> AgendaItem:
    require_editable(conference)
    changes: dict = {}
    if title is not None:
        if not title.strip():
            raise RuleError(tr("errors", "An agenda item needs a title."))
        changes["title"] = title.strip()
    if planned_minutes is not None:
        if not 0 <= planned_minutes <= 600:
            raise RuleError(tr("errors", "Planned minutes must be between 0 and 600."))
        changes["planned_minutes"] = planned_minutes
    with store.operation(tr("operations", "Edit agenda item")) as op:
        return op.update(item, **changes)


def record_time(store: Store, item: AgendaItem, used_seconds: int) -> AgendaItem:
    """Save the time used on an agenda item (the meeting timer)."""
    with store.operation(tr("operations", "Time used"), undoable=False) as op:
        return op.update(item, used_seconds=max(0, int(used_seconds)))


def close_conference(store: Store, conference: Conference) -> Conference:
    """Mark the conference held. Agreements still open are reviewed at the class's next conference."""
    return set_status(store, conference, ConferenceStatus.HELD)
