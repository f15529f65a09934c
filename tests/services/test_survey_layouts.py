"""Survey files as the ministry and schools write them: the ministry's labels, CSV, crashes that became refusals."""

from __future__ import annotations

import pytest

from app.services.survey_import import preview_import
from tests.conftest import DEMO_TODAY
from tests.services.test_survey_import import report_rows, workbook
from tests.ui.wellbeing_pages import store  # noqa: F401 (a fixture)

YEAR = 2026


@pytest.mark.parametrize("label", ["Andel med højest trivsel", "Andel med højeste trivsel", "ANDEL MED HØJEST TRIVSEL"])
def test_the_ministrys_label_for_the_high_wellbeing_share_is_read(store, tmp_path, label):  # noqa: F811
    rows = report_rows()
    rows.insert(3, [label, "87,5 %"])
    rows.insert(4, ["Andel med højest trivsel - Kommune", "84,0 %"])
    rows.insert(5, ["Andel med højest trivsel - Land", "86,0 %"])
    preview = preview_import(store, workbook(tmp_path / "r.xlsx", {"Rapport": rows}), YEAR, DEMO_TODAY)
    assert preview.ok, preview.problem_text()
    [entry] = preview.entries
    assert entry.values.high_wellbeing_pct == 87.5  # never the municipality's or the country's share


@pytest.mark.parametrize("value", [1e30, "1e30", 10**30, -5, "inf", "#N/A", "=B2*2"])
def test_an_absurd_number_of_answers_is_a_problem_not_a_crash(store, tmp_path, value):  # noqa: F811
    rows = report_rows()
    rows[3] = ["Antal svar", value]
    preview = preview_import(store, workbook(tmp_path / "r.xlsx", {"5.B": rows}), YEAR, DEMO_TODAY)
    assert not preview.ok and preview.problems


# -- uddannelsesstatistik.dk: per school, per Mellemtrin/Udskoling; comparison values for each class ------------
from app.domain.wellbeing import Indicator, WellbeingResult  # noqa: E402
from app.services import school, wellbeing  # noqa: E402
from app.services.survey_import import apply_import  # noqa: E402

WIDE = ("År;Skolenavn;Trin;Generel trivsel;Social trivsel;Faglig trivsel;Støtte og inspiration;Ro og orden\n"
        "2026/2027;Engbakkeskolen;Mellemtrin;3,9;4,1;3,7;3,3;3,8\n"
        "2026/2027;Engbakkeskolen;Udskoling;3,6;3,9;3,5;3,0;3,6\n"
        "2026/2027;Hele landet;Mellemtrin;3,8;4,0;3,6;3,2;3,8\n")


def _result(store, name):  # noqa: F811
    school_class = next(c for c in school.classes_of_year(store, YEAR) if c.name == name)
    found = store.find_one(WellbeingResult, "class_id = ? AND survey_year = ?", (school_class.id, YEAR))
    return wellbeing.shown_result(store, found) if found else None


def _values(shown):
    return {i.indicator: (i.class_value, i.school_value, i.national_value) for i in shown.indicators}


def test_the_wide_csv_form_gives_school_and_country_values_beside_each_class_of_the_stage(store, tmp_path):  # noqa: F811
    path = tmp_path / "trivsel_skole.csv"
    path.write_text(WIDE, encoding="utf-8")
    before = _values(_result(store, "5.B")) if _result(store, "5.B") else {}
    preview = preview_import(store, path, YEAR, DEMO_TODAY)
    assert preview.ok, preview.problem_text()
    assert preview.notes and "uddannelsesstatistik.dk" in preview.notes[0]
    assert {e.class_name for e in preview.entries} >= {"5.A", "5.B"}
    assert all(e.class_name[0] in "456" for e in preview.entries)  # 1.A is not on Mellemtrin
    assert all("sammenligning" in e.summary().casefold() for e in preview.entries)
    apply_import(store, preview)
    after = _values(_result(store, "5.B"))
    assert after[Indicator.SOCIAL][1:] == (4.1, 4.0)
    assert after[Indicator.OVERALL][1:] == (3.9, 3.8)
    for indicator, (class_value, _s, _n) in before.items():  # the class's own results are kept
        assert after[indicator][0] == class_value


FLAT_HEADER = ["[Skoleår].[Skoleår].[Skoleår]", "[Institution].[Institution].[Institution]",
               "[Klassetrin].[Klassetrinsgruppe].[Klassetrinsgruppe]",
               "[Trivselsindikator].[Trivselsindikator].[Trivselsindikator]", "Indikatorsvar",
               "Indikatorsvar - Landstal", "Totale antal elever - indikatorsvar"]


def test_the_apis_flat_form_with_mdx_names_and_text_values(store, tmp_path):  # noqa: F811
    rows = [FLAT_HEADER,
            ["2026/2027", "Engbakkeskolen", "Mellemtrin", "Social trivsel", "4,2", "4,0", "2.351"],
            ["2026/2027", "Engbakkeskolen", "Mellemtrin", "Ro og orden", "3,7", "3,8", "2.351"],
            ["2026/2027", "Engbakkeskolen", "Mellemtrin", "Andel med højest trivsel", "100,0 %", "86,0 %", "2.351"]]
    preview = preview_import(store, workbook(tmp_path / "api.xlsx", {"Data": rows}), YEAR, DEMO_TODAY)
    assert preview.ok, preview.problem_text()
    apply_import(store, preview)
    values = _values(_result(store, "5.A"))
    assert values[Indicator.SOCIAL][1:] == (4.2, 4.0) and values[Indicator.CALM][1:] == (3.7, 3.8)


def test_a_question_cube_without_its_stage_column_is_refused_with_an_explanation(store, tmp_path):  # noqa: F811
    """The cube itself is read (tests/services/test_question_cube.py); without [Klassetrin] it cannot be."""
    rows = [["[Skoleår]", "[Spørgsmål]", "[Svar]", "[Svarværdi]", "Svarfordeling", "Svarfordeling - Kommunetal",
             "Svarfordeling - Landstal", "Antal svar"],
            ["2026/2027", "Er du glad for din skole?", "Meget tit", "5", "40,0 %", "38,0 %", "39,0 %", "120"]]
    preview = preview_import(store, workbook(tmp_path / "spm.xlsx", {"Data": rows}), YEAR, DEMO_TODAY)
    assert not preview.ok and "uddannelsesstatistik.dk" in preview.problem_text()
    assert preview.problems[0].sheet == "Data" and preview.problems[0].row == 1


def test_several_schools_in_one_statistics_file_are_refused(store, tmp_path):  # noqa: F811
    path = tmp_path / "to.csv"
    path.write_text(WIDE + "2026/2027;Nordskolen;Mellemtrin;3,5;3,6;3,5;3,1;3,4\n", encoding="utf-8")
    preview = preview_import(store, path, YEAR, DEMO_TODAY)
    assert not preview.ok and "Nordskolen".casefold() in preview.problem_text().casefold()


def test_the_four_option_answer_type_is_read_for_grades_4_to_9(store, tmp_path):  # noqa: F811
    rows = [["Klasse:", "5.B"], ["Antal svar", 23], [],
            ["Spørgsmål", "Helt enig", "Enig", "Uenig", "Helt uenig", "Antal svar"]]
    rows.append(["Jeg kan lide at gå i skole", 40.0, 35.0, 15.0, 10.0, 23])
    rows.append(["Jeg føler mig alene", 5.0, 10.0, 35.0, 50.0, 23])
    preview = preview_import(store, workbook(tmp_path / "fire.xlsx", {"5.B": rows}), YEAR, DEMO_TODAY)
    assert preview.ok, preview.problem_text()
    questions = preview.entries[0].values.questions
    assert [q.options for q in questions][0] == ["Helt enig", "Enig", "Uenig", "Helt uenig"]
    assert questions[0].option_scores == [4, 3, 2, 1] and questions[1].option_scores == [1, 2, 3, 4]


def test_a_cpr_like_number_in_a_survey_file_is_never_echoed(store, tmp_path):  # noqa: F811
    rows = report_rows()
    rows[3] = ["Antal svar", "010203-1234"]
    preview = preview_import(store, workbook(tmp_path / "r.xlsx", {"5.B": rows}), YEAR, DEMO_TODAY)
    assert not preview.ok and "1234" not in preview.problem_text() and "xxxxxx-xxxx" in preview.problem_text()


def test_a_class_with_only_comparison_values_says_so_instead_of_too_few_answers(store, tmp_path):  # noqa: F811
    path = tmp_path / "trivsel_skole.csv"
    path.write_text(WIDE, encoding="utf-8")
    apply_import(store, preview_import(store, path, YEAR, DEMO_TODAY))
    for name in ("5.A", "5.B"):
        shown = _result(store, name)
        if shown.answer_count == 0:
            assert "skolens og landets tal" in shown.reason and "færre end 5" not in shown.reason
            assert all(i.class_value is None for i in shown.indicators)
            assert {i.indicator: i.school_value for i in shown.indicators}[Indicator.SOCIAL] == 4.1


def test_comparison_values_stay_beside_class_results_imported_later(store, tmp_path):  # noqa: F811
    path = tmp_path / "trivsel_skole.csv"
    path.write_text(WIDE, encoding="utf-8")
    apply_import(store, preview_import(store, path, YEAR, DEMO_TODAY))
    rows = [["Klasse:", "5.B"], ["Antal svar", 23], [], ["Indikator", "Klassen"], ["Social trivsel", "4,4"]]
    apply_import(store, preview_import(store, workbook(tmp_path / "klasse.xlsx", {"Rapport": rows}), YEAR, DEMO_TODAY))
    assert _values(_result(store, "5.B"))[Indicator.SOCIAL] == (4.4, 4.1, 4.0)


def test_a_class_report_with_a_school_year_column_is_not_taken_for_the_ministrys_forms(store, tmp_path):  # noqa: F811
    rows = [["Klasse:", "5.B"], ["Antal svar", 23], [],
            ["Skoleår", "Indikator", "Klassen", "Skolen", "Landet"],
            ["2026/27", "Social trivsel", "4,1", "4,0", "4,0"]]
    preview = preview_import(store, workbook(tmp_path / "k.xlsx", {"Rapport": rows}), YEAR, DEMO_TODAY)
    assert not preview.notes  # not read as uddannelsesstatistik.dk figures
    assert all(not e.block.comparison_stage for e in preview.entries)
