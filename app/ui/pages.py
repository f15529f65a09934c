"""The welcome page (recent files, new, demo). The class overview is in overview_page.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME


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
