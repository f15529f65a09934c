"""Passphrase dialogs, the lock screen and idle lock, restoring a backup, deleting pupil data, the change log."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.school import Pupil
from app.services import reviews, school
from app.storage import backups
from app.storage.database import open_database
from app.storage.encryption import create_encrypted
from app.ui.backup_dialog import BackupDialog
from app.ui.change_log_dialog import ChangeLogDialog
from app.ui.deletion_dialog import DeletionDialog
from app.ui.lock_screen import IdleWatcher, LockScreen
from app.ui.passphrase_dialogs import ChangePassphraseDialog, NewPassphraseDialog, PassphrasePromptDialog
from app.ui.user_dialogs import CANCEL, YES
from tests.conftest import DEMO_TODAY
from tests.ui.fake_dialogs import FakeDialogs

PASSPHRASE = "blå cykel spiser syv pærer"


@pytest.fixture
def encrypted_store(tmp_path):
    store = create_encrypted(tmp_path / "skole.klassekonference", PASSPHRASE)
    school.create_school(store, "Engbakkeskolen")
    yield store
    store.close()


# -- choosing, asking for and changing the passphrase ------------------------------------------------
def test_new_passphrase_needs_a_good_repeated_passphrase_and_a_tick(qtbot, tmp_path):
    dialog = NewPassphraseDialog(file_name="Engbakkeskolen.klassekonference", school="Engbakkeskolen")
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "gendannes" in dialog.warning.text()
    QTest.keyClicks(dialog.fields.new, "kort")
    assert dialog.fields.meter.value() == 0
    assert not dialog.key_sheet_button.isEnabled()
    dialog.fields.new.setText(PASSPHRASE)
    assert dialog.fields.meter.value() == 3
    QTest.keyClicks(dialog.fields.repeat, PASSPHRASE[:-1] + "x")
    assert dialog.fields.match.text()
    assert not ok.isEnabled()
    dialog.fields.repeat.setText(PASSPHRASE)
    assert dialog.fields.match.text() == ""
    assert not ok.isEnabled()  # not before it is written down
    dialog.written_down.setChecked(True)
    assert ok.isEnabled()
    dialog.grab().save(str(tmp_path / "new_passphrase.png"))
    sheet = dialog.save_key_sheet(tmp_path / "nøgleark.pdf")
    assert sheet is not None and "PDF" in dialog.key_sheet_status.text()
    from pypdf import PdfReader

    reader = PdfReader(str(sheet))
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert PASSPHRASE in text and "Engbakkeskolen" in text
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.passphrase() == PASSPHRASE


def test_the_prompt_returns_what_was_typed(qtbot):
    def type_and_accept():
        dialog = QApplication.activeModalWidget()
        QTest.keyClicks(dialog.field, PASSPHRASE)
        dialog.ok_button.click()

    QTimer.singleShot(0, type_and_accept)
    assert PassphrasePromptDialog.ask(None, "skole.klassekonference", "Adgangskoden passer ikke.") == PASSPHRASE


def test_change_passphrase_keeps_the_dialog_open_on_a_wrong_current_one(qtbot, encrypted_store):
    dialog = ChangePassphraseDialog(encrypted_store)
    qtbot.addWidget(dialog)
    dialog.current.setText("forkert nuværende sætning")
    dialog.fields.new.setText("fire nye ord til filen")
    dialog.fields.repeat.setText("fire nye ord til filen")
    dialog.accept()
    assert dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.current.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.passphrase_changed, timeout=2000):
        dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    from app.services.protection import verify_passphrase

    assert verify_passphrase(encrypted_store, "fire nye ord til filen")


# -- the lock screen ---------------------------------------------------------------------------------
class _Window(QMainWindow):
    """A window with a half-typed text and a Ctrl+S shortcut, standing in for the main window."""

    def __init__(self):
        super().__init__()
        self.editor = QLineEdit()
        self.setCentralWidget(self.editor)
        self.saved = 0
        action = QAction("Gem", self)
        action.setShortcut(QKeySequence("Ctrl+S"))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)  # offscreen windows are never active
        action.triggered.connect(self._save)
        self.addAction(action)
        self.resize(800, 600)

    def _save(self):
        self.saved += 1


def test_locking_hides_everything_and_the_passphrase_unlocks_with_nothing_lost(qtbot, encrypted_store, tmp_path):
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)  # shortcuts need an active window
    window.editor.setFocus()
    QTest.keyClicks(window.editor, "Halvt skrevet note")
    QTest.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.saved == 1  # the shortcut works while unlocked
    lock = LockScreen(window, encrypted_store)

    with qtbot.waitSignal(lock.locked):
        lock.lock()

    assert lock.is_locked() and lock.isVisible()
    assert lock.geometry() == window.rect()
    assert lock.field.isVisible()
    window.grab().save(str(tmp_path / "locked.png"))
    QTest.keyClick(lock.field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.saved == 1  # no shortcut works behind the lock
    QTest.mouseClick(window.editor, Qt.MouseButton.LeftButton)
    QTest.keyClicks(lock.field, "forkert")
    QTest.keyClick(lock.field, Qt.Key.Key_Return)
    assert lock.is_locked() and lock.message.text()
    lock.field.clear()
    QTest.keyClicks(lock.field, PASSPHRASE)
    with qtbot.waitSignal(lock.unlocked):
        QTest.keyClick(lock.field, Qt.Key.Key_Return)
    assert not lock.is_locked() and not lock.isVisible()
    assert window.editor.text() == "Halvt skrevet note"  # unsaved state kept
    assert encrypted_store.conn is not None  # the file was never closed
    QTest.keyClick(window.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.saved == 2


def test_an_unencrypted_file_unlocks_with_a_button(qtbot, demo_file):
    store = open_database(demo_file)
    try:
        window = _Window()
        qtbot.addWidget(window)
        window.show()
        lock = LockScreen(window, store)
        lock.lock()
        assert not lock.field.isVisible() and lock.button.isVisible()
        QTest.mouseClick(lock.button, Qt.MouseButton.LeftButton)
        assert not lock.is_locked()
    finally:
        store.close()


def test_locking_with_a_dialog_open_covers_it_and_keeps_what_it_holds(qtbot, encrypted_store):
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.setModal(True)
    dialog.resize(420, 260)
    dialog.show()
    QTest.keyClicks(field, "Aftale under arbejde")
    lock = LockScreen(window, encrypted_store)
    lock.lock()
    assert lock.parentWidget() is dialog  # the panel is where input can go
    assert lock.isVisible() and dialog.isVisible()
    QTest.keyClicks(lock.field, PASSPHRASE)
    QTest.keyClick(lock.field, Qt.Key.Key_Return)
    assert not lock.is_locked()
    assert dialog.isVisible() and field.text() == "Aftale under arbejde"
    assert not [w for w in window.findChildren(QWidget) if type(w).__name__ == "_Cover" and w.isVisible()]
    dialog.close()


def test_idle_watcher_fires_once_after_ten_quiet_minutes(qtbot):
    now = [1000.0]
    watcher = IdleWatcher(parent=None, clock=lambda: now[0])
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    fired = []
    watcher.idle_timeout.connect(lambda: fired.append(now[0]))
    watcher.start()
    try:
        assert watcher.minutes == 10
        now[0] += 9 * 60
        assert not watcher.check()
        QTest.keyClick(widget, Qt.Key.Key_A)  # someone types: the count starts again
        now[0] += 9 * 60
        assert not watcher.check()
        now[0] += 61
        assert watcher.check()
        now[0] += 600
        assert not watcher.check()  # once per quiet period
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton)
        now[0] += 601
        assert watcher.check()
        assert len(fired) == 2
        watcher.set_minutes(0)  # turned off
        now[0] += 10_000
        assert not watcher.check()
    finally:
        watcher.stop()


# -- backups, deletion, the change log ------------------------------------------------------------------
def test_restore_dialog_lists_backups_by_date_and_restores_one(qtbot, demo_file, tmp_path):
    root = tmp_path / "backups"
    store = open_database(demo_file)
    old = backups.make_backup(store, backups.REASON_OPEN, root, now=datetime.now() - timedelta(days=2))
    reviews.add_note(store, store.find(Pupil)[0], "Skrevet efter sikkerhedskopien.")
    newest = backups.make_backup(store, backups.REASON_TIMER, root)
    notes = store.scalar("SELECT count(*) FROM pupil_note")
    closed = []

    def close_file():
        store.close()
        closed.append(True)

    dialog = BackupDialog(demo_file, root=root, close_file=close_file)
    qtbot.addWidget(dialog)
    assert [b.path for b in dialog.model.backups] == [newest, old]
    assert dialog.model.index(0, 0).data().startswith(f"{datetime.now().day:02d}.")
    dialog.table.selectRow(1)
    dialog.dialogs = fake = FakeDialogs(choices=[CANCEL, YES])  # a dialog on its own asks through its own
    assert not dialog.restore_selected()  # Annuller: the file stays open and as it is
    assert not closed and len(backups.list_backups(demo_file, root)) == 2
    with qtbot.waitSignals([dialog.restored, dialog.reopen_requested]):
        assert dialog.restore_selected()
    assert fake.kinds() == ["choose", "choose"] and fake.offered[0] == (YES, CANCEL) and fake.defaults[0] == CANCEL
    assert "erstattes af sikkerhedskopien" in fake.said[0][2] and demo_file.name in fake.said[0][2]
    assert closed
    reopened = open_database(demo_file)
    try:
        assert reopened.scalar("SELECT count(*) FROM pupil_note") == notes - 1
    finally:
        reopened.close()
    assert len(backups.list_backups(demo_file, root)) == 3  # plus the file as it was before restoring


def test_deletion_dialog_asks_clearly_and_deletes(qtbot, demo_file, tmp_path):
    store = open_database(demo_file)
    try:
        hjalte = store.find_one(Pupil, "given_name = 'Hjalte'")
        school.mark_pupil_left(store, hjalte, DEMO_TODAY - timedelta(days=400))
        dialog = DeletionDialog(store, today=DEMO_TODAY, backup_root=tmp_path / "backups")
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.model.rowCount() == 1
        assert dialog.model.index(0, 0).data() == hjalte.full_name
        assert not dialog.delete_button.isEnabled()
        dialog.table.selectRow(0)
        assert dialog.delete_button.isEnabled()
        seen = []

        def answer(delete: bool):
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):  # the texts that will change are still being found
                QTimer.singleShot(20, lambda: answer(delete))
                return
            seen.append(box.text() + " " + box.informativeText() + " " + box.detailedText())
            cancel = box.button(QMessageBox.StandardButton.Cancel).text()
            wanted = [b for b in box.buttons() if (b.text() != cancel) == delete]
            wanted[0].click()

        QTimer.singleShot(0, lambda: answer(False))
        assert not dialog.delete_selected()  # cancelled: nothing happens
        assert dialog.model.rowCount() == 1
        QTimer.singleShot(0, lambda: answer(True))
        with qtbot.waitSignal(dialog.deleted) as deleted:
            assert dialog.delete_selected()
        assert deleted.args == [[hjalte.id]]
        assert hjalte.full_name in seen[0] and "[slettet elev]" in seen[0]
        assert "Før: " in seen[0] and "Efter: " in seen[0]  # every text that changes, before and after
        assert dialog.model.rowCount() == 0 and dialog.empty.isVisible()
        assert store.get(Pupil, hjalte.id).family_name == ""
        assert "er slettet" in dialog.outcome_label.text() and dialog.retry_button.isHidden()
    finally:
        store.close()


def test_deletion_on_a_full_disk_says_what_remains_and_retries(qtbot, demo_file, tmp_path, monkeypatch):
    import sqlite3

    from app.storage import erasure

    store = open_database(demo_file)
    try:
        hjalte = store.find_one(Pupil, "given_name = 'Hjalte'")
        school.mark_pupil_left(store, hjalte, DEMO_TODAY - timedelta(days=400))
        dialog = DeletionDialog(store, today=DEMO_TODAY, backup_root=tmp_path / "backups")
        qtbot.addWidget(dialog)
        dialog.table.selectRow(0)
        real_vacuum = erasure.vacuum_file

        def full(store):
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(erasure, "vacuum_file", full)
        monkeypatch.setattr(dialog, "confirm", lambda rows: True)
        assert not dialog.delete_selected()  # never success while something remains
        text = dialog.outcome_label.text()
        assert "ikke færdig" in text and "frie plads" in text and "OperationalError" not in text
        assert not dialog.retry_button.isHidden()
        assert not dialog.retry()  # still full
        monkeypatch.setattr(erasure, "vacuum_file", real_vacuum)
        assert dialog.retry()
        assert "færdig" in dialog.outcome_label.text() and dialog.retry_button.isHidden()
    finally:
        store.close()


def test_change_log_dialog_shows_who_changed_what(qtbot, qtmodeltester, demo_file, tmp_path):
    store = open_database(demo_file)
    try:
        store.author = "Mette Lund"
        hjalte = store.find_one(Pupil, "given_name = 'Hjalte'")
        reviews.add_note(store, hjalte, "Ny note fra i dag.")
        dialog = ChangeLogDialog(store, hjalte)
        qtbot.addWidget(dialog)
        dialog.show()
        qtmodeltester.check(dialog.model)
        model = dialog.model
        assert model.rowCount() > 5
        first = [model.index(0, c).data() for c in range(model.columnCount())]
        assert first[1] == "Mette Lund"
        assert "Ny note fra i dag." in first[4]
        whats = {model.index(r, 2).data() for r in range(model.rowCount())}
        assert any(":" in what for what in whats)  # "Elevgennemgang: Styrker og ressourcer" and the like
        labels = [b.text() for b in dialog.findChildren(QPushButton)]
        assert not any("rint" in label or "dskriv" in label for label in labels)  # never printed
        dialog.grab().save(str(tmp_path / "change_log.png"))
    finally:
        store.close()


def test_deletion_that_cannot_be_written_says_nothing_was_deleted(qtbot, demo_file, tmp_path, monkeypatch):
    from app.storage.write_errors import DiskFullError

    store = open_database(demo_file)
    try:
        hjalte = store.find_one(Pupil, "given_name = 'Hjalte'")
        school.mark_pupil_left(store, hjalte, DEMO_TODAY - timedelta(days=400))
        dialog = DeletionDialog(store, today=DEMO_TODAY, backup_root=tmp_path / "backups")
        qtbot.addWidget(dialog)
        dialog.table.selectRow(0)
        monkeypatch.setattr(dialog, "confirm", lambda rows: True)

        def full(*args, **kwargs):
            raise DiskFullError("Disken er fuld.")

        monkeypatch.setattr("app.services.data_deletion.delete_pupil_data", full)
        assert not dialog.delete_selected()
        assert "blev ikke slettet" in dialog.outcome_label.text() and "Disken er fuld." in dialog.outcome_label.text()
        assert "er slettet" not in dialog.outcome_label.text()
        assert store.get(Pupil, hjalte.id).given_name == "Hjalte"
    finally:
        store.close()
