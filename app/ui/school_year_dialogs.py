"""Absence import (choose a file, see what will be stored, import) and "New school year"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.base import RuleError
from app.domain.school import SchoolYear
from app.services import absence_import
from app.services.import_memory import ImportMemory
from app.services.new_school_year import plan_new_school_year, start_new_school_year
from app.services.roster_file import RosterSource, cpr_warning
from app.services.tabular import TableError
from app.storage.errors import StorageError
from app.storage.store import Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("SchoolYearDialogs", text)


class AbsenceImportDialog(QDialog):
    """Choose a CSV or Excel file of absence per pupil; the preview shows what will be stored first."""

    def __init__(self, store: Store, parent=None, *, memory: ImportMemory | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Import absence"))
        self.store = store
        self.memory = memory or ImportMemory()
        self.preview: absence_import.AbsencePreview | None = None
        self.absence_result: absence_import.AbsenceResult | None = None
        self.file_label = QLabel(_tr("Choose a file with absence per pupil (CSV or Excel)."))
        self.file_label.setWordWrap(True)
        choose = QPushButton(_tr("Choose &file…"))
        choose.clicked.connect(self.choose_file)
        self.source: RosterSource | None = None
        self.path = None
        # The guessed (or remembered) columns, which the user can correct; and the period, if the file has none.
        self.column_boxes: dict[str, QComboBox] = {}
        mapping = QFormLayout()
        for name in absence_import.FIELDS:
            box = QComboBox()
            box.setAccessibleName(absence_import.field_label(name))
            box.activated.connect(self._mapping_changed)
            self.column_boxes[name] = box
            mapping.addRow(absence_import.field_label(name), box)
        self.period = QLineEdit()
        self.period.setPlaceholderText(_tr("e.g. 01-08-2026..31-10-2026 or 2026-K3"))
        self.period.setAccessibleName(_tr("Period"))
        self.period.editingFinished.connect(self._mapping_changed)
        mapping.addRow(_tr("Period (if the file has none)"), self.period)
        self.mapping = QWidget()
        self.mapping.setLayout(mapping)
        self.mapping.setEnabled(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.unknown_model = QStringListModel(self)
        self.unknown = QListView()
        self.unknown.setModel(self.unknown_model)
        self.unknown.setAccessibleName(_tr("Pupils not found"))
        self.unknown.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(_tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.import_now)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(_tr("Not found (never created by an import):")))
        layout.addWidget(self.unknown, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 720)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _tr("Import absence"), "",
                                              _tr("Tables (*.csv *.txt *.xlsx);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path) -> bool:
        self.preview = None
        self.import_button.setEnabled(False)
        try:
            self.source = absence_import.read_absence(path, memory=self.memory)
        except (TableError, RuleError, StorageError) as error:
            self.source = None
            self.mapping.setEnabled(False)
            self.summary.setText(str(error))
            self.unknown_model.setStringList([])
            return False
        self.path = path
        headers = self.source.headers
        for name, box in self.column_boxes.items():
            box.clear()
            box.addItem(_tr("(none)"), None)
            for number, header in enumerate(headers):
                box.addItem(header or _tr("column {number}").format(number=number + 1), number)
            box.setCurrentIndex(max(0, box.findData(self.source.columns.get(name))))
        self.mapping.setEnabled(True)
        return self.make_preview()

    def set_column(self, name: str, column: int | None) -> bool:
        """Choose the file's column for a field (as the user does in the combo box) and preview again."""
        box = self.column_boxes[name]
        box.setCurrentIndex(max(0, box.findData(column)))
        return self.make_preview()

    def _mapping_changed(self, *_args) -> None:
        self.make_preview()

    def make_preview(self) -> bool:
        self.preview = None
        self.import_button.setEnabled(False)
        if self.source is None:
            return False
        columns = {name: box.currentData() for name, box in self.column_boxes.items()}
        try:
            period = absence_import.parse_period(self.period.text()) if self.period.text().strip() else None
            self.preview = absence_import.build_absence_preview(self.store, self.source, columns=columns,
                                                                period=period)
        except (TableError, RuleError, StorageError) as error:
            self.summary.setText(str(error))
            self.unknown_model.setStringList([])
            return False
        preview, source, path = self.preview, self.source, self.path
        lines = [str(path)]
        periods = sorted({(e.period_start, e.period_end) for e in preview.entries})
        for start, end in periods:
            lines.append(_tr("Period {start} – {end}").format(start=start.strftime("%d.%m.%Y"),
                                                            end=end.strftime("%d.%m.%Y")))
        lines.append(_tr("{new} new, {updated} updated, {unchanged} unchanged.").format(
            new=preview.count("new"), updated=preview.count("updated"), unchanged=preview.count("unchanged")))
        lines += [w for w in [cpr_warning(source), *preview.warnings] if w]
        self.summary.setText("\n".join(lines))
        self.unknown_model.setStringList(
            [f"{u.name} {u.class_name} ({u.reason})".strip() for u in preview.unknown])
        self.import_button.setEnabled(bool(preview.entries))
        return True

    def import_now(self) -> None:
        if self.preview is None:
            return
        try:
            self.absence_result = absence_import.apply_absence_import(self.store, self.preview, memory=self.memory)
        except (RuleError, StorageError) as error:
            QMessageBox.warning(self, _tr("Nothing was imported"), str(error))
            return
        self.accept()


def start_new_school_year_dialog(parent: QWidget, store: Store, school_year: int, today: date) -> int | None:
    """Explain what "New school year" will do, ask, and do it. Returns the new school year or None."""
    try:
        plan = plan_new_school_year(store, school_year)
    except RuleError as error:
        QMessageBox.information(parent, _tr("New school year"), str(error))
        return None
    text = _tr(
        "From {year} to {next}: {classes} classes move up a grade with {pupils} pupils, keeping their "
        "agreements and history. {leaving} pupils in the oldest grades are marked as left.\n\nStart the new "
        "school year?"
    ).format(year=SchoolYear(school_year).long_label, next=SchoolYear(plan.next_year).long_label,
             classes=len(plan.moving), pupils=plan.pupils_moving, leaving=plan.pupils_leaving)
    if QMessageBox.question(parent, _tr("New school year"), text) != QMessageBox.StandardButton.Yes:
        return None
    start_new_school_year(store, school_year)
    return plan.next_year
