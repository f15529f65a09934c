"""`--demo` and the demo button leave nothing behind; tests never touch the user's real settings."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from tests.conftest import DEMO_TODAY, SETTINGS_HOME

ROOT = Path(__file__).resolve().parent.parent.parent


def test_settings_live_in_a_temporary_folder_during_tests():
    assert Path(QSettings().fileName()).is_relative_to(SETTINGS_HOME)
    assert os.environ["XDG_CONFIG_HOME"] == SETTINGS_HOME


def _files_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.slow
def test_demo_from_the_command_line_leaves_nothing_in_settings_temp_or_backups(tmp_path):
    temp, config, data, logs = (tmp_path / name for name in ("temp", "config", "data", "logs"))
    for folder in (temp, config, data, logs):
        folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("KLASSEKONFERENCE_BACKUP_DIR",)}
    env.update(TMPDIR=str(temp), XDG_CONFIG_HOME=str(config), XDG_DATA_HOME=str(data),
               KLASSEKONFERENCE_LOG_DIR=str(logs), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    program = subprocess.Popen([sys.executable, "-m", "app", "--demo"], cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while not list(temp.glob("klassekonference-demo-*/*.klassekonference.lock")):
            assert program.poll() is None, program.stdout.read()
            assert time.monotonic() < deadline, "the demo file was never opened"
            time.sleep(0.2)
        time.sleep(3)  # the backup made once the window is in use (2 s after opening)
        assert program.poll() is None
        program.send_signal(signal.SIGTERM)
        output, _ = program.communicate(timeout=30)
    finally:
        if program.poll() is None:
            program.kill()
    assert program.returncode == 0, output
    assert _files_under(temp) == [] and list(temp.iterdir()) == []
    assert _files_under(config) == []
    assert _files_under(data) == []


def test_the_demo_button_adds_no_recent_file_and_its_copy_goes_at_the_end(qtbot, tmp_path, monkeypatch):
    from app.ui import demo_session
    from app.ui.main_window import MainWindow

    monkeypatch.setenv("KLASSEKONFERENCE_BACKUP_DIR", str(tmp_path / "backups"))  # only this test's backups

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(today=DEMO_TODAY, settings=settings)
    qtbot.addWidget(window)
    window.open_demo()
    path = window.store.path
    assert demo_session.is_demo_copy(path) and path.exists()
    assert window.protection.auto_backup is not None
    window.protection.auto_backup.on_open()  # as 2 s after opening
    window.close()
    assert settings.value("recent_files", []) in ([], None)
    demo_session.remove_demo_copies()
    assert not path.parent.exists()
    from app.storage.backups import backup_folder

    assert not backup_folder(path).exists()


@pytest.mark.slow
def test_a_polite_kill_while_a_dialog_is_open_at_start_closes_the_file_and_ends(tmp_path, demo_file):
    """SIGTERM (log-out, CI's timeout) while "who is writing" is asked, before the event loop runs."""
    env = {k: v for k, v in os.environ.items() if k != "KLASSEKONFERENCE_NO_WRITER_PROMPT"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(tmp_path / "config"))
    program = subprocess.Popen([sys.executable, "-m", "app", str(demo_file)], cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lock = demo_file.with_name(demo_file.name + ".lock")
    try:
        deadline = time.monotonic() + 60
        while not lock.exists():
            assert program.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        time.sleep(1.5)
        program.send_signal(signal.SIGTERM)
        output, _ = program.communicate(timeout=20)
    finally:
        if program.poll() is None:
            program.kill()
    assert program.returncode == 0, output
    assert not lock.exists()  # closed and unlocked


def test_choosing_who_is_writing_in_the_demo_leaves_the_remembered_writer_alone(qtbot, tmp_path, demo_file):
    from app.ui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(today=DEMO_TODAY, settings=settings)
    qtbot.addWidget(window)
    assert window.open_path(demo_file)
    real_teacher = window.writer_box.itemData(1)
    window.writer_box.setCurrentIndex(1)
    assert settings.value("writer") == real_teacher
    window.close_file()
    window.open_demo()
    window.writer_box.setCurrentIndex(2)  # a demo teacher writes during the demo
    assert window.store.author == window.writer_box.itemData(2)
    window.close_file()
    assert settings.value("writer") == real_teacher
    window.open_path(demo_file)
    assert window.writer_box.currentData() == real_teacher
    window.close()
