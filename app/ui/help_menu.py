"""The Hjælp menu and the desktop conventions that come with it (issue 18).

``install_help_menu(window)`` adds to the main window:
- Hjælp → Brugervejledning (F1), Tastaturgenveje, Sprog, Om Klassekonference (with the third-party licences),
  Om Qt;
- Filer → Seneste filer (app.ui.recent_files) and Filer → Udskriv alle klasser… (app.ui.export_all_dialog);
- drag and drop of files onto the window (app.ui.file_drops).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpMenu", text)


def guide_shortcuts() -> list[QKeySequence]:
    """F1 everywhere, and on macOS also the system's own help key (Cmd+?)."""
    keys = [QKeySequence("F1")]
    if sys.platform == "darwin":
        keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents) if k not in keys]
    return keys


def install_help_menu(window) -> QMenu:
    from app.ui.demo_session import keep_demo_out_of_settings
    from app.ui.export_all_dialog import install_export_all
    from app.ui.file_drops import install_file_drops
    from app.ui.language import LanguageMenu
    from app.ui.recent_files import install_recent_files_menu

    menu = window.menuBar().addMenu(_tr("&Help"))
    window.help_menu = menu
    window.guide_action = QAction(_tr("User &guide"), window)
    window.guide_action.setShortcuts(guide_shortcuts())
    window.guide_action.triggered.connect(lambda: show_guide(window))
    window.shortcuts_action = QAction(_tr("&Keyboard shortcuts"), window)
    window.shortcuts_action.triggered.connect(lambda: show_shortcuts(window))
    window.about_action = QAction(_tr("&About Klassekonference"), window)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.about_action.triggered.connect(lambda: show_about(window))
    window.about_qt_action = QAction(_tr("About &Qt"), window)
    window.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
    window.about_qt_action.triggered.connect(lambda: QApplication.aboutQt())
    for action in (window.guide_action, window.shortcuts_action):
        window.addAction(action)  # the shortcut works on every page, also with the menu bar hidden
        menu.addAction(action)
    menu.addSeparator()
    window.language_menu = LanguageMenu(window)
    menu.addMenu(window.language_menu)
    menu.addSeparator()
    menu.addAction(window.about_action)
    menu.addAction(window.about_qt_action)
    keep_demo_out_of_settings(window)
    install_recent_files_menu(window)
    install_file_drops(window)
    install_export_all(window)
    return menu


def show_guide(window):
    from app.ui.user_guide import show_user_guide

    return show_user_guide(window)


def show_shortcuts(window):
    from app.ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    window._shortcuts_dialog = dialog
    dialog.exec()
    return dialog


def show_about(window):
    from app.ui.licences import AboutDialog

    dialog = AboutDialog(window)
    window._about_dialog = dialog
    dialog.exec()
    return dialog
