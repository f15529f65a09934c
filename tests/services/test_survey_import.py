"""Getting survey results in from workbooks: the template, report-like sheets, errors, idempotence, all or nothing."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from app.domain.school import SchoolClass
from app.domain.wellbeing import Indicator, WellbeingResult
from app.i18n import tr
from app.services import school, wellbeing
from app.services.survey_import import (
    EntryStatus,
    apply_import,
    import_survey,
    preview_import,
    write_template,
)
from app.services.survey_sheets import SurveyFileError
from app.storage.database import open_database

YEAR = 2026
FIVE = ["Meget tit", "Tit", "En gang imellem", "Sjældent", "Aldrig"]
AGREE = ["Helt enig", "Enig", "Hverken enig eller uenig", "Uenig", "Helt uenig"]
THREE = ["Ja, meget/tit/for det meste", "Ja, lidt/nogle gange", "Nej"]


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def workbook(path, sheets: dict[str, list[list]], percent_cells: dict[str, list[str]] | None = None):
    """A workbook with the given rows per sheet (row 1 first); ``percent_cells`` formats cells as % in Excel."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    sheet.cell(row=r, column=c, value=value)
        for ref in (percent_cells or {}).get(title, []):
            sheet[ref].number_format = "0.0%"
    book.save(path)
    return path


def the_class(store, name: str, year: int = YEAR) -> SchoolClass:
    return next(c for c in school.classes_of_year(store, year) if c.name == name)


def stored(store, name: str, year: int = YEAR):
    school_class = the_class(store, name, year)
    result = store.find_one(WellbeingResult, "class_id = ? AND survey_year = ?", (school_class.id, year))
    return wellbeing.shown_result(store, result) if result else None


def log_rows(store) -> int:
    return store.scalar("SELECT count(*) FROM change_log")


def place(sheet: str, row: int, column: int, last: int | None = None) -> str:
    if last is not None:
        return tr("survey_import", "Sheet “{sheet}”, row {row}, columns {first}–{last}").format(
            sheet=sheet, row=row, first=get_column_letter(column), last=get_column_letter(last))
    return tr("survey_import", "Sheet “{sheet}”, row {row}, column {column}").format(
        sheet=sheet, row=row, column=get_column_letter(column))


def report_rows(class_label: str | None = "5.B", answers=23, shares=None, title_rows=2) -> list[list]:
    """Rows as copied from the ministry's report: title rows, indicators with decimal commas, questions."""
    shares = shares or {"Er du glad for din skole?": [30.4, 43.5, 21.7, 4.3, 0],
                        "Føler du dig alene i skolen?": [0, 0, 17.4, 43.5, 39.1]}
    rows = [["Trivselsmåling 2026/2027 – klasserapport"], []][:title_rows]
    if class_label:
        rows.append(["Klasse:", class_label])
    rows += [
        ["Antal svar", answers],
        [],
        ["Indikator", "Klassen", "Skolen", "Landet"],
        ["Social trivsel", "4,1", "4,0", "4,0"],
        ["Faglig trivsel", "3,5", "3,7", "3,6"],
        ["Støtte og inspiration", "3,2", "3,3", "3,2"],
        ["Ro og orden", "3,5", "3,9", "3,8"],
        [],
        ["Spørgsmål", *FIVE, "Antal svar"],
    ]
    for text, values in shares.items():
        rows.append([text, *values, answers])
    return rows


# -- the app's own template ------------------------------------------------------------------------
def test_template_has_a_guide_and_one_sheet_per_class_and_imports_back(store, tmp_path):
    classes = school.classes_of_year(store, YEAR)
    path = write_template(tmp_path / "skabelon.xlsx", classes)
    book = load_workbook(path)
    assert book.sheetnames[1:] == ["1.A", "5.A", "5.B"]
    sheet = book["5.B"]
    assert (sheet["A2"].value, sheet["B2"].value, sheet["B3"].value) == ("Klasse", "5.B", "2026/27")
    assert [c.value for c in sheet[14]][:10] == ["Nr.", "Spørgsmål", "Indikator", "Negativt spørgsmål", *FIVE,
                                                 "Antal svar"]
    young = book["1.A"]
    assert [c.value for c in young[7]][4:7] == THREE

    empty = preview_import(store, path, YEAR)  # nothing filled in: nothing to import
    assert not empty.ok and not empty.entries
    assert "skabelon.xlsx" in empty.problem_text()

    sheet["B4"] = 23
    sheet["B5"] = 87
    sheet["B8"], sheet["C8"], sheet["D8"] = 4.1, 4.0, 4.0
    sheet["B9"] = "3,5"
    sheet["A15"], sheet["B15"], sheet["C15"] = "A01", "Er du glad for din skole?", "Social trivsel"
    for column, value in zip("EFGHI", [30.4, 43.5, 21.7, 4.3, 0]):
        sheet[f"{column}15"] = value
    sheet["B17"], sheet["D17"] = "Er du blevet mobbet i dette skoleår?", "x"  # an empty row between is fine
    for column, value in zip("EFGHI", [0, 0, 4.3, 34.8, 60.9]):
        sheet[f"{column}17"] = value
    young["B4"] = 17
    young["B8"] = "Er du glad for din skole?"
    for column, value in zip("EFG", [70.6, 29.4, 0]):
        young[f"{column}8"] = value
    book.save(path)

    preview = preview_import(store, path, YEAR)
    assert preview.problems == []
    assert {e.class_name: e.status for e in preview.entries} == {"5.B": EntryStatus.CHANGED,
                                                                 "1.A": EntryStatus.CHANGED}
    assert preview.empty_sheets == ["5.A"]
    apply_import(store, preview)
    result = stored(store, "5.B")
    assert result.answer_count == 23 and result.high_wellbeing_pct == 87.0
    values = {s.indicator: s for s in result.indicators}
    assert values[Indicator.SOCIAL].class_value == 4.1 and values[Indicator.ACADEMIC].class_value == 3.5
    assert [q.code for q in result.questions] == ["A01", "S02"]
    assert result.questions[0].indicator == Indicator.SOCIAL
    assert result.questions[1].option_scores == [1, 2, 3, 4, 5]  # "x" in "Negativt spørgsmål"
    young_result = stored(store, "1.A")
    assert young_result.questions[0].options == THREE and young_result.questions[0].option_scores == [3, 2, 1]


# -- report-like sheets --------------------------------------------------------------------------------
def test_report_sheet_with_header_further_down_decimal_commas_and_answer_column(store, tmp_path):
    path = workbook(tmp_path / "rapport.xlsx", {"Ark1": report_rows()})
    preview = preview_import(store, path, YEAR)
    assert preview.problems == []
    [entry] = preview.entries
    assert (entry.class_name, entry.answer_count, entry.indicator_count, entry.question_count) == ("5.B", 23, 5, 2)
    apply_import(store, preview)
    result = stored(store, "5.B")
    social = next(s for s in result.indicators if s.indicator == Indicator.SOCIAL)
    assert (social.class_value, social.school_value, social.national_value) == (4.1, 4.0, 4.0)
    # what the file did not name stays: the overall indicator from before
    assert any(s.indicator == Indicator.OVERALL and s.class_value == 3.6 for s in result.indicators)
    alone = next(q for q in result.questions if q.text.startswith("Føler"))
    assert alone.option_scores == [1, 2, 3, 4, 5]  # a negative item, recognised by its wording
    assert alone.shares == [0, 0, 17.4, 43.5, 39.1] and alone.answer_count == 23


@pytest.mark.parametrize("variant", ["fractions", "percent_text", "excel_percent"])
def test_shares_as_fractions_as_text_with_percent_or_as_excel_percent(store, tmp_path, variant):
    base = [30.4, 43.5, 21.7, 4.4, 0]
    if variant == "fractions":
        values = [v / 100 for v in base]
    elif variant == "percent_text":
        values = ["30,4 %", "43,5%", "21,7 %", "4,4 %", "0 %"]
    else:
        values = [v / 100 for v in base]
    rows = report_rows(shares={"Er du glad for din skole?": values})
    percent_cells = {"Ark1": [f"{c}13" for c in "BCDEF"]} if variant == "excel_percent" else None
    path = workbook(tmp_path / "andele.xlsx", {"Ark1": rows}, percent_cells)
    outcome = import_survey(store, path, YEAR)
    assert [e.class_name for e in outcome.stored] == ["5.B"]
    [question] = stored(store, "5.B").questions
    assert question.shares == pytest.approx(base)


def test_columns_in_any_order_extra_columns_and_empty_rows(store, tmp_path):
    rows = [
        [None, "Rapport fra trivselsværktøjet"],
        [],
        [None, "Klasse", "5b", None, "Skoleår", "2026/2027"],
        [],
        [None, "Landet", "Kommentar", "Klassen", "Indikator", "Skolen"],
        [None, "4,0", "fin", "4,1", "Social trivsel", "4,0"],
        [],
        [None, "Aldrig", "Antal svar", "Kommentar", "Tit", "Spørgsmål", "Meget tit", "Sjældent", "En gang imellem",
         "Nr."],
        [],
        [None, 0, 23, "x", 43.5, "Er du glad for din skole?", 30.4, 4.3, 21.7, "A01"],
        [],
        [None, 39.1, 23, None, 0, "Føler du dig alene i skolen?", 0, 43.5, 17.4, "A03"],
    ]
    path = workbook(tmp_path / "orden.xlsx", {"Data": rows})
    preview = preview_import(store, path, 2025)  # the file's own "Skoleår" wins over the chosen year
    assert preview.problems == []
    [entry] = preview.entries
    assert entry.class_name == "5.B" and entry.values.survey_year == YEAR
    apply_import(store, preview)
    result = stored(store, "5.B")
    assert result.answer_count == 23  # from the questions' "Antal svar"
    happy = result.questions[0]
    assert (happy.code, happy.options) == ("A01", FIVE)
    assert happy.shares == [30.4, 43.5, 21.7, 4.3, 0]
    social = next(s for s in result.indicators if s.indicator == Indicator.SOCIAL)
    assert (social.class_value, social.school_value, social.national_value) == (4.1, 4.0, 4.0)


def test_several_classes_as_blocks_in_one_sheet_with_names_written_differently(store, tmp_path):
    rows = report_rows("5. B", answers=23) + [[], []]
    rows += [["Klasse 5a"], ["Antal svar", 19], ["Social trivsel", "4,2"], []]
    rows += [["1.a"], ["Antal svar", "17 svar"], ["Spørgsmål", *THREE],
             ["Er du glad for din skole?", "70,6 %", "29,4 %", "0 %"]]
    path = workbook(tmp_path / "blokke.xlsx", {"Klasser": rows})
    preview = preview_import(store, path, YEAR)
    assert preview.problems == []
    assert [(e.class_name, e.answer_count) for e in preview.entries] == [("5.B", 23), ("5.A", 19), ("1.A", 17)]
    apply_import(store, preview)
    assert stored(store, "5.A").answer_count == 19
    social_5a = next(s for s in stored(store, "5.A").indicators if s.indicator == Indicator.SOCIAL)
    assert social_5a.class_value == 4.2
    assert stored(store, "1.A").questions[0].shares == [70.6, 29.4, 0.0]


def test_a_block_title_with_class_and_school_year(store, tmp_path):
    rows = [["Klasse 5.B – trivselsmåling 2026/27"], [], ["Antal svar", 23], ["Social trivsel", "4,0"]]
    preview = preview_import(store, workbook(tmp_path / "titel.xlsx", {"Rapport": rows}), 2025)
    assert preview.problems == []
    assert [(e.class_name, e.values.survey_year) for e in preview.entries] == [("5.B", YEAR)]


def test_several_classes_as_sheets_named_after_them(store, tmp_path):
    path = workbook(tmp_path / "ark.xlsx", {
        "5b": report_rows(None),
        "5. A": [["Antal svar", 21], ["Social trivsel", 4.0]],
        "Noter": [["Husk at tjekke tallene"]],
    })
    preview = preview_import(store, path, YEAR)
    assert preview.problems == []
    assert sorted(e.class_name for e in preview.entries) == ["5.A", "5.B"]


def test_a_class_column_in_one_long_table(store, tmp_path):
    rows = [
        ["Klasse", "Spørgsmål", *AGREE, "Antal svar"],
        ["5.B", "Jeg klarer mig godt fagligt i skolen.", 17.4, 39.1, 34.8, 8.7, 0, 23],
        ["5A", "Jeg klarer mig godt fagligt i skolen.", 20, 40, 30, 10, 0, 20],
    ]
    path = workbook(tmp_path / "lang.xlsx", {"Alle": rows})
    preview = preview_import(store, path, YEAR)
    assert preview.problems == []
    assert {e.class_name: e.answer_count for e in preview.entries} == {"5.B": 23, "5.A": 20}


def test_indicator_tables_with_a_class_column_or_the_class_as_header(store, tmp_path):
    long_table = [["Klasse", "Indikator", "Gennemsnit", "Antal svar"],
                  ["5.B", "Social trivsel", "4,4", 23],
                  ["5.A", "Social trivsel", "3,9", 20]]
    import_survey(store, workbook(tmp_path / "lang.xlsx", {"Alle": long_table}), YEAR)
    assert next(s.class_value for s in stored(store, "5.B").indicators if s.indicator == Indicator.SOCIAL) == 4.4
    assert stored(store, "5.A").answer_count == 20
    own_header = [["Antal svar", 23], ["Indikator", "5.B", "Kommunen", "Hele landet"],
                  ["Ro og orden", "3,4", "3,7", "3,8"]]
    import_survey(store, workbook(tmp_path / "navn.xlsx", {"5.B": own_header}), YEAR)
    calm = next(s for s in stored(store, "5.B").indicators if s.indicator == Indicator.CALM)
    assert (calm.class_value, calm.national_value) == (3.4, 3.8)


def test_a_class_written_twice_in_one_file_is_refused(store, tmp_path):
    path = workbook(tmp_path / "to_gange.xlsx", {"5.B": [["Antal svar", 23], ["Social trivsel", "4,4"]],
                                                 "Ark2": [["Klasse", "5b"], ["Antal svar", 22]]})
    preview = _refused(store, path)
    [problem] = preview.problems
    assert (problem.sheet, problem.row, problem.column) == ("Ark2", 1, 2) and "5.B" in problem.text


def test_no_answer_column_counts_as_no_answer(store, tmp_path):
    rows = [["Klasse", "5.B"], ["Antal svar", 23],
            ["Spørgsmål", *FIVE, "Jeg ønsker ikke at svare"],
            ["Er du glad for din skole?", 27, 45, 18, 0, 0, 10]]
    import_survey(store, workbook(tmp_path / "u.xlsx", {"A": rows}), YEAR)
    assert stored(store, "5.B").questions[0].shares == [30.0, 50.0, 20.0, 0.0, 0.0]


# -- broken files --------------------------------------------------------------------------------------
def _refused(store, path, year=YEAR):
    before = log_rows(store)
    preview = preview_import(store, path, year)
    assert preview.problems and not preview.ok
    with pytest.raises(SurveyFileError):
        apply_import(store, preview)
    with pytest.raises(SurveyFileError):
        import_survey(store, path, year)
    assert log_rows(store) == before
    return preview


def test_not_a_workbook_and_an_empty_file_are_refused(store, tmp_path):
    damaged = tmp_path / "resultater.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)  # a zip header and then nothing of a workbook
    preview = _refused(store, damaged)
    assert "resultater.xlsx" in preview.problem_text()
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(b"")
    assert "tom.xlsx" in _refused(store, empty).problem_text()
    blank = workbook(tmp_path / "blank.xlsx", {"Ark1": []})
    assert _refused(store, blank).problem_text() == tr("survey_import", "The file “{name}” is empty.").format(
        name="blank.xlsx")


def test_a_share_above_100_names_sheet_row_and_column(store, tmp_path):
    rows = report_rows(shares={"Er du glad for din skole?": [30, 112, 0, 0, 0]})
    preview = _refused(store, workbook(tmp_path / "over.xlsx", {"5.B": rows}))
    [problem] = preview.problems
    assert (problem.sheet, problem.row, problem.column) == ("5.B", 13, 3)
    assert problem.text.startswith(place("5.B", 13, 3))
    assert "112" in problem.text


def test_a_mean_outside_1_to_5_names_sheet_row_and_column(store, tmp_path):
    rows = report_rows()
    rows[6][1] = "6,2"  # Social trivsel, the class's value
    preview = _refused(store, workbook(tmp_path / "gns.xlsx", {"Rapport": rows}))
    [problem] = preview.problems
    assert (problem.sheet, problem.row, problem.column) == ("Rapport", 7, 2)
    assert problem.text.startswith(place("Rapport", 7, 2)) and "6,2" in problem.text


def test_shares_that_do_not_add_up_name_the_row_and_its_columns(store, tmp_path):
    rows = report_rows(shares={"Er du glad for din skole?": [30, 40, 10, 5, 0]})
    preview = _refused(store, workbook(tmp_path / "sum.xlsx", {"5.B": rows}))
    [problem] = preview.problems
    assert (problem.row, problem.column, problem.last_column) == (13, 2, 6)
    assert problem.text.startswith(place("5.B", 13, 2, 6))
    assert "85,0 %" in problem.text


def test_shares_within_two_points_of_100_are_accepted(store, tmp_path):
    rows = report_rows(shares={"Er du glad for din skole?": [30, 40, 20, 8.5, 0]})  # 98,5 %
    assert preview_import(store, workbook(tmp_path / "ok.xlsx", {"5.B": rows}), YEAR).problems == []


def test_an_unknown_class_names_where_it_is_written(store, tmp_path):
    preview = _refused(store, workbook(tmp_path / "ukendt.xlsx", {"Ark1": report_rows("5.C")}))
    [problem] = preview.problems
    assert (problem.sheet, problem.row, problem.column) == ("Ark1", 3, 2)
    assert "5.C" in problem.text and "2026/2027" in problem.text


def test_a_class_in_another_school_year_is_unknown(store, tmp_path):
    path = workbook(tmp_path / "aar.xlsx", {"Ark1": report_rows("5.B")})
    assert "5.B" in _refused(store, path, year=2030).problem_text()


def test_text_instead_of_a_number_and_a_wrong_answer_scale(store, tmp_path):
    rows = report_rows(shares={"Er du glad for din skole?": [30, "mange", 30, 10, 0]})
    preview = _refused(store, workbook(tmp_path / "tekst.xlsx", {"5.B": rows}))
    assert preview.problems[0].column == 3 and "mange" in preview.problems[0].text
    young = [["Klasse", "1.A"], ["Antal svar", 17], ["Spørgsmål", *FIVE],
             ["Er du glad for din skole?", 50, 50, 0, 0, 0]]
    preview = _refused(store, workbook(tmp_path / "skala.xlsx", {"1.A": young}))
    assert preview.problems[0].row == 4 and "1.A" in preview.problems[0].text


def test_figures_without_a_class_are_refused(store, tmp_path):
    preview = _refused(store, workbook(tmp_path / "uden.xlsx", {"Ark1": report_rows(None)}))
    assert preview.problems[0].sheet == "Ark1"


# -- idempotence, corrections, all or nothing ----------------------------------------------------------
def test_importing_the_same_file_twice_changes_nothing(store, tmp_path):
    path = workbook(tmp_path / "to.xlsx", {"Ark1": report_rows()})
    first = import_survey(store, path, YEAR)
    assert [e.status for e in first.stored] == [EntryStatus.CHANGED]
    rows = log_rows(store)
    second_preview = preview_import(store, path, YEAR)
    assert [e.status for e in second_preview.entries] == [EntryStatus.UNCHANGED]
    second = apply_import(store, second_preview)
    assert second.stored == [] and [e.class_name for e in second.unchanged] == ["5.B"]
    assert log_rows(store) == rows


def test_a_corrected_file_updates_what_it_covers(store, tmp_path):
    import_survey(store, workbook(tmp_path / "v1.xlsx", {"Ark1": report_rows()}), YEAR)
    five_a_before = stored(store, "5.A")
    rows = report_rows(shares={"Er du glad for din skole?": [26.1, 47.8, 21.7, 4.4, 0],
                               "Føler du dig alene i skolen?": [0, 0, 17.4, 43.5, 39.1]})
    rows[6][1] = "4,2"  # Social trivsel
    preview = preview_import(store, workbook(tmp_path / "v2.xlsx", {"Ark1": rows}), YEAR)
    assert [e.status for e in preview.entries] == [EntryStatus.CHANGED]
    apply_import(store, preview)
    result = stored(store, "5.B")
    assert next(s for s in result.indicators if s.indicator == Indicator.SOCIAL).class_value == 4.2
    assert result.questions[0].shares[0] == 26.1
    assert stored(store, "5.A") == five_a_before


def test_a_new_result_for_a_class_without_one_is_marked_new(store, tmp_path):
    store.conn.execute("DELETE FROM question_distribution")
    store.conn.execute("DELETE FROM indicator_value")
    store.conn.execute("DELETE FROM wellbeing_result")
    preview = preview_import(store, workbook(tmp_path / "ny.xlsx", {"Ark1": report_rows()}), YEAR)
    assert [e.status for e in preview.entries] == [EntryStatus.NEW]


def test_one_bad_class_stops_the_whole_file(store, tmp_path):
    good = report_rows("5.B")
    bad = report_rows("5.A", shares={"Er du glad for din skole?": [30, 40, 10, 5, 0]}, title_rows=0)
    before = stored(store, "5.B")
    _refused(store, workbook(tmp_path / "blandet.xlsx", {"Ark1": good + [[]] + bad}))
    assert stored(store, "5.B") == before


def test_the_import_is_one_transaction_even_if_writing_fails_half_way(store, tmp_path, monkeypatch):
    rows = report_rows("5.B") + [[]] + report_rows("5.A", answers=19, title_rows=0)
    path = workbook(tmp_path / "halvt.xlsx", {"Ark1": rows})
    preview = preview_import(store, path, YEAR)
    assert len(preview.changes) == 2
    before = (log_rows(store), stored(store, "5.B"), stored(store, "5.A"))
    real_save = wellbeing.save_result
    calls = []

    def failing_save(store_, school_class, values):
        calls.append(school_class.name)
        if len(calls) == 2:
            raise OSError("disk full")
        return real_save(store_, school_class, values)

    monkeypatch.setattr(wellbeing, "save_result", failing_save)
    with pytest.raises(OSError):
        apply_import(store, preview)
    assert calls == ["5.B", "5.A"]
    assert (log_rows(store), stored(store, "5.B"), stored(store, "5.A")) == before
    monkeypatch.setattr(wellbeing, "save_result", real_save)
    apply_import(store, preview)
    assert stored(store, "5.A").answer_count == 19
    operations = {row["operation"] for row in store.query(
        "SELECT DISTINCT operation_id, operation FROM change_log WHERE table_name = 'wellbeing_result' "
        "ORDER BY id DESC LIMIT 1")}
    assert operations == {tr("operations", "Import wellbeing results")}
