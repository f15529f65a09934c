"""Hjælp → Tastaturgenveje: every keyboard shortcut of the window, read from its actions when the list opens
(so a shortcut added anywhere shows up without anyone updating a list)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def plain_text(text: str) -> str:
    """A menu text as it reads: without the mnemonic '&' ('&&' is a real ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _menu_of(action: QAction) -> str:
    for holder in action.associatedObjects():
        if isinstance(holder, QMenu) and holder.title():
            return plain_text(holder.title())
    return ""


def window_shortcuts(window) -> list[tuple[str, str, str]]:
    """(menu, what it does, keys) for every action under ``window`` that has a shortcut, in menu order, and the
    QShortcuts of the views built so far that say what they do (``setWhatsThis``)."""
    rows: list[tuple[str, str, str]] = []
    seen = set()
    menus = [plain_text(a.text()) for a in window.menuBar().actions()] if hasattr(window, "menuBar") else []
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or not action.text():
            continue
        text = plain_text(action.text())
        shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        key = (text, shown)
        if key in seen:
            continue
        seen.add(key)
        rows.append((_menu_of(action), text, shown))
    for shortcut in window.findChildren(QShortcut):  # keys of a view (described by their whatsThis)
        keys = shortcut.key()
        if keys.isEmpty() or not shortcut.whatsThis():
            continue
        shown = keys.toString(QKeySequence.SequenceFormat.NativeText)
        if (shortcut.whatsThis(), shown) not in seen:
            seen.add((shortcut.whatsThis(), shown))
            rows.append((_tr("(meeting view)"), shortcut.whatsThis(), shown))
    order = {name: index for index, name in enumerate(menus)}
    return sorted(rows, key=lambda row: order.get(row[0], len(order)))


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(_tr("Keyboard shortcuts"))
        self.resize(640, 620)
        rows = window_shortcuts(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(_tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([_tr("Keys"), _tr("What it does"), _tr("Menu")])
        for row, (menu, text, keys) in enumerate(rows):
            for column, value in enumerate((keys, text, menu or _tr("(everywhere)"))):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(_tr("Menus open with Alt and the underlined letter. Tab moves between fields."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def listed(self) -> list[tuple[str, str, str]]:
        """(keys, what it does, menu) as shown, row by row."""
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1), text(r, 2)) for r in range(self.table.rowCount())]
