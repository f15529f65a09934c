"""Conference status changes, the edit guard on held conferences, and the default agenda."""

from __future__ import annotations

import pytest

from app.domain.base import RuleError
from app.domain.conference import (
    AgendaKind,
    ConferenceStatus,
    check_conference_transition,
    default_agenda,
    is_editable,
)

PLANNED, RUNNING, HELD = ConferenceStatus.PLANNED, ConferenceStatus.RUNNING, ConferenceStatus.HELD


@pytest.mark.parametrize(
    "current, new",
    [
        (PLANNED, RUNNING),  # start
        (RUNNING, HELD),  # close
        (RUNNING, PLANNED),  # undo a start
        (HELD, RUNNING),  # reopen
    ],
)
def test_allowed_transitions(current, new):
    check_conference_transition(current, new)


@pytest.mark.parametrize("current, new", [(PLANNED, HELD), (HELD, PLANNED)])
def test_refused_transitions(current, new):
    with pytest.raises(RuleError) as caught:
        check_conference_transition(current, new)
    assert str(caught.value).strip()


def test_transitions_accept_stored_string_values():
    check_conference_transition("afholdt", "i_gang")
    with pytest.raises(RuleError):
        check_conference_transition("planlagt", "afholdt")


def test_only_held_conference_is_guarded_against_edits():
    assert is_editable(PLANNED)
    assert is_editable(RUNNING)
    assert not is_editable(HELD)


def test_default_agenda_lasts_90_minutes_and_starts_with_follow_up():
    agenda = default_agenda()
    assert sum(minutes for _, _, minutes in agenda) == 90
    assert agenda[0][0] == AgendaKind.FOLLOW_UP
    kinds = [kind for kind, _, _ in agenda]
    assert AgendaKind.WELLBEING in kinds and AgendaKind.PUPILS in kinds and AgendaKind.NEW_AGREEMENTS in kinds
    assert all(title.strip() for _, title, _ in agenda)
    assert all(minutes > 0 for _, _, minutes in agenda)
