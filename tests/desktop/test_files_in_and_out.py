"""Filer → Seneste filer, files dropped on the window (a school file; a CSV/Excel list on the overview), and
macOS's FileOpen event."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from tests.import_files import roster_rows, write_csv, write_xlsx


@pytest.fixture
def window(qtbot, tmp_path):
    win = MainWindow(today=DEMO_TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def _copies(demo_file: Path, names: list[str]) -> list[Path]:
    paths = []
    for name in names:
        target = demo_file.parent / name
        shutil.copyfile(demo_file, target)
        paths.append(target)
    return paths


# -- recent files ------------------------------------------------------------------------------------
def test_recent_files_menu_lists_opened_files_newest_first_and_opens_them(window, demo_file):
    first, second = _copies(demo_file, ["Sofies skole & co.klassekonference", "Ærø Friskole.klassekonference"])
    assert window.open_path(first) and window.open_path(second)
    window.close_file()
    menu = window.recent_menu
    assert menu.parent() is window and menu.menuAction() in window.open_action.associatedObjects()[-1].actions()
    menu.refill()
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries] == [str(second.resolve()), str(first.resolve())]
    assert entries[0].text() == "&1 Ærø Friskole.klassekonference"
    assert entries[1].text() == "&2 Sofies skole && co.klassekonference"  # '&' in a name is no mnemonic
    entries[1].trigger()
    assert window.store is not None and window.store.path.resolve() == first.resolve()
    menu.refill()
    assert [a.data() for a in menu.actions() if a.data()][0] == str(first.resolve())  # now the newest


def test_demo_school_is_never_a_recent_file(window):
    window.open_demo()
    window.recent_menu.refill()
    assert [a for a in window.recent_menu.actions() if a.data()] == []
    assert not window.recent_menu.clear_action.isEnabled()


def test_a_recent_file_that_is_gone_gets_a_calm_message_and_leaves_the_list(window, demo_file, monkeypatch):
    (gone,) = _copies(demo_file, ["Flyttet.klassekonference"])
    window.open_path(gone)
    window.close_file()
    gone.unlink()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    window.recent_menu.refill()
    entry = next(a for a in window.recent_menu.actions() if a.data())
    assert "(findes ikke)" in entry.text()
    entry.trigger()
    assert said and "Flyttet.klassekonference" in said[0] and "tages af listen" in said[0]
    assert window.store is None
    window.recent_menu.refill()
    assert [a for a in window.recent_menu.actions() if a.data()] == []
    assert window.welcome.recent_model.stringList() == []


def test_clear_the_list(window, demo_file):
    window.open_path(demo_file)
    window.recent_menu.refill()
    window.recent_menu.clear_action.trigger()
    window.recent_menu.refill()
    assert [a for a in window.recent_menu.actions() if a.data()] == []


# -- drag and drop -----------------------------------------------------------------------------------
def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def _drag(window, mime: QMimeData) -> bool:
    enter = QDragEnterEvent(QPointF(window.width() / 2, window.height() / 2), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    return enter.isAccepted()


def _drop(window, qtbot, mime: QMimeData) -> bool:
    _drag(window, mime)  # as with a mouse: Qt delivers a drop only where the drag entered
    drop = QDropEvent(QPointF(window.width() / 2, window.height() / 2), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    qtbot.wait(20)  # the dialog starts once the drop is over
    return drop.isAccepted()


def test_dropping_a_school_file_opens_it_and_remembers_it(window, demo_file, qtbot):
    assert _drag(window, _mime(demo_file))
    assert _drop(window, qtbot, _mime(demo_file))
    qtbot.waitUntil(lambda: window.store is not None)
    assert window.store.path.resolve() == demo_file.resolve()
    assert str(demo_file.resolve()) in window.settings.value("recent_files")


@pytest.mark.parametrize("what", ["two files", "a web link", "text", "a photo"])
def test_other_drops_are_refused(window, demo_file, tmp_path, what):
    photo = tmp_path / "klassebillede.png"
    photo.write_bytes(b"\x89PNG")
    mime = {"two files": _mime(demo_file, demo_file), "a photo": _mime(photo), "text": QMimeData(),
            "a web link": QMimeData()}[what]
    if what == "text":
        mime.setText(str(demo_file))
    if what == "a web link":
        mime.setUrls([QUrl("https://example.com/skole.klassekonference")])
    assert not _drag(window, mime)


def test_a_pupil_list_is_refused_before_a_file_is_open(window, tmp_path):
    csv = tmp_path / "elevliste.csv"
    write_csv(csv, roster_rows())
    assert not _drag(window, _mime(csv))


@pytest.fixture
def started(monkeypatch):
    """The import dialogs that a drop starts, with the file they loaded; exec() does not block."""
    from app.ui.roster_import_dialog import RosterImportDialog
    from app.ui.school_year_dialogs import AbsenceImportDialog
    from app.ui.survey_import_dialog import SurveyImportDialog

    seen = []
    for cls in (RosterImportDialog, AbsenceImportDialog, SurveyImportDialog):
        monkeypatch.setattr(cls, "exec", lambda self: seen.append(self) or 0)
    return seen


def test_a_pupil_list_dropped_on_the_overview_starts_the_roster_import_with_the_file(window, demo_file, tmp_path,
                                                                                     qtbot, started):
    from app.ui.roster_import_dialog import RosterImportDialog

    window.open_path(demo_file)
    csv = tmp_path / "Elevliste 5.B (Sofies hold).csv"
    write_csv(csv, roster_rows())
    assert _drag(window, _mime(csv))
    assert _drop(window, qtbot, _mime(csv))
    qtbot.waitUntil(lambda: bool(started))
    dialog = started[0]
    assert isinstance(dialog, RosterImportDialog)
    assert dialog.path_edit.text() == str(csv) and dialog.preview is not None


def test_an_absence_workbook_starts_the_absence_import(window, demo_file, tmp_path, qtbot, started):
    from app.ui.school_year_dialogs import AbsenceImportDialog

    window.open_path(demo_file)
    workbook = tmp_path / "fravær Q3.xlsx"
    write_xlsx(workbook, {"Fravær": [["Navn", "Klasse", "Fravær i alt", "Ulovligt fravær", "Sygdom"],
                                     ["Åse Ærø", "5.B", "4,5", "0", "4,5"]]})
    assert _drop(window, qtbot, _mime(workbook))
    qtbot.waitUntil(lambda: bool(started))
    assert isinstance(started[0], AbsenceImportDialog) and str(started[0].path) == str(workbook)


def test_a_survey_template_starts_the_survey_import(window, demo_file, tmp_path, qtbot, started):
    from app.services import school
    from app.services.survey_template import write_template
    from app.ui.survey_import_dialog import SurveyImportDialog

    window.open_path(demo_file)
    path = write_template(tmp_path / "trivsel.xlsx", school.classes_of_year(window.store, 2026)[:2])
    assert _drop(window, qtbot, _mime(path))
    qtbot.waitUntil(lambda: bool(started))
    assert isinstance(started[0], SurveyImportDialog) and started[0].path_edit.text() == str(path)


def test_a_damaged_table_gets_a_danish_message_and_no_dialog(window, demo_file, tmp_path, qtbot, started,
                                                            monkeypatch):
    window.open_path(demo_file)
    broken = tmp_path / "elevliste.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    _drop(window, qtbot, _mime(broken))
    qtbot.waitUntil(lambda: bool(said))
    assert said[0][0] == "Filen kan ikke importeres" and "elevliste.xlsx" in said[0][1]
    assert started == []


def test_tables_are_not_taken_during_a_conference(window, demo_file, tmp_path):
    from tests.ui.workspace.conftest import select_class

    window.open_path(demo_file)
    select_class(window, "5.B")
    window.open_selected_conference()
    csv = tmp_path / "elevliste.csv"
    write_csv(csv, roster_rows())
    assert not _drag(window, _mime(csv))
    assert _drag(window, _mime(demo_file))  # another school file may still be opened


# -- macOS: a file double-clicked in the Finder --------------------------------------------------------
def test_a_file_open_event_opens_the_file(window, demo_file, qtbot):
    from app.ui.file_drops import FileOpenHandler

    FileOpenHandler(QApplication.instance(), window)
    QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(demo_file)))
    qtbot.waitUntil(lambda: window.store is not None)
    assert window.store.path.resolve() == demo_file.resolve()
    assert QEvent.Type.FileOpen  # the event type the handler filters
