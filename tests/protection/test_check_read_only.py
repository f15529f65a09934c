"""`check` is strictly read-only: nothing migrated, created, converted or locked; it says what it found."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import PASSPHRASE_ENV, main
from app.services.files import check_file
from app.storage import lock as lock_module
from app.storage.database import open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OLD = [p for p in sorted(FIXTURES.glob("schema_v*.klassekonference")) if not p.name.endswith("v2.klassekonference")]


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(autouse=True)
def _no_env_passphrase(monkeypatch, tmp_path):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setenv("KLASSEKONFERENCE_BACKUP_DIR", str(tmp_path / "backups"))


@pytest.mark.parametrize("fixture", [p for p in OLD if "v1" in p.name], ids=lambda p: p.name)
def test_check_leaves_an_older_file_byte_identical_and_creates_nothing(tmp_path, capsys, fixture):
    folder = tmp_path / "skole"
    folder.mkdir()
    target = folder / "skole.klassekonference"
    shutil.copy(fixture, target)
    before = _tree(tmp_path)
    assert main(["check", "--db", str(target)]) == 0
    out = capsys.readouterr().out
    assert "åbnes og opgraderes af programmet" in out
    assert _tree(tmp_path) == before


def test_check_does_not_turn_an_empty_file_into_a_database(tmp_path, capsys):
    target = tmp_path / "tom.klassekonference"
    target.write_bytes(b"")
    assert main(["check", "--db", str(target)]) == 1
    assert "tom" in capsys.readouterr().err
    assert target.read_bytes() == b"" and [p.name for p in tmp_path.iterdir()] == ["tom.klassekonference"]


def test_check_does_not_convert_another_programs_empty_sqlite_file(tmp_path):
    target = tmp_path / "andet.klassekonference"
    sqlite3.connect(target).close()
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")
    conn.close()
    before = _tree(tmp_path)
    report = check_file(target)
    assert report.error
    assert _tree(tmp_path) == before


def test_check_takes_no_lock_but_names_the_holder(demo_file, tmp_path, capsys):
    store = open_database(demo_file)
    try:
        lock_before = lock_module.lock_path(demo_file).read_bytes()
        assert main(["check", "--db", str(demo_file)]) == 0
        out = capsys.readouterr().out
        assert "åben" in out.lower()
        assert lock_module.lock_path(demo_file).read_bytes() == lock_before
    finally:
        store.close()


def test_a_plain_file_checked_with_a_passphrase_opens_and_says_it_is_not_encrypted(demo_file, tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("blå cykel spiser syv pærer\n", encoding="utf-8")
    assert main(["check", "--db", str(demo_file), "--passphrase-file", str(secret)]) == 0
    assert "ikke krypteret" in capsys.readouterr().out


def test_an_encrypted_file_is_checked_without_creating_anything(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("blå cykel spiser syv pærer\n", encoding="utf-8")
    target = tmp_path / "krypt.klassekonference"
    assert main(["demo", str(target), "--passphrase-file", str(secret)]) == 0
    before = _tree(tmp_path)
    assert main(["check", "--db", str(target), "--passphrase-file", str(secret)]) == 0
    assert _tree(tmp_path) == before


def test_every_command_opens_a_plain_file_given_a_passphrase(demo_file, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PASSPHRASE_ENV, "blå cykel spiser syv pærer")
    out = tmp_path / "5B.xlsx"
    assert main(["export-xlsx", "--db", str(demo_file), "--class", "5.B", "-o", str(out)]) == 0
    assert out.is_file()
    assert demo_file.read_bytes().startswith(b"SQLite format 3")
