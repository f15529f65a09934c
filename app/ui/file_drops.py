"""Files that come to the window from outside: dragged onto it, or (macOS) double-clicked in the Finder.

- A ``.klassekonference`` file dropped anywhere on the window opens it (as Filer → Åbn…).
- A CSV or Excel file dropped on the class overview starts the matching import dialog with the file loaded:
  pupil list, absence or wellbeing survey (app.services.import_kind decides from the headers).
- macOS sends a double-clicked or "Open with"-ed file as a QFileOpenEvent to the application, not as an
  argument: :class:`FileOpenHandler` opens it in the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog

from app.storage.database import FILE_SUFFIX
from app.ui.action import run_action
from app.ui.user_dialogs import dialogs_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileDrops", text)


def dropped_file(mime) -> Path | None:
    """The one local file in a drag, or None (several files, a web link, text)."""
    if mime is None or not mime.hasUrls():
        return None
    urls = [url for url in mime.urls() if url.isLocalFile()]
    if len(urls) != 1 or len(mime.urls()) != 1:
        return None
    return Path(urls[0].toLocalFile())


def accepts(window, path: Path | None) -> bool:
    """Whether the window takes this file now: a school file always, a table only on the open file's overview."""
    if path is None:
        return False
    if path.suffix.casefold() == FILE_SUFFIX:
        return True
    from app.services import import_kind as kinds  # first used at a drop: not loaded at start

    return (kinds.is_table_file(path) and window.store is not None and not window.in_workspace()
            and window.pages.currentWidget() is window.overview)


class DropHandler(QObject):
    """Event filter on the main window for drag-enter, drag-move and drop."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if accepts(self.window, dropped_file(event.mimeData())):
                event.acceptProposedAction()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            path = dropped_file(event.mimeData())
            if path is None or not accepts(self.window, path):
                event.ignore()
                return True
            event.acceptProposedAction()
            # The dialogs that follow are modal: start them once the drop itself is over.
            QTimer.singleShot(0, lambda: open_dropped(self.window, path))
            return True
        return False


def open_dropped(window, path: Path) -> None:
    if path.suffix.casefold() == FILE_SUFFIX:
        window.open_path(path)
    else:
        start_import(window, path)


def start_import(window, path: Path):
    """The import dialog that fits ``path``, with the file loaded; returns the dialog (after it closed)."""
    from app.services import import_kind as kinds

    if window.store is None:
        return None
    done = run_action(lambda: kinds.import_kind(path),
                      lambda message: dialogs_for(window).warn(_tr("The file cannot be imported"), message),
                      also=(OSError,))
    if not done:
        return None
    which = done.value
    dialog: QDialog  # one of the three import dialogs
    if which == kinds.ABSENCE:
        from app.ui.school_year_dialogs import AbsenceImportDialog

        dialog = AbsenceImportDialog(window.store, window)
        dialog.load_file(path)
        if dialog.exec() == AbsenceImportDialog.DialogCode.Accepted:
            window.refresh_overview()
    elif which == kinds.SURVEY:
        from app.ui.survey_import_dialog import SurveyImportDialog

        dialog = SurveyImportDialog(window.store, window, school_year=window.current_school_year(),
                                    today=window.today)
        dialog.load(path)
        dialog.exec()
        window.refresh_overview()
    else:
        from app.ui.roster_import_dialog import RosterImportDialog

        dialog = RosterImportDialog(window.store, window.current_school_year(), window, today=window.today)
        dialog.imported.connect(lambda _result: window.refresh_overview())
        dialog.load_file(path)
        dialog.exec()
    return dialog


class FileOpenHandler(QObject):
    """macOS: a file double-clicked in the Finder (or dropped on the Dock icon) opens in the window."""

    def __init__(self, app, window):
        super().__init__(window)
        self.window = window
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FileOpen:
            path = Path(event.file()) if event.file() else None
            if path is not None and path.suffix.casefold() == FILE_SUFFIX:
                QTimer.singleShot(0, lambda: self._open(path))
                return True
        return False

    def _open(self, path: Path) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
        if self.window.store is None or self.window.store.path.resolve() != path.resolve():
            self.window.open_path(path)


def install_file_drops(window) -> DropHandler:
    window._drop_handler = DropHandler(window)
    return window._drop_handler
