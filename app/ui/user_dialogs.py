"""How the program asks and tells the user something: one small interface (as Mu's view).

Flows (opening a file, making one, planning) speak to :class:`UserDialogs` instead of calling QMessageBox,
QFileDialog or QInputDialog themselves. :class:`QtDialogs` shows the real dialogs; a test gives the window a
fake with scripted answers and reads what was said, without patching Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget


class UserDialogs(Protocol):
    def ask(self, title: str, question: str, *, default_yes: bool = False) -> bool:
        """A yes/no question; True for yes. ``default_yes``: Enter answers yes."""

    def inform(self, title: str, text: str) -> None:
        """Something the user should know; nothing went wrong."""

    def warn(self, title: str, text: str) -> None:
        """Something did not happen, and what to do."""

    def ask_text(self, title: str, label: str) -> str | None:
        """One line of text, or None when the user cancelled."""

    def choose_file_to_open(self, title: str, filters: str) -> Path | None:
        """An existing file, or None."""

    def choose_file_to_save(self, title: str, suggested: str, filters: str) -> Path | None:
        """Where to write a new file, or None."""


class QtDialogs:
    """:class:`UserDialogs` with Qt's standard dialogs, in front of ``parent``."""

    def __init__(self, parent: QWidget):
        self.parent = parent

    def ask(self, title: str, question: str, *, default_yes: bool = False) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self.parent, title, question, yes | no, yes if default_yes else no) == yes

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label)
        return text if ok else None

    def choose_file_to_open(self, title: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", filters)
        return Path(path) if path else None

    def choose_file_to_save(self, title: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return Path(path) if path else None


def dialogs_for(widget: QWidget) -> UserDialogs:
    """The dialogs of the window ``widget`` is in (where a test puts its fake), else Qt's in front of it."""
    dialogs: UserDialogs | None = getattr(widget.window(), "dialogs", None)
    return dialogs if dialogs is not None else QtDialogs(widget)
