"""`klassekonference copy` and "Gem en kopi…": complete (the -wal included), consistent, encrypted as the original."""

from __future__ import annotations

from app.cli import PASSPHRASE_ENV, main
from app.services.school import create_school
from app.storage.database import open_database
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

PASSPHRASE = "blå cykel spiser syv pærer"


def _school_names(path, passphrase=None):
    store = open_database(path, passphrase=passphrase, lock=False)
    try:
        return sorted(r[0] for r in store.conn.execute("SELECT name FROM school").fetchall())
    finally:
        store.close()


def test_copy_of_an_open_encrypted_file_holds_the_work_still_in_the_wal(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    path = tmp_path / "skole.klassekonference"
    store = open_database(path, create=True, passphrase=PASSPHRASE)
    try:
        create_school(store, "Ærøskolen")  # still in the -wal: the program is running
        assert path.with_name(path.name + "-wal").stat().st_size > 0
        out = tmp_path / "kopi.klassekonference"
        assert main(["copy", "--db", str(path), str(out)]) == 0
    finally:
        store.close()
    assert not out.read_bytes().startswith(b"SQLite format 3")
    assert _school_names(out, PASSPHRASE) == ["Ærøskolen"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert main(["copy", "--db", str(path), str(out)]) == 1  # never over an existing file
    assert "findes allerede" in capsys.readouterr().err


def test_save_a_copy_from_the_window(qtbot, demo_file, tmp_path):
    window = MainWindow(today=DEMO_TODAY)
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    out = window.protection.save_copy(str(tmp_path / "kopi"))
    window.close_file()
    assert out.name == "kopi.klassekonference"
    assert _school_names(out) == _school_names(demo_file)
