"""The window fits the laptops schools have: maximised on a small screen at first start, then its size and
splitters as the user left them (QSettings); dialogs never larger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSplitter, QWidget

GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter/{name}"
SMALL_SCREEN = QSize(1366, 800)  # at or below this the window opens maximised
DEFAULT_SIZE = QSize(1200, 760)


def restore_geometry(window, settings) -> None:
    saved = settings.value(GEOMETRY_KEY)
    if isinstance(saved, (QByteArray, bytes)) and window.restoreGeometry(QByteArray(saved)):
        fit_to_screen(window)
        return
    screen = window.screen() or QApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else None
    if available is not None and (available.width() <= SMALL_SCREEN.width()
                                  or available.height() <= SMALL_SCREEN.height()):
        window.resize(min(DEFAULT_SIZE.width(), available.width()), min(DEFAULT_SIZE.height(), available.height()))
        window.setWindowState(window.windowState() | window.windowState().WindowMaximized)
    else:
        window.resize(DEFAULT_SIZE)


def save_geometry(window, settings) -> None:
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())


def fit_to_screen(widget: QWidget) -> None:
    """Never larger than the screen's free area (the window manager's panels excluded)."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    frame_extra = widget.frameGeometry().size() - widget.geometry().size()
    # Before the window manager has framed a new window its frame is unknown: leave room for a title bar.
    extra_width = frame_extra.width() if frame_extra.width() > 0 else 8
    extra_height = frame_extra.height() if frame_extra.height() > 0 else 32
    width = min(widget.width(), available.width() - extra_width)
    height = min(widget.height(), available.height() - extra_height)
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(max(200, width), max(150, height))
    frame = widget.frameGeometry()
    x = min(max(frame.x(), available.x()), available.right() - frame.width() + 1)
    y = min(max(frame.y(), available.y()), available.bottom() - frame.height() + 1)
    if (x, y) != (frame.x(), frame.y()):
        widget.move(max(available.x(), x), max(available.y(), y))


class DialogFitter(QObject):
    """Installed on the application: every dialog that is shown is fitted to the screen, and when it closes
    the window beneath gets the keyboard back (also where the window system does not hand it back)."""

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog) and not isinstance(watched, QMessageBox):
            fit_to_screen(watched)
        elif kind == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow():
            parent = watched.parentWidget()
            if parent is not None and QApplication.activeWindow() in (None, watched):
                parent.window().activateWindow()
        return False


def remember_splitters(widget: QWidget, settings, prefix: str) -> None:
    """Restore the splitters under ``widget`` and save them whenever they move."""
    for number, splitter in enumerate(widget.findChildren(QSplitter)):
        key = SPLITTER_KEY.format(name=f"{prefix}{number}")
        saved = settings.value(key)
        if isinstance(saved, (QByteArray, bytes)):
            splitter.restoreState(QByteArray(saved))
        splitter.splitterMoved.connect(lambda *_a, s=splitter, k=key: settings.setValue(k, s.saveState()))
