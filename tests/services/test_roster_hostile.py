"""Pupil lists as schools really have them, and hostile ones: never a traceback, never wrong data."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.school import ClassMembership, Pupil, PupilStatus
from app.services import school
from app.services.roster_import import build_preview, import_roster, read_roster
from app.services.tabular import TableError
from tests.import_files import empty_school, roster_rows, write_csv, write_xlsx

TODAY = date(2026, 8, 20)


def _class(store, name):
    return next(c for c in school.classes_of_year(store, 2026) if c.name == name)


def test_a_pupil_moving_back_to_a_class_left_earlier_in_the_year_reopens_the_membership(tmp_path):
    store = empty_school(tmp_path)
    import_roster(store, write_csv(tmp_path / "start.csv", roster_rows()), 2026, today=TODAY)
    mover = school.pupils_of_class(store, _class(store, "5.A"))[0]
    to_b = [["Fornavn", "Efternavn", "Klasse"], [mover.given_name, mover.family_name, "5.B"]]
    to_a = [["Fornavn", "Efternavn", "Klasse"], [mover.given_name, mover.family_name, "5.A"]]
    import_roster(store, write_csv(tmp_path / "b.csv", to_b), 2026, today=date(2026, 10, 1), only_class="5.B")
    import_roster(store, write_csv(tmp_path / "a.csv", to_a), 2026, today=date(2026, 11, 1), only_class="5.A")
    assert mover.id in {p.id for p in school.pupils_of_class(store, _class(store, "5.A"))}
    assert mover.id not in {p.id for p in school.pupils_of_class(store, _class(store, "5.B"))}
    back = store.find(ClassMembership, "pupil_id = ? AND class_id = ?", (mover.id, _class(store, "5.A").id))
    assert len(back) == 1 and back[0].left_on is None
    left_b = store.find_one(ClassMembership, "pupil_id = ? AND class_id = ?", (mover.id, _class(store, "5.B").id))
    assert left_b.left_on == date(2026, 11, 1)
    # and once more to B: the B membership reopens too
    import_roster(store, write_csv(tmp_path / "b2.csv", to_b), 2026, today=date(2026, 12, 1), only_class="5.B")
    assert mover.id in {p.id for p in school.pupils_of_class(store, _class(store, "5.B"))}
    assert store.get(Pupil, mover.id).status == PupilStatus.ACTIVE
    store.close()
