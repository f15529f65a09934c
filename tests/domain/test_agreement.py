"""Agreements: status changes, validation, which agreements a conference reviews, overdue."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.agreement import (
    Agreement,
    AgreementScope,
    AgreementStatus,
    ResponsibleKind,
    agreements_for_review,
    check_agreement,
    check_agreement_transition,
)
from app.domain.base import RuleError

S = AgreementStatus
CLOSED = [S.DONE, S.NOT_DONE, S.DROPPED]


# -- status transitions -------------------------------------------------------------------------


@pytest.mark.parametrize("current", [S.OPEN, S.PARTLY])
@pytest.mark.parametrize("new", list(S))
def test_open_or_partly_done_can_get_any_status(current, new):
    check_agreement_transition(current, new)


@pytest.mark.parametrize("current", CLOSED)
def test_closed_agreement_can_be_reopened(current):
    check_agreement_transition(current, S.OPEN)


@pytest.mark.parametrize("current", CLOSED)
def test_closed_agreement_keeps_its_status(current):
    check_agreement_transition(current, current)


@pytest.mark.parametrize(
    "current, new", [(c, n) for c in CLOSED for n in (S.DONE, S.NOT_DONE, S.DROPPED, S.PARTLY) if c != n]
)
def test_closed_agreement_must_be_reopened_first(current, new):
    with pytest.raises(RuleError) as caught:
        check_agreement_transition(current, new)
    assert str(caught.value).strip()


# -- validation ---------------------------------------------------------------------------------


def _agreement(**changes) -> Agreement:
    values = dict(class_id="c1", text="Læser 20 minutter hver dag", responsible_staff_id="staff-1")
    values.update(changes)
    return Agreement(**values)


def test_valid_agreements_pass():
    check_agreement(_agreement(), pupil_count=0)
    check_agreement(_agreement(scope=AgreementScope.PUPIL), pupil_count=1)
    check_agreement(_agreement(scope=AgreementScope.PUPILS), pupil_count=3)
    check_agreement(
        _agreement(scope=AgreementScope.PUPIL, responsible_kind=ResponsibleKind.PUPIL, responsible_staff_id=None),
        pupil_count=1,
    )
    check_agreement(
        _agreement(scope=AgreementScope.PUPILS, responsible_kind=ResponsibleKind.PARENTS, responsible_staff_id=None),
        pupil_count=2,
    )


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_agreement_needs_text(text):
    with pytest.raises(RuleError):
        check_agreement(_agreement(text=text), pupil_count=0)


def test_staff_responsible_needs_a_staff_member():
    with pytest.raises(RuleError):
        check_agreement(_agreement(responsible_staff_id=None), pupil_count=0)
    with pytest.raises(RuleError):
        check_agreement(_agreement(responsible_staff_id=""), pupil_count=0)


@pytest.mark.parametrize(
    "scope, count",
    [
        (AgreementScope.CLASS, 1),
        (AgreementScope.PUPIL, 0),
        (AgreementScope.PUPIL, 2),
        (AgreementScope.PUPILS, 0),
        (AgreementScope.PUPILS, 1),
    ],
)
def test_pupils_must_fit_the_scope(scope, count):
    with pytest.raises(RuleError):
        check_agreement(_agreement(scope=scope), pupil_count=count)


def test_the_pupil_cannot_be_responsible_for_several_pupils():
    agreement = _agreement(
        scope=AgreementScope.PUPILS, responsible_kind=ResponsibleKind.PUPIL, responsible_staff_id=None
    )
    with pytest.raises(RuleError):
        check_agreement(agreement, pupil_count=2)


def test_the_pupil_cannot_be_responsible_for_a_class_agreement():
    agreement = _agreement(
        scope=AgreementScope.CLASS, responsible_kind=ResponsibleKind.PUPIL, responsible_staff_id=None
    )
    with pytest.raises(RuleError):
        check_agreement(agreement, pupil_count=0)


# -- which agreements a conference reviews ------------------------------------------------------

EARLIER, THIS, LATER = "conf-earlier", "conf-this", "conf-later"
MADE_ON = {EARLIER: date(2025, 9, 10), THIS: date(2026, 2, 5), LATER: date(2026, 6, 1)}


def _made(conference_id, status=S.OPEN, deadline=None, created_at="2025-09-10T10:00:00.000Z", **kw) -> Agreement:
    return _agreement(
        made_in_conference_id=conference_id, status=status, deadline=deadline, created_at=created_at, **kw
    )


def _ids(found):
    return [a.id for a in found]


def test_open_and_partly_done_agreements_from_an_earlier_conference_are_reviewed():
    open_one = _made(EARLIER, S.OPEN)
    partly = _made(EARLIER, S.PARTLY)
    found = agreements_for_review(THIS, MADE_ON[THIS], [open_one, partly], MADE_ON)
    assert set(_ids(found)) == {open_one.id, partly.id}


@pytest.mark.parametrize("status", CLOSED)
def test_closed_agreements_are_not_reviewed_again(status):
    assert agreements_for_review(THIS, MADE_ON[THIS], [_made(EARLIER, status)], MADE_ON) == []


def test_agreements_made_at_this_conference_are_not_reviewed_here():
    assert agreements_for_review(THIS, MADE_ON[THIS], [_made(THIS)], MADE_ON) == []


def test_agreements_made_at_a_later_conference_are_not_reviewed_here():
    assert agreements_for_review(THIS, MADE_ON[THIS], [_made(LATER)], MADE_ON) == []


def test_agreement_made_outside_a_conference_is_reviewed_while_open():
    loose = _made(None)
    assert _ids(agreements_for_review(THIS, MADE_ON[THIS], [loose], MADE_ON)) == [loose.id]


@pytest.mark.parametrize("status", CLOSED)
def test_agreement_reviewed_here_stays_listed_after_it_is_closed(status):
    reviewed = _made(EARLIER, status)
    other_closed = _made(EARLIER, status)
    found = agreements_for_review(THIS, MADE_ON[THIS], [reviewed, other_closed], MADE_ON, reviews_here={reviewed.id})
    assert _ids(found) == [reviewed.id]


def test_review_list_is_ordered_by_deadline_with_no_deadline_last():
    no_deadline_old = _made(EARLIER, created_at="2025-09-10T10:00:00.000Z")
    no_deadline_new = _made(EARLIER, created_at="2025-09-10T11:00:00.000Z")
    late = _made(EARLIER, deadline=date(2026, 1, 20))
    early = _made(EARLIER, deadline=date(2025, 11, 1))
    found = agreements_for_review(
        THIS, MADE_ON[THIS], [no_deadline_new, late, no_deadline_old, early], MADE_ON
    )
    assert _ids(found) == [early.id, late.id, no_deadline_old.id, no_deadline_new.id]


# -- overdue ------------------------------------------------------------------------------------


TODAY = date(2026, 2, 5)


def test_open_agreement_past_its_deadline_is_overdue():
    assert _agreement(deadline=date(2026, 2, 4)).is_overdue(TODAY)
    assert _agreement(deadline=date(2026, 2, 4), status=S.PARTLY).is_overdue(TODAY)


def test_deadline_today_or_later_is_not_overdue():
    assert not _agreement(deadline=TODAY).is_overdue(TODAY)
    assert not _agreement(deadline=date(2026, 3, 1)).is_overdue(TODAY)


def test_no_deadline_is_never_overdue():
    assert not _agreement(deadline=None).is_overdue(TODAY)


@pytest.mark.parametrize("status", CLOSED)
def test_closed_agreement_is_never_overdue(status):
    assert not _agreement(deadline=date(2025, 1, 1), status=status).is_overdue(TODAY)
