"""Save text fields by themselves: shortly after typing stops, and at once when the field loses focus."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

SAVE_DELAY_MS = 600  # at most about a second of typing is at risk if the laptop dies
RETRY_MS = 5000  # a save that failed (a full disk, a pulled USB stick) is tried again; the text stays on screen


class AutosaveField(QObject):
    """Connects one text editor to a save callback. ``load()`` sets text without saving."""

    def __init__(self, editor: QPlainTextEdit | QLineEdit, save: Callable[[str], None], parent=None):
        super().__init__(parent or editor)
        self.editor = editor
        self._save = save
        self._loading = False
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
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

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self._dirty = True
        self.timer.start(SAVE_DELAY_MS)

    def flush(self) -> None:
        self.timer.stop()
        if self._dirty:
            self._dirty = False
            if self._save(self.text()) is False:  # not stored: keep it, and try again in a while
                self._dirty = True
                self.timer.start(RETRY_MS)

    @property
    def pending(self) -> bool:
        return self._dirty

    def eventFilter(self, watched: QWidget, event) -> bool:
        if event.type() == event.Type.FocusOut:
            self.flush()
        return False
