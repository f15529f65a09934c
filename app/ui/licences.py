"""Hjælp → Om Klassekonference: the version, and the third-party components with their licence texts.

The list and the texts are resources/licenses/ (components.json + one file per text), made by
build/collect_licences.py from the installed packages and shipped in the bundle with the rest of resources/.
"""

from __future__ import annotations

import json
import platform

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app import APP_NAME, __version__
from app.resources import resource_path


def _tr(text: str) -> str:
    return QCoreApplication.translate("About", text)


def components() -> list[dict]:
    """The third-party components that ship with the program: name, version, licence, url, files."""
    index = resource_path("licenses", "components.json")
    try:
        return json.loads(index.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []


def licence_text(component: dict) -> str:
    parts = []
    for name in component.get("files", []):
        try:
            parts.append(resource_path("licenses", name).read_text(encoding="utf-8", errors="replace"))
        except OSError:
            parts.append(_tr("(The licence file {name} is missing.)").format(name=name))
    return ("\n\n" + "=" * 72 + "\n\n").join(parts)


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("About Klassekonference"))
        self.resize(820, 640)
        header = QLabel(
            "<h2>" + APP_NAME + " " + __version__ + "</h2><p>"
            + _tr("Prepare and run class conferences, offline. Everything stays in one file on this computer; "
                  "nothing is sent anywhere.") + "</p><p>"
            + _tr("Built with Python {python} and Qt {qt}. The program uses these components, each under its own "
                  "licence; the licence texts come with the program.").format(
                      python=platform.python_version(), qt=qVersion())
            + "</p><p>" + _tr("Qt is used under the GNU LGPL version 3: its libraries lie as separate files in "
                              "the program's folder and may be replaced by your own build of the same Qt version.")
            + "</p>")
        header.setWordWrap(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.items = components()
        self.table = QTableWidget(len(self.items), 3)
        self.table.setAccessibleName(_tr("Third-party components"))
        self.table.setHorizontalHeaderLabels([_tr("Component"), _tr("Version"), _tr("Licence")])
        for row, component in enumerate(self.items):
            for column, value in enumerate((component["name"], component.get("version") or "", component["licence"])):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if component.get("url"):
                    item.setToolTip(component["url"])
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_tr("Licence text"))
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setSizes([260, 300])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        if self.items:
            self.table.setCurrentCell(0, 0)

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.items):
            component = self.items[row]
            title = f"{component['name']} {component.get('version') or ''} – {component['licence']}"
            url = component.get("url") or ""
            self.text.setPlainText(title + ("\n" + url if url else "") + "\n\n" + licence_text(component))
            self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
