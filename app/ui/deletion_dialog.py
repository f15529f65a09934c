"""Pupils due for deletion (left more than 12 months ago) and "Slet elevdata", with a clear confirmation.

    dialog = DeletionDialog(store, window, today=date.today())
    dialog.deleted.connect(lambda pupil_ids: window.refresh())  # e.g. reload the overview, clear undo
    dialog.exec()
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
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

from app.domain.formatting import plural, short_date
from app.services import data_deletion
from app.services.data_deletion import DueForDeletion
from app.storage.errors import StorageError
from app.storage.store import Store
from app.ui.table_model import RecordTableModel
from app.ui.user_dialogs import CANCEL, dialogs_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeletionDialog", text)


def _day(value: date) -> str:
    return short_date(value)


class DueModel(RecordTableModel):
    """Pupils due for deletion: name, last class, when they left."""

    def __init__(self, parent=None):
        super().__init__((_tr("Pupil"), _tr("Last class"), _tr("Left on")),
                         lambda row: (row.pupil.full_name, row.last_class, _day(row.left_on)), parent)


class DeletionDialog(QDialog):
    deleted = Signal(list)  # ids of the pupils whose data was deleted

    def __init__(
        self,
        store: Store,
        parent=None,
        *,
        today: date | None = None,
        months: int = data_deletion.DEFAULT_RETENTION_MONTHS,
        backup_root=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(_tr("Delete pupil data"))
        self.store = store
        self.today = today or date.today()
        self.months = months
        self.backup_root = backup_root
        intro = QLabel(
            _tr(
                "Pupils who left the school more than {months} months ago. Notes about children may only be kept "
                "while they are needed, so their data should now be deleted."
            ).format(months=months)
        )
        intro.setWordWrap(True)
        self.model = DueModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(_tr("Pupils due for deletion"))
        self.empty = QLabel(_tr("No pupil is due for deletion."))
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.delete_button = QPushButton(_tr("&Delete pupil data"))
        self.delete_button.setStyleSheet("color: #9b1c1c;")
        self.delete_button.clicked.connect(self.delete_selected)
        self.remaining: list[str] = []
        self.retry_button = QPushButton(_tr("&Try again"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_button.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.retry_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.outcome_label)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.refresh()
        self.resize(560, 400)

    def refresh(self) -> None:
        self.model.set_rows(data_deletion.pupils_due_for_deletion(self.store, self.today, self.months))
        self._update()

    def _update(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)
        self.delete_button.setEnabled(bool(self.selected()))

    def selected(self) -> list[DueForDeletion]:
        return [self.model.rows[index.row()] for index in self.table.selectionModel().selectedRows()]

    def preview_text(self, rows: list[DueForDeletion]) -> str:
        """Every text outside the pupils' own records that will change, before and after, and the texts
        with a name that may mean the pupil but is left for a person to read."""
        from app.services.files import open_beside
        from app.services.mentions import finder_for
        from app.ui.progress import run_with_progress

        def previews(_report):  # reads every text of the school: seconds on a large file, so in the background
            reader = open_beside(self.store)
            try:
                finder = finder_for(reader)
                return [data_deletion.erasure_preview(reader, row.pupil, finder) for row in rows]
            finally:
                reader.close(checkpoint=False)  # read-only: nothing to write back

        blocks = []
        for preview in run_with_progress(self, _tr("Delete pupil data"), _tr("Finding every text that will "
                                                                             "change…"), previews):
            for change in preview.changes:
                blocks.append(f"{change.place}\n" + _tr("Before: {text}").format(text=change.before) + "\n"
                              + _tr("After: {text}").format(text=change.after))
            for change in preview.unsure:
                blocks.append(f"{change.place}\n" + _tr("Not changed (the name may mean somebody else): {text}")
                              .format(text=change.after))
        return "\n\n".join(blocks)

    def confirm(self, rows: list[DueForDeletion]) -> bool:
        names = ", ".join(row.pupil.full_name for row in rows)
        changes = self.preview_text(rows)
        delete = _tr("Delete pupil data")
        return dialogs_for(self).choose(
            _tr("Delete pupil data"), _tr("Delete all data about {names}?").format(names=names), (delete, CANCEL),
            default=CANCEL, icon="warning", destructive=True, details=changes,
            more=_tr(
                "The name, the reviews, notes, absence records and class memberships are deleted for good. "
                "Where other texts name the pupil, the name is replaced by “[slettet elev]”: see the details. "
                "Older backups of the file are deleted too, so that the data cannot come back. This cannot be "
                "undone."
            ),
        ) == delete

    def delete_selected(self) -> bool:
        rows = self.selected()
        if not rows or not self.confirm(rows):
            return False
        done: list[str] = []
        mentions = 0
        remaining: list[str] = []
        failure = ""
        from app.ui.progress import busy_window

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:  # changes the file through the window's connection: in the GUI thread, with a window saying so
            with busy_window(self, _tr("Delete pupil data"), _tr("Deleting the data and rebuilding the file…")):
                try:
                    for row in rows:
                        report = data_deletion.delete_pupil_data(self.store, row.pupil, vacuum=False)
                        done.append(row.pupil.id)
                        mentions += len(report.other_mentions)
                        remaining += report.remaining
                except StorageError as error:  # that pupil's erasure was rolled back whole: nothing of it happened
                    failure = str(error)
                try:
                    if done:
                        remaining += data_deletion.finish_erasure(self.store, self.backup_root)
                except StorageError as error:
                    remaining.append(str(error))
        finally:
            self.unsetCursor()
        self.remaining = remaining
        if done:
            self.deleted.emit(done)
        self._show_result(len(done), mentions)
        if failure:
            undone = len(rows) - len(done)
            self.outcome_label.setText(
                (self.outcome_label.text() + "\n\n" if done else "")
                + plural(undone, _tr("The data of {count} pupil was not deleted: {reason}"),
                         _tr("The data of {count} pupils was not deleted: {reason}")).format(reason=failure)
            )
        self.refresh()
        return bool(done) and not remaining and not failure

    def _show_result(self, count: int, mentions: int) -> None:
        """Success only when everything is done; otherwise what still holds the data, and "Try again"."""
        if self.remaining:
            from app.services.pupil_erasure import incomplete_message

            self.outcome_label.setText(incomplete_message(self.remaining))
            self.retry_button.show()
            return
        self.retry_button.hide()
        if not count:
            return
        text = plural(count, _tr("The data of {count} pupil has been deleted."),
                      _tr("The data of {count} pupils has been deleted."))
        if mentions:
            text += " " + plural(mentions, _tr(
                "A name that may also mean somebody else is left in {count} text; read it and rewrite it by hand if "
                "it means the deleted pupil."), _tr(
                "A name that may also mean somebody else is left in {count} texts; read them and rewrite them "
                "by hand if they mean the deleted pupil."))
        self.outcome_label.setText(text)

    def retry(self) -> bool:
        """Try the unfinished steps again (after the user freed space on the disk)."""
        from app.ui.progress import busy_window

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            with busy_window(self, _tr("Delete pupil data"), _tr("Rebuilding the file and its backups…")):
                self.remaining = data_deletion.finish_erasure(self.store, self.backup_root)
        finally:
            self.unsetCursor()
        if self.remaining:
            self._show_result(0, 0)
            return False
        self.retry_button.hide()
        self.outcome_label.setText(
            _tr("The erasure is finished: the deleted data is gone from the file and its backups."))
        return True
