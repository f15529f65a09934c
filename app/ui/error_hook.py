"""The last line of defence: an error in the program's own code reaches the user as one calm Danish message.

Installed by ``app.ui.application.run`` (not in tests, where pytest-qt's own hook makes any uncaught exception
fail the test). The log gets the exception's type and where it happened, never its message, which can hold
what the user typed. Text fields keep their text on screen and their autosave tries again
(``app.ui.autosave``), so the message can say so.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

REPEAT_QUIET_S = 30  # the same error again within this time goes to the status bar only


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHook", text)


def message_for(exc_type: type[BaseException]) -> str:
    return _tr(
        "Something went wrong inside the program ({error}). What you typed last may not be saved yet: it is still "
        "on the screen, and the program tries again to save it. If this message comes back, copy the text to a "
        "safe place (Ctrl+A, Ctrl+C) and restart the program."
    ).format(error=exc_type.__name__)


class ErrorHook:
    """Replaces ``sys.excepthook``; calls the previous hook (the log) first."""

    def __init__(self, window=None):
        self.window = window
        self.previous = sys.excepthook
        self.last: tuple[str, float] = ("", 0.0)
        self.showing = False

    def install(self) -> ErrorHook:
        sys.excepthook = self
        return self

    def __call__(self, exc_type, exc, tb) -> None:
        if self.previous is not None:
            self.previous(exc_type, exc, tb)
        if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
            return
        message = message_for(exc_type)
        if isinstance(exc, Exception):
            from app.services.files import failure_message

            message = failure_message(exc) or message  # a damaged file or a full disk says so, in Danish
        now = time.monotonic()
        quiet = self.showing or (self.last[0] == exc_type.__name__ and now - self.last[1] < REPEAT_QUIET_S)
        self.last = (exc_type.__name__, now)
        status_bar = getattr(self.window, "statusBar", None)
        if quiet:
            if callable(status_bar):
                status_bar().showMessage(message, 15000)
            return
        self.showing = True
        try:
            QMessageBox.warning(QApplication.activeWindow() or self.window, _tr("Not saved"), message)
        finally:
            self.showing = False
