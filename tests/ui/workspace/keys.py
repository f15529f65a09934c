"""Keys as a user presses them: always sent to the widget that has the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot, key, modifiers=NONE, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifiers)
        QApplication.processEvents()


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_until(qtbot, predicate, *, backwards: bool = False, limit: int = 80) -> None:
    """Tab (or Shift+Tab) until ``predicate(focus widget)`` holds; fails after ``limit`` presses."""
    for _ in range(limit):
        if predicate(QApplication.focusWidget()):
            return
        press(qtbot, Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, SHIFT if backwards else NONE)
    raise AssertionError(f"Tab never reached the control; stuck at {QApplication.focusWidget()!r}")


def reopen(win, path, *, go_on: bool = False) -> list[str]:
    """Close the file and open it again, as after a restart. A running meeting is offered back: ``go_on``
    answers that question. Returns the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    asked = []

    def question(_parent, title, *_args, **_kwargs):
        asked.append(title)
        return QMessageBox.StandardButton.Yes if go_on else QMessageBox.StandardButton.No

    original = QMessageBox.question
    QMessageBox.question = question
    try:
        win.close_file()
        assert win.open_path(path)
    finally:
        QMessageBox.question = original
    return asked
