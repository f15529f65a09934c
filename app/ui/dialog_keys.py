"""Keys every dialog shares: Ctrl+Enter saves (accepts) the dialog from any field, also from a text box where
Enter makes a new line. Taken by one filter on the application, so it works whichever field has the focus
(and also when the window system has not yet made the dialog the active window)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

SAVE_PROPERTY = "klassekonference_ctrl_enter_saves"
SAVE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _CtrlEnter(QObject):
    def eventFilter(self, watched: QObject, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) or not isinstance(watched, QWidget):
            return False
        if event.key() not in SAVE_KEYS or not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        dialog = watched.window()
        if not isinstance(dialog, QDialog) or not dialog.property(SAVE_PROPERTY) or not dialog.isVisible():
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        action = getattr(dialog, "_ctrl_enter_action", None)
        (action or dialog.accept)()
        return True


_filter: _CtrlEnter | None = None


def add_save_shortcut(dialog: QDialog, action=None) -> None:
    """Ctrl+Enter (Ctrl+Return) accepts ``dialog`` (or calls ``action``, the dialog's own save)."""
    global _filter
    dialog.setProperty(SAVE_PROPERTY, True)
    dialog._ctrl_enter_action = action  # type: ignore[attr-defined]  # read back by the key filter
    app = QApplication.instance()
    if _filter is None and app is not None:
        _filter = _CtrlEnter(app)
        app.installEventFilter(_filter)


def save_cancel_frame(dialog: QDialog, hint: str, body: QWidget) -> QLabel:
    """The frame of a small form dialog: ``hint`` above, ``body`` (stretching), an error line and Save /
    Cancel below, with Ctrl+Enter saving. Returns the error line, for the dialog's ``run_action`` report."""
    hint_label = QLabel(hint)
    hint_label.setWordWrap(True)
    error = QLabel()
    error.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    add_save_shortcut(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(hint_label)
    layout.addWidget(body, 1)
    layout.addWidget(error)
    layout.addWidget(buttons)
    return error
