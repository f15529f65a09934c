"""Importing pupil lists: what is stored, the re-import preview, CPR numbers, and every bad file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.domain.base import RuleError
from app.domain.school import Pupil, PupilStatus, SchoolClass
from app.services import school
from app.services.import_memory import ImportMemory
from app.services.roster_import import (
    BIRTH,
    CLASS,
    FULL,
    EntryKind,
    apply_roster_import,
    build_preview,
    import_roster,
    read_roster,
)
from app.services.tabular import TableError
from app.storage.database import open_database
from app.storage.store import Operation
from tests.conftest import DEMO_TODAY
from tests.import_files import PUPILS, empty_school, roster_rows, write_csv, write_xlsx

TODAY = date(2026, 8, 20)


def _stored(store, year=2026):
    """{class name: sorted [(given, family, birth date, status)]}."""
    result = {}
    for school_class in school.classes_of_year(store, year):
        result[school_class.name] = sorted(
            (p.given_name, p.family_name, p.birth_date, p.status) for p in school.pupils_of_class(store, school_class))
    return result


def _class(store, name, year=2026):
    return next(c for c in school.classes_of_year(store, year) if c.name == name)


def test_windows_1252_list_with_several_classes_is_stored(tmp_path):
    store = empty_school(tmp_path)
    path = write_csv(tmp_path / "elever.csv", roster_rows(), encoding="cp1252")
    preview, result = import_roster(store, path, 2026, today=TODAY)
    assert (result.new, result.changed, result.left) == (8, 0, 0)
    assert sorted(result.classes_created) == ["5.A", "5.B", "6.A"]
    stored = _stored(store)
    assert stored["5.B"][0] == ("Bjørk", "Østergaard-Lund", date(2015, 11, 30), PupilStatus.ACTIVE)
    assert ("Åse Marie", "Ærø", date(2015, 7, 3), PupilStatus.ACTIVE) in stored["5.B"]
    assert len(stored["5.B"]) == 4 and len(stored["5.A"]) == 2 and len(stored["6.A"]) == 2
    assert {e.kind for e in preview.entries} == {EntryKind.NEW}


def test_comma_separated_utf8_with_bom_and_quoted_names(tmp_path):
    store = empty_school(tmp_path)
    path = write_csv(tmp_path / "elever.csv", roster_rows(), delimiter=",", encoding="utf-8-sig")
    assert b'"\xc3\x86r\xc3\xb8, \xc3\x85se Marie"' in path.read_bytes()  # "Ærø, Åse Marie" in quotes
    preview, result = import_roster(store, path, 2026, today=TODAY)
    assert result.new == 8
    assert ("Åse Marie", "Ærø", date(2015, 7, 3), PupilStatus.ACTIVE) in _stored(store)["5.B"]


def test_xlsx_with_title_rows_date_cells_and_text_dates(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Engbakkeskolen – elevliste"], ["Udskrevet 12-08-2026"], [],
            ["Fornavn", "Efternavn", "Klasse", "Fødselsdato"],
            ["Åse", "Ærø", "5.B", date(2015, 7, 3)],
            ["Jens", "Søndergård", "5.B", "14-02-2015"],
            ["Ida", "Kjær", "5.B", "9.1.2015"]]
    path = write_xlsx(tmp_path / "elever.xlsx", {"Ark1": rows})
    import_roster(store, path, 2026, today=TODAY)
    assert _stored(store)["5.B"] == [
        ("Ida", "Kjær", date(2015, 1, 9), PupilStatus.ACTIVE),
        ("Jens", "Søndergård", date(2015, 2, 14), PupilStatus.ACTIVE),
        ("Åse", "Ærø", date(2015, 7, 3), PupilStatus.ACTIVE),
    ]


def test_one_sheet_per_class_named_by_the_class(tmp_path):
    store = empty_school(tmp_path)
    header = ["Navn", "Født"]
    path = write_xlsx(tmp_path / "klasser.xlsx", {
        "5.B": [header, ["Åse Ærø", date(2015, 7, 3)], ["Jens Søndergård", date(2015, 2, 14)]],
        "5.A": [header, ["Ida Kjær", date(2015, 1, 9)]],
    })
    import_roster(store, path, 2026, today=TODAY)
    stored = _stored(store)
    assert [p[:2] for p in stored["5.B"]] == [("Jens", "Søndergård"), ("Åse", "Ærø")]
    assert [p[:2] for p in stored["5.A"]] == [("Ida", "Kjær")]


def test_a_list_without_class_column_goes_into_the_chosen_class(tmp_path):
    store = empty_school(tmp_path)
    school.add_class(store, "5.B", 2026)
    path = write_csv(tmp_path / "5b.csv", [["Fornavn", "Efternavn"], ["Åse", "Ærø"], ["Jens", "Søndergård"]])
    source = read_roster(path)
    with pytest.raises(TableError) as error:
        build_preview(store, source, 2026)
    assert error.value.kind == "no_class"
    preview = build_preview(store, source, 2026, default_class="5b")
    assert [c.name for c in preview.classes] == ["5.B"] and preview.new_classes == []
    apply_roster_import(store, preview, today=TODAY)
    assert len(_stored(store)["5.B"]) == 2


def test_only_one_class_from_a_whole_school_list(tmp_path):
    store = empty_school(tmp_path)
    path = write_csv(tmp_path / "alle.csv", roster_rows())
    preview, result = import_roster(store, path, 2026, only_class="5.A", default_class="5.A", today=TODAY)
    assert result.new == 2 and preview.skipped_rows == 6
    assert list(_stored(store)) == ["5.A"]


def test_cpr_column_is_never_stored_and_the_user_is_told_why(tmp_path):
    store = empty_school(tmp_path)
    rows = roster_rows(cpr=True)
    path = write_csv(tmp_path / "med_cpr.csv", rows)
    memory = ImportMemory(tmp_path / "mem.json")
    source = read_roster(path, memory=memory)
    assert source.cpr_columns == {3}
    preview = build_preview(store, source, 2026)
    assert preview.cpr_warning and "CPR" in preview.cpr_warning and "D: CPR-nr." in preview.cpr_warning
    apply_roster_import(store, preview, today=TODAY, memory=memory)
    store.close()
    cprs = [row[3] for row in rows[1:]]
    for text in (path.with_name("skole.klassekonference").read_bytes(), (tmp_path / "mem.json").read_bytes()):
        assert not any(cpr.encode() in text or cpr.replace("-", "").encode() in text for cpr in cprs)
    store = open_database(path.with_name("skole.klassekonference"))
    logged = " ".join(str(e.new_value) for e in store.change_log())
    assert not any(cpr in logged or cpr.replace("-", "") in logged for cpr in cprs)
    store.close()


def test_cpr_numbers_are_found_by_their_values_and_cannot_be_chosen(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Navn", "Klasse", "Nr."]] + [[name, klass, born.strftime("%d%m%y") + "4321"]
                                          for klass, name, born in PUPILS]
    source = read_roster(write_csv(tmp_path / "nr.csv", rows))
    assert source.cpr_columns == {2}
    with pytest.raises(TableError) as error:
        build_preview(store, source, 2026, columns={**source.columns, BIRTH: 2})
    assert error.value.kind == "cpr"
    assert build_preview(store, source, 2026).cpr_warning


def test_reimport_preview_shows_new_changed_and_leaving_before_writing(demo_file, tmp_path):
    store = open_database(demo_file)
    five_b = _class(store, "5.B")
    five_a = _class(store, "5.A")
    pupils_b = school.pupils_of_class(store, five_b, include_left=False)
    mover = school.pupils_of_class(store, five_a, include_left=False)[0]
    staying, leaving = pupils_b[:-2], pupils_b[-2:]
    rows = [["Efternavn", "Fornavn", "Klasse", "Fødselsdato"]]
    rows += [[p.family_name, p.given_name, "5.B", p.birth_date.strftime("%d-%m-%Y") if p.birth_date else ""]
             for p in staying]
    rows += [[mover.family_name, mover.given_name, "5.B", mover.birth_date.strftime("%d-%m-%Y")],
             ["Ny", "Nanna", "5.B", "01-02-2016"]]
    before = store.counts()
    source = read_roster(write_csv(tmp_path / "5b.csv", rows, encoding="cp1252"))
    preview = build_preview(store, source, 2026)
    assert store.counts() == before
    counts = preview.counts
    assert (counts[EntryKind.NEW], counts[EntryKind.CHANGED], counts[EntryKind.LEAVING]) == (1, 1, 2)
    assert counts[EntryKind.UNCHANGED] == len(staying)
    changed = next(e for e in preview.entries if e.kind == EntryKind.CHANGED)
    assert changed.pupil_id == mover.id and "5.A" in changed.changes[0]
    assert {e.pupil_id for e in preview.entries if e.kind == EntryKind.LEAVING} == {p.id for p in leaving}

    result = apply_roster_import(store, preview, today=DEMO_TODAY)
    assert (result.new, result.changed, result.left) == (1, 1, 2)
    after = store.counts()
    assert all(after[table] >= before[table] for table in before)  # nothing deleted
    for pupil in leaving:
        gone = store.get(Pupil, pupil.id)
        assert (gone.status, gone.left_on) == (PupilStatus.LEFT, DEMO_TODAY)
    assert mover.id in {p.id for p in school.pupils_of_class(store, five_b)}

    again = build_preview(store, read_roster(tmp_path / "5b.csv"), 2026)
    assert again.counts[EntryKind.UNCHANGED] == len(staying) + 2 and again.count(EntryKind.LEAVING) == 0
    store.close()


def test_a_left_pupil_on_the_list_again_comes_back_and_a_missing_birth_date_is_added(tmp_path):
    store = empty_school(tmp_path)
    five_b = school.add_class(store, "5.B", 2026)
    back = school.add_pupil(store, five_b, "Åse", "Ærø", date(2015, 7, 3))
    school.mark_pupil_left(store, back, date(2026, 1, 5))
    undated = school.add_pupil(store, five_b, "Jens", "Søndergård")
    path = write_csv(tmp_path / "5b.csv", [["Navn", "Klasse", "Født"], ["Ærø, Åse", "5.B", "03-07-2015"],
                                           ["Søndergård, Jens", "5.B", "14-02-2015"]])
    preview, result = import_roster(store, path, 2026, today=TODAY)
    assert (result.new, result.changed) == (0, 2)
    assert store.get(Pupil, back.id).status == PupilStatus.ACTIVE and store.get(Pupil, back.id).left_on is None
    assert store.get(Pupil, undated.id).birth_date == date(2015, 2, 14)


def test_a_same_named_pupil_with_another_birth_date_is_a_new_pupil(tmp_path):
    store = empty_school(tmp_path)
    five_b = school.add_class(store, "5.B", 2026)
    school.add_pupil(store, five_b, "Emma", "Nielsen", date(2015, 3, 3))
    path = write_csv(tmp_path / "5b.csv", [["Navn", "Klasse", "Født"], ["Emma Nielsen", "5.B", "03-03-2015"],
                                           ["Emma Nielsen", "5.A", "09-09-2015"]])
    preview, result = import_roster(store, path, 2026, today=TODAY)
    assert (result.new, result.unchanged) == (1, 1)


def test_new_school_year_list_follows_last_years_class(demo_file, tmp_path):
    store = open_database(demo_file)
    pupils = school.pupils_of_class(store, _class(store, "5.B"), include_left=False)
    rows = [["Navn", "Klasse"]] + [[p.full_name, "6.B"] for p in pupils[1:]]
    preview, result = import_roster(store, write_csv(tmp_path / "6b.csv", rows), 2027, today=date(2027, 8, 10))
    assert result.classes_created == ["6.B"]
    assert (result.new, result.changed, result.unchanged, result.left) == (0, 0, len(pupils) - 1, 1)
    six_b = _class(store, "6.B", 2027)
    assert six_b.cohort_id == _class(store, "5.B").cohort_id
    assert store.get(Pupil, pupils[0].id).status == PupilStatus.LEFT
    store.close()


@pytest.mark.parametrize("rows, kind", [
    ([["Barn", "Klasse"], ["Åse Ærø", "5.B"]], "no_name"),
    ([["Navn", "Klasse"], ["Åse Ærø", "5.B"], ["Jens Lund", "5.B"], ["ÅSE  ÆRØ", "5.B"]], "duplicates"),
    ([["Navn", "Klasse", "Født"], ["Åse Ærø", "5.B", "03-07-2015"], ["Åse Ærø", "5.A", "03-07-2015"]], "duplicates"),
    ([["Navn", "Klasse"], ["Åse Ærø", "5.B"], ["Jens", "Lund", "5.B"]], "ragged"),
    ([["Navn", "Klasse"], ["Åse Ærø", "Modtageklassen"]], "values"),
    ([["Navn", "Klasse"], ["Åse Ærø", "5.B"], ["Bo Lund", ""]], "values"),
    ([["Navn", "Klasse", "Født"], ["Åse Ærø", "5.B", "31-02-2015"]], "values"),
])
def test_bad_lists_get_a_clear_message_and_nothing_is_written(tmp_path, rows, kind):
    store = empty_school(tmp_path)
    before = store.counts()
    with pytest.raises(TableError) as error:
        import_roster(store, write_csv(tmp_path / "liste.csv", rows), 2026, today=TODAY)
    assert error.value.kind == kind
    assert "liste.csv" in str(error.value) or kind == "ragged" or error.value.row
    assert store.counts() == before


def test_duplicate_message_names_both_rows(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Navn", "Klasse"], ["Åse Ærø", "5.B"], ["Jens Lund", "5.B"], ["Åse Ærø", "5.B"]]
    with pytest.raises(TableError) as error:
        import_roster(store, write_csv(tmp_path / "liste.csv", rows), 2026)
    assert "Åse Ærø" in str(error.value) and "2" in str(error.value) and "4" in str(error.value)


def _letters(number: int) -> str:
    """1 -> "Ab", 27 -> "Bb": a different family name for each number."""
    text = ""
    while number:
        number, rest = divmod(number, 26)
        text = "abcdefghijklmnopqrstuvwxyz"[rest] + text
    return text.capitalize() + "sen"


def test_an_error_in_row_500_writes_nothing(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Fornavn", "Efternavn", "Klasse"]] + [["Elev", _letters(i), "5.B"] for i in range(1, 600)]
    rows[500][2] = "5.Æ.B"
    before = store.counts()
    with pytest.raises(TableError) as error:
        import_roster(store, write_csv(tmp_path / "stor.csv", rows), 2026)
    assert "501" in str(error.value)
    assert store.counts() == before


def test_a_failure_while_writing_rolls_everything_back(tmp_path, monkeypatch):
    store = empty_school(tmp_path)
    source = read_roster(write_csv(tmp_path / "elever.csv", roster_rows()))
    preview = build_preview(store, source, 2026)
    before = store.counts()
    real_insert, calls = Operation.insert, []

    def failing_insert(self, record):
        calls.append(record)
        if len(calls) == 9:
            raise OSError("disk full")
        return real_insert(self, record)

    monkeypatch.setattr(Operation, "insert", failing_insert)
    with pytest.raises(OSError):
        apply_roster_import(store, preview, today=TODAY)
    assert store.counts() == before


def test_a_stale_preview_is_refused(tmp_path):
    store = empty_school(tmp_path)
    preview = build_preview(store, read_roster(write_csv(tmp_path / "e.csv", roster_rows())), 2026)
    school.add_class(store, "1.A", 2026)
    with pytest.raises(RuleError):
        apply_roster_import(store, preview)
    assert store.find(Pupil) == []


def test_the_column_choice_is_remembered_for_files_of_the_same_shape(tmp_path):
    store = empty_school(tmp_path)
    memory = ImportMemory(tmp_path / "config" / "mem.json")
    rows = [["Barn", "Gruppe", "Dato"], ["Ærø, Åse", "5.B", "03-07-2015"]]
    source = read_roster(write_csv(tmp_path / "a.csv", rows), memory=memory)
    assert source.columns[FULL] is None and not source.remembered
    columns = {**source.columns, FULL: 0, CLASS: 1, BIRTH: 2}
    apply_roster_import(store, build_preview(store, source, 2026, columns=columns), memory=memory)
    saved = (tmp_path / "config" / "mem.json").read_text(encoding="utf-8")
    assert "Ærø" not in saved and "2015" not in saved

    same_shape = read_roster(write_csv(tmp_path / "b.csv", [[" BARN ", "gruppe", "dato"], ["Lund, Bo", "5.A", ""]]),
                             memory=memory)
    assert same_shape.remembered and same_shape.columns[FULL] == 0 and same_shape.columns[CLASS] == 1
    other = read_roster(write_csv(tmp_path / "c.csv", [["Barn", "Gruppe"], ["Lund, Bo", "5.A"]]), memory=memory)
    assert not other.remembered


def test_a_damaged_memory_file_is_ignored(tmp_path):
    path = tmp_path / "mem.json"
    path.write_text("{not json", encoding="utf-8")
    memory = ImportMemory(path)
    assert memory.recall("roster", ("navn",)) is None
    memory.remember("roster", ("navn",), {FULL: 0})
    assert json.loads(path.read_text(encoding="utf-8"))["roster"]
    assert memory.recall("roster", ("navn",)) == {FULL: 0}


def test_importing_keeps_existing_classes_of_other_years(demo_file, tmp_path):
    store = open_database(demo_file)
    classes_before = len(store.find(SchoolClass))
    import_roster(store, write_csv(tmp_path / "e.csv", roster_rows()), 2026, today=DEMO_TODAY)
    assert len(store.find(SchoolClass)) == classes_before + 1  # 6.A is new; 5.A and 5.B exist
    store.close()


def test_a_pupil_moving_class_within_the_year_leaves_the_old_class_with_history(tmp_path):
    from app.domain.school import ClassMembership

    store = empty_school(tmp_path)
    import_roster(store, write_csv(tmp_path / "start.csv", roster_rows()), 2026, today=TODAY)
    mover = school.pupils_of_class(store, _class(store, "5.A"))[0]
    rows = [["Fornavn", "Efternavn", "Klasse"], [mover.given_name, mover.family_name, "5.B"]]
    preview, _result = import_roster(store, write_csv(tmp_path / "flyt.csv", rows), 2026, today=date(2026, 10, 1),
                                     only_class="5.B")
    entry = next(e for e in preview.entries if e.pupil_id == mover.id)
    assert any("5.A" in change for change in entry.changes)  # the preview says where the pupil comes from
    assert mover.id in {p.id for p in school.pupils_of_class(store, _class(store, "5.B"))}
    assert mover.id not in {p.id for p in school.pupils_of_class(store, _class(store, "5.A"))}
    old = store.find_one(ClassMembership, "pupil_id = ? AND class_id = ?", (mover.id, _class(store, "5.A").id))
    assert old is not None and old.left_on == date(2026, 10, 1)  # nothing deleted: the old class keeps history
    assert store.get(Pupil, mover.id).status == PupilStatus.ACTIVE
