"""``klassekonference import-roster`` and ``import-absence`` as a user types them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.domain.review import AbsenceRecord
from app.i18n import tr
from app.services import school
from app.services.files import new_file
from app.storage.database import open_database
from tests.import_files import roster_rows, write_csv

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    """Remembered column choices go to a temporary settings folder, not the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def db(tmp_path):
    return new_file(tmp_path / "skole", "Testskolen")


def _pupil_count(db):
    store = open_database(db)
    try:
        return len(store.query("SELECT id FROM pupil"))
    finally:
        store.close()


def test_import_roster_prints_what_it_did(db, tmp_path, capsys):
    path = write_csv(tmp_path / "elever.csv", roster_rows(cpr=True), encoding="cp1252")
    assert main(["import-roster", "--db", str(db), "--school-year", "2026/27", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Indlæst: 8 nye elever, 0 ændrede, 0 markeret som udmeldt." in out
    assert "CPR" in out
    assert tr("cli", "  {name}: {new} new, {changed} changed, {left} leave, {same} unchanged").format(
        name="5.B", new=4, changed=0, left=0, same=0) in out
    assert _pupil_count(db) == 8
    store = open_database(db)
    assert [c.name for c in school.classes_of_year(store, 2026)] == ["5.A", "5.B", "6.A"]
    store.close()

    shorter = write_csv(tmp_path / "5b.csv",
                        [["Navn", "Klasse"], ["Ærø, Åse Marie", "5.B"], ["Søndergård, Jens", "5.B"]])
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", "--class", "5.B", str(shorter)]) == 0
    out = capsys.readouterr().out
    assert "Indlæst: 0 nye elever, 0 ændrede, 2 markeret som udmeldt." in out
    assert _pupil_count(db) == 8  # nothing deleted


def test_dry_run_changes_nothing(db, tmp_path, capsys):
    path = write_csv(tmp_path / "elever.csv", roster_rows())
    assert main(["import-roster", "--db", str(db), "--dry-run", str(path)]) == 0
    assert tr("cli", "Nothing was changed (--dry-run).") in capsys.readouterr().out
    assert _pupil_count(db) == 0


def test_a_bad_list_exits_1_with_the_message_on_stderr(db, tmp_path, capsys):
    path = tmp_path / "tom.csv"
    path.write_bytes(b"")
    assert main(["import-roster", "--db", str(db), str(path)]) == 1
    captured = capsys.readouterr()
    assert "tom.csv" in captured.err and captured.out == ""
    no_class = write_csv(tmp_path / "liste.csv", [["Fornavn", "Efternavn"], ["Åse", "Ærø"]])
    assert main(["import-roster", "--db", str(db), str(no_class)]) == 1
    assert capsys.readouterr().err.strip()
    assert main(["import-roster", "--db", str(tmp_path / "findes-ikke.klassekonference"), str(no_class)]) == 1
    assert main(["import-roster", "--db", str(db), "--school-year", "2025/27", str(no_class)]) == 1
    assert _pupil_count(db) == 0


def test_missing_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["import-roster", "elever.csv"])
    assert exit_info.value.code == 2
    assert "--db" in capsys.readouterr().err


def test_import_absence(db, tmp_path, capsys):
    roster = write_csv(tmp_path / "e.csv", roster_rows())
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", str(roster)]) == 0
    rows = [["Elev", "Klasse", "Fravær i alt", "Ulovligt fravær", "Sygdom"],
            ["Ærø, Åse Marie", "5.B", "12,5 %", "10 %", "2,5 %"],
            ["Kjær, Ida", "5.A", "4", "0", "4"],
            ["Ukendt, Elev", "5.A", "4", "0", "4"]]
    path = write_csv(tmp_path / "fravær.csv", rows, encoding="cp1252")
    capsys.readouterr()
    assert main(["import-absence", "--db", str(db), "--period", "2026-K4", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Fravær indlæst: 2 nye, 0 opdateret, 0 uændret, 1 elev blev ikke fundet." in out  # not "1 elever"
    assert "Elev Ukendt" in out
    store = open_database(db)
    assert len(store.find(AbsenceRecord)) == 2
    store.close()
    assert main(["import-absence", "--db", str(db), str(path)]) == 1  # no period in the file or on the line
    assert capsys.readouterr().err.strip()


def test_help_lists_the_options():
    result = subprocess.run([sys.executable, "-m", "app", "import-roster", "--help"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert "--school-year" in result.stdout and "--class" in result.stdout and "--passphrase-file" in result.stdout


def test_import_absence_lists_unreadable_rows_and_imports_the_rest_only_when_told(db, tmp_path, capsys):
    roster = write_csv(tmp_path / "e.csv", roster_rows())
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", str(roster)]) == 0
    rows = [["Elev", "Klasse", "Fravær i alt", "Ulovligt fravær", "Sygdom"],
            ["Ærø, Åse Marie", "5.B", "12,5 %", "10 %", "2,5 %"],
            ["Kjær, Ida", "5.A", "meget", "0", "4"],
            ["Kjær, Ida", "Modtageklassen", "4", "0", "4"]]
    path = write_csv(tmp_path / "fravær.csv", rows, encoding="cp1252", delimiter=",")
    capsys.readouterr()

    def stored():
        store = open_database(db)
        try:
            return len(store.find(AbsenceRecord))
        finally:
            store.close()

    assert main(["import-absence", "--db", str(db), "--period", "2026-K4", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Række 3, kolonne C" in err and "meget" in err and "Række 4, kolonne B" in err
    assert "--skip-bad-rows" in err and stored() == 0
    assert main(["import-absence", "--db", str(db), "--period", "2026-K4", "--dry-run", str(path)]) == 0
    assert "Række 3, kolonne C" in capsys.readouterr().err and stored() == 0
    assert main(["import-absence", "--db", str(db), "--period", "2026-K4", "--skip-bad-rows", str(path)]) == 0
    assert stored() == 1
    assert main(["import-absence", "--db", str(db), "--period", "2026-K4", "--skip-bad-rows", str(path)]) == 0
    assert "1 uændret" in capsys.readouterr().out and stored() == 1  # idempotent


def test_the_three_import_commands_print_problems_alike(db, tmp_path, capsys):
    """Each problem is one "• place: message" line on standard error, the same for every import command."""
    roster = write_csv(tmp_path / "elever.csv", [["Navn", "Klasse"], ["Åse Ærø", "5.A"], ["Bo Lund", "Modtageklassen"],
                                                 ["Klasse 5A i alt 24", "5.A"]], encoding="cp1252")
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", str(roster)]) == 1
    err = capsys.readouterr().err
    assert "\n• Række 3, kolonne B: “Modtageklassen”." in err
    assert "\n• Række 4: “Klasse 5A i alt 24” " in err  # a row to check, after the refused rows
    absence = write_csv(tmp_path / "fravær.csv", [["Elev", "Fravær i alt"], ["Åse Ærø", "12,5 %"],
                                                  ["Bo Lund", "#I/T"]], encoding="utf-8-sig", delimiter=",")
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", "--skip-bad-rows", str(roster)]) == 0
    capsys.readouterr()
    assert main(["import-absence", "--db", str(db), "--period", "2026-K3", str(absence)]) == 1
    assert "\n• Række 3, kolonne B: " in capsys.readouterr().err
    survey = tmp_path / "trivsel_skole.csv"
    survey.write_text("År;Skolenavn;Trin;Generel trivsel;Social trivsel;Faglig trivsel;Støtte og inspiration;"
                      "Ro og orden\n2026/2027;Testskolen;Mellemtrin;3,9;høj;3,7;3,3;3,8\n", encoding="utf-8")
    assert main(["import-survey", "--db", str(db), "--school-year", "2026/27", str(survey)]) == 1
    assert "\n• Række 2, kolonne E: “høj”" in capsys.readouterr().err
