"""Qt models for the workspace: pupils with flags and progress, agenda with timers, agreements."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.agreement import Agreement, agreement_status_label, responsible_label
from app.domain.conference import AgendaItem
from app.domain.formatting import short_date
from app.services.overview import ReviewRow

ObjectRole = Qt.ItemDataRole.UserRole + 1
OVERRUN = QColor("#f6dfc4")  # gentle: a warm beige, not an alarm red


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkspaceModels", text)


def minutes_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class ReviewListModel(QAbstractListModel):
    """Pupils of the conference: a flag for 'needs discussion' and how far preparation has come."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def refresh_row(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            flag = "⚑ " if row.review.needs_discussion else "    "
            done = " ✓" if row.review.discussed else ""
            return f"{flag}{row.pupil.full_name}{done}  ({round(row.progress * 100)} %)"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            parts = [row.pupil.full_name]
            if row.review.needs_discussion:
                parts.append(_tr("needs discussion"))
            parts.append(_tr("{percent} % prepared").format(percent=round(row.progress * 100)))
            return ", ".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr("{percent} % prepared").format(percent=round(row.progress * 100))
        if role == ObjectRole:
            return row
        return None


class AgendaModel(QAbstractTableModel):
    """Agenda items: title, planned minutes (editable) and time used; an item over its time is tinted."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.current_row = -1
        self.editable = True
        self.on_planned_edited = None  # callable(item, minutes)

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def set_current(self, row: int) -> None:
        old = self.current_row
        self.current_row = row
        for changed in {old, row}:
            if 0 <= changed < len(self.items):
                self.dataChanged.emit(self.index(changed, 0), self.index(changed, 2))

    def tick(self, row: int, seconds: int) -> None:
        """The clock moved. Only the "used" cell changes (and the row's tint once it runs over): an open
        editor of the planned minutes is left alone."""
        if 0 <= row < len(self.items):
            item = self.items[row]
            was_over = item.used_seconds > item.planned_minutes * 60
            item.used_seconds = max(item.used_seconds, seconds)  # the clock never goes backwards
            self.dataChanged.emit(self.index(row, 2), self.index(row, 2))
            if was_over != (item.used_seconds > item.planned_minutes * 60):
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return [_tr("Agenda"), _tr("Planned"), _tr("Used")][section]
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == 1 and self.editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        over = item.used_seconds > item.planned_minutes * 60
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == 0:
                return ("▶ " if index.row() == self.current_row else "") + item.title
            if index.column() == 1:
                return item.planned_minutes if role == Qt.ItemDataRole.EditRole else _tr("{minutes} min").format(
                    minutes=item.planned_minutes)
            return minutes_text(item.used_seconds)
        if role == Qt.ItemDataRole.BackgroundRole and over:
            return QBrush(OVERRUN)
        if role == Qt.ItemDataRole.FontRole and index.row() == self.current_row:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and over:
            return _tr("This item has run over its planned time.")
        if role == ObjectRole:
            return item
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or index.column() != 1 or self.on_planned_edited is None:
            return False
        try:
            minutes = int(value)
        except (TypeError, ValueError):
            return False
        self.on_planned_edited(self.items[index.row()], minutes)
        return True


class AgreementTableModel(QAbstractTableModel):
    """Agreements: text, for whom, responsible, deadline, status (and follow-up note)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[Agreement, str, str]] = []  # agreement, concerns, responsible name
        self.text_filter = None  # on the projector: agreement -> filter of its texts (other pupils' names)

    def set_text_filter(self, text_filter) -> None:
        if text_filter is None and self.text_filter is None:
            return  # nothing changes: the selection stays
        self.beginResetModel()
        self.text_filter = text_filter
        self.endResetModel()

    def _shown(self, agreement: Agreement, text: str) -> str:
        return self.text_filter(agreement)(text) if self.text_filter is not None and text else text

    def set_rows(self, rows: list[tuple[Agreement, str, str]]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 6:
            return [_tr("Agreement"), _tr("Concerns"), _tr("Responsible"), _tr("Deadline"), _tr("Status"),
                    _tr("Follow-up")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        agreement, concerns, responsible = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                self._shown(agreement, agreement.text),
                concerns,
                responsible or responsible_label(agreement.responsible_kind),
                short_date(agreement.deadline),
                agreement_status_label(agreement.status),
                self._shown(agreement, agreement.follow_up_note),
            ][index.column()]
        if role == ObjectRole:
            return agreement
        return None
