"""Progress for work that takes more than half a second (encrypting a file, writing every class's handout).

``run_with_progress(parent, title, text, work)`` runs ``work(report)`` in a background thread while the window
stays responsive but takes no input; after half a second a progress window shows how far it is
(``report(fraction)`` with 0..1, or ``report(None)`` for "busy"). The work's result is returned, or its
exception raised, in the GUI thread. The work must not touch widgets, nor a connection made in the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog

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
