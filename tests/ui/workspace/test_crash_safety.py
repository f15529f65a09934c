"""Killing the app mid-meeting loses at most about a second of typing: the edit is in the file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.storage.database import open_database

ROOT = Path(__file__).resolve().parents[3]

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from pathlib import Path
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(today=date(2026, 11, 24), settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window.show()
    assert window.open_path(Path(sys.argv[1]))
    model = window.overview.class_model
    row = next(r for r in range(model.rowCount()) if model.index(r).data().startswith("5.B"))
    window.overview.class_list.setCurrentIndex(model.index(row))
    window.open_selected_conference()
    form = window.workspace.pupils.form
    form.next_steps.setFocus()
    QTest.keyClick(form.next_steps, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(form.next_steps, " Skrevet lige før strømmen gik.")
    deadline = time.monotonic() + 1.0  # the teacher stops typing; about a second later the laptop dies
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    print("TYPED", flush=True)
    while True:
        app.processEvents()
        time.sleep(0.02)
    """
)


@pytest.mark.slow
def test_killed_mid_edit_the_edit_is_in_the_file(demo_file, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(demo_file), str(tmp_path / "settings.ini")],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = process.stdout.readline()
        assert line.strip() == "TYPED", process.stderr.read()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    store = open_database(demo_file)
    try:
        assert store.integrity_problems() == []
        texts = [row["next_steps"] for row in store.query("SELECT next_steps FROM pupil_review")]
        assert any(text.endswith("Skrevet lige før strømmen gik.") for text in texts)
    finally:
        store.close()
