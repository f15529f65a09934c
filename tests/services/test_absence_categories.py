"""Absence with the three official categories (uvm.dk), in % or in days, and the legal marks per quarter."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.absence import AbsenceMark, assess_absence, is_quarter
from app.domain.review import AbsenceRecord
from app.domain.school import Pupil
from app.services import school
from app.services.absence_import import apply_absence_import, build_absence_preview, parse_period, read_absence
from app.services.tabular import TableError
from tests.import_files import empty_school, write_csv

QUARTER = (date(2026, 8, 1), date(2026, 10, 31))
HEADER = ["Navn", "Klasse", "Sygefravær", "Fravær med tilladelse", "Ulovligt fravær"]


@pytest.fixture
def store(tmp_path):
    store = empty_school(tmp_path)
    five_b = school.add_class(store, "5.B", 2026)
    school.add_pupil(store, five_b, "Åse", "Ærø", date(2016, 7, 3))
    school.add_pupil(store, five_b, "Jens", "Søndergård", date(2016, 2, 14))
    yield store
    store.close()


def _figures(store):
    return {store.get(Pupil, r.pupil_id).given_name: (r.total_pct, r.unlawful_pct, r.sick_pct)
            for r in store.find(AbsenceRecord)}


def test_the_three_categories_without_a_total_give_the_total_as_their_sum(store, tmp_path):
    rows = [HEADER, ["Åse Ærø", "5.B", "4,0", "2,5", "1,5"], ["Jens Søndergård", "5.B", "1", "0", "0"]]
    preview = build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=QUARTER)
    apply_absence_import(store, preview)
    assert _figures(store) == {"Åse": (8.0, 1.5, 4.0), "Jens": (1.0, 0.0, 1.0)}


def test_with_a_total_permission_counts_and_sickness_is_the_rest_when_missing(store, tmp_path):
    rows = [["Navn", "Fravær i alt", "Fravær med tilladelse", "Ulovligt fravær"], ["Åse Ærø", "10", "6", "1"]]
    preview = build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=QUARTER)
    apply_absence_import(store, preview)
    assert _figures(store) == {"Åse": (10.0, 1.0, 3.0)}


@pytest.mark.parametrize("row", [["Åse Ærø", "5", "1", "0", "9"],   # unlawful above the total
                                 ["Åse Ærø", "5", "3", "3", "0"]])  # the categories add up to more than the total
def test_categories_above_the_total_are_refused(store, tmp_path, row):
    rows = [["Navn", "Fravær i alt", "Sygefravær", "Fravær med tilladelse", "Ulovligt fravær"], row]
    with pytest.raises(TableError):
        build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=QUARTER)


def test_days_are_read_as_a_share_of_the_school_days(store, tmp_path):
    rows = [["Navn", "Sygefravær (dage)", "Fravær med tilladelse (dage)", "Ulovligt fravær (dage)", "Skoledage"],
            ["Åse Ærø", "3", "1", "2", "60"]]
    preview = build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=QUARTER)
    apply_absence_import(store, preview)
    total, unlawful, sick = _figures(store)["Åse"]
    assert (round(total, 2), round(unlawful, 2), round(sick, 2)) == (10.0, 3.33, 5.0)


def test_days_without_school_days_are_refused_with_a_message(store, tmp_path):
    rows = [["Navn", "Sygefravær (dage)", "Ulovligt fravær (dage)"], ["Åse Ærø", "3", "2"]]
    with pytest.raises(TableError) as error:
        build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=QUARTER)
    assert error.value.kind == "no_school_days"


@pytest.mark.parametrize("text", ["0000-K1", "0-K1", "K2 0000", "01-01-0000 - 31-03-0000", "9999-K4"])
def test_a_period_in_year_0_or_far_away_is_a_danish_refusal(text):
    from app.domain.base import RuleError

    with pytest.raises(RuleError):
        parse_period(text)


def test_legal_marks_apply_per_quarter_and_are_labelled_a_guide_otherwise(store, tmp_path):
    assert is_quarter(date(2026, 8, 1), date(2026, 10, 31)) and is_quarter(date(2026, 11, 1), date(2027, 1, 31))
    assert not is_quarter(date(2026, 8, 1), date(2026, 12, 31))
    assert not is_quarter(date(2026, 8, 12), date(2026, 11, 11))
    quarter = assess_absence(12, 11, *QUARTER)
    half_year = assess_absence(12, 11, date(2026, 8, 1), date(2027, 1, 31))
    assert quarter.marks == half_year.marks and AbsenceMark.WARN_PARENTS in quarter.marks
    assert quarter.quarter and not half_year.quarter
    assert quarter.labels() != half_year.labels()
    rows = [["Navn", "Fravær i alt", "Ulovligt fravær"], ["Åse Ærø", "12", "11"]]
    preview = build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)),
                                    period=(date(2026, 8, 1), date(2027, 1, 31)))
    assert any("01.08.2026" in w for w in preview.warnings)


def test_a_cpr_like_number_in_an_absence_list_is_never_echoed(store, tmp_path):
    rows = [["Navn", "Klasse", "Fravær i alt"], ["Åse Ærø", "5.B", "010203-1234"],
            ["Jens Søndergård", "0102031234", "2"]]
    with pytest.raises(TableError) as error:
        build_absence_preview(store, read_absence(write_csv(tmp_path / "f.csv", rows)), period=QUARTER)
    assert "1234" not in str(error.value) and "xxxxxx-xxxx" in str(error.value)
