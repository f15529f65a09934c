"""For the projector: a presentation zoom that scales everything, a blank screen at one key, and F8/F9 that
work everywhere in the app, dialogs included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


class Zoom:
    """Scales the window's font, and so every label, field and list in it."""

    def __init__(self, window: QWidget):
        self.window = window
        self.base_size = QApplication.font().pointSizeF()
        self.level = ZOOM_STEPS.index(1.0)

    @property
    def factor(self) -> float:
        return ZOOM_STEPS[self.level]

    def _apply(self) -> None:
        font = self.window.font()
        font.setPointSizeF(self.base_size * self.factor)
        self.window.setFont(font)
        QTimer.singleShot(0, self._refit)

    def _refit(self) -> None:
        """Text boxes that size themselves to their text measure again in the new font."""
        for widget in self.window.findChildren(QWidget):
            refit = getattr(widget, "refit", None)
            if callable(refit):
                refit()

    def zoom_in(self) -> None:
        self.level = min(len(ZOOM_STEPS) - 1, self.level + 1)
        self._apply()

    def zoom_out(self) -> None:
        self.level = max(0, self.level - 1)
        self._apply()

    def reset(self) -> None:
        self.level = ZOOM_STEPS.index(1.0)
        self._apply()


class _Cover(QLabel):
    """Black over one window. Keys typed while blank go nowhere; Esc (and F9) bring the screen back."""

    def __init__(self, host: QWidget, blanker: BlankOverlay):
        super().__init__(host)
        self.blanker = blanker
        self.setText(_tr("The screen is blanked. Press F9 or Esc to show it again."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: black; color: #555;")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()
        host.installEventFilter(self)

    def cover(self) -> None:
        host = self.parentWidget()
        assert host is not None  # made on its window
        self.setGeometry(host.rect())
        self.show()
        self.raise_()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F9):
            self.blanker.toggle()
            return
        event.accept()

    def eventFilter(self, watched: QObject, event) -> bool:
        host = self.parentWidget()
        if host is not None and watched is host and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(host.rect())
        return False


class BlankOverlay(_Cover):
    """F9: every window of the app goes black at once, dialogs included. Nothing is lost beneath it."""

    def __init__(self, window: QWidget):
        super().__init__(window, self)
        self._others: list[_Cover] = []
        self._focus_before: QWidget | None = None

    def covers(self, widget: QWidget | None) -> bool:
        if widget is None or not self.isVisible():
            return False
        if widget is self.parentWidget():
            return True
        return any(c.parentWidget() is widget.window() and c.isVisible() for c in self._others)

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            for cover in self._others:
                cover.hide()
                cover.deleteLater()
            self._others = []
            if self._focus_before is not None:
                self._focus_before.setFocus()
            return
        self._focus_before = QApplication.focusWidget()
        self.cover()
        active = QApplication.activeWindow()
        for top in QApplication.topLevelWidgets():
            if top is self.parentWidget() or not top.isVisible():
                continue
            if top.windowType() in (Qt.WindowType.ToolTip, Qt.WindowType.Popup):
                continue
            cover = _Cover(top, self)
            cover.cover()
            self._others.append(cover)
        target = next((c for c in self._others if c.parentWidget() is active), self)
        target.setFocus()


class PresentationKeys(QObject):
    """F8 and F9 for the whole app. A window's own shortcuts are blocked while a dialog is open, so the keys
    are taken here, on the application, before any shortcut or widget sees them."""

    KEYS = (Qt.Key.Key_F8, Qt.Key.Key_F9)

    def __init__(self, window: QWidget, actions: dict):
        super().__init__(window)
        self.window = window
        self.actions = actions  # key -> QAction

    def eventFilter(self, watched: QObject, event) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if event.key() not in self.actions or event.modifiers() not in (Qt.KeyboardModifier.NoModifier,
                                                                       Qt.KeyboardModifier.KeypadModifier):
            return False
        if not self.window.isVisible():
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # "a widget wants this key": no shortcut fires, the KeyPress comes here next
            return True
        if not event.isAutoRepeat():
            self.actions[event.key()].trigger()
        return True
