"""A pupil's notes in the review, with author and a confidential flag; confidential ones are hidden on a
projector."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import plural
from app.domain.notes import PupilNote
from app.domain.sensitivity import is_sensitive_note
from app.services import reviews
from app.ui.action import run_action


def _tr(text: str) -> str:
    return QCoreApplication.translate("Notes", text)


class NoteListModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.notes: list[PupilNote] = []
        self.text_filter = None  # on the projector: other pupils' names replaced in the texts shown

    def set_text_filter(self, text_filter) -> None:
        if text_filter is None and self.text_filter is None:
            return
        self.text_filter = text_filter
        if self.notes:
            self.dataChanged.emit(self.index(0), self.index(len(self.notes) - 1))

    def set_notes(self, notes: list[PupilNote]) -> None:
        self.beginResetModel()
        self.notes = list(notes)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.notes)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.notes):
            return None
        note = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = f"{note.created_at[8:10]}-{note.created_at[5:7]}-{note.created_at[:4]}"
            mark = _tr(" (confidential)") if note.confidential else ""
            text = self.text_filter(note.text) if self.text_filter is not None else note.text
            return f"{when} {note.author or '–'}{mark}: {text}"
        if role == Qt.ItemDataRole.UserRole:
            return note
        return None


class NoteDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("New note"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(_tr("Note"))
        self.text.setTabChangesFocus(True)
        self.confidential = QCheckBox(_tr("&Confidential (never on a projector, a handout or in Excel)"))
        self.confidential.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.confidential)
        layout.addWidget(buttons)
        self.resize(480, 240)


class NotesPanel(QWidget):
    """The notes of the pupil shown in the review form."""

    failed = Signal(str)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.pupil = None
        self.conference = None
        self.projector_safe = False
        self.editable = True
        self.model = NoteListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(_tr("Notes"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(120)
        self.hidden = QLabel()
        self.add_button = QPushButton(_tr("Add &note…"))
        self.add_button.clicked.connect(self.add_note)
        row = QHBoxLayout()
        row.addWidget(self.hidden, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def show_pupil(self, pupil, conference, editable: bool) -> None:
        self.pupil, self.conference, self.editable = pupil, conference, editable
        self.refresh()

    def set_projector_safe(self, on: bool, text_filter=None) -> None:
        """On the projector: confidential notes hidden, other pupils' names replaced by ``text_filter``."""
        self.model.set_text_filter(text_filter if on else None)
        if on != self.projector_safe:
            self.projector_safe = on
            self.refresh()

    def refresh(self) -> None:
        if self.pupil is None:
            self.model.set_notes([])
            return
        notes = reviews.notes_of(self.store, self.pupil)
        shown = [n for n in notes if not (self.projector_safe and is_sensitive_note(n))]
        self.model.set_notes(shown)
        hidden = len(notes) - len(shown)
        self.hidden.setText(plural(hidden, _tr("{count} confidential note is hidden (F8 shows it)."),
                                   _tr("{count} confidential notes are hidden (F8 shows them).")) if hidden else "")
        self.add_button.setEnabled(self.editable)

    def add_note(self) -> None:
        pupil = self.pupil
        assert pupil is not None  # notes are added to the pupil shown
        dialog = NoteDialog(self)
        if dialog.exec():
            run_action(lambda: reviews.add_note(self.store, pupil, dialog.text.toPlainText(),
                                                confidential=dialog.confidential.isChecked(),
                                                conference=self.conference), self.failed.emit)
            self.refresh()
        dialog.deleteLater()
