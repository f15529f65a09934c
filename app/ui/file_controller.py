"""The window's file actions: open (asking for the passphrase, or to take over a stale lock), make a new
file, open the demo, close; and the list of recent files. The user is asked and told through
``window.dialogs`` (:mod:`app.ui.user_dialogs`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services import conferences as conference_service, files
from app.storage.database import FILE_SUFFIX
from app.storage.errors import PassphraseNeededError, StorageError, WrongPassphraseError
from app.storage.lock import FileLockedError
from app.ui.action import run_action
from app.ui.passphrase_dialogs import PassphrasePromptDialog

RECENT_KEY = "recent_files"
MAX_RECENT = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class FileController:
    def __init__(self, window):
        self.window = window

    def choose_and_open(self) -> None:
        path = self.window.dialogs.choose_file_to_open(
            _tr("Open file"), _tr("Klassekonference files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX))
        if path is not None:
            self.open_path(path)

    def choose_and_create(self) -> None:
        dialogs = self.window.dialogs
        name = dialogs.ask_text(_tr("New file"), _tr("The school's name:"))
        if not name or not name.strip():
            return
        path = dialogs.choose_file_to_save(_tr("Save the new file as"), name.strip() + FILE_SUFFIX,
                                           _tr("Klassekonference files (*{suffix})").format(suffix=FILE_SUFFIX))
        if path is None:
            return
        from app.ui.passphrase_dialogs import NewPassphraseDialog

        ask = NewPassphraseDialog(self.window, file_name=path.name, school=name.strip())
        if not ask.exec():
            return
        passphrase = ask.passphrase()
        made = run_action(lambda: files.new_file(path, name, passphrase=passphrase),
                          lambda message: dialogs.warn(_tr("The file was not made"), message))
        if made and made.value is not None:  # made: new_file returned the path
            self.open_path(made.value, passphrase)

    def open_demo(self) -> None:
        from app.ui.demo_session import demo_copy  # issue 18: a copy removed when the program ends

        self.open_path(demo_copy(today=self.window.today), remember=False)

    def open_path(self, path: Path, passphrase: str | None = None, *, remember: bool = True) -> bool:
        """Open a file, asking for its passphrase if needed. Shows a message and returns False on failure."""
        window, dialogs = self.window, self.window.dialogs
        path = Path(path)
        take_over = False
        while True:
            try:
                store = files.open_file(path, passphrase, take_over_lock=take_over, quick_check=False)
                break
            except (PassphraseNeededError, WrongPassphraseError) as error:
                message = "" if isinstance(error, PassphraseNeededError) else str(error)
                passphrase = PassphrasePromptDialog.ask(window, path.name, message)
                if not passphrase:
                    return False
            except FileLockedError as error:
                if not error.stale or take_over:
                    dialogs.warn(_tr("The file is in use"), str(error))
                    return False
                if not dialogs.ask(_tr("The file is in use"), str(error) + "\n\n" + _tr("Take the file over?")):
                    return False
                take_over = True
            except StorageError as error:
                dialogs.warn(_tr("The file could not be opened"), str(error))
                return False
        self.window.close_file()
        if remember:
            self.remember(path)
        window.attach(store, passphrase)
        return True

    # -- the File menu's imports and handouts ------------------------------------------------------------
    def import_roster(self) -> None:
        from app.ui.roster_import_dialog import RosterImportDialog

        window = self.window
        if window.store is None:
            return
        RosterImportDialog(window.store, window.current_school_year(), window, today=window.today).exec()

    def import_absence(self) -> None:
        from app.ui.school_year_dialogs import AbsenceImportDialog

        window = self.window
        if window.store is None:
            return
        dialog = AbsenceImportDialog(window.store, window)
        if dialog.exec() == AbsenceImportDialog.DialogCode.Accepted and window.in_workspace():
            window.workspace.refresh()

    def new_school_year(self) -> None:
        from app.ui.school_year_dialogs import start_new_school_year_dialog

        window = self.window
        if window.store is None:
            return
        year = start_new_school_year_dialog(window, window.store, window.current_school_year(), window.today)
        if year is not None:
            window._show_file(year)

    def show_handouts(self) -> None:
        """Agenda, protocol, the class's sheet, pupil sheets and the workbook: preview, print, save."""
        from app.ui.print_preview import ExportDialog

        window = self.window
        if window.store is None:
            return
        if window.in_workspace():
            window.workspace.flush()
            conference = window.workspace.conference
            school_class = conference_service.classes_of_conference(window.store, conference)[0]
        else:
            school_class, conference = window.selected_class(), window.overview.selected_conference()
        if school_class is None or conference is None:
            window.dialogs.inform(_tr("Handouts"), _tr("Choose a class with a conference first."))
            return
        ExportDialog(window.store, conference, window, school_class=school_class, today=window.today).exec()

    def remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self.recent() if p != str(path.resolve())]
        self.window.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])

    def recent(self) -> list[str]:
        value = self.window.settings.value(RECENT_KEY, [])
        return [value] if isinstance(value, str) else list(value or [])
