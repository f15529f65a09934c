"""The main window: a welcome page without a file, and the school's classes and pupils with one."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.domain.base import RuleError
from app.domain.school import SchoolYear
from app.services import files, school
from app.storage.database import FILE_SUFFIX
from app.storage.errors import PassphraseNeededError, StorageError, WrongPassphraseError
from app.storage.store import Store
from app.ui.models import ClassListModel, PupilTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WelcomePage(QWidget):
    """Shown when no file is open: open a file, make a new one, or try the demo."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(f"<h1>{APP_NAME}</h1>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro = QLabel(_tr("Prepare and run your class conferences. Open your team's file to begin."))
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(_tr("Open file…"))
        self.new_button = QPushButton(_tr("New file…"))
        self.demo_button = QPushButton(_tr("Try the demo school"))
        for button in (self.open_button, self.new_button, self.demo_button):
            button.setMinimumHeight(36)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)


class OverviewPage(QWidget):
    """The school year's classes on the left, the chosen class's pupils on the right."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(_tr("School year"))
        self.class_model = ClassListModel(self)
        self.class_list = QListView()
        self.class_list.setModel(self.class_model)
        self.class_list.setAccessibleName(_tr("Classes"))
        self.class_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.class_list.setSpacing(3)
        self.pupil_model = PupilTableModel(self)
        self.pupil_table = QTableView()
        self.pupil_table.setModel(self.pupil_model)
        self.pupil_table.setAccessibleName(_tr("Pupils"))
        self.pupil_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pupil_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pupil_table.verticalHeader().setVisible(False)
        self.pupil_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pupil_table.setAlternatingRowColors(True)
        self.class_title = QLabel()
        self.class_title.setTextFormat(Qt.TextFormat.RichText)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        year_label = QLabel(_tr("&School year"))
        year_label.setBuddy(self.year_box)
        classes_label = QLabel(_tr("&Classes"))
        classes_label.setBuddy(self.class_list)
        left_layout.addWidget(year_label)
        left_layout.addWidget(self.year_box)
        left_layout.addWidget(classes_label)
        left_layout.addWidget(self.class_list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.class_title)
        right_layout.addWidget(self.pupil_table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.setTabOrder(self.year_box, self.class_list)
        self.setTabOrder(self.class_list, self.pupil_table)


class MainWindow(QMainWindow):
    def __init__(self, today: date | None = None):
        super().__init__()
        self.store: Store | None = None
        self.today = today or date.today()
        self.resize(1100, 720)
        self.welcome = WelcomePage()
        self.overview = OverviewPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.overview)
        self.setCentralWidget(self.pages)
        self._build_menus()
        self.welcome.open_button.clicked.connect(self.choose_and_open)
        self.welcome.new_button.clicked.connect(self.choose_and_create)
        self.welcome.demo_button.clicked.connect(self.open_demo)
        self.overview.year_box.currentIndexChanged.connect(self._year_changed)
        self.overview.class_list.selectionModel().currentChanged.connect(self._class_changed)
        self._show_no_file()

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("&File"))
        self.new_action = self._action(_tr("&New file…"), QKeySequence("Ctrl+Shift+N"), self.choose_and_create)
        self.open_action = self._action(_tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_and_open)
        self.demo_action = self._action(_tr("Open the &demo school"), None, self.open_demo)
        self.close_action = self._action(_tr("&Close file"), QKeySequence.StandardKey.Close, self.close_file)
        self.quit_action = self._action(_tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.new_action, self.open_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(_tr("&Help"))
        help_menu.addAction(self._action(_tr("&About Klassekonference"), None, self.show_about))

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    # -- files -------------------------------------------------------------------------------------
    def choose_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Open file"), "", _tr("Klassekonference files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX)
        )
        if path:
            self.open_path(Path(path))

    def choose_and_create(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("New file"), _tr("The school's name:"))
        if not ok or not name.strip():
            return
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Save the new file as"), name.strip() + FILE_SUFFIX,
            _tr("Klassekonference files (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if not path:
            return
        try:
            created = files.new_file(path, name)
        except (StorageError, RuleError) as error:
            QMessageBox.warning(self, _tr("The file was not made"), str(error))
            return
        self.open_path(created)

    def open_demo(self) -> None:
        from app.services.demo import build_demo

        path = Path(tempfile.mkdtemp(prefix="klassekonference-demo-")) / (_tr("Demo school") + FILE_SUFFIX)
        build_demo(path, today=self.today)
        self.open_path(path)

    def open_path(self, path: Path, passphrase: str | None = None) -> bool:
        """Open a file, asking for its passphrase if needed. Shows a message and returns False on failure."""
        path = Path(path)
        while True:
            try:
                store = files.open_file(path, passphrase)
                break
            except (PassphraseNeededError, WrongPassphraseError) as error:
                text, ok = QInputDialog.getText(
                    self, _tr("Passphrase"), str(error) + "\n\n" + _tr("Passphrase:"), QLineEdit.EchoMode.Password
                )
                if not ok or not text:
                    return False
                passphrase = text
            except StorageError as error:
                QMessageBox.warning(self, _tr("The file could not be opened"), str(error))
                return False
        self.close_file()
        self.store = store
        self._show_file()
        return True

    def close_file(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None
        self._show_no_file()

    def closeEvent(self, event) -> None:
        self.close_file()
        super().closeEvent(event)

    # -- showing -----------------------------------------------------------------------------------
    def _show_no_file(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.close_action.setEnabled(False)
        self.pages.setCurrentWidget(self.welcome)
        self.statusBar().showMessage(_tr("No file is open."))

    def _show_file(self) -> None:
        the_school = school.the_school(self.store)
        self.setWindowTitle(f"{the_school.name} – {self.store.path.name} – {APP_NAME}")
        self.close_action.setEnabled(True)
        self.statusBar().showMessage(str(self.store.path))
        years = school.school_years(self.store)
        shown_year = school.default_school_year(self.store, self.today)
        if shown_year not in years:
            years.append(shown_year)
        box = self.overview.year_box
        box.blockSignals(True)
        box.clear()
        for year in sorted(years):
            box.addItem(SchoolYear(year).long_label, year)
        box.setCurrentIndex(box.findData(shown_year))
        box.blockSignals(False)
        self.pages.setCurrentWidget(self.overview)
        self._year_changed()

    def _year_changed(self) -> None:
        if self.store is None:
            return
        year = self.overview.year_box.currentData()
        classes = school.classes_of_year(self.store, year)
        self.overview.class_model.set_classes(classes, school.class_sizes(self.store, classes))
        if classes:
            self.overview.class_list.setCurrentIndex(self.overview.class_model.index(0))
        else:
            self.overview.pupil_model.set_pupils([])
            self.overview.class_title.setText(_tr("No classes in this school year yet."))

    def _class_changed(self, current, _previous=None) -> None:
        school_class = self.overview.class_model.class_at(current.row())
        if self.store is None or school_class is None:
            return
        pupils = school.pupils_of_class(self.store, school_class)
        active = sum(1 for p in pupils if p.status == "aktiv")
        self.overview.pupil_model.set_pupils(pupils)
        self.overview.class_title.setText(
            "<h2>" + _tr("Class {name}").format(name=school_class.name) + "</h2>"
            + _tr("{count} pupils, school year {year}").format(count=active, year=school_class.year.long_label)
        )

    def selected_class(self):
        return self.overview.class_model.class_at(self.overview.class_list.currentIndex().row())

    def show_about(self) -> None:
        QMessageBox.about(
            self, _tr("About Klassekonference"),
            _tr("<b>Klassekonference</b> {version}<br>Prepare and run class conferences, offline.").format(
                version=__version__
            ),
        )
