"""The running QApplication, typed: ``QApplication.instance()`` may be None as far as a type checker knows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def qt_app() -> QApplication:
    """The application object. Every window and dialog lives inside one, so it is there when they run."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "no QApplication is running"
    return app
