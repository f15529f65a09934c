"""Filer → Seneste filer: the files opened last (the same list as on the welcome page), newest first.

The list is the window's setting ``recent_files`` (FileController.remember adds to it; the demo school never
comes into it). It is filled each time the menu opens, so it is never stale; a file that has gone since is
shown as not found and is taken off the list when chosen, with a message.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.ui.user_dialogs import dialogs_for

RECENT_KEY = "recent_files"  # as in app.ui.file_controller


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecentFiles", text)


def recent_paths(settings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    return [value] if isinstance(value, str) else [str(v) for v in (value or [])]


def _menu_containing(action: QAction) -> QMenu | None:
    for holder in action.associatedObjects():
        if isinstance(holder, QMenu):
            return holder
    return None


class RecentFilesMenu(QMenu):
    def __init__(self, window):
        super().__init__(_tr("Recent &files"), window)
        self.main_window = window
        self.setAccessibleName(_tr("Recent files"))
        self.aboutToShow.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        self.clear()
        paths = recent_paths(self.main_window.settings)
        for number, text in enumerate(paths, start=1):
            path = Path(text)
            name = path.name.replace("&", "&&")  # an '&' in a file name is not a mnemonic
            action = self.addAction(f"&{number} {name}" if number < 10 else name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            if not path.exists():
                action.setText(action.text() + " " + _tr("(not found)"))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not paths:
            empty = self.addAction(_tr("(no files yet)"))
            empty.setEnabled(False)
        self.addSeparator()
        self.clear_action = self.addAction(_tr("&Clear the list"))
        self.clear_action.setEnabled(bool(paths))
        self.clear_action.triggered.connect(self.clear_list)
        self.menuAction().setEnabled(True)

    def open_recent(self, path: Path) -> bool:
        if not path.exists():
            dialogs_for(self.main_window).inform(
                _tr("The file was not found"),
                _tr("“{name}” is no longer in {folder}. It may have been moved, renamed or deleted, or the drive it "
                    "is on is not connected. The file is taken off the list; open it with Open… if you know where "
                    "it is now.").format(name=path.name, folder=path.parent),
            )
            self.forget(path)
            return False
        return self.main_window.open_path(path)

    def forget(self, path: Path) -> None:
        kept = [p for p in recent_paths(self.main_window.settings) if Path(p) != path]
        self.main_window.settings.setValue(RECENT_KEY, kept)
        self.main_window.welcome.set_recent(kept)

    def clear_list(self) -> None:
        self.main_window.settings.setValue(RECENT_KEY, [])
        self.main_window.welcome.set_recent([])


def install_recent_files_menu(window) -> RecentFilesMenu:
    """Put Seneste filer into the menu that holds Åbn… (right after it)."""
    menu = RecentFilesMenu(window)
    file_menu = _menu_containing(window.open_action)
    if file_menu is not None:
        actions = file_menu.actions()
        index = actions.index(window.open_action)
        before = actions[index + 1] if index + 1 < len(actions) else None
        if before is None:
            file_menu.addMenu(menu)
        else:
            file_menu.insertMenu(before, menu)
    window.recent_menu = menu
    return menu
