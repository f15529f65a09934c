"""The dialogs of Filer → "Forbered på en anden computer": choosing classes for a copy, the preview of a merge,
and the conflicts side by side (choose one version, another, or an edited text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.services import merging


def _tr(text: str) -> str:
    return QCoreApplication.translate("Merging", text)


class ClassChoiceDialog(QDialog):
    """Which classes go into the copy for preparation (all are ticked at first)."""

    def __init__(self, names: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Save a copy for preparation"))
        layout = QVBoxLayout(self)
        label = QLabel(_tr("&Classes in the copy (only their pupils are in it):"))
        self.list = QListWidget()
        label.setBuddy(self.list)
        for name in names:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setFocus()
        layout.addWidget(label)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Save the copy…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str] | None:
        """The ticked classes; None when all are ticked (the whole file)."""
        items = [self.list.item(i) for i in range(self.list.count())]
        ticked = [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked


class MergePreviewDialog(QDialog):
    """What merging a copy will do (from a dry run): how many changes, from whom, pupils, fields, conflicts."""

    def __init__(self, lines: list[str], name: str, can_merge: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Merge “{name}”").format(name=name))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox()
        self.merge_button = buttons.addButton(_tr("&Merge in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setEnabled(can_merge)
        self.merge_button.setDefault(can_merge)
        cancel = buttons.addButton(_tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        if not can_merge:
            cancel.setText(_tr("Close"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.merge_button if can_merge else cancel).setFocus()


class ConflictDialog(QDialog):
    """The waiting conflicts: a list on the left; the versions of the chosen field side by side, each with its
    own button (Alt+1, Alt+2, …), and an editable text to keep instead (Alt+M)."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(_tr("Conflicts after merging"))
        self.resize(900, 520)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        label = QLabel(_tr("&Waiting:"))
        self.list = QListWidget()
        label.setBuddy(self.list)
        left.addWidget(label)
        left.addWidget(self.list)
        layout.addLayout(left, 2)
        right = QVBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        right.addWidget(self.title)
        self.versions_row = QHBoxLayout()
        right.addLayout(self.versions_row, 3)
        edited_label = QLabel(_tr("&My text (edit, then keep it):"))
        self.edited = QPlainTextEdit()
        self.edited.setTabChangesFocus(True)
        edited_label.setBuddy(self.edited)
        right.addWidget(edited_label)
        right.addWidget(self.edited, 2)
        self.keep_edited = QPushButton(_tr("&Keep my text"))
        self.keep_edited.clicked.connect(lambda: self._choose(self.edited.toPlainText()))
        close = QPushButton(_tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_edited)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right.addLayout(buttons)
        layout.addLayout(right, 5)
        for button in self.findChildren(QPushButton):  # Enter never chooses a version by accident
            button.setAutoDefault(False)
        self.version_buttons: list[QPushButton] = []
        self.list.currentRowChanged.connect(self._show)
        self.reload()

    def reload(self) -> None:
        self.conflicts = merging.waiting_conflicts(self.store)
        self.list.clear()
        for conflict in self.conflicts:
            label = merging.field_label(conflict.table, conflict.field, short=True)
            self.list.addItem(f"{conflict.pupil_name or '–'}\n    {label}")
        if self.conflicts:
            self.list.setCurrentRow(0)
            self.list.setFocus()
        else:
            self._show(-1)

    def _clear_versions(self) -> None:
        while self.versions_row.count():
            item = self.versions_row.takeAt(0)  # there is one: count() > 0
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.version_buttons = []

    def _show(self, row: int) -> None:
        self._clear_versions()
        if row < 0 or row >= len(self.conflicts):
            self.title.setText(_tr("No conflicts wait. Everything has been chosen."))
            self.edited.setPlainText("")
            self.edited.setEnabled(False)
            self.keep_edited.setEnabled(False)
            return
        conflict = self.conflicts[row]
        self.title.setText(_tr("{pupil} – {field}. The field shows now: “{shown}”").format(
            pupil=conflict.pupil_name or "–", field=merging.field_label(conflict.table, conflict.field),
            shown=merging.shown_text(conflict.shown)))
        for number, version in enumerate(conflict.versions, start=1):
            box = QGroupBox(_tr("{author}, {when}").format(
                author=version.author or _tr("unknown"), when=merging.when_text(version.changed_at))
                + (_tr(" (this file)") if version.from_team else ""))
            inner = QVBoxLayout(box)
            text = QPlainTextEdit(merging.version_text(conflict.table, conflict.field, version.value))
            text.setReadOnly(True)
            text.setTabChangesFocus(True)
            inner.addWidget(text)
            button = QPushButton(_tr("Keep version &{number}").format(number=number))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, value=version.value: self._choose(value))
            inner.addWidget(button)
            self.version_buttons.append(button)
            self.versions_row.addWidget(box)
        text_field = merging.is_free_text(conflict.table, conflict.field)
        self.edited.setEnabled(text_field)
        self.keep_edited.setEnabled(text_field)
        self.edited.setPlainText("" if conflict.shown is None else str(conflict.shown))

    def _choose(self, value) -> None:
        row = self.list.currentRow()
        if row < 0 or row >= len(self.conflicts):
            return
        conflict = self.conflicts[row]
        merging.resolve_conflict(self.store, conflict.table, conflict.row_id, conflict.field, value)
        self.reload()
