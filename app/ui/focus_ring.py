"""The focused control is clearly visible, also on a projector: a thick ring in the highlight colour drawn
around it, above the window (no style sheet: an application style sheet would stop the presentation zoom from
reaching every widget)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.ui.qt_app import qt_app

RING = 3  # pixels


class FocusRing(QWidget):
    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.timer = QTimer(self)  # follows the control when it scrolls or the window changes size
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.follow)
        self.hide()
        qt_app().focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old, new) -> None:
        try:
            window = self.parentWidget()
        except RuntimeError:  # the window is gone
            return
        if new is None or new.window() is not window or not new.isVisible():
            self.target = None
            self.timer.stop()
            self.hide()
            return
        self.target = new
        self.timer.start()
        self.follow()

    def follow(self) -> None:
        if self.target is None:
            return
        try:
            visible = self.target.isVisible()
        except RuntimeError:  # the control was deleted
            visible = False
        if not visible:
            self.target = None
            self.timer.stop()
            self.hide()
            return
        window = self.parentWidget()
        assert window is not None  # the ring is made on its window
        top_left = self.target.mapTo(window, self.target.rect().topLeft())
        area = QRect(top_left, self.target.size()).adjusted(-RING, -RING, RING, RING)
        clip = self.target.visibleRegion().boundingRect()  # the part of it not scrolled away
        clip = QRect(self.target.mapTo(window, clip.topLeft()), clip.size()).adjusted(-RING, -RING, RING, RING)
        area = area.intersected(clip).intersected(window.rect())
        if area.isEmpty():
            self.hide()
            return
        if area != self.geometry():
            self.setGeometry(area)
        if not self.isVisible():
            self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().highlight().color(), RING)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
        painter.end()
