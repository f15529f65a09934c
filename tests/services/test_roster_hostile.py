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


def _stored_names(store, year=2026):
    return {c.name: sorted(p.full_name for p in school.pupils_of_class(store, c))
            for c in school.classes_of_year(store, year)}


@pytest.mark.parametrize("written, expected", [
    ("0A", "0.A"), ("0.a", "0.A"), ("*BHKL", "0. klasse"), ("BHKL", "0. klasse"), ("Bh.kl. A", "0.A"),
    ("bhkl.b", "0.B"), ("Børnehaveklasse C", "0.C"), ("0. kl. A", "0.A"),
])
def test_kindergarten_class_names_as_schools_write_them(tmp_path, written, expected):
    store = empty_school(tmp_path)
    rows = [["Fornavn", "Efternavn", "Klasse"], ["Alma", "Ravn", written], ["Storm", "Bjørn", "1.A"]]
    import_roster(store, write_csv(tmp_path / "bh.csv", rows), 2026, today=TODAY)
    assert _stored_names(store)[expected] == ["Alma Ravn"]
    store.close()


def test_a_row_that_cannot_be_read_is_listed_and_the_rest_can_be_imported(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Fornavn", "Efternavn", "Klasse"], ["Alma", "Ravn", "5.A"], ["Bo", "Lund", "Modtageklassen"],
            ["Storm", "Bjørn", "5.A"]]
    path = write_csv(tmp_path / "liste.csv", rows)
    preview = build_preview(store, read_roster(path), 2026)
    assert [e.full_name for e in preview.entries] == ["Alma Ravn", "Storm Bjørn"]
    assert len(preview.bad_rows) == 1 and "Række 3" in preview.bad_rows[0].text
    assert "En række" in preview.bad_rows_note and "1 rækker" not in preview.bad_rows_note
    before = store.counts()
    with pytest.raises(TableError) as refused:  # the command line without --skip-bad-rows: nothing is written
        import_roster(store, path, 2026, today=TODAY)
    assert "1 rækker" not in str(refused.value) and "Modtageklassen" in str(refused.value)
    assert store.counts() == before
    import_roster(store, path, 2026, today=TODAY, skip_bad_rows=True)
    assert _stored_names(store) == {"5.A": ["Alma Ravn", "Storm Bjørn"]}
    store.close()


def test_excel_error_values_and_formulas_without_a_result_never_become_pupils(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Fornavn", "Efternavn", "Klasse"], ["Alma", "Ravn", "5.A"], ["#N/A", "Lund", "5.A"],
            ["Bo", "#REF!", "5.A"], ["=B5&\"x\"", "Holm", "5.A"], ["Storm", "Bjørn", "5.A"]]
    path = write_xlsx(tmp_path / "fejl.xlsx", {"Elever": rows})
    preview = build_preview(store, read_roster(path), 2026)
    assert [e.full_name for e in preview.entries] == ["Alma Ravn", "Storm Bjørn"]
    assert len(preview.bad_rows) == 3
    assert any("#N/A" in p.text for p in preview.bad_rows) and any("#REF!" in p.text for p in preview.bad_rows)
    assert any("formel" in p.text for p in preview.bad_rows)
    store.close()


def test_error_values_written_into_a_csv_file_are_refused_per_row(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Navn", "Klasse"], ["Alma Ravn", "5.A"], ["#N/A", "5.A"], ["#VALUE!", "#REF!"], ["#I/T", "5.A"],
            ["Bo Lund", "#REFERENCE!"], ["#VÆRDI!", "5.A"]]
    preview = build_preview(store, read_roster(write_csv(tmp_path / "f.csv", rows)), 2026)
    assert [e.full_name for e in preview.entries] == ["Alma Ravn"] and len(preview.bad_rows) == 5
    store.close()


@pytest.mark.parametrize("name", ["\u200b", "\u200b\u200c\u2060", "\ufeff", "\u202e", "\x07", "\u00ad"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_invisible_or_control_only_names_are_refused_per_row(tmp_path, name, suffix):
    store = empty_school(tmp_path)
    if suffix == ".xlsx" and name == "\x07":
        pytest.skip("a workbook cannot hold a control character")
    rows = [["Fornavn", "Efternavn", "Klasse"], ["Alma", "Ravn", "5.A"], [name, name, "5.A"]]
    write = write_csv if suffix == ".csv" else (lambda path, rows: write_xlsx(path, {"Ark": rows}))
    preview = build_preview(store, read_roster(write(tmp_path / f"usynlig{suffix}", rows)), 2026)
    assert [e.full_name for e in preview.entries] == ["Alma Ravn"] and len(preview.bad_rows) == 1
    store.close()


def test_bidi_controls_are_stripped_from_names(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Fornavn", "Efternavn", "Klasse"], ["\u202eIda\u202c", "Kj\u200bær", "5.A"], ["Alma\u2066", "Ravn", "5.A"]]
    import_roster(store, write_csv(tmp_path / "bidi.csv", rows), 2026, today=TODAY)
    names = {(p.given_name, p.family_name) for p in store.find(Pupil)}
    assert names == {("Ida", "Kjær"), ("Alma", "Ravn")}
    store.close()


def test_a_list_without_a_header_row_keeps_its_first_pupil(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Alma Ravn", "5.A", "03-07-2016"], ["Storm Bjørn", "5.A", "14-02-2016"], ["Åse Ærø", "5.B", "01-05-2016"]]
    source = read_roster(write_csv(tmp_path / "uden.csv", rows))
    assert not source.header_found
    import_roster(store, write_csv(tmp_path / "uden.csv", rows), 2026, today=TODAY)
    assert _stored_names(store) == {"5.A": ["Alma Ravn", "Storm Bjørn"], "5.B": ["Åse Ærø"]}
    store.close()


def test_a_headerless_list_with_given_and_family_columns(tmp_path):
    rows = [["Alma", "Ravn", "5.A"], ["Storm", "Bjørn", "5.A"], ["Åse Marie", "Ærø", "5.B"]]
    source = read_roster(write_xlsx(tmp_path / "uden.xlsx", {"Ark1": rows}))
    assert (source.columns["given_name"], source.columns["family_name"], source.columns["class"]) == (0, 1, 2)


def test_a_windows_1252_list_with_two_utf8_rows_stores_no_mojibake(tmp_path):
    store = empty_school(tmp_path)
    lines = ["Fornavn;Efternavn;Klasse".encode("cp1252"), "Søren;Østergård;5.A".encode("cp1252"),
             "Åse;Ålund;5.A".encode(), "Bjørk;Kjær;5.A".encode(), "Ærle;Bødker;5.A".encode("cp1252")]
    path = tmp_path / "blandet.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    import_roster(store, path, 2026, today=TODAY)
    names = {p.full_name for p in store.find(Pupil)}
    assert names == {"Bjørk Kjær", "Søren Østergård", "Ærle Bødker", "Åse Ålund"}
    assert not any("Ã" in name for name in names)
    store.close()


def test_cpr_like_numbers_are_never_echoed_in_messages(tmp_path):
    store = empty_school(tmp_path)
    rows = [["Fornavn", "Efternavn", "Klasse", "Født"], ["Alma", "Ravn 0102031234", "5.A", ""],
            ["Bo", "Lund", "010203-1234", ""], ["Ida", "Kjær", "5.A", "0102031234"], ["Storm", "Bjørn", "5.A", ""]]
    preview = build_preview(store, read_roster(write_csv(tmp_path / "cpr.csv", rows)), 2026)
    everything = "\n".join([*preview.warnings, *(p.text for p in preview.problems), preview.bad_rows_note or ""])
    assert "0102031234" not in everything and "010203-1234" not in everything and "1234" not in everything
    assert "xxxxxx-xxxx" in everything
    store.close()


def _tabulex_lines(year_line: bool = True) -> list[str]:
    rows = [
        ("1001", "280015", "Engbakkeskolen", "Åse Marie", "Ærø", "0307161234", "Søvej 3", "Nord", "8000", "Århus C",
         "5", "A", "2017", "5A"),
        ("1002", "280015", "Engbakkeskolen", "Søren", "Østergård", "1402162345", "Bøgevej 1", "Nord", "8000",
         "Århus C", "5", "B", "2017", "5B"),
        ("1003", "280015", "Engbakkeskolen", "Alma", "Ravn", "0404203456", "Åvej 9", "Syd", "8200", "Århus N",
         "0", "A", "2026", "0A"),
    ]
    lines = ["2026"] if year_line else []
    lines += ["¤".join(row) + "¤" for row in rows]
    return lines


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
@pytest.mark.parametrize("year_line", [True, False])
def test_tabulex_elev_txt_is_recognised_and_its_cpr_field_never_read(tmp_path, encoding, year_line):
    store = empty_school(tmp_path)
    path = tmp_path / "Elev.txt"
    path.write_bytes(("\r\n".join(_tabulex_lines(year_line)) + "\r\n").encode(encoding))
    source = read_roster(path)
    assert source.layout == "tabulex" and 5 in source.cpr_columns
    preview, _ = import_roster(store, path, 2026, today=TODAY)
    assert _stored_names(store) == {"0.A": ["Alma Ravn"], "5.A": ["Åse Marie Ærø"], "5.B": ["Søren Østergård"]}
    text = "\n".join(str(v) for p in store.find(Pupil) for v in vars(p).values())
    assert "0307161234" not in text and "Søvej" not in text
    assert all("0307161234" not in w for w in preview.warnings)
    store.close()


def test_names_encoded_twice_are_put_back_never_stored_as_mojibake(tmp_path):
    store = empty_school(tmp_path)
    twice = "Åse;Ålund;5.A".encode().decode("cp1252").encode("utf-8")  # "Ã…se;Ã…lund"
    lines = [b"Fornavn;Efternavn;Klasse", twice, "Søren;Østergård;5.A".encode()]
    path = tmp_path / "to-gange.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    import_roster(store, path, 2026, today=TODAY)
    assert {p.full_name for p in store.find(Pupil)} == {"Åse Ålund", "Søren Østergård"}
    store.close()


from hypothesis import (  # noqa: E402
    HealthCheck,
    given,
    settings,
    strategies as st,  # noqa: E402
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(moves=st.lists(st.sampled_from(["5.A", "5.B", "5.C"]), min_size=1, max_size=6))
def test_any_sequence_of_class_moves_within_a_year_ends_in_the_last_class(tmp_path_factory, moves):
    """Lists A, B, A, C, B …: never an IntegrityError; the pupil is in the last class only, history kept."""
    tmp_path = tmp_path_factory.mktemp("moves")
    store = empty_school(tmp_path)
    try:
        header = ["Fornavn", "Efternavn", "Klasse"]
        for number, klass in enumerate(moves):
            rows = [header, ["Alma", "Ravn", klass]]
            import_roster(store, write_csv(tmp_path / f"l{number}.csv", rows), 2026, today=date(2026, 9, 1 + number),
                          only_class=klass)
        [pupil] = store.find(Pupil)
        open_classes = [c.name for c in school.classes_of_year(store, 2026)
                        if pupil.id in {p.id for p in school.pupils_of_class(store, c)}]
        assert open_classes == [moves[-1]]
        memberships = store.find(ClassMembership, "pupil_id = ?", (pupil.id,))
        assert len(memberships) == len(set(moves))  # one membership per class, reopened rather than doubled
        assert sum(1 for m in memberships if m.left_on is None) == 1
    finally:
        store.close()
