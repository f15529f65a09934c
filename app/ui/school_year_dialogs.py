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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import classes, pupils, short_date
from app.domain.school import SchoolYear
from app.services import absence_import
from app.services.import_memory import ImportMemory
from app.services.import_problems import left_out_heading
from app.services.new_school_year import plan_new_school_year, start_new_school_year
from app.services.roster_file import RosterSource, cpr_warning
from app.services.tabular import TableError
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.import_problems_view import ImportProblemsView
from app.ui.user_dialogs import dialogs_for


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
        self.outcome: absence_import.AbsenceResult | None = None
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
        self.problems = ImportProblemsView()
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
        layout.addWidget(self.problems)
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
        done = run_action(lambda: absence_import.read_absence(path, memory=self.memory), self._show_problem,
                          also=(TableError,))
        self.source = done.value
        if not done:
            self.mapping.setEnabled(False)
            return False
        self.path = path
        assert self.source is not None  # read without an error: a source
        headers = self.source.headers
        for name, box in self.column_boxes.items():
            box.clear()
            box.addItem(_tr("(none)"), None)
            for number, header in enumerate(headers):
                box.addItem(header or _tr("column {number}").format(number=number + 1), number)
            box.setCurrentIndex(max(0, box.findData(self.source.columns.get(name))))
        self.mapping.setEnabled(True)
        return self.make_preview()

    def _show_problem(self, message: str) -> None:
        self.summary.setText(message)
        self.problems.clear_problems()
        self.unknown_model.setStringList([])

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
        source = self.source
        columns = {name: box.currentData() for name, box in self.column_boxes.items()}
        text = self.period.text()
        done = run_action(lambda: absence_import.build_absence_preview(
            self.store, source, columns=columns,
            period=absence_import.parse_period(text) if text.strip() else None), self._show_problem, also=(TableError,))
        if not done:
            return False
        self.preview = done.value
        preview, source, path = self.preview, self.source, self.path
        assert preview is not None  # built without an error: a preview
        lines = [str(path)]
        periods = sorted({(e.period_start, e.period_end) for e in preview.entries})
        for start, end in periods:
            lines.append(_tr("Period {start} – {end}").format(start=short_date(start), end=short_date(end)))
        lines.append(_tr("{new} new, {updated} updated, {unchanged} unchanged.").format(
            new=preview.count("new"), updated=preview.count("updated"), unchanged=preview.count("unchanged")))
        lines += [w for w in [cpr_warning(source), *preview.warnings] if w]
        self.summary.setText("\n".join(lines))
        if preview.bad_rows:
            self.problems.show_problems(left_out_heading(source.name, len(preview.bad_rows)), preview.bad_rows)
        else:
            self.problems.clear_problems()
        self.unknown_model.setStringList(
            [f"{u.name} {u.class_name} ({u.reason})".strip() for u in preview.unknown])
        self.import_button.setEnabled(bool(preview.entries))
        return True

    def problems_text(self) -> str:
        """The rows that cannot be read, with their places, as the dialog shows them."""
        return self.problems.text()

    def confirm_skipping(self, count: int) -> bool:
        """Ask before importing a list of which some rows cannot be read (they are left out)."""
        text = (_tr("One row cannot be read and is left out. Import the other pupils' absence?") if count == 1 else
                _tr("{count} rows cannot be read and are left out. Import the other pupils' absence?").format(
                    count=count))
        return dialogs_for(self).ask(_tr("Leave out rows?"), text, default_yes=False)

    def import_now(self) -> None:
        if self.preview is None:
            return
        if self.preview.bad_rows and not self.confirm_skipping(len(self.preview.bad_rows)):
            return
        preview = self.preview
        done = run_action(lambda: absence_import.apply_absence_import(self.store, preview, memory=self.memory),
                          lambda message: dialogs_for(self).warn(_tr("Nothing was imported"), message))
        if not done:
            return
        self.outcome = done.value
        self.accept()


def start_new_school_year_dialog(parent: QWidget, store: Store, school_year: int, today: date) -> int | None:
    """Explain what "New school year" will do, ask, and do it. Returns the new school year or None."""
    done = run_action(lambda: plan_new_school_year(store, school_year),
                      lambda message: dialogs_for(parent).inform(_tr("New school year"), message))
    if not done:
        return None
    plan = done.value
    assert plan is not None  # planned without an error: a plan
    text = _tr(
        "From {year} to {next}: {classes} move up a grade with {pupils}, keeping their agreements and history. "
        "{leaving} in the oldest grades are marked as left.\n\nStart the new school year?"
    ).format(year=SchoolYear(school_year).long_label, next=SchoolYear(plan.next_year).long_label,
             classes=classes(len(plan.moving)), pupils=pupils(plan.pupils_moving), leaving=pupils(plan.pupils_leaving))
    if not dialogs_for(parent).ask(_tr("New school year"), text, default_yes=True):
        return None
    from app.ui.progress import busy_window

    with busy_window(parent, _tr("New school year"), _tr("Moving the classes up a grade…")):  # ~0.6 s, large school
        start_new_school_year(store, school_year)
    return plan.next_year
