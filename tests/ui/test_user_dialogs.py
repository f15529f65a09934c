"""The one interface through which the program asks and tells (app/ui/user_dialogs.py): every window and dialog
reaches the main window's ``dialogs``, Qt's own dialogs behave as before, and no screen calls QMessageBox itself."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from app.ui.user_dialogs import CANCEL, NO, OK, YES, QtDialogs, UserDialogs, dialogs_for
from tests.ui.fake_dialogs import FakeDialogs

ROOT = Path(__file__).resolve().parents[2]
MESSAGE_FUNCTIONS = {"warning", "information", "question", "critical"}
ALLOWED = {"user_dialogs.py", "error_hook.py"}  # the interface itself, and the last-resort crash handler


def _main_window(qtbot, dialogs=None) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.dialogs = dialogs if dialogs is not None else QtDialogs(window)  # type: ignore[attr-defined]
    return window


def test_a_dialog_in_front_of_the_main_window_reaches_its_dialogs(qtbot):
    fake = FakeDialogs()
    window = _main_window(qtbot, fake)
    dialog = QDialog(window)  # a top-level window of its own, whose parent is the main window
    inner = QLabel("Sofies aftale", dialog)
    QVBoxLayout(dialog).addWidget(inner)
    second = QDialog(dialog)  # a dialog opened from that dialog
    field = QLabel("Åse Ørnebjerg-Ærø", second)
    assert dialog.window() is dialog and dialog.parentWidget() is window
    for widget in (window, window.centralWidget() or window, dialog, inner, second, field):
        assert dialogs_for(widget) is fake


def test_qt_dialogs_open_in_front_of_the_widget_that_asks(qtbot):
    window = _main_window(qtbot)
    dialog = QDialog(window)
    found = dialogs_for(dialog)
    assert isinstance(found, QtDialogs) and found.parent is dialog
    alone = QWidget()
    qtbot.addWidget(alone)
    assert isinstance(dialogs_for(alone), QtDialogs) and dialogs_for(alone).parent is alone  # type: ignore[attr-defined]
    assert isinstance(dialogs_for(None), QtDialogs)


def test_the_fake_has_the_interface_of_the_real_dialogs():
    for name, member in inspect.getmembers(UserDialogs, inspect.isfunction):
        if name.startswith("_"):
            continue
        assert inspect.signature(getattr(FakeDialogs, name)).parameters.keys() == \
            inspect.signature(member).parameters.keys(), name
        assert inspect.signature(getattr(QtDialogs, name)) == inspect.signature(member), name


@pytest.mark.parametrize(("icon", "buttons", "default", "flags", "default_flag"), [
    ("warning", (YES, NO), None, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
     QMessageBox.StandardButton.NoButton),
    ("question", (YES, CANCEL), CANCEL, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
     QMessageBox.StandardButton.Cancel),
    ("information", (OK,), None, QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.NoButton),
])
def test_choose_with_only_qts_buttons_calls_qts_function_as_before(monkeypatch, qtbot, icon, buttons, default, flags,
                                                                   default_flag):
    calls = []

    def shown(parent, title, text, given, given_default):
        calls.append((parent, title, text, given, given_default))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, icon, shown)
    parent = QWidget()
    qtbot.addWidget(parent)
    answer = QtDialogs(parent).choose("Gendan", "Vil du gendanne “Østerbro Skole”?", buttons, default=default,
                                      icon=icon)
    assert calls == [(parent, "Gendan", "Vil du gendanne “Østerbro Skole”?", flags, default_flag)]
    assert answer == (YES if YES in buttons else None)


def test_choose_with_own_buttons_shows_them_with_the_more_and_the_details(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, object] = {}

    def press_own() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_own)
            return
        seen.update(icon=box.icon(), title=box.windowTitle(), text=box.text(), more=box.informativeText(),
                    details=box.detailedText(), default=box.defaultButton().text(),
                    buttons=sorted(button.text() for button in box.buttons()))
        own = next(button for button in box.buttons() if button.text() == "Slet elevdata")
        seen["role"] = box.buttonRole(own)
        own.click()

    QTimer.singleShot(0, press_own)
    answer = QtDialogs(parent).choose("Slet elevdata", "Slet alt om Sofie Ærø-Jensen?", ("Slet elevdata", CANCEL),
                                      default=CANCEL, icon="warning", more="Kan ikke fortrydes.",
                                      details="Før: Sofies mor\nEfter: [slettet elev]s mor", destructive=True)
    assert answer == "Slet elevdata"
    assert seen["icon"] == QMessageBox.Icon.Warning and seen["title"] == "Slet elevdata"
    assert seen["text"] == "Slet alt om Sofie Ærø-Jensen?" and seen["more"] == "Kan ikke fortrydes."
    assert seen["details"] == "Før: Sofies mor\nEfter: [slettet elev]s mor"
    assert seen["role"] == QMessageBox.ButtonRole.DestructiveRole
    assert seen["default"] != "Slet elevdata"  # Enter cancels


def _calls_message_box(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        named = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if named == "QMessageBox":  # QMessageBox(...) or QtWidgets.QMessageBox(...)
            lines.append(node.lineno)
        elif isinstance(func, ast.Attribute) and func.attr in MESSAGE_FUNCTIONS:
            owner = func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) \
                else ""
            if owner_name == "QMessageBox":
                lines.append(node.lineno)
    return lines


def test_the_check_finds_each_way_of_calling_qmessagebox():
    code = ("QMessageBox.warning(self, 'a', 'b')\nQtWidgets.QMessageBox.question(p, 't', 'q')\n"
            "box = QMessageBox(self)\nQMessageBox.critical(None, 'x', 'y')\nQMessageBox.information(w, 'i', 'j')\n"
            "isinstance(w, QMessageBox)\nQMessageBox.StandardButton.Yes\ndialogs_for(self).warn('a', 'b')\n")
    assert _calls_message_box(ast.parse(code)) == [1, 2, 3, 4, 5]


def test_no_screen_calls_qmessagebox_itself():
    """Every question and message goes through dialogs_for(widget) (app/ui/user_dialogs.py), so a flow can be
    tested with FakeDialogs instead of patching Qt."""
    offenders = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        if path.name in ALLOWED:
            continue
        for line in _calls_message_box(ast.parse(path.read_text(encoding="utf-8"))):
            offenders.append(f"{path.relative_to(ROOT)}:{line}")
    assert offenders == []
