"""Qt models over domain objects (no QTableWidget over database data)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QListView

from app.domain.formatting import pupils, short_date
from app.domain.school import Pupil, PupilStatus, SchoolClass

ObjectRole = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("models", text)


class ClassListModel(QAbstractListModel):
    """Classes of one school year, with their number of pupils."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._classes: list[SchoolClass] = []
        self._sizes: dict[str, int] = {}

    def set_classes(self, classes: list[SchoolClass], sizes: dict[str, int]) -> None:
        self.beginResetModel()
        self._classes = list(classes)
        self._sizes = dict(sizes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._classes)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._classes):
            return None
        school_class = self._classes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            count = self._sizes.get(school_class.id, 0)
            return _tr("{name}  ({pupils})").format(name=school_class.name, pupils=pupils(count))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _tr("Class {name}").format(name=school_class.name)
        if role == ObjectRole:
            return school_class
        return None

    def class_at(self, row: int) -> SchoolClass | None:
        return self._classes[row] if 0 <= row < len(self._classes) else None


class PupilTableModel(QAbstractTableModel):
    """Pupils of one class: name, birth date, status."""

    COLUMNS = ("Name", "Birth date", "Status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._pupils: list[Pupil] = []

    def set_pupils(self, pupils: list[Pupil]) -> None:
        self.beginResetModel()
        self._pupils = list(pupils)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [_tr("Name"), _tr("Birth date"), _tr("Status")][section] if 0 <= section < 3 else None
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._pupils):
            return None
        pupil = self._pupils[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return pupil.full_name
            if column == 1:
                return short_date(pupil.birth_date)
            if column == 2:
                if pupil.status == PupilStatus.LEFT:
                    left = short_date(pupil.left_on)
                    return _tr("Left {date}").format(date=left).strip()
                return _tr("Active")
        if role == ObjectRole:
            return pupil
        return None


class ConferenceListModel(QAbstractListModel):
    """The class's conferences (all its school years), newest first: date, classes, status."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []  # (conference, classes text)

    def set_conferences(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        conference, classes = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            from app.domain.conference import conference_status_label

            return _tr("{date}  {classes}  – {status}").format(
                date=short_date(conference.held_on), classes=classes,
                status=conference_status_label(conference.status))
        if role == ObjectRole:
            return conference
        return None

    def conference_at(self, row: int):
        return self._rows[row][0] if 0 <= row < len(self._rows) else None


class CheckableListModel(QAbstractListModel):
    """Records with a check box each (whom an agreement concerns, who takes part in a meeting)."""

    def __init__(self, items: list, label, checked: Iterable[str] = (), parent=None):
        super().__init__(parent)
        self.items = list(items)
        self.label = label  # callable(item) -> str
        self.checked = set(checked)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(item)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.id in self.checked else Qt.CheckState.Unchecked
        if role == ObjectRole:
            return item
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        item = self.items[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(item.id)
        else:
            self.checked.discard(item.id)
        self.dataChanged.emit(index, index, [role])
        return True

    def chosen(self) -> list:
        return [item for item in self.items if item.id in self.checked]


class CheckListView(QListView):
    """A list of check boxes where Space (and Select) ticks the current item, whatever the style does."""

    def keyPressEvent(self, event) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select) and index.isValid() and (
                self.model().flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
            self.model().setData(index, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked,
                                 Qt.ItemDataRole.CheckStateRole)
            event.accept()
            return
        super().keyPressEvent(event)
