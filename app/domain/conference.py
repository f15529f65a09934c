"""Conferences: one class, or all classes of one grade (årgangskonference); agenda and participants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.base import Record, RuleError
from app.domain.school import Role
from app.i18n import tr


class ConferenceKind(StrEnum):
    CLASS = "klasse"
    YEAR_GROUP = "årgang"


class ConferenceStatus(StrEnum):
    PLANNED = "planlagt"
    RUNNING = "i_gang"
    HELD = "afholdt"


# Allowed status changes. HELD -> RUNNING is "reopen", done on purpose; RUNNING -> PLANNED undoes a start.
_TRANSITIONS = {
    ConferenceStatus.PLANNED: {ConferenceStatus.RUNNING},
    ConferenceStatus.RUNNING: {ConferenceStatus.HELD, ConferenceStatus.PLANNED},
    ConferenceStatus.HELD: {ConferenceStatus.RUNNING},
}


def check_conference_transition(current: ConferenceStatus, new: ConferenceStatus) -> None:
    if ConferenceStatus(new) not in _TRANSITIONS[ConferenceStatus(current)]:
        raise RuleError(
            tr("errors", "A conference cannot go from “{old}” to “{new}”.").format(
                old=conference_status_label(current), new=conference_status_label(new)
            )
        )


def conference_status_label(status: ConferenceStatus) -> str:
    return {
        ConferenceStatus.PLANNED: tr("conference", "Planned"),
        ConferenceStatus.RUNNING: tr("conference", "In progress"),
        ConferenceStatus.HELD: tr("conference", "Held"),
    }[ConferenceStatus(status)]


def is_editable(status: ConferenceStatus) -> bool:
    """A held conference is guarded against accidental edits until it is reopened."""
    return ConferenceStatus(status) != ConferenceStatus.HELD


@dataclass(kw_only=True)
class Conference(Record):
    school_id: str
    kind: ConferenceKind = ConferenceKind.CLASS
    school_year: int
    grade: int
    held_on: date
    starts_at: str = ""  # "14:00"
    place: str = ""
    status: ConferenceStatus = ConferenceStatus.PLANNED
    leader_id: str | None = None  # ConferenceParticipant.id
    minute_taker_id: str | None = None  # ConferenceParticipant.id
    started_at: str | None = None  # the meeting clock: when it was started (UTC, ISO)
    closed_at: str | None = None  # ... and closed; the referat states these, not the planned times
    any_other_business: str = ""  # "Eventuelt", written in the meeting
    next_meeting_on: date | None = None
    approved_by: str = ""  # "Godkendt af ..." (optional)
    approved_on: date | None = None
    distribution: str = ""  # who receives the referat


@dataclass(kw_only=True)
class ConferenceClass(Record):
    """Which classes a conference covers: one for a class conference, several for an årgangskonference."""

    conference_id: str
    class_id: str


@dataclass(kw_only=True)
class ConferenceParticipant(Record):
    conference_id: str
    staff_id: str | None = None  # None for an ad hoc guest, e.g. from PPR
    name: str
    role: Role = Role.TEACHER
    present: bool = True


class AgendaKind(StrEnum):
    FOLLOW_UP = "opfølgning"
    WELLBEING = "trivsel"
    PUPILS = "elevgennemgang"
    NEW_AGREEMENTS = "nye_aftaler"
    SUMMARY = "opsummering"
    OTHER = "andet"


@dataclass(kw_only=True)
class AgendaItem(Record):
    conference_id: str
    position: int
    title: str
    kind: AgendaKind = AgendaKind.OTHER
    planned_minutes: int = 10
    used_seconds: int = 0
    minutes: str = ""  # the short referat or decision of this item, written in the meeting


def default_agenda() -> list[tuple[AgendaKind, str, int]]:
    """The default 90-minute agenda: (kind, title, planned minutes)."""
    return [
        (AgendaKind.FOLLOW_UP, tr("agenda", "Follow-up on agreements"), 15),
        (AgendaKind.WELLBEING, tr("agenda", "The class's wellbeing"), 15),
        (AgendaKind.PUPILS, tr("agenda", "Pupil review"), 40),
        (AgendaKind.NEW_AGREEMENTS, tr("agenda", "New agreements"), 10),
        (AgendaKind.SUMMARY, tr("agenda", "Summary"), 10),
    ]
