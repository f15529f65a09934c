"""Bit-flipped files: never a traceback, never a write into a file found damaged; Danish messages."""

from __future__ import annotations

import errno
import os
import random
import shutil
import sqlite3

import pytest

from app.cli import PASSPHRASE_ENV, failure_message, main
from app.storage.database import open_database
from app.storage.errors import DamagedFileError
from tests.import_files import roster_rows, write_csv

PAGE = 4096


def _flip(path, seed: int, count: int = 40) -> None:
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(count):
        position = rng.randrange(PAGE, len(data))  # page 1 (the header) intact: damage inside the tables
        data[position] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))


def _is_damaged(path) -> bool:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


@pytest.mark.parametrize("seed", range(12))
def test_bit_flipped_files_never_get_a_traceback_nor_a_write(demo_template, tmp_path, monkeypatch, capsys, seed):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setenv("KLASSEKONFERENCE_BACKUP_DIR", str(tmp_path / "backups"))
    target = tmp_path / "skole.klassekonference"
    shutil.copy(demo_template, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    _flip(target, seed)
    damaged = _is_damaged(target)
    flipped = target.read_bytes()
    roster = tmp_path / "liste.csv"
    write_csv(roster, roster_rows())
    commands = [
        ["check", "--db", str(target)],
        ["import-roster", "--db", str(target), "--school-year", "2026/27", str(roster)],
        ["export-pdf", "--db", str(target), "--class", "5.B", "--kind", "protokol", "-o", str(tmp_path / "p.pdf")],
        ["export-xlsx", "--db", str(target), "--class", "5.B", "-o", str(tmp_path / "p.xlsx")],
    ]
    for command in commands:
        code = main(command)  # a traceback would raise here
        err = capsys.readouterr().err
        assert "Traceback" not in err and "DatabaseError" not in err
        if command[0] != "check":  # check lists SQLite's own findings; the others speak Danish only
            assert "malformed" not in err
        if damaged and command[0] != "check":
            assert code == 1
        if damaged:
            assert target.read_bytes() == flipped, command[0]


def test_a_damaged_file_is_refused_before_writing(demo_template, tmp_path):
    target = tmp_path / "skole.klassekonference"
    shutil.copy(demo_template, target)
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for seed in range(200):
        damaged = tmp_path / f"c{seed}.klassekonference"
        shutil.copy(target, damaged)
        _flip(damaged, seed)
        if _is_damaged(damaged):
            break
    with pytest.raises(DamagedFileError, match="beskadiget"):
        open_database(damaged)


@pytest.mark.parametrize(
    "code, words",
    [(errno.ENOSPC, "fuld"), (errno.EROFS, "skrivebeskyttet"), (errno.EACCES, "skrivebeskyttet")],
)
def test_disk_errors_are_told_apart(code, words):
    message = failure_message(OSError(code, "x", "/tmp/skole.klassekonference"))
    assert words in message and "beskadiget" not in message


def test_a_database_error_becomes_danish():
    message = failure_message(sqlite3.DatabaseError("database disk image is malformed"))
    assert "beskadiget" in message and "malformed" not in message


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True, reason="root ignores permissions")
def test_a_read_only_folder_is_not_called_damaged(demo_template, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "skole.klassekonference"
    shutil.copy(demo_template, target)
    folder.chmod(0o555)
    try:
        with pytest.raises(Exception) as raised:
            open_database(target)
        assert "beskadiget" not in str(raised.value)
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize("code, words", [(13, "fuld"), (8, "skrivebeskyttet")])
def test_open_errors_from_the_disk_are_not_called_damaged(demo_template, tmp_path, monkeypatch, code, words):
    from app.storage import sqlcipher

    target = tmp_path / "skole.klassekonference"
    shutil.copy(demo_template, target)

    class DiskError(sqlite3.OperationalError):
        sqlite_errorcode = code

    real_connect = sqlcipher.connect

    def connect(path, passphrase=None, **options):
        conn = real_connect(path, passphrase, **options)

        class Wrapped:
            def __getattr__(self, name):
                return getattr(conn, name)

            def execute(self, sql, *args):
                if sql.startswith("PRAGMA journal_mode"):
                    raise DiskError("disk error")
                return conn.execute(sql, *args)

        return Wrapped()

    monkeypatch.setattr(sqlcipher, "connect", connect)
    with pytest.raises(Exception) as raised:
        open_database(target)
    assert words in str(raised.value) and "beskadiget" not in str(raised.value)
