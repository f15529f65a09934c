"""Importing absence per pupil and quarter: percentages as schools write them, re-import, unknown pupils."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.absence import AbsenceMark
from app.domain.base import RuleError
from app.domain.review import AbsenceRecord
from app.domain.school import Pupil
from app.services import school
from app.services.absence_import import (
    absence_of,
    apply_absence_import,
    build_absence_preview,
    parse_period,
    read_absence,
)
from app.services.tabular import TableError
from tests.import_files import empty_school, write_csv, write_xlsx

AUTUMN = (date(2026, 8, 1), date(2026, 10, 31))


@pytest.fixture
def store(tmp_path):
    store = empty_school(tmp_path)
    five_b = school.add_class(store, "5.B", 2026)
    five_a = school.add_class(store, "5.A", 2026)
    school.add_pupil(store, five_b, "Åse", "Ærø", date(2015, 7, 3))
    school.add_pupil(store, five_b, "Jens", "Søndergård", date(2015, 2, 14))
    school.add_pupil(store, five_b, "Emma", "Nielsen", date(2015, 3, 3))
    school.add_pupil(store, five_a, "Emma", "Nielsen", date(2015, 9, 9))
    yield store
    store.close()


def _figures(store):
    return {
        store.get(Pupil, r.pupil_id).full_name + "/" + str(r.period_start): (r.total_pct, r.unlawful_pct, r.sick_pct)
        for r in store.find(AbsenceRecord)
    }


def test_csv_with_danish_percentages_and_class_column(store, tmp_path):
    rows = [["Elev", "Klasse", "Fravær i alt", "Ulovligt fravær", "Sygdom"],
            ["Ærø, Åse", "5.B", "12,5 %", "10,0 %", "2,5 %"],
            ["Søndergård, Jens", "5.B", "3,2", "0", "3,2"],
            ["Nielsen, Emma", "5.A", "16", "15", ""]]
    source = read_absence(write_csv(tmp_path / "fravær.csv", rows, encoding="cp1252"))
    preview = build_absence_preview(store, source, period=AUTUMN)
    assert preview.unknown == []
    result = apply_absence_import(store, preview)
    assert (result.added, result.updated, result.unknown) == (3, 0, 0)
    figures = _figures(store)
    assert figures["Åse Ærø/2026-08-01"] == (12.5, 10.0, 2.5)
    assert figures["Jens Søndergård/2026-08-01"] == (3.2, 0.0, 3.2)
    emma_a = next(p for p in store.find(Pupil) if p.full_name == "Emma Nielsen" and p.birth_date.month == 9)
    record = absence_of(store, emma_a)[0]
    assert (record.total_pct, record.unlawful_pct, record.sick_pct) == (16.0, 15.0, None)
    marks = next(e for e in preview.entries if e.pupil_id == emma_a.id).marks
    assert AbsenceMark.REPORT_MUNICIPALITY in marks


def test_xlsx_with_percent_cells_and_the_period_in_the_title(store, tmp_path):
    rows = [["Fravær for perioden 01.08.2026 - 31.10.2026"], [],
            ["Fornavn", "Efternavn", "Klasse", "Fravær %", "Ulovligt", "Sygefravær"],
            ["Åse", "Ærø", "5.B", 0.125, 0.1, 0.025],
            ["Jens", "Søndergård", "5.B", 0.032, 0.0, 0.032]]
    source = read_absence(write_xlsx(tmp_path / "fravær.xlsx", {"Ark1": rows}, percent_columns=(3, 4, 5)))
    apply_absence_import(store, build_absence_preview(store, source))
    assert _figures(store)["Åse Ærø/2026-08-01"] == (12.5, 10.0, 2.5)


def test_fractions_without_percent_format_are_read_as_fractions(store, tmp_path):
    rows = [["Navn", "Klasse", "Fravær", "Ulovligt", "Periode"],
            ["Åse Ærø", "5.B", 0.125, 0.1, "2026-K3"],
            ["Jens Søndergård", "5.B", 0.05, 0, "2026-K3"]]
    preview = build_absence_preview(store, read_absence(write_xlsx(tmp_path / "f.xlsx", {"Ark1": rows})))
    assert preview.warnings
    apply_absence_import(store, preview)
    assert _figures(store)["Åse Ærø/2026-07-01"] == (12.5, 10.0, None)


def test_reimport_updates_the_same_period(store, tmp_path):
    header = ["Navn", "Klasse", "Fravær i alt", "Ulovligt fravær"]
    first = write_csv(tmp_path / "f1.csv", [header, ["Åse Ærø", "5.B", "8", "2"], ["Jens Søndergård", "5.B", "4", "0"]])
    apply_absence_import(store, build_absence_preview(store, read_absence(first), period=AUTUMN))
    second = write_csv(tmp_path / "f2.csv",
                       [header, ["Åse Ærø", "5.B", "11,5", "10"], ["Jens Søndergård", "5.B", "4", "0"]])
    preview = build_absence_preview(store, read_absence(second), period=AUTUMN)
    assert (preview.count("new"), preview.count("updated"), preview.count("unchanged")) == (0, 1, 1)
    apply_absence_import(store, preview)
    assert len(store.find(AbsenceRecord)) == 2
    assert _figures(store)["Åse Ærø/2026-08-01"] == (11.5, 10.0, None)


def test_unknown_and_ambiguous_pupils_are_listed_never_created(store, tmp_path):
    rows = [["Navn", "Fravær i alt", "Ulovligt fravær"], ["Åse Ærø", "5", "0"], ["Ukendt Elev", "20", "20"],
            ["Emma Nielsen", "7", "1"]]
    pupils_before = len(store.find(Pupil))
    preview = build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=AUTUMN)
    assert [(u.row, u.name) for u in preview.unknown] == [(3, "Ukendt Elev"), (4, "Emma Nielsen")]
    result = apply_absence_import(store, preview)
    assert (result.added, result.unknown) == (1, 2)
    assert len(store.find(Pupil)) == pupils_before


@pytest.mark.parametrize("rows, kind", [
    ([["Navn", "Fravær i alt"], ["Åse Ærø", "120"]], "values"),
    ([["Navn", "Fravær i alt", "Ulovligt fravær"], ["Åse Ærø", "5", "9"]], "values"),
    ([["Navn", "Fravær i alt"], ["Åse Ærø", "meget"]], "values"),
    ([["Navn", "Fravær i alt"], ["Åse Ærø", "5"], ["Ærø, Åse", "6"]], "values"),
    ([["Navn", "Klasse"], ["Åse Ærø", "5.B"]], "no_total"),
    ([["Klasse", "Fravær i alt"], ["5.B", "4"]], "no_name"),
])
def test_bad_absence_files_write_nothing(store, tmp_path, rows, kind):
    with pytest.raises(TableError) as error:
        build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=AUTUMN)
    assert error.value.kind == kind
    assert store.find(AbsenceRecord) == []


def test_a_file_without_a_period_asks_for_one(store, tmp_path):
    source = read_absence(write_csv(tmp_path / "f.csv", [["Navn", "Fravær i alt"], ["Åse Ærø", "5"]]))
    with pytest.raises(TableError) as error:
        build_absence_preview(store, source)
    assert error.value.kind == "no_period"


@pytest.mark.parametrize("text, expected", [
    ("01-08-2026..31-10-2026", AUTUMN),
    ("Fravær 01.08.2026 - 31.10.2026", AUTUMN),
    ("2026-K4", (date(2026, 10, 1), date(2026, 12, 31))),
    ("Q1 2027", (date(2027, 1, 1), date(2027, 3, 31))),
    ("3. kvartal 2026", (date(2026, 7, 1), date(2026, 9, 30))),
])
def test_periods(text, expected):
    assert parse_period(text) == expected


def test_a_bad_period_is_refused():
    with pytest.raises(RuleError):
        parse_period("efteråret")
