""""Gendan fra sikkerhedskopi": the file's automatic backups by date; restoring one keeps the current file.

    dialog = BackupDialog(store.path, window, passphrase=..., close_file=window.close_file)
    dialog.restored.connect(lambda path: window.open_path(path, passphrase))
    dialog.exec()

``close_file`` is called just before restoring (the file must be closed). Afterwards the dialog emits
``reopen_requested(Path)`` – whether the restore worked or not, the file must be opened again – and, when
it worked, ``restored(Path)``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.domain.formatting import date_and_time, megabytes
from app.services import protection
from app.services.protection import Backup
from app.storage.errors import StorageError, WrongPassphraseError
from app.ui.passphrase_dialogs import PassphrasePromptDialog
from app.ui.table_model import RecordTableModel
from app.ui.user_dialogs import CANCEL, YES, dialogs_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupDialog", text)


def _when(backup: Backup) -> str:
    return date_and_time(backup.taken_at)


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return megabytes(count)
    return _tr("{size} kB").format(size=max(1, round(count / 1024)))


class BackupListModel(RecordTableModel):
    """Backups, newest first: when, why, size."""

    def __init__(self, parent=None):
        super().__init__((_tr("When"), _tr("Made"), _tr("Size")),
                         lambda backup: (_when(backup), backup.reason, _size(backup.size)), parent, right_aligned=(2,))

    @property
    def backups(self) -> list[Backup]:
        return self.rows

    def set_backups(self, backups: list[Backup]) -> None:
        self.set_rows(backups)


class BackupDialog(QDialog):
    restored = Signal(object)  # Path of the restored file
    reopen_requested = Signal(object)  # Path: the file was closed for restoring; open it again

    def __init__(
        self,
        target_path: str | Path,
        parent=None,
        *,
        passphrase: str | None = None,
        root=None,
        close_file: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(_tr("Restore from backup"))
        self.target = Path(target_path)
        self.passphrase = passphrase
        self.root = root
        self.close_file = close_file
        intro = QLabel(
            _tr(
                "Backups of “{name}” are made when it is opened and closed, and every 10 minutes while it "
                "changes. Restoring one replaces the file; the file as it is now is kept as a backup first, so "
                "nothing is lost."
            ).format(name=self.target.name)
        )
        intro.setWordWrap(True)
        self.model = BackupListModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_tr("Backups"))
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.empty = QLabel(_tr("There are no backups of this file yet."))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(_tr("&Restore the chosen backup"))
        self.restore_button.clicked.connect(self.restore_selected)
        folder_button = QPushButton(_tr("Open the &folder"))
        folder_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(folder_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.refresh()
        self.resize(560, 420)

    def refresh(self) -> None:
        self.model.set_backups(protection.list_backups(self.target, self.root))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update()

    def _update(self) -> None:
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def open_folder(self) -> None:
        folder = protection.backup_folder(self.target, self.root)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def confirm(self, backup: Backup) -> bool:
        answer = dialogs_for(self).choose(
            _tr("Restore from backup"),
            _tr(
                "Replace “{name}” with the backup from {when}?\n\nThe file as it is now is kept as a backup "
                "first, so you can go back to it."
            ).format(name=self.target.name, when=_when(backup)),
            (YES, CANCEL),
            default=CANCEL,
        )
        return answer == YES

    def restore_selected(self) -> bool:
        backup = self.selected()
        if backup is None or not self.confirm(backup):
            return False
        if self.close_file is not None:
            self.close_file()
        try:
            return self._restore(backup)
        finally:
            if self.close_file is not None:
                self.reopen_requested.emit(self.target)

    def _restore(self, backup: Backup) -> bool:
        backup_passphrase = self.passphrase
        while True:
            try:  # a large file takes seconds to copy and check: a progress window after half a second
                from app.ui.progress import run_with_progress

                def restore(_report, chosen: str | None = backup_passphrase):
                    return protection.restore_backup(
                        backup, self.target, passphrase=self.passphrase, backup_passphrase=chosen,
                        backup_root=self.root,
                    )

                run_with_progress(
                    self, _tr("Restoring the backup"),
                    _tr("Restoring the backup from {when}…").format(when=_when(backup)), restore,
                )
                break
            except WrongPassphraseError as error:
                backup_passphrase = PassphrasePromptDialog.ask(self, backup.path.name, str(error))
                if backup_passphrase is None:
                    self.message.setText(_tr("Nothing was restored."))
                    return False
            except StorageError as error:
                self.message.setText(str(error))
                return False
        self.message.setText(_tr("Restored the backup from {when}.").format(when=_when(backup)))
        self.restored.emit(self.target)
        self.accept()
        return True
