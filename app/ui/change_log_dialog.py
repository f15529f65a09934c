"""The change log of one pupil, read-only: when, who, what, old → new. It is shown, never printed.

    ChangeLogDialog(store, pupil, window).exec()
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from app.domain.formatting import date_and_time
from app.domain.school import Pupil
from app.services.change_log import ChangeLogLine, change_log_for_pupil
from app.storage.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeLogDialog", text)


MAX_CELL_CHARS = 120  # longer texts are cut in the cell; the tooltip shows them whole


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"


def _when(line: ChangeLogLine) -> str:
    return date_and_time(line.at)


class ChangeLogModel(QAbstractTableModel):
    """Read-only rows of :class:`ChangeLogLine`, newest first."""

    COLUMNS = 5

    def __init__(self, parent=None):
        super().__init__(parent)
        self.lines: list[ChangeLogLine] = []

    def set_lines(self, lines: list[ChangeLogLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (_tr("When"), _tr("Who"), _tr("What"), _tr("Before"), _tr("After"))[section]
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            author = line.author or _tr("(not chosen)")
            return (_when(line), author, line.what, _cut(line.old), _cut(line.new))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return line.operation
            if column in (3, 4):
                return (line.old, line.new)[column - 3] or None
        if role == Qt.ItemDataRole.UserRole:
            return line
        return None


class ChangeLogDialog(QDialog):
    """Who changed what about one pupil. Read-only, with no print or export."""

    def __init__(self, store: Store, pupil: Pupil, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Change log: {name}").format(name=pupil.full_name))
        note = QLabel(_tr("Every change to the pupil's reviews, notes and absence, newest first. It is never printed."))
        note.setWordWrap(True)
        self.model = ChangeLogModel(self)
        self.model.set_lines(change_log_for_pupil(store, pupil))
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(_tr("Change log"))
        self.empty = QLabel(_tr("No changes are logged for this pupil."))
        self.empty.setVisible(self.model.rowCount() == 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(900, 480)
