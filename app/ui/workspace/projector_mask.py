"""On the projector (F8), a text box that is not being edited shows its text with other children's names
replaced ("Sofies mor" -> "[en klassekammerats] mor"); the box being edited shows its real text.

The mask is a read-only copy painted over the editor. The editor itself is never touched: it keeps the
real text, the keyboard focus and its AutosaveField, so typing during a projected meeting is never blocked,
and the filtered text can never be saved (nothing saves the mask). Clicks go through the mask to the
editor; when the editor gets the focus the mask hides, when it loses it the mask shows the text again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QPlainTextEdit

TextFilter = Callable[[str], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProjectorMask", text)


class ProjectorMask(QPlainTextEdit):
    """Covers ``editor`` with its filtered text while a filter is set and the editor has no focus."""

    def __init__(self, editor: QPlainTextEdit):
        super().__init__(editor)
        self.editor = editor
        self.text_filter: TextFilter | None = None
        self.setReadOnly(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(editor.frameShape())
        self.setAccessibleDescription(_tr("The text as the projector shows it, without other pupils' names"))
        self.hide()
        editor.installEventFilter(self)
        editor.textChanged.connect(self.update_mask)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self._refit_editor())

    def set_filter(self, text_filter: TextFilter | None) -> None:
        """The filter for the texts shown (None: the mask is off and the editor shows itself)."""
        self.text_filter = text_filter
        self.update_mask()

    @property
    def masking(self) -> bool:
        return self.isVisibleTo(self.editor)

    def lines_needed(self) -> int:
        """How many lines the filtered text takes (a replacement may be longer than the name)."""
        return int(self.document().documentLayout().documentSize().height()) if self.masking else 0

    def update_mask(self, *, editor_focused: bool | None = None) -> None:
        focused = self.editor.hasFocus() if editor_focused is None else editor_focused
        if self.text_filter is None or focused:
            if self.masking:
                self.hide()
                self._refit_editor()
            return
        shown = self.text_filter(self.editor.toPlainText())
        if self.toPlainText() != shown:
            self.setPlainText(shown)
        self.setGeometry(self.editor.rect())
        if not self.masking:
            self.show()
            self.raise_()
            self._refit_editor()

    def _refit_editor(self) -> None:
        refit = getattr(self.editor, "refit", None)
        if callable(refit):
            refit()

    def eventFilter(self, watched: QObject, event) -> bool:
        if watched is self.editor:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self.update_mask(editor_focused=True)
            elif kind == QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
                self.update_mask(editor_focused=False)  # a context menu keeps the real text in view
            elif kind == QEvent.Type.Resize and self.masking:
                self.setGeometry(self.editor.rect())
        return False
