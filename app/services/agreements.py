"""Making agreements at a conference and reviewing them at the next."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from typing import Any

from app.domain.agreement import (
    Agreement,
    AgreementPupil,
    AgreementReview,
    AgreementScope,
    AgreementStatus,
    ResponsibleKind,
    agreements_for_review,
    check_agreement,
    check_agreement_transition,
)
from app.domain.collation import name_key, names_key
from app.domain.conference import Conference
from app.domain.school import Pupil, SchoolClass, StaffMember
from app.domain.wellbeing import Indicator
from app.i18n import tr
from app.services.conferences import classes_of_conference, require_editable
from app.storage.queries import (
    agreements as agreement_queries,
    conferences as conference_queries,
    people,
    school as school_queries,
)
from app.storage.store import Store


def add_agreement(
    store: Store,
    conference: Conference,
    school_class: SchoolClass,
    text: str,
    *,
    pupils: Sequence[Pupil] = (),
    responsible: StaffMember | ResponsibleKind = ResponsibleKind.STAFF,
    deadline: date | None = None,
    indicator: Indicator | None = None,
    question_code: str | None = None,
) -> Agreement:
    require_editable(conference)
    pupils = list(pupils)
    scope = _scope(pupils)
    kind, staff_id = _responsible(responsible)
    agreement = Agreement(
        class_id=school_class.id, text=text.strip(), scope=scope, responsible_kind=kind,
        responsible_staff_id=staff_id, deadline=deadline, made_in_conference_id=conference.id,
        indicator=indicator, question_code=question_code,
    )
    check_agreement(agreement, len(pupils))
    with store.operation(tr("operations", "New agreement")) as op:
        op.insert(agreement)
        for pupil in pupils:
            op.insert(AgreementPupil(agreement_id=agreement.id, pupil_id=pupil.id))
    return agreement


def _scope(pupils: list[Pupil]) -> AgreementScope:
    """The class (no pupils named), one pupil, or several."""
    return AgreementScope.CLASS if not pupils else AgreementScope.PUPIL if len(pupils) == 1 else AgreementScope.PUPILS


def _responsible(responsible: StaffMember | ResponsibleKind) -> tuple[ResponsibleKind, str | None]:
    if isinstance(responsible, StaffMember):
        return ResponsibleKind.STAFF, responsible.id
    return ResponsibleKind(responsible), None


def update_agreement(
    store: Store,
    conference: Conference,
    agreement: Agreement,
    text: str,
    *,
    pupils: Sequence[Pupil] = (),
    responsible: StaffMember | ResponsibleKind = ResponsibleKind.STAFF,
    deadline: date | None = None,
    indicator: Indicator | None = None,
) -> Agreement:
    """Correct an agreement made at this conference: one undoable step ("Ret aftale")."""
    require_editable(conference)
    pupils = list(pupils)
    scope = _scope(pupils)
    kind, staff_id = _responsible(responsible)
    changes: dict[str, Any] = dict(text=text.strip(), scope=scope, responsible_kind=kind, responsible_staff_id=staff_id,
                   deadline=deadline, indicator=indicator)
    check_agreement(dataclasses.replace(agreement, **changes), len(pupils))
    wanted = {p.id for p in pupils}
    with store.operation(tr("operations", "Correct agreement")) as op:
        for link in store.find(AgreementPupil, agreement_id=agreement.id):
            if link.pupil_id not in wanted:
                op.delete(link)
            wanted.discard(link.pupil_id)
        for pupil_id in sorted(wanted):
            op.insert(AgreementPupil(agreement_id=agreement.id, pupil_id=pupil_id))
        return op.update(agreement, **changes)


def delete_agreement(store: Store, conference: Conference, agreement: Agreement) -> None:
    """Remove an agreement made at this conference (undoable, like every change)."""
    require_editable(conference)
    with store.operation(tr("operations", "Delete agreement")) as op:
        op.delete(agreement)


def review_agreement(
    store: Store, conference: Conference, agreement: Agreement, status: AgreementStatus, note: str = ""
) -> Agreement:
    """Give an agreement its outcome at this conference (udført, delvist, ...), with a follow-up note."""
    require_editable(conference)
    check_agreement_transition(agreement.status, status)
    existing = store.find_one(AgreementReview, agreement_id=agreement.id, conference_id=conference.id)
    with store.operation(tr("operations", "Review agreement")) as op:
        if existing:
            op.update(existing, status=status, note=note)
        else:
            op.insert(AgreementReview(agreement_id=agreement.id, conference_id=conference.id, status=status, note=note))
        return op.update(agreement, status=status, follow_up_note=note, reviewed_in_conference_id=conference.id)


def agreements_due(store: Store, conference: Conference) -> list[Agreement]:
    """Every agreement still open from earlier conferences of the conference's classes (all school years)."""
    cohorts = [c.cohort_id for c in classes_of_conference(store, conference)]
    agreements = agreement_queries.agreements_of_cohorts(store, cohorts)
    made_on = conference_queries.conference_dates(store)
    reviewed_here = agreement_queries.reviewed_at(store, conference.id)
    return agreements_for_review(conference.id, conference.held_on, agreements, made_on, reviewed_here)


def agreements_made_at(store: Store, conference: Conference) -> list[Agreement]:
    return store.find(Agreement, made_in_conference_id=conference.id, order_by="created_at")


def pupils_of_agreement(store: Store, agreement: Agreement) -> list[Pupil]:
    pupils = people.pupils_of_agreement(store, agreement.id)
    return sorted(pupils, key=lambda p: names_key(p.given_name, p.family_name))


def describe(store: Store, agreements: list[Agreement]) -> list[tuple[Agreement, str, str]]:
    """(agreement, whom it concerns, responsible's name) for showing agreements in a list."""
    if not agreements:
        return []
    names = agreement_queries.pupil_names_by_agreement(store, [a.id for a in agreements])
    staff_names = school_queries.staff_names(store)
    class_word = tr("agreement", "The class")
    return [
        (
            a,
            ", ".join(sorted(names.get(a.id, []), key=name_key)) or class_word,
            staff_names.get(a.responsible_staff_id, "") if a.responsible_staff_id else "",
        )
        for a in agreements
    ]
