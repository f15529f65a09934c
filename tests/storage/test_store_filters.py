"""Store.find's keyword filters: what services use instead of WHERE text. Checked against the dataclass, so
a caller cannot write SQL through them; values are encoded as stored (dates, enums, booleans, NULL, lists)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.domain.review import AbsenceRecord
from app.domain.school import Pupil, PupilStatus, StaffMember
from app.services import school
from tests.import_files import empty_school

NAMES = ["Åse", "Ærø", "O'Brien", "Zoë; DROP TABLE pupil", "Sofies", "x = ? OR 1", ""]


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    store = empty_school(tmp_path_factory.mktemp("filters"))
    five_b = school.add_class(store, "5.B", 2026)
    for number, name in enumerate(NAMES):
        pupil = school.add_pupil(store, five_b, name or "Navnløs", f"Ærø-{number}", date(2015, 1 + number, 3))
        if number % 3 == 0:
            school.mark_pupil_left(store, pupil, date(2026, 10, 1 + number))
    school.add_staff(store, "Henrik Madsen")
    yield store
    store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(given_name=st.sampled_from([*NAMES, "Navnløs"]), status=st.sampled_from([None, *PupilStatus]),
       left_on=st.sampled_from([None, "any", date(2026, 10, 1), date(2026, 10, 4)]))
def test_keyword_filters_find_what_python_finds(filled, given_name, status, left_on):
    everyone = filled.find(Pupil)
    filters = {"given_name": given_name}
    if status is not None:
        filters["status"] = status
    if left_on != "any":
        filters["left_on"] = left_on
    expected = {p.id for p in everyone if all(getattr(p, k) == v for k, v in filters.items())}
    assert {p.id for p in filled.find(Pupil, **filters)} == expected


def test_a_list_means_in_and_an_empty_list_means_nothing(filled):
    everyone = filled.find(Pupil)
    some = [everyone[0].id, everyone[2].id]
    assert {p.id for p in filled.find(Pupil, id=some)} == set(some)
    assert filled.find(Pupil, id=[]) == []
    assert filled.find_one(Pupil, id=some[1]).id == some[1]
    assert filled.find_one(Pupil, id="no such id") is None


def test_booleans_and_dates_are_encoded_as_stored(filled):
    assert [m.name for m in filled.find(StaffMember, active=True)] == ["Henrik Madsen"]
    assert filled.find(StaffMember, active=False) == []
    assert len(filled.find(Pupil, left_on=date(2026, 10, 1))) == 1
    assert filled.find(AbsenceRecord, period_start=date(2026, 8, 1)) == []


def test_order_by_names_columns_in_either_direction(filled):
    names = [p.family_name for p in filled.find(Pupil, order_by="family_name DESC, given_name")]
    assert names == sorted(names, reverse=True)


@pytest.mark.parametrize("order_by", ["given_name; DROP TABLE pupil", "(SELECT 1)", "no_such_column",
                                      "given_name DESC NULLS", "1", "given_name COLLATE NOCASE"])
def test_order_by_refuses_anything_but_column_names(filled, order_by):
    with pytest.raises(ValueError):
        filled.find(Pupil, order_by=order_by)


@pytest.mark.parametrize("column", ["no_such_column", "given_name = 'x' OR 1", "[given_name]"])
def test_filters_refuse_unknown_columns(filled, column):
    with pytest.raises(ValueError):
        filled.find(Pupil, **{column: "x"})
