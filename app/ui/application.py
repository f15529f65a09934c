"""Start the Qt application: translators, the main window, the event loop."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.resources import resource_path
from app.ui.main_window import MainWindow
from app.ui.translation import install_translators


def create_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1]))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "klassekonference.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if not getattr(app, "_klassekonference_translators", None):
        from PySide6.QtCore import QSettings

        from app import i18n
        from app.ui.language import program_language

        language = program_language(QSettings())  # the choice in Hjælp → Sprog, else the computer's language
        i18n.set_language(language)
        app._klassekonference_translators = install_translators(app, language)  # type: ignore[attr-defined]
    return app


def run(path: Path | None = None, passphrase: str | None = None, *, demo: bool = False) -> int:
    """The program's window on ``path`` (or, with ``demo``, on a fresh copy of the demo school that leaves
    nothing behind in the settings or the temporary folder)."""
    from app.logging_setup import setup_logging
    from app.ui import demo_session

    setup_logging()  # a log without pupil names or note texts, in the user's log folder
    if demo:
        demo_session.start_demo_session()  # before the first QSettings is made
    app = create_application()
    window = MainWindow()
    from app.ui.error_hook import ErrorHook

    ErrorHook(window).install()  # after the log's hook, which it calls first
    window.show()
    terminated = _close_on_terminate(app, window)
    from app.ui.file_drops import FileOpenHandler

    FileOpenHandler(app, window)  # macOS: a file double-clicked in the Finder
    if demo:
        window.open_path(demo_session.demo_copy(), remember=False)
    elif path is not None:
        window.open_path(path, passphrase=passphrase)
    try:
        if terminated:  # stopped while a dialog was open before the event loop ran (app.quit() came too early)
            return 0
        return app.exec()
    finally:
        try:
            window.settings.sync()  # written now, so that nothing is written into a removed folder later
        except (AttributeError, RuntimeError):
            pass
        demo_session.remove_demo_copies()


def _close_on_terminate(app: QApplication, window: MainWindow) -> list:
    """Ctrl+C in the terminal, or a polite kill (SIGTERM, as at log-out), closes the window as the user would:
    open dialogs are cancelled, typed text is saved, the file is closed and unlocked, a demo copy is removed.
    Returns a list that is not empty once that happened."""
    import signal

    from PySide6.QtCore import QTimer

    terminated: list = []

    def close(*_args) -> None:
        if terminated:
            return
        terminated.append(True)
        for _ in range(20):  # cancel the dialogs first, innermost first (e.g. "who is writing" at start)
            dialog = app.activeModalWidget()
            if dialog is None:
                break
            dialog.reject() if hasattr(dialog, "reject") else dialog.close()
            dialog.hide()
        window.close()
        app.quit()

    for name in ("SIGINT", "SIGTERM"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), close)
    wake = QTimer(app)  # Python runs signal handlers only between bytecodes: let it run now and then
    wake.start(300)
    wake.timeout.connect(lambda: None)
    return terminated
