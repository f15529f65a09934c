"""One problem type for every import: each problem of a pupil list, an absence list or a survey file says
where it is (sheet for a workbook, row, column where one cell is wrong) and how serious it is, and all three
are told the same way (the same lines in the dialogs and on the command line)."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import school
from app.services.absence_import import build_absence_preview, read_absence
from app.services.import_problems import ImportProblem, Severity, problems_report
from app.services.roster_import import build_preview, read_roster
from app.services.survey_import import preview_import
from tests.conftest import DEMO_TODAY
from tests.import_files import empty_school, write_csv, write_xlsx
from tests.services.test_survey_import import report_rows, workbook
from tests.ui.wellbeing_pages import store as demo_store  # noqa: F401 (a fixture)

AUTUMN = (date(2026, 8, 1), date(2026, 10, 31))


@pytest.fixture
def store(tmp_path):
    store = empty_school(tmp_path)
    five_b = school.add_class(store, "5.B", 2026)
    school.add_pupil(store, five_b, "Åse", "Ærø", None)
    school.add_pupil(store, five_b, "Ida", "Bæk", None)
    yield store
    store.close()


def _located(problems, *, sheet):
    assert problems
    for problem in problems:
        assert isinstance(problem, ImportProblem)
        assert problem.row is not None and problem.row >= 1, problem
        assert problem.sheet == sheet, problem
        assert problem.severity in (Severity.REFUSED, Severity.WARNING)
        assert problem.text.startswith(problem.place) and problem.message in problem.text


ROSTER = [["Fornavn", "Efternavn", "Klasse", "Fødselsdato"],
          ["Alma", "Ravn", "5.A", "03-07-2015"],
          ["#N/A", "Lund", "5.A", ""],  # 3: an Excel error value
          ["Bo", "Lund", "Modtageklassen", ""],  # 4: not a class
          ["Ea", "Holm", "5.A", "31-02-2015"],  # 5: not a date
          ["\u200b", "", "5.A", ""],  # 6: an invisible name
          ["Klasse 5A", "i alt 24", "5.A", ""]]  # 7: a total line, left out with a warning


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_every_roster_problem_carries_its_place(store, tmp_path, kind):
    path = (write_csv(tmp_path / "elever.csv", ROSTER, encoding="utf-8-sig", delimiter=",") if kind == "csv" else
            write_xlsx(tmp_path / "elever.xlsx", {"Elever 5.A": ROSTER}))
    preview = build_preview(store, read_roster(path), 2026)
    _located(preview.problems, sheet=None if kind == "csv" else "Elever 5.A")
    assert [p.row for p in preview.bad_rows] == [3, 4, 5, 6]
    assert [p.column for p in preview.bad_rows][:3] == [1, 3, 4]
    assert [(p.row, p.severity) for p in preview.problems if p.severity == Severity.WARNING] == [(7, Severity.WARNING)]


def test_every_absence_problem_carries_its_place(store, tmp_path):
    rows = [["Elev", "Klasse", "Fravær i alt", "Ulovligt fravær"],
            ["Ærø, Åse", "5.B", "12,5 %", "10 %"], ["Bæk, Ida", "5.B", "7,5", "9,0"], ["Lund, Bo", "5.B", "1e400", "0"]]
    preview = build_absence_preview(store, read_absence(write_xlsx(tmp_path / "f.xlsx", {"Fravær": rows})),
                                    period=AUTUMN)
    _located(preview.bad_rows, sheet="Fravær")


def test_every_survey_problem_carries_its_place(demo_store, tmp_path):  # noqa: F811
    rows = report_rows()
    rows[3] = ["Antal svar", "mange"]
    preview = preview_import(demo_store, workbook(tmp_path / "r.xlsx", {"5.B": rows}), 2026, DEMO_TODAY)
    _located(preview.problems, sheet="5.B")


def test_every_problem_of_the_ministrys_statistics_carries_its_place(demo_store, tmp_path):  # noqa: F811
    path = tmp_path / "trivsel_skole.csv"
    path.write_text("År;Skolenavn;Trin;Generel trivsel;Social trivsel;Faglig trivsel;Støtte og inspiration;"
                    "Ro og orden\n"
                    "2026/2027;Engbakkeskolen;Mellemtrin;3,9;høj;3,7;3,3;3,8\n"
                    "2026/2027;Engbakkeskolen;Udskoling;3,6;3,9;7,5;3,0;3,6\n", encoding="utf-8")
    preview = preview_import(demo_store, path, 2026, DEMO_TODAY)
    _located(preview.problems, sheet=None)
    assert [(p.row, p.column) for p in preview.problems] == [(2, 5), (3, 6)]


def test_the_report_lists_refused_rows_then_what_to_check():
    problems = [ImportProblem("Tjek navnet.", None, 9, severity=Severity.WARNING),
                ImportProblem("“meget” er ikke en procent.", None, 3, 3),
                ImportProblem("Klassen mangler.", "5.B", 4, 2)]
    report = problems_report("Overskrift", problems).splitlines()
    assert report[0] == "Overskrift"
    assert report[1] == "• Række 3, kolonne C: “meget” er ikke en procent."
    assert report[2] == "• Ark “5.B”, række 4, kolonne B: Klassen mangler."
    assert report[-1] == "• Række 9: Tjek navnet."
