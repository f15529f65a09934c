"""An absence list with rows that cannot be read: the readable rows are offered, each unreadable row is
listed with its place and reason, and only what the user confirms is stored (idempotently)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.review import AbsenceRecord
from app.domain.school import Pupil
from app.services import school
from app.services.absence_import import apply_absence_import, build_absence_preview, read_absence
from app.services.tabular import TableError
from tests.import_files import empty_school, write_csv, write_xlsx

AUTUMN = (date(2026, 8, 1), date(2026, 10, 31))


@pytest.fixture
def store(tmp_path):
    store = empty_school(tmp_path)
    five_b = school.add_class(store, "5.B", 2026)
    for given, family in (("Åse", "Ærø"), ("Jens", "Søndergård"), ("Sofie", "Kjær-Østergaard"), ("Bo", "Lund"),
                          ("Ida", "Bæk")):
        school.add_pupil(store, five_b, given, family, None)
    yield store
    store.close()


def _stored(store):
    return sorted((store.get(Pupil, r.pupil_id).full_name, r.total_pct) for r in store.find(AbsenceRecord))


HOSTILE_ROWS = [
    ["Elev", "Klasse", "Fravær i alt", "Ulovligt fravær", "Sygdom"],
    ["Ærø, Åse", "5.B", "12,5 %", "10,0 %", "2,5 %"],
    ["Søndergård, Jens", "5.B", "meget", "0", "3,2"],  # row 3: not a number
    ["Kjær-Østergaard, Sofie", "Modtageklassen", "4", "0", "4"],  # row 4: not a class
    ["Lund, Bo", "5.B", "5", "9", ""],  # row 5: unlawful above the total
    ["Bæk, Ida", "5.B", "3,0", "0,0", "3,0"],
]


@pytest.mark.parametrize("encoding, delimiter", [("cp1252", ";"), ("utf-8-sig", ","), ("utf-8", "\t")])
def test_readable_rows_are_offered_and_each_bad_row_is_listed(store, tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "fravær.csv", HOSTILE_ROWS, encoding=encoding, delimiter=delimiter)
    preview = build_absence_preview(store, read_absence(path), period=AUTUMN)
    assert sorted(e.name for e in preview.entries) == ["Ida Bæk", "Åse Ærø"]
    assert [p.row for p in preview.bad_rows] == [3, 4, 5]
    assert [p.column for p in preview.bad_rows] == [3, 2, None]  # Excel's numbering: C, B; a row-wide problem
    texts = [p.text for p in preview.bad_rows]
    assert "Række 3, kolonne C" in texts[0] and "meget" in texts[0]
    assert "Række 4, kolonne B" in texts[1] and "Modtageklassen" in texts[1]
    assert "Række 5" in texts[2]
    assert preview.bad_rows_note and "3 rækker" in preview.bad_rows_note
    assert store.find(AbsenceRecord) == []  # the preview writes nothing
    apply_absence_import(store, preview)
    assert _stored(store) == [("Ida Bæk", 3.0), ("Åse Ærø", 12.5)]
    again = build_absence_preview(store, read_absence(path), period=AUTUMN)
    assert again.count("unchanged") == 2 and again.count("new") == 0 and len(again.bad_rows) == 3
    operations = store.scalar("SELECT count(*) FROM change_log") if store.scalar(
        "SELECT count(*) FROM sqlite_master WHERE name = 'change_log'") else 0
    apply_absence_import(store, again)
    assert _stored(store) == [("Ida Bæk", 3.0), ("Åse Ærø", 12.5)]
    if operations:
        assert store.scalar("SELECT count(*) FROM change_log") >= operations


def test_the_sheet_is_named_when_the_workbook_has_several(store, tmp_path):
    header = ["Fornavn", "Efternavn", "Klasse", "Fravær %", "Ulovligt"]
    path = write_xlsx(tmp_path / "fravær.xlsx", {
        "5.B efterår": [header, ["Åse", "Ærø", "5.B", 12.5, 10], ["Jens", "Søndergård", "5.B", "#N/A", 0]],
        "5.B igen": [header, ["Ida", "Bæk", "5.B", 3, 0]],
    })
    preview = build_absence_preview(store, read_absence(path), period=AUTUMN)
    assert sorted(e.name for e in preview.entries) == ["Ida Bæk", "Åse Ærø"]
    [problem] = preview.bad_rows
    assert (problem.sheet, problem.row, problem.column) == ("5.B efterår", 3, 4)
    assert "5.B efterår" in problem.text and "#N/A" in problem.text


def test_a_pupil_twice_for_the_same_period_stores_neither_row(store, tmp_path):
    rows = [["Navn", "Fravær i alt"], ["Åse Ærø", "5"], ["Ærø, Åse", "6"], ["Ida Bæk", "2"]]
    preview = build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=AUTUMN)
    assert [e.name for e in preview.entries] == ["Ida Bæk"]
    assert [p.row for p in preview.bad_rows] == [2, 3]


def test_a_list_where_no_row_can_be_read_is_refused(store, tmp_path):
    rows = [["Navn", "Fravær i alt"], ["Åse Ærø", "meget"], ["Ida Bæk", "#VÆRDI!"]]
    with pytest.raises(TableError) as error:
        build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=AUTUMN)
    assert error.value.kind == "values"
    assert "Række 2" in str(error.value) and "Række 3" in str(error.value)
    assert store.find(AbsenceRecord) == []
