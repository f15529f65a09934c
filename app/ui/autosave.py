"""Save text fields by themselves: shortly after typing stops, at least every second while typing goes on,
and at once when the field loses focus."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

SAVE_DELAY_MS = 600  # a pause in typing this long saves
MAX_UNSAVED_MS = 1000  # steady typing is saved at least this often: at most about a second is ever at risk
RETRY_MS = 5000  # a save that failed (a full disk, a pulled USB stick) is tried again; the text stays on screen


class AutosaveField(QObject):
    """Connects one text editor to a save callback. ``load()`` sets text without saving."""

    def __init__(self, editor: QPlainTextEdit | QLineEdit, save: Callable[[str], bool | None], parent=None):
        """``save(text)`` returns False when the text was not stored (it is kept and retried), else True/None."""
        super().__init__(parent or editor)
        self.editor = editor
        self._save = save
        self._loading = False
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.deadline = QTimer(self)  # started by the first unsaved key, not restarted by the next ones
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(MAX_UNSAVED_MS)
        self.deadline.timeout.connect(self.flush)
        signal = editor.textChanged if isinstance(editor, QPlainTextEdit) else editor.textEdited
        signal.connect(self._edited)
        editor.installEventFilter(self)

    def text(self) -> str:
        return self.editor.toPlainText() if isinstance(self.editor, QPlainTextEdit) else self.editor.text()

    def load(self, text: str) -> None:
        self._loading = True
        try:
            if self.text() != text:
                if isinstance(self.editor, QPlainTextEdit):
                    self.editor.setPlainText(text)
                else:
                    self.editor.setText(text)
        finally:
            self._loading = False
        self._dirty = False
        self.timer.stop()
        self.deadline.stop()

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self.timer.start(SAVE_DELAY_MS)
        if not self.deadline.isActive():
            self.deadline.start()

    def flush(self) -> None:
        self.timer.stop()
        self.deadline.stop()
        if not self._dirty:
            return
        self._dirty = False
        try:
            stored = self._save(self.text())
        except Exception:  # a bug: the text stays on screen and is retried; the hook says what was not saved
            stored = False
            self._retry_later()
            sys.excepthook(*sys.exc_info())
            return
        if stored is False:  # not stored (a full disk, a pulled USB stick): keep it, and try again in a while
            self._retry_later()

    def _retry_later(self) -> None:
        self._dirty = True
        self.timer.start(RETRY_MS)

    @property
    def pending(self) -> bool:
        return self._dirty

    def eventFilter(self, watched: QObject, event) -> bool:
        if event.type() == event.Type.FocusOut:
            self.flush()
        return False
