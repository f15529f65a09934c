"""Every task that takes over half a second on a large school shows that it is working (issue 18); the
automatic backups run beside the window, so a meeting never stops for them and nothing typed is lost.

Which tasks are slow is measured in benchmarks/bench_tasks.py; here each is made slow on purpose.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.review import PupilReview
from app.storage import backups
from app.ui import progress
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

SLOW_S = 1.2


@pytest.fixture
def window(qtbot, demo_file, tmp_path, monkeypatch):
    monkeypatch.setenv("KLASSEKONFERENCE_BACKUP_DIR", str(tmp_path / "backups"))
    win = MainWindow(today=DEMO_TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.open_path(demo_file)
    yield win
    win.close()


@pytest.fixture
def slow_backups(monkeypatch):
    original = backups.make_backup_from_file

    def slow(*args, **kwargs):
        time.sleep(SLOW_S)
        return original(*args, **kwargs)

    monkeypatch.setattr(backups, "make_backup_from_file", slow)


def test_the_opening_backup_runs_beside_the_window_and_what_is_typed_meanwhile_is_saved(qtbot, window,
                                                                                     slow_backups):
    from tests.ui.workspace.conftest import select_class

    select_class(window, "5.B")
    window.open_selected_conference()
    form = window.workspace.pupils.form
    review_id = form.row.review.id
    started = time.perf_counter()
    window.protection._backup_on_open()  # as 2 s after opening
    assert time.perf_counter() - started < 0.5  # the window did not wait for the backup
    job = window.protection.backup_job
    assert job is not None and job.running
    form.strengths.setFocus()
    qtbot.keyClick(form.strengths, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.strengths, " Skrevet under sikkerhedskopien æøå")
    typed = form.strengths.toPlainText()
    qtbot.waitUntil(lambda: job.shown, timeout=3000)  # after half a second: the status bar says it works
    shown = [label.text() for label in window.statusBar().findChildren(QLabel) if label.isVisible()]
    assert any("sikkerhedskopi" in text.lower() for text in shown), shown
    qtbot.waitUntil(lambda: window.protection.backup_job is None, timeout=10000)
    assert backups.list_backups(window.store.path)
    assert job._indicator is None  # the status bar is quiet again
    form.flush()
    assert window.store.get(PupilReview, review_id).strengths == typed


def test_closing_waits_for_a_backup_still_being_written(qtbot, window, slow_backups):
    from PySide6.QtCore import QTimer

    path = window.store.path
    window.protection._backup_on_open()
    assert window.protection.backup_job is not None
    from app.services import school

    school.add_class(window.store, "9.Z", 2026)  # a change after the backup began: a closing backup is due
    # The timers go on while closing waits (e.g. the opening backup's, 2 s after opening): none starts another.
    for after_ms in (int(SLOW_S * 1000) - 300, int(SLOW_S * 1000) + 300):
        QTimer.singleShot(after_ms, window.protection._backup_on_open)
        QTimer.singleShot(after_ms, window.protection._backup_tick)
    window.close_file()
    assert window.protection.backup_job is None
    assert progress.run_with_progress.last_shown  # the wait took over half a second: it was shown
    qtbot.wait(int(SLOW_S * 1000) + 500)  # a backup started late would be written by now
    assert sorted(b.reason for b in backups.list_backups(path)) == sorted(
        backups.reason_label(r) for r in (backups.REASON_OPEN, backups.REASON_CLOSE))


def test_the_closing_backup_is_written_with_progress(qtbot, window, slow_backups):
    path = window.store.path
    window.protection.auto_backup._backed_up_change = "something older"  # changed since the last backup
    window.close_file()
    assert progress.run_with_progress.last_shown
    assert [b.reason for b in backups.list_backups(path)] == [backups.reason_label(backups.REASON_CLOSE)]


def test_save_a_copy_shows_progress_when_it_takes_long(qtbot, window, tmp_path, monkeypatch):
    from app.services import files

    original = files.save_copy

    def slow(*args, **kwargs):
        time.sleep(SLOW_S)
        return original(*args, **kwargs)

    monkeypatch.setattr(files, "save_copy", slow)
    out = window.protection.save_copy(str(tmp_path / "kopi"))
    assert progress.run_with_progress.last_shown
    assert out.is_file()


def test_a_backup_that_fails_in_the_background_is_said_and_the_meeting_goes_on(qtbot, window, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_backup_from_file", broken)
    window.protection._backup_on_open()
    qtbot.waitUntil(lambda: window.protection.backup_job is None, timeout=5000)
    assert "sikkerhedskopi" in window.statusBar().currentMessage().lower()
    QApplication.processEvents()


def test_save_as_excel_shows_progress_when_it_takes_long(qtbot, demo_file, tmp_path, monkeypatch):
    """The workbook is written beside the window from the last saved state (through a connection of its own)."""
    import openpyxl

    from app.storage.database import open_database
    from app.ui import print_preview
    from tests.ui.test_print_preview import open_dialog

    store = open_database(demo_file)
    try:
        original = print_preview.export_xlsx

        def slow(*args, **kwargs):
            time.sleep(SLOW_S)
            return original(*args, **kwargs)

        monkeypatch.setattr(print_preview, "export_xlsx", slow)
        dialog = open_dialog(qtbot, store)
        xlsx = tmp_path / "aftaler.xlsx"
        assert dialog.save_excel(xlsx)
        assert progress.run_with_progress.last_shown
        assert openpyxl.load_workbook(xlsx).sheetnames[0] == "Aftaler"
    finally:
        store.close()


def test_the_new_school_year_says_that_it_is_working(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.school_year_dialogs import start_new_school_year_dialog

    progress.busy_window.last_shown = False
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes)
    year = window.current_school_year()
    assert start_new_school_year_dialog(window, window.store, year, DEMO_TODAY) == year + 1
    assert progress.busy_window.last_shown
