"""Start the Qt application: translators, the main window, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.resources import resource_path
from app.ui.main_window import MainWindow
from app.ui.translation import install_translators


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "klassekonference.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not getattr(app, "_klassekonference_translators", None):
        app._klassekonference_translators = install_translators(app)
    return app


def run(path: Path | None = None, passphrase: str | None = None) -> int:
    from app.logging_setup import setup_logging

    setup_logging()  # a log without pupil names or note texts, in the user's log folder
    app = create_application()
    _show_storage_failures()
    window = MainWindow()
    window.show()
    if path is not None:
        window.open_path(path, passphrase=passphrase)
    return app.exec()


def _show_storage_failures() -> None:
    """A database or disk error that reaches the top (a damaged page read late) is shown as a Danish
    message after being logged, never as a silent failure."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    from app.services.files import failure_message

    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        previous(exc_type, exc, tb)
        message = failure_message(exc) if isinstance(exc, Exception) else None
        if message is not None:
            QMessageBox.warning(None, "Klassekonference", message)

    sys.excepthook = hook
