"""No two mnemonics (Alt+letter) in one window or one menu share a letter, on every page of the window and in
the dialogs of the meeting. Controls are found by walking the widget tree, so a new button is checked too."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from app.ui.workspace.agreement_dialog import AgreementDialog
from app.ui.workspace.attendance_dialog import AttendanceDialog
from app.ui.workspace.notes import NoteDialog

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def window_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Letter -> the visible controls of ``window`` (and its menu bar) that use it."""
    seen: dict[str, list[str]] = defaultdict(list)

    def add(text: str, where: str) -> None:
        letter = mnemonic(text)
        if letter:
            seen[letter].append(f"{where}: {text}")

    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    if menu_bar is not None:
        for action in menu_bar.actions():
            add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), "group")
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), "tab")
    return seen


def clashes(seen: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: users for letter, users in seen.items() if len(users) > 1}


def menu_clashes(window) -> dict[str, dict]:
    found = {}
    for menu in window.findChildren(QMenu):
        seen: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                seen[letter].append(action.text())
        if clashes(seen):
            found[menu.title()] = clashes(seen)
    return found


def test_every_menu_has_distinct_mnemonics(planned):
    assert menu_clashes(planned) == {}


def test_every_page_of_the_window_has_distinct_mnemonics(planned):
    win = planned
    ws = win.workspace
    pages = {}
    for index in range(5):
        ws.go_to_step(index)
        pages[f"step {index + 1}"] = clashes(window_mnemonics(win))
    ws.start_meeting()
    for index in range(5):
        ws.go_to_step(index)
        pages[f"meeting step {index + 1}"] = clashes(window_mnemonics(win))
    win.show_overview()
    pages["overview"] = clashes(window_mnemonics(win))
    win.overview.tabs.setCurrentIndex(win.overview.tabs.count() - 1)  # the wellbeing tab
    pages["overview, wellbeing"] = clashes(window_mnemonics(win))
    win.close_file()
    pages["welcome"] = clashes(window_mnemonics(win))
    assert {page: found for page, found in pages.items() if found} == {}


def test_the_meetings_dialogs_have_distinct_mnemonics(planned):
    win = planned
    ws = win.workspace
    dialogs: list[QDialog] = [
        AgreementDialog(win.store, ws.conference, win),
        AttendanceDialog(win.store, ws.conference, win),
        NoteDialog(win),
    ]
    found = {}
    for dialog in dialogs:
        dialog.show()
        found[type(dialog).__name__] = clashes(window_mnemonics(dialog))
        dialog.reject()
    assert {name: c for name, c in found.items() if c} == {}
