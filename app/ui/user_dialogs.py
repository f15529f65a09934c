"""How the program asks and tells the user something: one small interface (as Mu's view).

Flows (opening a file, making one, planning) speak to :class:`UserDialogs` instead of calling QMessageBox,
QFileDialog or QInputDialog themselves. :class:`QtDialogs` shows the real dialogs; a test gives the window a
fake with scripted answers and reads what was said, without patching Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

# The buttons of :meth:`UserDialogs.choose` that Qt draws itself (in the program's language); any other text
# is a button of the program's own ("&Open the folder").
OK, YES, NO, CANCEL = "ok", "yes", "no", "cancel"
Icon = Literal["none", "information", "question", "warning"]


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

    def choose(self, title: str, text: str, buttons: Sequence[str], *, default: str | None = None,
               icon: Icon = "question", more: str = "", details: str = "", destructive: bool = False) -> str | None:
        """A message with the given buttons (OK, YES, NO, CANCEL or the text of one of the program's own);
        the one pressed, None when the message was closed without one. ``more`` stands under ``text``,
        ``details`` behind "Show details…"; ``destructive``: the program's own buttons cannot be undone."""


class QtDialogs:
    """:class:`UserDialogs` with Qt's standard dialogs, in front of ``parent``."""

    def __init__(self, parent: QWidget | None):
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

    def choose(self, title: str, text: str, buttons: Sequence[str], *, default: str | None = None,
               icon: Icon = "question", more: str = "", details: str = "", destructive: bool = False) -> str | None:
        names = {name: button for name, button in _STANDARD.items() if name in buttons}
        if len(names) == len(buttons) and not more and not details and icon != "none":
            # Qt's own function, as the program always called it (and tests that patch it still can).
            shown = getattr(QMessageBox, icon)(self.parent, title, text, _combined(names.values()),
                                               names.get(default or "", QMessageBox.StandardButton.NoButton))
            return next((name for name, button in names.items() if button == shown), None)
        box = QMessageBox(self.parent)
        box.setIcon(_ICONS[icon])
        box.setWindowTitle(title)
        box.setText(text)
        if more:
            box.setInformativeText(more)
        if details:
            box.setDetailedText(details)
        own_role = QMessageBox.ButtonRole.DestructiveRole if destructive else QMessageBox.ButtonRole.ActionRole
        added = {name: box.addButton(_STANDARD[name]) if name in _STANDARD else box.addButton(name, own_role)
                 for name in buttons}
        if default is not None:
            box.setDefaultButton(added[default])
        box.exec()
        return next((name for name, button in added.items() if button is box.clickedButton()), None)


_STANDARD = {OK: QMessageBox.StandardButton.Ok, YES: QMessageBox.StandardButton.Yes,
             NO: QMessageBox.StandardButton.No, CANCEL: QMessageBox.StandardButton.Cancel}
_ICONS = {"none": QMessageBox.Icon.NoIcon, "information": QMessageBox.Icon.Information,
          "question": QMessageBox.Icon.Question, "warning": QMessageBox.Icon.Warning}


def _combined(buttons) -> QMessageBox.StandardButton:
    combined = QMessageBox.StandardButton.NoButton
    for button in buttons:
        combined |= button
    return combined


def dialogs_for(widget: QWidget | None) -> UserDialogs:
    """The dialogs of the window ``widget`` is in, or of the window that window belongs to (a dialog in front of
    the main window): where a test puts its fake. Qt's own dialogs are shown in front of ``widget`` itself."""
    window = widget.window() if widget is not None else None
    while window is not None:
        dialogs: UserDialogs | None = getattr(window, "dialogs", None)
        if dialogs is not None:
            return QtDialogs(widget) if isinstance(dialogs, QtDialogs) else dialogs
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return QtDialogs(widget)
