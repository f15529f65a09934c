"""``import-roster`` flags for lists the program cannot guess: --no-header, --column, --skip-bad-rows."""

from __future__ import annotations

import pytest

from app.cli import main
from app.services.files import new_file
from app.storage.database import open_database
from tests.import_files import write_csv


@pytest.fixture(autouse=True)
def private_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def db(tmp_path):
    return new_file(tmp_path / "skole", "Testskolen")


def _names(db):
    store = open_database(db)
    try:
        return sorted(
            " ".join(filter(None, (r["given_name"], r["family_name"]))) for r in store.query("SELECT * FROM pupil")
        )
    finally:
        store.close()


def test_column_flags_choose_the_columns_of_a_list_with_unknown_headers(db, tmp_path, capsys):
    path = write_csv(tmp_path / "l.csv", [["Barn", "Gruppe"], ["Alma Ravn", "5.A"], ["Storm Bjørn", "5.A"]])
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", str(path)]) == 1
    err = capsys.readouterr().err
    assert "--column navn=B" in err and "vælg navnekolonnen" not in err.casefold()
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", "--column", "navn=A",
                 "--column", "klasse=B", str(path)]) == 0
    assert _names(db) == ["Alma Ravn", "Storm Bjørn"]


def test_no_header_reads_the_first_row_as_a_pupil(db, tmp_path, capsys):
    path = write_csv(tmp_path / "l.csv", [["Navn", "5.A"], ["Storm Bjørn", "5.A"]])  # a pupil called Navn
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", "--no-header", "--column", "navn=A",
                 "--column", "klasse=B", str(path)]) == 0
    assert _names(db) == ["Navn", "Storm Bjørn"]


def test_a_bad_column_choice_is_a_danish_message(db, tmp_path, capsys):
    path = write_csv(tmp_path / "l.csv", [["Navn", "Klasse"], ["Alma Ravn", "5.A"]])
    assert main(["import-roster", "--db", str(db), "--column", "alder=B", str(path)]) == 1
    assert "--column navn=B" in capsys.readouterr().err
    assert main(["import-roster", "--db", str(db), "--column", "navn=Q", str(path)]) == 1
    assert "kolonne" in capsys.readouterr().err.casefold()


def test_bad_rows_are_listed_and_imported_only_with_skip_bad_rows(db, tmp_path, capsys):
    path = write_csv(tmp_path / "l.csv", [["Navn", "Klasse"], ["Alma Ravn", "5.A"], ["Bo Lund", "Modtageklassen"]])
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", str(path)]) == 1
    err = capsys.readouterr().err
    assert "Række 3" in err and "--skip-bad-rows" in err and "1 rækker" not in err
    assert _names(db) == []
    assert main(["import-roster", "--db", str(db), "--school-year", "2026", "--skip-bad-rows", str(path)]) == 0
    assert _names(db) == ["Alma Ravn"]
