"""Protection as the main window offers it: lock, backups, a failed save kept and retried, new encrypted
files, and who is writing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.domain.review import PupilReview
from app.services import reviews
from app.storage.backups import list_backups
from app.storage.write_errors import DiskFullError
from app.ui import autosave
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


def test_ctrl_l_locks_and_nothing_typed_is_lost(qtbot, planned):
    win = planned
    form = win.workspace.pupils.form
    form.next_steps.setFocus()
    qtbot.keyClicks(form.next_steps, "Halvt skrevet")
    qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert win.protection.lock_screen.is_locked()
    review = win.workspace.pupils.model.rows[win.workspace.pupils.row].review
    assert "Halvt skrevet" in win.store.get(PupilReview, review.id).next_steps  # saved before hiding
    assert win.protection.lock_screen.unlock("")  # the demo file has no passphrase
    assert not win.protection.lock_screen.is_locked()
    assert "Halvt skrevet" in form.next_steps.toPlainText()


def test_a_backup_is_made_when_the_file_opens(qtbot, window):
    qtbot.waitUntil(lambda: bool(list_backups(window.store.path)), timeout=3000)  # just after the window shows


def test_a_save_that_fails_on_a_full_disk_is_kept_and_retried(qtbot, planned, monkeypatch):
    win = planned
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(autosave, "RETRY_MS", 50)
    real = reviews.update_review
    failures = [DiskFullError("Disken er fuld.")]

    def flaky(*args, **kwargs):
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(reviews, "update_review", flaky)
    form = win.workspace.pupils.form
    review = win.workspace.pupils.model.rows[win.workspace.pupils.row].review
    form.tried.setFocus()
    qtbot.keyClicks(form.tried, "Skrevet mens disken var fuld")
    form.flush()
    assert shown == ["Disken er fuld."]
    assert "Skrevet mens disken var fuld" in form.tried.toPlainText()  # kept on screen
    qtbot.waitUntil(lambda: "Skrevet mens disken var fuld" in win.store.get(PupilReview, review.id).tried,
                    timeout=3000)


def test_a_new_file_is_encrypted_with_the_chosen_passphrase(qtbot, tmp_path, monkeypatch):
    from app.ui import passphrase_dialogs

    win = MainWindow(today=DEMO_TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    target = tmp_path / "Østerbro Skole.klassekonference"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Østerbro Skole", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(passphrase_dialogs.NewPassphraseDialog, "exec", lambda self: True)
    monkeypatch.setattr(passphrase_dialogs.NewPassphraseDialog, "passphrase", lambda self: "blå hest under broen 7")
    win.choose_and_create()
    assert win.store is not None and win.store.encrypted
    assert not Path(target).read_bytes().startswith(b"SQLite format 3")
    assert "Østerbro Skole" in win.windowTitle()
    win.close()


def test_who_is_writing_is_asked_when_a_file_opens(qtbot, demo_file, tmp_path, monkeypatch):
    monkeypatch.setenv("KLASSEKONFERENCE_NO_WRITER_PROMPT", "0")
    asked = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda parent, title, label, items, current, editable: asked.append(items) or (items[1], True))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    win = MainWindow(today=DEMO_TODAY, settings=settings)
    qtbot.addWidget(win)
    assert win.open_path(demo_file)
    assert asked and win.store.author == asked[0][1]
    assert settings.value("writer") == asked[0][1]  # remembered on this laptop
    win.close()
