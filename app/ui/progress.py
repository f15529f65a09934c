"""Progress for work that takes more than half a second (encrypting a file, writing every class's handout).

``run_with_progress(parent, title, text, work)`` runs ``work(report)`` in a background thread while the window
stays responsive but takes no input; after half a second a progress window shows how far it is
(``report(fraction)`` with 0..1, or ``report(None)`` for "busy"). The work's result is returned, or its
exception raised, in the GUI thread. The work must not touch widgets, nor a connection made in the GUI thread.

``BackgroundWork`` is for work the user did not ask for and must not wait for (an automatic backup): it runs
beside the window, which stays usable, with a busy bar in the status bar. ``busy_window`` is for the rare work
that must run in the GUI thread (it changes the file through the window's connection): a window saying what
is happening, shown before it starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QProgressBar, QProgressDialog, QWidget

from app.ui.qt_app import qt_app

SHOW_AFTER_MS = 500
TICK_MS = 50
_INPUT = {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
          QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Wheel, QEvent.Type.Shortcut,
          QEvent.Type.ShortcutOverride, QEvent.Type.Drop}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Progress", text)


class _SwallowInput(QObject):
    """Until the progress window shows, clicks and keys do nothing (the work must not be interrupted)."""

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt's name
        return event.type() in _INPUT


def run_with_progress(parent, title: str, text: str, work: Callable[[Callable[[float | None], None]], Any],
                      *, show_after_ms: int = SHOW_AFTER_MS) -> Any:
    state: dict[str, Any] = {"fraction": None, "done": False, "result": None, "error": None}

    def report(fraction: float | None) -> None:
        state["fraction"] = None if fraction is None else max(0.0, min(1.0, float(fraction)))

    def target() -> None:
        try:
            state["result"] = work(report)
        except BaseException as error:  # handed to the GUI thread
            state["error"] = error
        finally:
            state["done"] = True

    dialog = QProgressDialog(text, None, 0, 0, parent)  # type: ignore[call-overload]  # None: no cancel button
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setCancelButton(None)  # work like encryption cannot be stopped half-way safely
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(10**9)  # shown by the timer below, not by QProgressDialog's own guess
    dialog.setAccessibleName(title)
    swallow = _SwallowInput()
    app = qt_app()
    app.installEventFilter(swallow)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    loop = QEventLoop()
    ticker = QTimer()
    ticker.setInterval(TICK_MS)

    def tick() -> None:
        if state["done"]:
            loop.quit()
            return
        fraction = state["fraction"]
        if fraction is None:
            dialog.setRange(0, 0)
        else:
            dialog.setRange(0, 1000)
            dialog.setValue(int(fraction * 1000))

    def show() -> None:
        if not state["done"]:
            app.removeEventFilter(swallow)  # from now on the modal progress window keeps input away
            dialog.show()

    ticker.timeout.connect(tick)
    thread = threading.Thread(target=target, name="klassekonference-work", daemon=True)
    thread.start()
    ticker.start()
    QTimer.singleShot(show_after_ms, show)
    try:
        if not state["done"]:
            loop.exec()
        thread.join()
    finally:
        ticker.stop()
        app.removeEventFilter(swallow)
        QGuiApplication.restoreOverrideCursor()
        state["shown"] = dialog.isVisible()
        dialog.close()
        dialog.deleteLater()
    run_with_progress.last_shown = state["shown"]  # type: ignore[attr-defined]  # for tests: was it shown
    if state["error"] is not None:
        raise state["error"]
    return state["result"]


run_with_progress.last_shown = False  # type: ignore[attr-defined]


class BackgroundWork(QObject):
    """Work that runs beside the window without stopping it (an automatic backup): in a thread, with a quiet
    busy bar and ``text`` in the status bar once it has taken half a second; ``finished(result)`` is emitted
    in the GUI thread. Typing goes on meanwhile. The work must not touch widgets, nor a connection made in
    the GUI thread."""

    finished = Signal(object)

    def __init__(self, window, text: str, work: Callable[[], Any], *, show_after_ms: int = SHOW_AFTER_MS):
        super().__init__(window)
        self.window = window
        self.text = text
        self.result: Any = None
        self.done = False
        self.shown = False  # for tests: whether the status bar showed the work
        self._indicator: QWidget | None = None

        def target() -> None:
            try:
                self.result = work()
            finally:
                self.done = True

        self._thread = threading.Thread(target=target, name="klassekonference-background", daemon=True)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(TICK_MS * 2)
        self._poll_timer.timeout.connect(self._poll)
        self._thread.start()
        self._poll_timer.start()
        QTimer.singleShot(show_after_ms, self._show)

    @property
    def running(self) -> bool:
        return not self.done or self._poll_timer.isActive()

    def _show(self) -> None:
        if self.done or self._indicator is not None:
            return
        status = self.window.statusBar()
        indicator = QWidget()
        row = QHBoxLayout(indicator)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.text)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy
        bar.setMaximumWidth(90)
        bar.setMaximumHeight(14)
        bar.setTextVisible(False)
        bar.setAccessibleName(self.text)
        row.addWidget(label)
        row.addWidget(bar)
        status.insertPermanentWidget(0, indicator)  # a temporary message never hides it
        self._indicator = indicator
        self.shown = True

    def _poll(self) -> None:
        if not self.done:
            return
        self._poll_timer.stop()
        if self._indicator is not None:
            self.window.statusBar().removeWidget(self._indicator)
            self._indicator.deleteLater()
            self._indicator = None
        self.finished.emit(self.result)

    def wait(self, parent=None, title: str = "", text: str = "") -> Any:
        """Let the work finish (before the file closes): with a progress window if that takes half a second."""
        if not self.done:
            run_with_progress(parent or self.window, title or self.text, text or self.text,
                              lambda _report: self._thread.join())
        self._thread.join()
        self._poll()
        return self.result


@contextmanager
def busy_window(parent, title: str, text: str):
    """For work that must run in the GUI thread because it changes the open file through the window's own
    connection (erasing a pupil): a window saying what is happening is shown before the work starts, with
    the wait cursor. It cannot move while the work runs, but the screen never looks frozen without a word."""
    dialog = QProgressDialog(text, None, 0, 0, parent)  # type: ignore[call-overload]  # None: no cancel button
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setAccessibleName(title)
    dialog.show()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    for _ in range(3):  # paint it before the GUI thread is taken by the work
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    busy_window.last_shown = True  # type: ignore[attr-defined]  # for tests: was it shown
    try:
        yield dialog
    finally:
        QGuiApplication.restoreOverrideCursor()
        dialog.close()
        dialog.deleteLater()


busy_window.last_shown = False  # type: ignore[attr-defined]
