"""The window's flows through its dialog interface (a fake: no QMessageBox is patched), and an overview that
refreshes itself from the tables an operation changed."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings

from app.services import files, school
from app.storage.lock import FileLockedError, LockInfo
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY
from tests.ui.fake_dialogs import FakeDialogs


@pytest.fixture
def win(qtbot, tmp_path):
    window = MainWindow(today=DEMO_TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.dialogs = FakeDialogs()
    yield window
    window.close()


def test_a_damaged_file_is_one_calm_warning(win, tmp_path):
    broken = tmp_path / "Sofies skole.klassekonference"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert not win.open_path(broken)
    assert win.dialogs.kinds() == ["warn"]
    _, title, text = win.dialogs.said[0]
    assert title == "Filen kunne ikke åbnes" and "Sofies skole.klassekonference" in text
    assert win.store is None and win.pages.currentWidget() is win.welcome


def _stale_lock_once(monkeypatch):
    real = files.open_file
    calls = []

    def open_file(path, passphrase=None, *, take_over_lock=False, **kwargs):
        calls.append(take_over_lock)
        if not take_over_lock:
            now = datetime(2026, 11, 24, 8, 0)
            holder = LockInfo(host="lærerværelset", user="Åse", pid=1, app_started=now, opened_at=now, heartbeat=now,
                              token="x")
            raise FileLockedError("Filen er åben hos Åse på lærerværelset.", holder, stale=True)
        return real(path, passphrase, take_over_lock=take_over_lock, **kwargs)

    monkeypatch.setattr(files, "open_file", open_file)
    return calls


@pytest.mark.parametrize("take_over", [True, False])
def test_a_stale_lock_is_taken_over_only_when_the_user_says_yes(win, demo_file, monkeypatch, take_over):
    calls = _stale_lock_once(monkeypatch)
    win.dialogs.answers = [take_over]
    assert win.open_path(demo_file) is take_over
    assert win.dialogs.kinds() == ["ask"]
    assert "Åse" in win.dialogs.said[0][2] and win.dialogs.said[0][2].endswith("Vil du overtage filen?")
    assert calls == ([False, True] if take_over else [False])
    assert (win.store is not None) is take_over


def test_a_new_file_is_made_from_the_answers(win, tmp_path, monkeypatch):
    from app.ui import passphrase_dialogs

    target = tmp_path / "Østerbro Skole.klassekonference"
    win.dialogs = FakeDialogs(texts=["Østerbro Skole"], files=[target])
    monkeypatch.setattr(passphrase_dialogs.NewPassphraseDialog, "exec", lambda self: True)
    monkeypatch.setattr(passphrase_dialogs.NewPassphraseDialog, "passphrase", lambda self: None)
    win.choose_and_create()
    assert win.dialogs.kinds() == ["ask_text", "choose_file"]
    assert win.store is not None and win.store.path == target
    assert school.the_school(win.store).name == "Østerbro Skole"


def test_a_cancelled_new_file_makes_nothing(win, tmp_path):
    win.dialogs = FakeDialogs(texts=[None])
    win.choose_and_create()
    assert win.store is None and list(tmp_path.glob("*.klassekonference")) == []


def test_handouts_without_a_conference_say_what_to_do(win, demo_file):
    assert win.open_path(demo_file)
    box = win.overview.year_box  # a school year without classes: nothing chosen
    box.addItem("2030/2031", 2030)
    box.setCurrentIndex(box.findData(2030))
    win.files.show_handouts()
    assert win.dialogs.said == [("inform", "Udskrifter", "Vælg først en klasse med en konference.")]


def test_the_overview_refreshes_itself_after_a_change(win, demo_file):
    assert win.open_path(demo_file)
    before = win.overview.class_model.rowCount()
    chosen = win.selected_class()
    school.add_class(win.store, "9.Ø", 2026)  # any operation on the file, from anywhere
    assert win.overview.class_model.rowCount() == before + 1
    assert win.selected_class().id == chosen.id  # the chosen class stays chosen


def test_a_change_behind_another_page_is_shown_when_the_overview_comes_back(win, demo_file):
    assert win.open_path(demo_file)
    from tests.ui.workspace.conftest import select_class

    select_class(win, "5.B")
    win.open_selected_conference()
    assert win.in_workspace()
    before = win.overview.class_model.rowCount()
    school.add_class(win.store, "9.Ø", 2026)
    assert win.overview.stale and win.overview.class_model.rowCount() == before  # not reloaded while hidden
    win.show_overview()
    assert not win.overview.stale and win.overview.class_model.rowCount() == before + 1
