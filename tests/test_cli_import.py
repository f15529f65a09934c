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
    assert tr("cli", "Imported: {new} new pupils, {changed} changed, {left} marked as left.").format(
        new=8, changed=0, left=0) in out
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
    assert tr("cli", "Imported: {new} new pupils, {changed} changed, {left} marked as left.").format(
        new=0, changed=0, left=2) in out
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
    assert tr("cli", "Imported absence: {added} new, {updated} updated, {unchanged} unchanged, "
                     "{unknown} pupils not found.").format(added=2, updated=0, unchanged=0, unknown=1) in out
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
