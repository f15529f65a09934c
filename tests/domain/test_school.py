"""School years, class names, moving a class up, Danish name order and initials."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.base import RuleError
from app.domain.school import (
    Pupil,
    SchoolClass,
    SchoolYear,
    danish_sort_key,
    next_year_class_values,
    normalize_class_name,
)

# -- SchoolYear ---------------------------------------------------------------------------------


def test_label_is_short_form_with_two_digit_end_year():
    assert SchoolYear(2025).label == "2025/26"
    assert str(SchoolYear(2025)) == "2025/26"
    assert SchoolYear(2025).long_label == "2025/2026"


def test_label_across_a_century_keeps_two_digits():
    assert SchoolYear(2099).label == "2099/00"
    assert SchoolYear(2009).label == "2009/10"


@pytest.mark.parametrize("text", ["2025/26", "2025/2026", "2025-26", "2025", " 2025 / 26 ", "2025-2026"])
def test_parse_accepts_the_usual_ways_of_writing_a_school_year(text):
    assert SchoolYear.parse(text) == SchoolYear(2025)


@pytest.mark.parametrize("text", ["2025/27", "2025/25", "2025/2027", "abc", "", "25/26", "2025/6", "2025//26"])
def test_parse_rejects_malformed_or_inconsistent_years(text):
    with pytest.raises(RuleError):
        SchoolYear.parse(text)


def test_parse_round_trips_its_own_labels():
    for start in (2019, 2025, 2030):
        year = SchoolYear(start)
        assert SchoolYear.parse(year.label) == year
        assert SchoolYear.parse(year.long_label) == year


def test_parse_accepts_the_label_of_a_year_crossing_a_century():
    assert SchoolYear.parse(SchoolYear(2099).label) == SchoolYear(2099)


@pytest.mark.parametrize(
    "day, start",
    [
        (date(2025, 7, 31), 2024),
        (date(2025, 8, 1), 2025),
        (date(2025, 12, 31), 2025),
        (date(2026, 1, 1), 2025),
        (date(2026, 7, 31), 2025),
        (date(2026, 8, 1), 2026),
    ],
)
def test_of_switches_school_year_on_1_august(day, start):
    assert SchoolYear.of(day) == SchoolYear(start)


def test_first_and_last_day():
    year = SchoolYear(2025)
    assert year.first_day == date(2025, 8, 1)
    assert year.last_day == date(2026, 7, 31)
    assert year.contains(date(2025, 8, 1))
    assert year.contains(date(2026, 7, 31))
    assert not year.contains(date(2025, 7, 31))
    assert not year.contains(date(2026, 8, 1))
    assert year.next().first_day == year.last_day.replace(day=1, month=8)
    assert year.previous() == SchoolYear(2024)


def test_school_years_order_by_start_year():
    assert sorted([SchoolYear(2026), SchoolYear(2024), SchoolYear(2025)]) == [
        SchoolYear(2024),
        SchoolYear(2025),
        SchoolYear(2026),
    ]


# -- class names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("5.B", (5, "B")),
        ("5. B", (5, "B")),
        ("5b", (5, "B")),
        ("5 b", (5, "B")),
        (" 5.b ", (5, "B")),
        ("0.a", (0, "A")),
        ("10.C", (10, "C")),
        ("7.ø", (7, "Ø")),
    ],
)
def test_normalize_class_name_accepts_common_spellings(text, expected):
    assert normalize_class_name(text) == expected


@pytest.mark.parametrize("text", ["11.A", "B5", "", "   ", "5.B.C", "-1.A", "5.B2", "123.A"])
def test_normalize_class_name_rejects_bad_names(text):
    with pytest.raises(RuleError):
        normalize_class_name(text)


def _class(grade: int, letter: str = "B") -> SchoolClass:
    return SchoolClass(school_id="s1", grade=grade, letter=letter, school_year=2025, cohort_id="cohort-1")


def test_next_year_class_keeps_letter_and_cohort_and_moves_one_year():
    values = next_year_class_values(_class(5))
    assert values == {
        "school_id": "s1",
        "grade": 6,
        "letter": "B",
        "school_year": 2026,
        "cohort_id": "cohort-1",
    }
    moved = SchoolClass(**values)
    assert moved.name == "6.B"
    assert moved.year == SchoolYear(2026)


def test_grade_nine_moves_to_ten_but_ten_is_refused():
    assert next_year_class_values(_class(9))["grade"] == 10
    with pytest.raises(RuleError):
        next_year_class_values(_class(10))


def test_kindergarten_class_moves_to_first_grade():
    assert next_year_class_values(_class(0, "A"))["grade"] == 1


# -- Danish order -------------------------------------------------------------------------------


def test_danish_letters_come_after_z_in_the_order_ae_oe_aa():
    names = ["Åberg", "Østergaard", "Ærø", "Zacho", "Andersen"]
    assert sorted(names, key=danish_sort_key) == ["Andersen", "Zacho", "Ærø", "Østergaard", "Åberg"]


def test_double_a_sorts_as_aa_letter():
    names = ["Aagaard", "Østergaard", "Zacho", "Bach", "Ærø", "Åberg"]
    ordered = sorted(names, key=danish_sort_key)
    assert ordered == ["Bach", "Zacho", "Ærø", "Østergaard", "Åberg", "Aagaard"]
    # "Aa" is the same letter as "Å": "Aagaard" sorts with the Å names, after "Åberg" (b < g)
    assert danish_sort_key("Aagaard")[0] == danish_sort_key("Ågård")[0]


def test_danish_sort_ignores_case():
    assert sorted(["ærø", "Zacho", "ÅBERG", "østergaard"], key=danish_sort_key) == [
        "Zacho",
        "ærø",
        "østergaard",
        "ÅBERG",
    ]


# -- Pupil --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "given, family, initials",
    [
        ("Anna", "Hansen", "A.H."),
        ("Anna-Sofie", "Østergaard", "A.S.Ø."),
        ("ida marie", "von holstein", "I.M.V.H."),
        ("Åse", "", "Å."),
    ],
)
def test_pupil_initials(given, family, initials):
    assert Pupil(school_id="s", given_name=given, family_name=family).initials == initials


def test_pupil_full_name_has_no_stray_spaces():
    assert Pupil(school_id="s", given_name="Anna", family_name="").full_name == "Anna"
    assert Pupil(school_id="s", given_name="Anna", family_name="Hansen").full_name == "Anna Hansen"
