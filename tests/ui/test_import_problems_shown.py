"""The three import dialogs show a file's problems the same way: one problems box, one line per problem with
its place, the same line the command line prints."""

from __future__ import annotations

from datetime import date

from app.services.import_memory import ImportMemory
from app.services.import_problems import problem_lines
from app.ui.import_problems_view import ImportProblemsView
from app.ui.roster_import_dialog import RosterImportDialog
from app.ui.school_year_dialogs import AbsenceImportDialog
from app.ui.survey_import_dialog import SurveyImportDialog
from tests.conftest import DEMO_TODAY
from tests.import_files import write_csv
from tests.ui.wellbeing_pages import store  # noqa: F401 (a fixture)


def _lines(view):
    return [line for line in view.text().splitlines() if line.startswith("• ")]


def test_roster_absence_and_survey_dialogs_list_problems_alike(qtbot, store, tmp_path):  # noqa: F811
    roster = write_csv(tmp_path / "elever.csv", [["Navn", "Klasse"], ["Åse Ærø", "5.A"], ["Bo Lund", "Modtageklassen"]],
                       encoding="cp1252")
    absence = write_csv(tmp_path / "fravær.csv", [["Periode: 2026-K3"], ["Elev", "Fravær i alt"],
                                                  ["Aksel Bjørnholt", "12,5 %"], ["Alma Søgaard", "#I/T"]],
                        encoding="utf-8-sig", delimiter=",")
    survey = tmp_path / "trivsel_skole.csv"
    survey.write_text("År;Skolenavn;Trin;Generel trivsel;Social trivsel;Faglig trivsel;Støtte og inspiration;"
                      "Ro og orden\n2026/2027;Engbakkeskolen;Mellemtrin;3,9;høj;3,7;3,3;3,8\n", encoding="utf-8")
    dialogs = []
    roster_dialog = RosterImportDialog(store, 2026, memory=ImportMemory(tmp_path / "m.json"), today=date(2026, 8, 20))
    roster_dialog.load_file(roster)
    absence_dialog = AbsenceImportDialog(store, memory=ImportMemory(tmp_path / "m.json"))
    absence_dialog.load_file(absence)
    survey_dialog = SurveyImportDialog(store, school_year=2026, today=DEMO_TODAY)
    survey_dialog.load(survey)
    dialogs = [(roster_dialog, roster_dialog.preview.problems), (absence_dialog, absence_dialog.preview.bad_rows),
               (survey_dialog, survey_dialog.preview.problems)]
    for dialog, problems in dialogs:
        qtbot.addWidget(dialog)
        assert isinstance(dialog.problems, ImportProblemsView)
        assert problems and dialog.problems.isVisibleTo(dialog)
        assert _lines(dialog.problems) == problem_lines(problems, limit=None)
    assert _lines(roster_dialog.problems) == ["• Række 3, kolonne B: “Modtageklassen”. " +
                                              roster_dialog.preview.problems[0].message.split(". ", 1)[1]]
    assert _lines(absence_dialog.problems)[0].startswith("• Række 4, kolonne B:")
    assert _lines(survey_dialog.problems)[0].startswith("• Række 2, kolonne E:")
