"""The membership rule of migration 2 in every reader: a pupil who moved class within a school year belongs
to the new class (the membership without ``left_on``, else the latest); absence import and data deletion too."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.school import ClassMembership, Pupil
from app.services import school
from app.services.absence_import import apply_absence_import, build_absence_preview, read_absence
from app.services.data_deletion import pupils_due_for_deletion
from app.storage.queries import people
from tests.import_files import empty_school, write_csv

AUTUMN = (date(2026, 8, 1), date(2026, 10, 31))
MOVED_ON = date(2026, 9, 15)


def _move(store, pupil: Pupil, to_class, on: date = MOVED_ON) -> None:
    """What a roster import does when a pupil changes class within the school year."""
    with store.operation("Move class") as op:
        for old in store.find(ClassMembership, pupil_id=pupil.id, left_on=None):
            op.update(old, left_on=on)
        earlier = store.find_one(ClassMembership, pupil_id=pupil.id, class_id=to_class.id)
        if earlier is not None:  # back in a class left earlier: the membership is reopened
            op.update(earlier, left_on=None)
        else:
            op.insert(ClassMembership(class_id=to_class.id, pupil_id=pupil.id))


@pytest.fixture(params=["old class made first", "new class made first"])
def moved(request, tmp_path):
    """Two pupils called Emil Hansen: one moved from 5.A to 5.B in September, one still in 5.A."""
    store = empty_school(tmp_path)
    if request.param == "old class made first":
        five_a = school.add_class(store, "5.A", 2026)
        five_b = school.add_class(store, "5.B", 2026)
    else:
        five_b = school.add_class(store, "5.B", 2026)
        five_a = school.add_class(store, "5.A", 2026)
    mover = school.add_pupil(store, five_a, "Emil", "Hansen", date(2015, 4, 1))
    stayer = school.add_pupil(store, five_a, "Emil", "Hansen", date(2015, 11, 30))
    _move(store, mover, five_b)
    yield store, mover, stayer, five_a, five_b
    store.close()


def test_the_placement_is_the_membership_without_left_on(moved):
    store, mover, stayer, five_a, five_b = moved
    found = {p.pupil_id: p.class_id for p in people.placements(store, school_year=2026)}
    assert found == {mover.id: five_b.id, stayer.id: five_a.id}
    assert {p.id for p in school.pupils_of_class(store, five_a)} == {stayer.id}
    assert {p.id for p in school.pupils_of_class(store, five_b)} == {mover.id}
    assert school.class_sizes(store, [five_a, five_b]) == {five_a.id: 1, five_b.id: 1}


@pytest.mark.parametrize("shown_class", ["5.A", "5.B"])
def test_absence_goes_to_the_pupil_now_in_the_class_named(moved, tmp_path, shown_class):
    store, mover, stayer, _five_a, _five_b = moved
    rows = [["Elev", "Klasse", "Fravær i alt"], ["Hansen, Emil", shown_class, "7,5"]]
    preview = build_absence_preview(store, read_absence(write_csv(tmp_path / "fravær.csv", rows)), period=AUTUMN)
    assert preview.unknown == []
    expected = stayer if shown_class == "5.A" else mover
    assert [e.pupil_id for e in preview.entries] == [expected.id]
    apply_absence_import(store, preview)


def test_a_file_naming_the_class_left_still_finds_a_pupil_with_a_unique_name(tmp_path):
    store = empty_school(tmp_path)
    five_a = school.add_class(store, "5.A", 2026)
    five_b = school.add_class(store, "5.B", 2026)
    lærke = school.add_pupil(store, five_a, "Lærke", "Ødegård-Sørensen", date(2015, 6, 6))
    _move(store, lærke, five_b)
    rows = [["Elev", "Klasse", "Fravær i alt"], ["Ødegård-Sørensen, Lærke", "5.A", "2"]]
    preview = build_absence_preview(store, read_absence(write_csv(tmp_path / "fravær.csv", rows)), period=AUTUMN)
    assert preview.unknown == [] and [e.pupil_id for e in preview.entries] == [lærke.id]
    store.close()


def test_deletion_names_the_class_the_pupil_moved_to(moved):
    store, mover, _stayer, _five_a, _five_b = moved
    school.mark_pupil_left(store, store.get(Pupil, mover.id), date(2026, 12, 1))
    due = pupils_due_for_deletion(store, date(2028, 1, 10))
    assert [(d.pupil.id, d.last_class) for d in due] == [(mover.id, "5.B 2026/27")]


# -- the rule as a property: any sequence of moves within a year leaves each pupil in exactly one class ------
from hypothesis import (  # noqa: E402
    HealthCheck,
    given,
    settings,
    strategies as st,  # noqa: E402
)

from app.domain.school import SchoolClass  # noqa: E402

LETTERS = ["A", "B", "C"]


@pytest.fixture(scope="module")
def three_classes(tmp_path_factory):
    store = empty_school(tmp_path_factory.mktemp("rule"))
    classes = {letter: school.add_class(store, f"6.{letter}", 2026) for letter in LETTERS}
    yield store, classes
    store.close()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=st.lists(st.lists(st.sampled_from(LETTERS), min_size=1, max_size=4), min_size=1, max_size=4),
       same_day=st.booleans())
def test_after_any_moves_each_pupil_is_in_the_class_moved_to_last(three_classes, moves, same_day):
    store, classes = three_classes
    pupils = []
    for number, path in enumerate(moves):
        pupil = school.add_pupil(store, classes[path[0]], "Zoë", f"Ærø-{number}")
        for step, letter in enumerate(path[1:]):
            if letter == path[step]:
                continue
            _move(store, pupil, classes[letter], MOVED_ON if same_day else date(2026, 9, 1 + step))
        pupils.append((pupil, path[-1]))
    found = {p.pupil_id: p.class_id for p in people.placements(store, school_year=2026)}
    for pupil, last in pupils:
        assert found[pupil.id] == classes[last].id
        in_classes = [letter for letter in LETTERS
                      if pupil.id in {p.id for p in school.pupils_of_class(store, classes[letter])}]
        assert in_classes == [last]
    store_classes = store.find(SchoolClass, school_year=2026)
    assert len(store_classes) == 3
    with store.operation("Clean up") as op:
        for pupil, _last in pupils:
            op.delete(store.get(Pupil, pupil.id))


def test_two_open_memberships_in_one_year_the_newest_wins(tmp_path):
    """Files from before migration 2 may hold a move as two memberships without left_on."""
    store = empty_school(tmp_path)
    seven_a = school.add_class(store, "7.A", 2026)
    seven_b = school.add_class(store, "7.B", 2026)
    søren = school.add_pupil(store, seven_a, "Søren", "Ærø Lund")
    with store.operation("Old-style move") as op:
        op.insert(ClassMembership(class_id=seven_b.id, pupil_id=søren.id))
    assert [p.class_id for p in people.placements(store, pupil_ids=[søren.id])] == [seven_b.id]
    assert school.pupils_of_class(store, seven_a) == []
    assert [p.id for p in school.pupils_of_class(store, seven_b)] == [søren.id]
    store.close()
