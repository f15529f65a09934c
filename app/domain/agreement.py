"""Binding mutual agreements (forpligtende gensidige aftaler) and how they are reviewed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.base import Record, RuleError
from app.domain.wellbeing import Indicator
from app.i18n import tr


class AgreementStatus(StrEnum):
    OPEN = "åben"
    DONE = "udført"
    PARTLY = "delvist"
    NOT_DONE = "ikke_udført"
    DROPPED = "opgivet"


# Still open: reviewed again at the next conference of the class. Partly done work goes on.
STILL_OPEN = frozenset({AgreementStatus.OPEN, AgreementStatus.PARTLY})


# The outcomes a follow-up offers, in the order of their keys (Alt+1 … Alt+5).
FOLLOW_UP_OUTCOMES = (AgreementStatus.DONE, AgreementStatus.PARTLY, AgreementStatus.NOT_DONE, AgreementStatus.DROPPED,
                      AgreementStatus.OPEN)


def agreement_status_label(status: AgreementStatus) -> str:
    return {
        AgreementStatus.OPEN: tr("agreement", "Open"),
        AgreementStatus.DONE: tr("agreement", "Done"),
        AgreementStatus.PARTLY: tr("agreement", "Partly done"),
        AgreementStatus.NOT_DONE: tr("agreement", "Not done"),
        AgreementStatus.DROPPED: tr("agreement", "Dropped"),
    }[AgreementStatus(status)]


def check_agreement_transition(current: AgreementStatus, new: AgreementStatus) -> None:
    """Open or partly done agreements can get any outcome; a closed one can only be reopened."""
    current, new = AgreementStatus(current), AgreementStatus(new)
    if current == new:
        return
    if current in STILL_OPEN or new == AgreementStatus.OPEN:
        return
    raise RuleError(
        tr("errors", "An agreement marked “{old}” must be reopened before it can be marked “{new}”.").format(
            old=agreement_status_label(current), new=agreement_status_label(new)
        )
    )


class AgreementScope(StrEnum):
    CLASS = "klasse"
    PUPIL = "elev"
    PUPILS = "elever"


class ResponsibleKind(StrEnum):
    STAFF = "personale"
    PUPIL = "eleven"
    PARENTS = "forældrene"


def responsible_label(kind: ResponsibleKind, staff_name: str = "") -> str:
    kind = ResponsibleKind(kind)
    if kind == ResponsibleKind.STAFF:
        return staff_name
    if kind == ResponsibleKind.PUPIL:
        return tr("agreement", "The pupil")
    return tr("agreement", "The parents")


@dataclass(kw_only=True)
class Agreement(Record):
    class_id: str
    text: str
    scope: AgreementScope = AgreementScope.CLASS
    responsible_kind: ResponsibleKind = ResponsibleKind.STAFF
    responsible_staff_id: str | None = None
    deadline: date | None = None
    status: AgreementStatus = AgreementStatus.OPEN
    follow_up_note: str = ""
    made_in_conference_id: str | None = None
    reviewed_in_conference_id: str | None = None
    indicator: Indicator | None = None
    question_code: str | None = None

    @property
    def still_open(self) -> bool:
        return AgreementStatus(self.status) in STILL_OPEN

    def is_overdue(self, today: date) -> bool:
        return self.still_open and self.deadline is not None and self.deadline < today


def check_agreement(agreement: Agreement, pupil_count: int) -> None:
    """An agreement needs a text, a responsible, and pupils that fit its scope."""
    if not agreement.text.strip():
        raise RuleError(tr("errors", "An agreement needs a text."))
    if agreement.responsible_kind == ResponsibleKind.STAFF and not agreement.responsible_staff_id:
        raise RuleError(tr("errors", "Choose who is responsible for the agreement."))
    scope = AgreementScope(agreement.scope)
    if scope == AgreementScope.CLASS and pupil_count:
        raise RuleError(tr("errors", "An agreement for the class names no pupils."))
    if scope == AgreementScope.PUPIL and pupil_count != 1:
        raise RuleError(tr("errors", "An agreement for one pupil names exactly one pupil."))
    if scope == AgreementScope.PUPILS and pupil_count < 2:
        raise RuleError(tr("errors", "An agreement for several pupils names at least two pupils."))
    if agreement.responsible_kind == ResponsibleKind.PUPIL and pupil_count != 1:
        raise RuleError(tr("errors", "“The pupil” can only be responsible when the agreement concerns one pupil."))


@dataclass(kw_only=True)
class AgreementPupil(Record):
    agreement_id: str
    pupil_id: str


@dataclass(kw_only=True)
class AgreementReview(Record):
    """The outcome given to an agreement at one conference."""

    agreement_id: str
    conference_id: str
    status: AgreementStatus
    note: str = ""


def agreements_for_review(
    conference_id: str,
    conference_date: date,
    agreements: list[Agreement],
    made_on: dict[str, date],
    reviews_here: set[str] | None = None,
) -> list[Agreement]:
    """The agreements a conference reviews: every agreement of the class made at an earlier conference
    that is still open, plus those this conference already reviewed (so they stay on its list).

    ``made_on`` maps a conference id to its date; ``reviews_here`` holds ids of agreements reviewed at this
    conference. Ordered by deadline (none last), then by when they were made.
    """
    reviews_here = reviews_here or set()
    due = []
    for agreement in agreements:
        made_in = agreement.made_in_conference_id
        if made_in == conference_id:
            continue
        if made_in is not None and made_on.get(made_in, date.min) > conference_date:
            continue
        if agreement.still_open or agreement.id in reviews_here:
            due.append(agreement)
    return sorted(due, key=lambda a: (a.deadline is None, a.deadline or date.max, a.created_at))
