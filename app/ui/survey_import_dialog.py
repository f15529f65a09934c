"""Import wellbeing results from a workbook: choose the file, see what will be stored, then import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.domain.formatting import plural
from app.domain.school import SchoolYear
from app.services import school
from app.services.survey_import import (
    EntryStatus,
    ImportPreview,
    ImportProblem,
    PreviewEntry,
    SurveyFileError,
    apply_import,
    preview_import,
    write_template,
)
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.import_problems_view import ImportProblemsView
from app.ui.user_dialogs import dialogs_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurveyImport", text)


class PreviewModel(QAbstractTableModel):
    """What the import will store, one row per class: counts only, never a class's values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[PreviewEntry] = []

    def set_entries(self, entries: list[PreviewEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [_tr("Sheet"), _tr("Class"), _tr("School year"), _tr("Answers"), _tr("Indicators"), _tr("Questions"),
                _tr("What happens")]

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = {
                EntryStatus.NEW: _tr("Stored as new"),
                EntryStatus.CHANGED: _tr("Updates the stored result"),
                EntryStatus.UNCHANGED: _tr("Already stored – unchanged"),
            }[entry.status]
            if getattr(entry, "school_level", False) and entry.status != EntryStatus.UNCHANGED:
                status = _tr("Stores the school's answers (not a class's)")
            elif not getattr(entry, "school_level", False) and entry.block.comparison_stage \
                    and entry.status != EntryStatus.UNCHANGED:
                status = _tr("Adds the school's and the country's figures (not the class's)")
            return [entry.sheet, entry.class_name, entry.school_year_label, str(entry.answer_count),
                    str(entry.indicator_count), str(entry.question_count), status][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and 3 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SurveyImportDialog(QDialog):
    def __init__(self, store: Store, parent=None, school_year: int | None = None, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today or date.today()
        self.preview: ImportPreview | None = None
        self.imported = False
        self.setWindowTitle(_tr("Import wellbeing results"))
        self.resize(860, 560)

        intro = QLabel(_tr("Choose a workbook (.xlsx) or CSV file with the classes' results: the app's template or "
                           "sheets copied from the ministry's report. You see what will be stored before anything is "
                           "saved."))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(_tr("The chosen file"))
        self.choose_button = QPushButton(_tr("Choose file…"))
        self.template_button = QPushButton(_tr("Save empty template…"))
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(_tr("School year"))
        years = school.school_years(store)
        shown_year = school_year if school_year is not None else school.default_school_year(store, self.today)
        if shown_year not in years:
            years.append(shown_year)
        for year in sorted(years):
            self.year_box.addItem(SchoolYear(year).long_label, year)
        self.year_box.setCurrentIndex(self.year_box.findData(shown_year))

        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(_tr("File:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        year_row = QHBoxLayout()
        year_label = QLabel(_tr("&School year (for classes the file gives no year for):"))
        year_label.setBuddy(self.year_box)
        year_row.addWidget(year_label)
        year_row.addWidget(self.year_box)
        year_row.addStretch(1)
        year_row.addWidget(self.template_button)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("What will be stored"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.problems = ImportProblemsView()

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(_tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button.clicked.connect(self.save_template)
        self.year_box.currentIndexChanged.connect(self._year_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

    def school_year(self) -> int:
        return self.year_box.currentData()

    def _year_changed(self, _index: int) -> None:
        if self.path_edit.text():
            self.load(self.path_edit.text())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, _tr("Choose a workbook"), "",
                                              _tr("Workbooks and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str | Path) -> ImportPreview:
        """Read the file and show the preview. Writes nothing."""
        self.path_edit.setText(str(path))
        self.preview = None  # never keep the previous file's preview: "Import" would store that file
        self.model.set_entries([])
        self.import_button.setEnabled(False)
        done = run_action(lambda: preview_import(self.store, path, self.school_year(), self.today))
        preview = done.value if done else ImportPreview(Path(path), self.school_year(),
                                                        problems=[ImportProblem(done.error or "")])  # set: not done
        assert preview is not None  # preview_import always returns one
        self.preview = preview
        self.model.set_entries(preview.all_entries)
        self.table.resizeColumnsToContents()
        if preview.problems:
            self.problems.show_problems(_tr("The file cannot be imported. Correct these problems in the file and "
                                            "choose it again; nothing has been stored:"), preview.problems)
            self.status_label.setText("")
        else:
            self.problems.clear_problems()
            changes = len(preview.changes)
            if preview.school_entries and changes:
                text = plural(changes,
                              _tr("The school's answers for {count} stage will be stored. Click Import to store "
                                  "them."),
                              _tr("The school's answers for {count} stages will be stored. Click Import to store "
                                  "them."))
            elif changes:
                text = plural(changes, _tr("{count} class will be stored. Click Import to store it."),
                              _tr("{count} classes will be stored. Click Import to store them."))
            else:
                text = _tr("Everything in the file is already stored. Importing changes nothing.")
            self.status_label.setText("\n".join([*preview.notes, text]))
        self.import_button.setEnabled(preview.ok and bool(preview.changes))
        return preview

    def do_import(self) -> None:
        if self.preview is None:
            return
        preview = self.preview
        done = run_action(lambda: apply_import(self.store, preview),
                          lambda message: dialogs_for(self).warn(_tr("Nothing was imported"), message),
                          also=(SurveyFileError,))
        if not done:
            return
        assert done.value is not None  # apply_import always returns an outcome
        self.imported = bool(done.value.stored)
        self.accept()

    def save_template(self) -> None:
        classes = school.classes_of_year(self.store, self.school_year())
        if not classes:
            dialogs_for(self).inform(_tr("No classes"), _tr("There are no classes in this school year."))
            return
        suggested = _tr("Wellbeing {year}.xlsx").format(year=SchoolYear(self.school_year()).label.replace("/", "-"))
        path, _ = QFileDialog.getSaveFileName(self, _tr("Save empty template"), suggested,
                                              _tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        done = run_action(lambda: write_template(path, classes),
                          lambda message: dialogs_for(self).warn(_tr("The template was not saved"), message))
        if not done:
            return
        saved = done.value
        self.status_label.setText(_tr("The template was saved as {path}. Fill it in and choose it here.").format(
            path=saved))
