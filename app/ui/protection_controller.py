"""The main window's protection: lock (Ctrl+L) and idle lock, automatic backups, passphrase changes,
encrypting a plain file, restoring a backup, erasing pupils' data, and the change log of a pupil."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QInputDialog

from app.services import protection
from app.storage.errors import StorageError
from app.ui.action import run_action
from app.ui.lock_screen import IdleWatcher, LockScreen
from app.ui.user_dialogs import dialogs_for

BACKUP_EVERY_MS = 10 * 60 * 1000
BACKUP_AFTER_OPEN_MS = 2000
IDLE_MINUTES = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("Protection", text)


class ProtectionController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.store = None
        self.passphrase: str | None = None
        self.auto_backup = None
        self.backup_job = None  # the automatic backup being written in the background, if any
        self.lock_screen = LockScreen(window)
        self.lock_screen.locked.connect(lambda: window.workspace and window.workspace.flush())
        self.idle = IdleWatcher(IDLE_MINUTES, self)
        self.idle.idle_timeout.connect(self.lock)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self._backup_tick)
        action = window._action
        self.lock_action = action(_tr("&Lock"), QKeySequence("Ctrl+L"), self.lock)
        self.change_passphrase_action = action(_tr("Change &passphrase…"), None, self.change_passphrase)
        self.encrypt_action = action(_tr("&Encrypt the file…"), None, self.encrypt_file)
        self.restore_action = action(_tr("&Restore from backup…"), None, self.restore_backup)
        self.deletion_action = action(_tr("&Delete pupil data…"), None, self.delete_pupil_data)
        self.change_log_action = action(_tr("&Change log for the pupil…"), None, self.show_change_log)
        self.copy_action = action(_tr("Save a &copy…"), None, self.save_copy)
        self.actions = [self.lock_action, self.change_passphrase_action, self.encrypt_action, self.restore_action,
                        self.deletion_action, self.change_log_action, self.copy_action]

    def add_to_menu(self, menu) -> None:
        menu.addAction(self.lock_action)
        menu.addAction(self.change_passphrase_action)
        menu.addAction(self.encrypt_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.deletion_action)
        menu.addAction(self.copy_action)

    def save_copy(self, out: str | None = None) -> Path | None:
        """ "Gem en kopi…": a complete copy through SQLite's backup API, encrypted as the file."""
        if self.store is None:
            return None
        if out is None:
            from PySide6.QtWidgets import QFileDialog

            suggested = str(self.store.path.with_name(self.store.path.stem + " kopi.klassekonference"))
            out, _filter = QFileDialog.getSaveFileName(
                self.window, _tr("Save a copy"), suggested, _tr("Klassekonference files (*.klassekonference)")
            )
            if not out:
                return None
        from app.services.files import save_copy_work
        from app.ui.progress import run_with_progress

        # A large file takes seconds to copy: a progress window after half a second.
        store, copy_path = self.store, out  # narrowed: a file is open and a target chosen

        def copy_with_progress():
            work = save_copy_work(store, copy_path)  # made in the window's thread, run in the background
            return run_with_progress(self.window, _tr("Save a copy"),
                                     _tr("Saving a copy of “{name}”…").format(name=store.path.name),
                                     lambda _report: work())

        done = run_action(
            copy_with_progress,
            lambda message: dialogs_for(self.window).warn(_tr("The copy could not be saved"), message))
        if not done:
            return None
        path = done.value
        self.window.statusBar().showMessage(_tr("Saved a copy to {path}").format(path=path), 8000)
        return path

    # -- a file opens and closes ---------------------------------------------------------------------
    def file_opened(self, store, passphrase: str | None) -> None:
        self.store = store
        self.passphrase = passphrase
        self.lock_screen.set_store(store)
        self.auto_backup = protection.AutoBackup(store)
        QTimer.singleShot(BACKUP_AFTER_OPEN_MS, self._backup_on_open)  # once the window is in use, not before
        self.backup_timer.start()
        self.idle.start()
        self.update_actions()
        if store.encrypted:
            from app.ui.plaintext_dialog import offer_plaintext_removal

            offer_plaintext_removal(self.window, store.path, passphrase)
        from app.ui.damage_watch import DamageWatch

        self.damage_watch = DamageWatch(self.window, store, passphrase, self.restore_backup)

    def file_closing(self) -> None:
        self.backup_timer.stop()
        self.idle.stop()
        auto_backup, self.auto_backup = self.auto_backup, None  # no new automatic backup starts from here on
        if self.backup_job is not None:  # a backup still being written: finished before the file closes
            self.backup_job.wait(self.window, _tr("Backup"), _tr("Finishing the backup…"))
            self.backup_job = None
        if auto_backup is not None:
            self._backup_on_close(auto_backup)
        self.store = None
        self.lock_screen.set_store(None)
        self.update_actions()

    def update_actions(self) -> None:
        open_file = self.store is not None
        encrypted = bool(self.store is not None and self.store.encrypted)
        for action in self.actions:
            action.setEnabled(open_file)
        self.change_passphrase_action.setEnabled(encrypted)
        self.encrypt_action.setEnabled(open_file and not encrypted)
        self.change_log_action.setEnabled(open_file and self.window.in_workspace())

    # -- automatic backups: beside the window, which stays usable (a large file takes seconds) ------------
    def _backup_on_open(self) -> None:
        self._backup_in_background(protection.AutoBackup.OPEN)

    def _backup_tick(self) -> None:
        self._backup_in_background(protection.AutoBackup.TIMER)

    def _backup_in_background(self, reason: str) -> None:
        if self.auto_backup is None or self.backup_job is not None:
            return
        try:
            if not self.auto_backup.can_run_beside():  # no WAL (or a damaged file): in the GUI thread, as before
                (self.auto_backup.on_open if reason == protection.AutoBackup.OPEN else self.auto_backup.tick)()
                self._backup_done(None)
                return
            work = self.auto_backup.background_work(reason)
        except (StorageError, OSError) as error:  # a backup that fails must not stop the meeting
            self._backup_failed(error)
            return
        if work is None:  # nothing changed since the last backup
            return
        from app.ui.progress import BackgroundWork

        self.backup_job = BackgroundWork(self.window, _tr("Taking a backup…"), work)
        self.backup_job.finished.connect(self._backup_done)

    def _backup_done(self, _made) -> None:
        if self.auto_backup is None:  # the file is closing: file_closing lets the job go
            return
        self.backup_job = None
        error = self.auto_backup.last_error
        if error is not None:
            self._backup_failed(error)

    def _backup_failed(self, error) -> None:
        self.window.statusBar().showMessage(_tr("The backup could not be made: {error}").format(error=error), 8000)

    def _backup_on_close(self, auto_backup) -> None:
        """The closing backup (if anything changed), with a progress window if it takes half a second."""
        from app.ui.progress import run_with_progress

        try:
            if not auto_backup.can_run_beside():
                auto_backup.on_close()
                return
            work = auto_backup.background_work(protection.AutoBackup.CLOSE)
            if work is not None:
                assert self.store is not None  # the file that is closing (set to None after this)
                run_with_progress(self.window, _tr("Backup"), _tr("Taking a backup of “{name}” before it closes…")
                                  .format(name=self.store.path.name), lambda _report: work())
        except (StorageError, OSError):
            pass

    # -- actions -------------------------------------------------------------------------------------
    def lock(self) -> None:
        if self.store is not None and not self.lock_screen.is_locked():
            if self.window.workspace is not None:
                self.window.workspace.flush()
            self.lock_screen.lock()

    def change_passphrase(self) -> None:
        assert self.store is not None  # the action is enabled only with a file open
        from app.ui.passphrase_dialogs import ChangePassphraseDialog

        if self.window.workspace is not None:
            self.window.workspace.flush()  # nothing typed waits to be written while the file is rekeyed
        self.backup_timer.stop()  # the rekey runs in the background (progress): no backup meanwhile
        try:
            dialog = ChangePassphraseDialog(self.store, self.window, school=self.window.school_name())
            dialog.exec()
        finally:
            if self.store is not None:
                self.backup_timer.start()

    def encrypt_file(self) -> None:
        assert self.store is not None  # the action is enabled only with a file open
        from app.ui.passphrase_dialogs import NewPassphraseDialog

        path = self.store.path
        dialog = NewPassphraseDialog(self.window, file_name=path.name, school=self.window.school_name())
        if not dialog.exec():
            return
        passphrase = dialog.passphrase()
        self.window.close_file()
        from app.ui.progress import run_with_progress

        if not run_action(  # a large file takes seconds: show how far it is
                lambda: run_with_progress(self.window, _tr("Encrypting the file"),
                                          _tr("Encrypting “{name}” and its backups…").format(name=path.name),
                                          lambda report: protection.encrypt_file(path, passphrase, progress=report)),
                lambda message: dialogs_for(self.window).warn(_tr("The file was not encrypted"), message)):
            self.window.open_path(path)
            return
        self.window.open_path(path, passphrase)

    def restore_backup(self) -> None:
        assert self.store is not None  # the action is enabled only with a file open
        from app.ui.backup_dialog import BackupDialog

        path, passphrase = self.store.path, self.passphrase
        dialog = BackupDialog(path, self.window, passphrase=passphrase,
                              close_file=self.window.close_file)
        dialog.reopen_requested.connect(lambda reopened: self.window.open_path(Path(reopened), passphrase))
        dialog.exec()

    def delete_pupil_data(self) -> None:
        assert self.store is not None  # the action is enabled only with a file open
        from app.ui.deletion_dialog import DeletionDialog

        dialog = DeletionDialog(self.store, self.window, today=self.window.today)
        dialog.deleted.connect(lambda _ids: self.window.after_erasure())
        dialog.exec()

    def show_change_log(self) -> None:
        from app.ui.change_log_dialog import ChangeLogDialog

        pupil = self.window.workspace.pupils.current_pupil() if self.window.in_workspace() else None
        if pupil is None:
            dialogs_for(self.window).inform(_tr("Change log"), _tr("Choose a pupil in the pupil review first."))
            return
        assert self.store is not None  # the action is enabled only with a file open
        ChangeLogDialog(self.store, pupil, self.window).exec()


def ask_who_is_writing(window, names: list[str], remembered: str) -> str | None:
    """At start: who is writing (remembered per laptop), so the change log says who changed what."""
    if not names:
        return None
    current = names.index(remembered) if remembered in names else 0
    name, ok = QInputDialog.getItem(window, _tr("Who is writing?"),
                                    _tr("Who is writing on this computer? The change log records it."),
                                    names, current, False)
    return name if ok else None
