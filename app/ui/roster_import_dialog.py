"""The pupil list import: choose a file, check the guessed columns, see what will happen, import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.domain.formatting import plural, short_date
from app.domain.school import SchoolYear
from app.services import school
from app.services.import_memory import ImportMemory
from app.services.import_problems import left_out_heading
from app.services.roster_import import (
    CLASS,
    FIELDS,
    EntryKind,
    PreviewEntry,
    RosterPreview,
    RosterResult,
    RosterSource,
    apply_roster_import,
    build_preview,
    entry_kind_label,
    field_label,
    read_roster,
)
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.import_problems_view import ImportProblemsView
from app.ui.user_dialogs import dialogs_for

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
_KIND_COLOURS = {
    EntryKind.NEW: QColor("#e6f4ea"),
    EntryKind.CHANGED: QColor("#fff4d6"),
    EntryKind.LEAVING: QColor("#fde8e8"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterImportDialog", text)


class RosterPreviewModel(QAbstractTableModel):
    """The preview's rows: class, pupil, birth date, what happens, details."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[PreviewEntry] = []

    def set_entries(self, entries: list[PreviewEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry_at(self, row: int) -> PreviewEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return [_tr("Class"), _tr("Pupil"), _tr("Birth date"), _tr("What happens"), _tr("Details")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        entry = self.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return entry.class_name
            if column == 1:
                return entry.full_name
            if column == 2:
                return short_date(entry.birth_date)
            if column == 3:
                return entry_kind_label(entry.kind)
            if column == 4:
                details = list(entry.changes)
                if entry.row is not None:
                    details.insert(0, _tr("row {row}").format(row=entry.row))
                return "; ".join(details)
        if role == Qt.ItemDataRole.BackgroundRole and entry.kind in _KIND_COLOURS:
            return QBrush(_KIND_COLOURS[entry.kind])
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind in _KIND_COLOURS:
            return QBrush(QColor("#1a1a1a"))
        if role == ENTRY_ROLE:
            return entry
        return None


class RosterImportDialog(QDialog):
    """Import a pupil list into ``school_year``. Emits ``imported(RosterResult)`` after a successful import."""

    imported = Signal(object)

    def __init__(self, store: Store, school_year: int, parent=None, *, memory: ImportMemory | None = None,
                 today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.school_year = school_year
        self.memory = memory if memory is not None else ImportMemory()
        self.today = today or date.today()
        self.source: RosterSource | None = None
        self.preview: RosterPreview | None = None
        self.outcome: RosterResult | None = None
        self.setWindowTitle(
            _tr("Import pupil list – school year {year}").format(year=SchoolYear(school_year).long_label))
        self.resize(900, 640)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(_tr("Choose a CSV file or an Excel workbook (.xlsx)"))
        self.path_edit.setAccessibleName(_tr("Pupil list file"))
        self.choose_button = QPushButton(_tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)

        self.mapping_box = QGroupBox(_tr("Columns in the file (correct them if the guess is wrong)"))
        form = QFormLayout(self.mapping_box)
        self.column_boxes: dict[str, QComboBox] = {}
        for name in FIELDS:
            box = QComboBox()
            box.setAccessibleName(field_label(name))
            box.currentIndexChanged.connect(self._mapping_changed)
            self.column_boxes[name] = box
            form.addRow(field_label(name), box)
        self.class_box = QComboBox()
        self.class_box.setEditable(True)
        self.class_box.setAccessibleName(_tr("Class for pupils without a class in the file"))
        class_edit = self.class_box.lineEdit()
        assert class_edit is not None  # the box is editable
        class_edit.setPlaceholderText(_tr("e.g. 5.B"))
        for school_class in school.classes_of_year(store, school_year):
            self.class_box.addItem(school_class.name)
        self.class_box.setCurrentIndex(-1)
        self.class_box.currentTextChanged.connect(self._mapping_changed)
        self.class_label = QLabel(_tr("Class for the whole list"))
        form.addRow(self.class_label, self.class_box)
        self.mapping_box.setEnabled(False)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setStyleSheet(
            "QLabel { background: #fff4d6; color: #1a1a1a; border: 1px solid #e0c060; padding: 6px; }"
        )
        self.notes.setVisible(False)
        self.problems = ImportProblemsView()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(
            "QLabel { background: #fde8e8; color: #1a1a1a; border: 1px solid #d08080; padding: 6px; }"
        )
        self.error.setVisible(False)
        self.counts = QLabel()
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.show_unchanged = QCheckBox(_tr("Also show unchanged pupils"))
        self.show_unchanged.toggled.connect(self._show_entries)
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts, 1)
        counts_row.addWidget(self.show_unchanged)

        self.model = RosterPreviewModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Preview"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(3, 170)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(_tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Cancel"))
        self.import_button.clicked.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.notes)
        layout.addWidget(self.problems)
        layout.addWidget(self.error)
        layout.addLayout(counts_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._updating = False

    # -- choosing the file -------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Choose pupil list"), "", _tr("Pupil lists (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: str | Path) -> bool:
        """Read the file and guess its columns; shows the preview. Returns False (with a message) on errors."""
        path = Path(path)
        self.path_edit.setText(str(path))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.source = run_action(lambda: read_roster(path, memory=self.memory), self._show_error).value
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.source is None:
            self.preview = None  # never keep the previous file's preview: "Import" would store that file
            self.mapping_box.setEnabled(False)
            return False
        self._fill_column_boxes()
        self.mapping_box.setEnabled(True)
        self.refresh_preview()
        return True

    def _fill_column_boxes(self) -> None:
        assert self.source is not None  # called when a file is read
        self._updating = True
        try:
            for name, box in self.column_boxes.items():
                box.clear()
                box.addItem(_tr("(not in the file)"), None)
                for column in range(len(self.source.headers)):
                    title = self.source.column_title(column)
                    if column in self.source.cpr_columns:
                        title = _tr("{column} – CPR, never read").format(column=title)
                    box.addItem(title, column)
                    if column in self.source.cpr_columns:
                        model = box.model()
                        assert isinstance(model, QStandardItemModel)  # a combo box's own model
                        item = model.item(box.count() - 1)
                        assert item is not None  # the one just added
                        item.setEnabled(False)
                box.setCurrentIndex(max(0, box.findData(self.source.columns.get(name))))
        finally:
            self._updating = False

    # -- the mapping and the preview ---------------------------------------------------------------
    def columns(self) -> dict[str, int | None]:
        return {name: box.currentData() for name, box in self.column_boxes.items()}

    def set_column(self, name: str, column: int | None) -> None:
        """Choose the file's column for a field (as the user does in the combo box); updates the preview."""
        box = self.column_boxes[name]
        box.setCurrentIndex(box.findData(column))

    def _mapping_changed(self, *_args) -> None:
        if not self._updating and self.source is not None:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        assert self.source is not None  # called when a file is read
        columns = self.columns()
        no_class_column = columns.get(CLASS) is None
        self.class_label.setEnabled(no_class_column)
        self.class_box.setEnabled(no_class_column)
        default_class = self.class_box.currentText().strip() or None
        source = self.source
        self.preview = run_action(lambda: build_preview(self.store, source, self.school_year, columns=columns,
                                                        default_class=default_class if no_class_column else None),
                                  self._show_error).value
        if self.preview is None:
            return
        self.error.setVisible(False)
        bad_rows = self.preview.bad_rows
        if self.preview.problems:
            self.problems.show_problems(left_out_heading(self.source.name, len(bad_rows)) if bad_rows else "",
                                        self.preview.problems)
        else:
            self.problems.clear_problems()
        notes = [text for text in [self.preview.cpr_warning, *self.preview.warnings] if text]
        if self.preview.new_classes:
            notes.append(_tr("New classes are made: {classes}.").format(classes=", ".join(self.preview.new_classes)))
        self.notes.setText("\n\n".join(notes))
        self.notes.setVisible(bool(notes))
        counts = self.preview.counts
        self.counts.setText(_tr("<b>{new}</b> new · <b>{changed}</b> changed · <b>{left}</b> leave (marked as left) · "
                                "{same} unchanged").format(
            new=counts[EntryKind.NEW], changed=counts[EntryKind.CHANGED], left=counts[EntryKind.LEAVING],
            same=counts[EntryKind.UNCHANGED],
        ))
        self._show_entries()
        self.import_button.setEnabled(True)

    def _show_entries(self) -> None:
        if self.preview is None:
            self.model.set_entries([])
            return
        show_all = self.show_unchanged.isChecked()
        self.model.set_entries([e for e in self.preview.entries if show_all or e.kind != EntryKind.UNCHANGED])

    def _show_error(self, text: str) -> None:
        self.problems.clear_problems()
        self.error.setText(text)
        self.error.setVisible(True)
        self.notes.setVisible(self.source is not None and bool(self.notes.text()))
        self.counts.setText("")
        self.model.set_entries([])
        self.import_button.setEnabled(False)

    # -- importing ---------------------------------------------------------------------------------
    def confirm_leaving(self, count: int) -> bool:
        """Ask before marking pupils as left (a list of only some classes would otherwise empty the others)."""
        return dialogs_for(self).ask(
            _tr("Mark pupils as left?"),
            plural(count, _tr("{count} pupil is not on the list and will be marked as left. Nothing is deleted, and "
                              "you can undo the import. Import the list?"),
                   _tr("{count} pupils are not on the list and will be marked as left. Nothing is deleted, and you "
                       "can undo the import. Import the list?")),
            default_yes=False,
        )

    def confirm_skipping(self, count: int) -> bool:
        """Ask before importing a list of which some rows cannot be read (they are left out)."""
        text = (_tr("One row cannot be read and is left out. Import the other pupils?") if count == 1 else
                _tr("{count} rows cannot be read and are left out. Import the other pupils?").format(count=count))
        return dialogs_for(self).ask(_tr("Leave out rows?"), text, default_yes=False)

    def import_now(self) -> RosterResult | None:
        if self.preview is None:
            return None
        if self.preview.bad_rows and not self.confirm_skipping(len(self.preview.bad_rows)):
            return None
        leaving = self.preview.count(EntryKind.LEAVING)
        if leaving and not self.confirm_leaving(leaving):
            return None
        preview = self.preview
        done = run_action(lambda: apply_roster_import(self.store, preview, today=self.today, memory=self.memory),
                          lambda message: dialogs_for(self).warn(_tr("The pupil list was not imported"), message))
        if not done:
            self.refresh_preview()
            return None
        self.outcome = done.value
        self.imported.emit(self.outcome)
        self.accept()
        return self.outcome
