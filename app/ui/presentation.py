"""For the projector: a presentation zoom that scales everything, and a blank screen at one key."""

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


class BlankOverlay(QLabel):
    """A black cover over the whole window (F9 or Esc brings the screen back). Nothing is lost beneath it."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setText(_tr("The screen is blanked. Press F9 or Esc to show it again."))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("background: black; color: #555;")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()
        window.installEventFilter(self)
        self._focus_before = None

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            if self._focus_before is not None:
                self._focus_before.setFocus()
        else:
            self._focus_before = QApplication.focusWidget()
            self.setGeometry(self.parentWidget().rect())
            self.show()
            self.raise_()
            self.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F9):
            self.toggle()
            return
        event.accept()  # keys typed while blank go nowhere

    def eventFilter(self, watched: QObject, event) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return False
