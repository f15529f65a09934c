"""The welcome page (recent files, new, demo) and the class overview page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.ui.models import ClassListModel, ConferenceListModel, PupilTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WelcomePage(QWidget):
    """Shown when no file is open: recent files, open a file, make a new one, or try the demo."""

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
        self.recent_label = QLabel("<b>" + _tr("Recent files") + "</b>")
        self.recent_model = QStringListModel(self)
        self.recent_list = QListView()
        self.recent_list.setModel(self.recent_model)
        self.recent_list.setAccessibleName(_tr("Recent files"))
        self.recent_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_list.setMaximumWidth(640)
        self.recent_list.setMaximumHeight(160)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent_list)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addLayout(recent, 3)
        centred.addStretch(1)
        layout.addSpacing(16)
        layout.addLayout(centred)
        layout.addStretch(2)

    def set_recent(self, paths: list[str]) -> None:
        existing = [p for p in paths if Path(p).exists()]
        self.recent_model.setStringList(existing)
        self.recent_label.setVisible(bool(existing))
        self.recent_list.setVisible(bool(existing))


class OverviewPage(QWidget):
    """The school year's classes; for the chosen class its pupils, conferences and open agreements."""

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
        self.pupil_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.pupil_table.setModel(self.pupil_model)
        self.pupil_table.setAccessibleName(_tr("Pupils"))
        self.pupil_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pupil_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pupil_table.verticalHeader().setVisible(False)
        self.pupil_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pupil_table.setAlternatingRowColors(True)
        self.class_title = QLabel()
        self.class_title.setTextFormat(Qt.TextFormat.RichText)
        self.conference_model = ConferenceListModel(self)
        self.conference_list = QListView()
        self.conference_list.setModel(self.conference_model)
        self.conference_list.setAccessibleName(_tr("Conferences"))
        self.conference_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreements_label = QLabel()
        self.agreements_label.setWordWrap(True)
        self.plan_button = QPushButton(_tr("&Plan conference…"))
        self.open_conference_button = QPushButton(_tr("Open &conference"))

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

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("<b>" + _tr("Conferences") + "</b>"))
        side_layout.addWidget(self.conference_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.open_conference_button)
        side_layout.addLayout(buttons)
        side_layout.addWidget(QLabel("<b>" + _tr("Agreements") + "</b>"))
        side_layout.addWidget(self.agreements_label)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.class_title)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Class pages"))
        self.tabs.addTab(self.pupil_table, _tr("&Pupils"))
        middle_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 560, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.setTabOrder(self.year_box, self.class_list)
        self.setTabOrder(self.class_list, self.pupil_table)
        self.setTabOrder(self.pupil_table, self.conference_list)
        self.setTabOrder(self.conference_list, self.plan_button)
        self.setTabOrder(self.plan_button, self.open_conference_button)
