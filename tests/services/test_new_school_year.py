""""Nyt skoleår": classes move up with their pupils and history; grades 9 and 10 leave; one transaction."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.base import RuleError
from app.domain.school import Pupil, PupilStatus
from app.services import school
from app.services.new_school_year import plan_new_school_year, start_new_school_year
from app.storage.database import open_database
from app.storage.store import Operation
from tests.import_files import empty_school


@pytest.fixture
def store(tmp_path):
    store = empty_school(tmp_path)
    for name, pupils in (("5.B", ["Åse Ærø", "Jens Lund"]), ("9.A", ["Ida Kjær", "Bo Ravn"]), ("10.X", ["Eva Holm"]),
                         ("0.A", ["Lille Bjørn"])):
        school_class = school.add_class(store, name, 2026)
        for full in pupils:
            given, family = full.split()
            school.add_pupil(store, school_class, given, family)
    yield store
    store.close()


def _names(store, year):
    return {
        c.name: sorted(p.full_name for p in school.pupils_of_class(store, c))
        for c in school.classes_of_year(store, year)
    }


def test_every_class_moves_up_and_the_oldest_grades_leave(store):
    old_five_b = next(c for c in school.classes_of_year(store, 2026) if c.name == "5.B")
    left_pupil = next(p for p in school.pupils_of_class(store, old_five_b) if p.given_name == "Jens")
    school.mark_pupil_left(store, left_pupil, date(2027, 3, 1))
    plan = plan_new_school_year(store, 2026)
    assert sorted(c.name for c in plan.moving) == ["0.A", "5.B"]
    assert sorted(c.name for c in plan.leaving) == ["10.X", "9.A"]
    assert (plan.pupils_moving, plan.pupils_leaving) == (2, 3)

    result = start_new_school_year(store, 2026)
    assert _names(store, 2027) == {"1.A": ["Lille Bjørn"], "6.B": ["Åse Ærø"]}
    assert result.pupils_left == 3
    six_b = next(c for c in school.classes_of_year(store, 2027) if c.name == "6.B")
    assert six_b.cohort_id == old_five_b.cohort_id
    assert _names(store, 2026)["5.B"] == ["Jens Lund", "Åse Ærø"]  # history stays
    for pupil in store.find(Pupil, "given_name IN ('Ida', 'Bo', 'Eva')"):
        assert (pupil.status, pupil.left_on) == (PupilStatus.LEFT, date(2027, 7, 31))
    assert store.get(Pupil, left_pupil.id).left_on == date(2027, 3, 1)
    assert {e.operation for e in store.change_log() if e.operation_id == result.operation_id} != set()


def test_refused_when_the_next_year_already_has_classes(store):
    start_new_school_year(store, 2026)
    before = store.counts()
    with pytest.raises(RuleError) as error:
        start_new_school_year(store, 2026)
    assert "2027/2028" in str(error.value) and "1.A" in str(error.value)
    assert store.counts() == before


def test_refused_for_a_year_without_classes(store):
    with pytest.raises(RuleError) as error:
        start_new_school_year(store, 2030)
    assert "2030/2031" in str(error.value)


def test_all_or_nothing(store, monkeypatch):
    before = store.counts()
    real_update = Operation.update

    def failing_update(self, record, **changes):
        if isinstance(record, Pupil):
            raise OSError("disk full")
        return real_update(self, record, **changes)

    monkeypatch.setattr(Operation, "update", failing_update)
    with pytest.raises(OSError):
        start_new_school_year(store, 2026)
    assert store.counts() == before
    assert school.classes_of_year(store, 2027) == []


def test_on_the_demo_file_history_follows_the_class(demo_file):
    store = open_database(demo_file)
    before = {
        c.name: len(school.pupils_of_class(store, c, include_left=False)) for c in school.classes_of_year(store, 2026)
    }
    start_new_school_year(store, 2026)
    after = {c.name: len(school.pupils_of_class(store, c)) for c in school.classes_of_year(store, 2027)}
    assert after == {"6.B": before["5.B"], "6.A": before["5.A"], "2.A": before["1.A"]}
    six_b = next(c for c in school.classes_of_year(store, 2027) if c.name == "6.B")
    assert [c.school_year for c in school.cohort_classes(store, six_b)] == [2025, 2026, 2027]
    store.close()
