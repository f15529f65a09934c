"""The command line: demo, new, check, and starting the GUI, as a user types them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.storage.migrations import LATEST_VERSION

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True, env=environment, timeout=120
    )


def test_demo_writes_a_file_that_checks_clean(tmp_path, capsys):
    out = tmp_path / "demo.klassekonference"
    assert main(["demo", str(out)]) == 0
    assert out.exists()
    assert "Demoskolen er skrevet til" in capsys.readouterr().out
    assert main(["check", "--db", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"Skemaversion: {LATEST_VERSION}" in printed
    assert "Integritetstjek: i orden" in printed
    pupils = next(line for line in printed.splitlines() if line.strip().startswith("pupil "))
    assert int(pupils.split()[-1]) >= 60


def test_demo_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "demo.klassekonference"
    out.write_bytes(b"precious")
    assert main(["demo", str(out)]) == 1
    assert "findes allerede" in capsys.readouterr().err
    assert out.read_bytes() == b"precious"


def test_new_writes_an_empty_school(tmp_path, capsys):
    assert main(["new", str(tmp_path / "skole"), "--school", "Østerbro Skole"]) == 0
    path = tmp_path / "skole.klassekonference"
    assert "Østerbro Skole" in capsys.readouterr().out
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT name FROM school").fetchall() == [("Østerbro Skole",)]
    assert conn.execute("SELECT count(*) FROM pupil").fetchone() == (0,)
    conn.close()


def test_check_reports_a_damaged_file_and_exits_non_zero(tmp_path, capsys):
    good = tmp_path / "good.klassekonference"
    assert main(["new", str(good), "--school", "Skolen"]) == 0
    data = bytearray(good.read_bytes())
    # Keep SQLite's header but scribble over the schema page and beyond.
    data[100:] = b"\xff" * (len(data) - 100)
    broken = tmp_path / "broken.klassekonference"
    broken.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--db", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "beskadiget" in err
    assert "Traceback" not in err


def test_check_refuses_a_file_from_a_newer_version(tmp_path, capsys):
    path = tmp_path / "future.klassekonference"
    assert main(["new", str(path), "--school", "Skolen"]) == 0
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    capsys.readouterr()
    assert main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "nyere version" in err and "Installér den nyeste version" in err
    assert path.read_bytes() == before


def test_check_on_a_missing_file(tmp_path, capsys):
    assert main(["check", "--db", str(tmp_path / "nope.klassekonference")]) == 1
    assert "findes ikke" in capsys.readouterr().err


def test_help_is_danish():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "brug:" in result.stdout
    assert "Forbered og afhold klassekonferencer" in result.stdout
    assert "demo UD" in result.stdout and "check --db FIL" in result.stdout


def test_missing_argument_is_a_danish_error():
    result = run_cli("check")
    assert result.returncode == 2
    assert "følgende skal angives: --db" in result.stderr


def test_gui_without_a_display_says_so_and_exits_2():
    if not sys.platform.startswith("linux"):
        pytest.skip("display detection is for Linux")
    result = run_cli("--demo")
    assert result.returncode == 2
    assert "Der er ingen skærm" in result.stderr
    assert "Aborted" not in result.stderr and "qt.qpa" not in result.stderr


def test_console_script_is_declared():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'klassekonference = "app.cli:main"' in text


def test_passphrase_file_opens_an_encrypted_demo(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("korrekt hest batteri hæfteklamme\n", encoding="utf-8")
    out = tmp_path / "crypt.klassekonference"
    assert main(["demo", str(out), "--passphrase-file", str(secret)]) == 0
    assert not out.read_bytes().startswith(b"SQLite format 3")
    capsys.readouterr()
    assert main(["check", "--db", str(out), "--passphrase-file", str(secret)]) == 0
    assert "Integritetstjek: i orden" in capsys.readouterr().out
    assert main(["check", "--db", str(out)]) == 1
    assert "krypteret" in capsys.readouterr().err
    result = run_cli("check", "--db", str(out), env={"KLASSEKONFERENCE_PASSPHRASE": "forkert"})
    assert result.returncode == 1
    assert "Adgangskoden passer ikke" in result.stderr
    assert "Traceback" not in result.stderr
