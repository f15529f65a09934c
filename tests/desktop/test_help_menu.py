"""Hjælp: the user guide on F1 (with its pictures, from the shipped files), the shortcut list generated from
the window's actions, and "Om" with every third-party component and its licence text."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.resources import resource_path, user_guide_path
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(today=DEMO_TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _menu_texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_help_menu_is_danish_with_one_mnemonic_letter_each(window):
    assert window.help_menu.title() == "&Hjælp"
    texts = _menu_texts(window.help_menu)
    assert texts[:2] == ["&Brugervejledning", "&Tastaturgenveje"]
    assert "&Om Klassekonference" in texts and "&Sprog" in texts
    letters = [t[t.index("&") + 1].casefold() for t in texts]
    assert len(letters) == len(set(letters))


def test_f1_opens_the_user_guide_with_its_chapters_and_pictures(window, qtbot):
    assert QKeySequence("F1") in window.guide_action.shortcuts()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window._user_guide
    qtbot.waitUntil(guide.isVisible)
    assert guide.found
    text = guide.browser.toPlainText()
    assert "Brugervejledning til Klassekonference" in text and "Kom i gang" in text
    chapters = [guide.chapters.item(i).text() for i in range(guide.chapters.count())]
    assert "Kom i gang" in chapters and "Beskyt elevernes data" in chapters
    pictures = guide.pictures()
    assert len(pictures) >= 8
    document = guide.browser.document()
    for name, width in pictures:
        image = document.resource(document.ResourceType.ImageResource, name)
        assert image is not None and not image.isNull(), name  # the picture file was found and read
        assert 0 < width <= 700
    guide.chapters.setCurrentRow(chapters.index("Beskyt elevernes data"))
    assert guide.browser.verticalScrollBar().value() > 0
    qtbot.keyClick(window, Qt.Key.Key_F1)  # again: the same window comes to the front
    assert window._user_guide is guide
    guide.close()


def _pictures_named(language: str) -> list[str]:
    import re

    return re.findall(r"!\[[^\]]*\]\(([^)]+)\)", user_guide_path(language).read_text(encoding="utf-8"))


@pytest.mark.parametrize("language", ["da", "en"])
def test_every_picture_the_guide_names_exists_in_docs(language):
    names = _pictures_named(language)
    assert names and all((user_guide_path(language).parent / name).is_file() for name in names)


def test_the_english_guide_has_the_danish_guides_pictures_and_chapters():
    """The two guides do not drift apart: the same pictures in the same order, as many chapters and sections."""
    import re

    assert _pictures_named("en") == _pictures_named("da")
    headings = {lang: re.findall(r"^(#{1,3}) ", user_guide_path(lang).read_text(encoding="utf-8"), re.MULTILINE)
                for lang in ("da", "en")}
    assert headings["en"] == headings["da"]
    assert user_guide_path("en").name == "user-guide.md" and user_guide_path("da").name == "brugervejledning.md"


def test_f1_shows_the_english_guide_when_the_program_speaks_english(window, qtbot, monkeypatch):
    from app import i18n

    monkeypatch.setattr(i18n, "_language", "en")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window._user_guide
    qtbot.waitUntil(guide.isVisible)
    assert guide.found
    text = guide.browser.toPlainText()
    assert "User guide for Klassekonference" in text and "Brugervejledning" not in text
    chapters = [guide.chapters.item(i).text() for i in range(guide.chapters.count())]
    assert "Getting started" in chapters and "Protecting the pupils' data" in chapters
    document = guide.browser.document()
    pictures = guide.pictures()
    assert len(pictures) >= 8
    for name, _width in pictures:
        image = document.resource(document.ResourceType.ImageResource, name)
        assert image is not None and not image.isNull(), name
    guide.close()


def test_the_installer_ships_the_guide_with_its_pictures_and_the_licences():
    source = (ROOT / "installer.spec").read_text(encoding="utf-8")
    tree = ast.parse(source)
    analysis = next(node for node in ast.walk(tree) if isinstance(node, ast.Call)
                    and getattr(node.func, "id", "") == "Analysis")
    datas = ast.unparse(next(k.value for k in analysis.keywords if k.arg == "datas"))
    assert "brugervejledning.md" in datas and "'docs'" in datas.replace('"', "'")
    assert "user-guide.md" in datas
    assert "images" in datas
    assert "(str(RESOURCES), 'resources')" in datas.replace('"', "'")  # resources/licenses goes with it


def test_the_shortcut_list_has_every_action_with_a_shortcut_even_one_added_later(window, monkeypatch):
    from app.ui import shortcuts_dialog

    late = QAction("Sen handling", window)
    late.setShortcut(QKeySequence("Ctrl+Alt+J"))
    window.addAction(late)
    shown = {}
    monkeypatch.setattr(shortcuts_dialog.ShortcutsDialog, "exec", lambda self: shown.setdefault("rows", self.listed()))
    window.shortcuts_action.trigger()
    rows = shown["rows"]
    listed = {(what, keys) for keys, what, _menu in rows}
    for action in window.findChildren(QAction):
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if keys and action.text():
            text = shortcuts_dialog.plain_text(action.text())
            expected = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            assert (text, expected) in listed, (text, expected)
    assert ("Sen handling", QKeySequence("Ctrl+Alt+J").toString(QKeySequence.SequenceFormat.NativeText)) in listed
    by_text = {what: (keys, menu) for keys, what, menu in rows}
    assert by_text["Brugervejledning"] == ("F1", "Hjælp")
    assert by_text["Ny aftale…"][1] == "Konference"
    assert by_text["Lås"][0] == "Ctrl+L"
    assert all("&" not in what for _keys, what, _menu in rows)


def test_about_lists_the_third_party_components_with_their_licence_texts(window, monkeypatch):
    from app.ui import licences

    seen = {}
    monkeypatch.setattr(licences.AboutDialog, "exec", lambda self: seen.setdefault("dialog", self))
    window.show_about()
    dialog = seen["dialog"]
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    licence_of = {dialog.table.item(r, 0).text(): dialog.table.item(r, 2).text() for r in range(len(names))}
    for needed in ("Qt", "PySide6_Essentials", "SQLCipher", "reportlab", "openpyxl", "sqlite-utils", "DejaVu fonts",
                   "OpenSSL", "Python"):
        assert needed in names, needed
    assert licence_of["Qt"].startswith("LGPL-3.0")
    assert licence_of["PySide6_Essentials"].startswith("LGPL-3.0")
    for row, name in enumerate(names):
        dialog.table.setCurrentCell(row, 0)
        text = dialog.text.toPlainText()
        assert name in text.splitlines()[0]
        assert len(text) > 200 and "mangler" not in text, name  # a real licence text, not a missing file
    dialog.table.setCurrentCell(names.index("Qt"), 0)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText()
    dialog.table.setCurrentCell(names.index("SQLCipher"), 0)
    assert "ZETETIC LLC" in dialog.text.toPlainText()


def test_every_runtime_dependency_has_a_shipped_licence_text():
    import sys

    sys.path.insert(0, str(ROOT / "build"))
    import collect_licences

    assert collect_licences.check() == []
    listed = json.loads(resource_path("licenses", "components.json").read_text(encoding="utf-8"))
    for component in listed:
        for name in component["files"]:
            assert resource_path("licenses", name).stat().st_size > 100, name


def test_the_meeting_views_own_keys_are_listed_once_the_view_is_built(window, demo_file, monkeypatch):
    from app.ui import shortcuts_dialog
    from tests.ui.workspace.conftest import select_class

    window.open_path(demo_file)
    select_class(window, "5.B")
    window.open_selected_conference()
    shown = {}
    monkeypatch.setattr(shortcuts_dialog.ShortcutsDialog, "exec", lambda self: shown.setdefault("rows", self.listed()))
    window.shortcuts_action.trigger()
    outcomes = [(keys, what) for keys, what, _menu in shown["rows"] if keys.startswith("Alt+") and keys[4:].isdigit()]
    assert [keys for keys, _what in outcomes] == [f"Alt+{n}" for n in range(1, 6)]
    assert [what.split(" ", 1)[1] for _keys, what in outcomes][:2] == ["Udført", "Delvist udført"]
