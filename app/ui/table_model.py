"""One table model for lists of records: column headers and a function from a record to its cells."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RecordTableModel(QAbstractTableModel):
    """Read-only rows of records. ``cells(record)`` gives the texts of one row; UserRole gives the record."""

    def __init__(self, headers: Sequence[str], cells: Callable[[Any], Sequence[Any]], parent=None, *,
                 right_aligned: Sequence[int] = ()):
        super().__init__(parent)
        self.headers = list(headers)
        self.cells = cells
        self.right_aligned = set(right_aligned)
        self.rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section] if 0 <= section < len(self.headers) else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        record = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells(record)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return record
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.right_aligned:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
