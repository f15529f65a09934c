from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from app.domain.conference import Conference, ConferenceStatus
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY


@pytest.fixture
def window(qtbot, demo_file, tmp_path):
    """The real main window on a fresh demo file, with settings in a temporary file."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(today=DEMO_TODAY, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    assert win.open_path(demo_file)
    yield win
    win.close()


def select_class(win, name: str) -> None:
    model = win.overview.class_model
    for row in range(model.rowCount()):
        if model.index(row).data().startswith(name):
            win.overview.class_list.setCurrentIndex(model.index(row))
            return
    raise AssertionError(f"no class {name}")


@pytest.fixture
def planned(window):
    """The window showing 5.B's planned conference."""
    select_class(window, "5.B")
    conference = window.overview.conference_model.conference_at(window.overview.conference_list.currentIndex().row())
    assert conference.status == ConferenceStatus.PLANNED
    window.open_selected_conference()
    assert window.in_workspace()
    return window


def stored_conference(win) -> Conference:
    return win.store.get(Conference, win.workspace.conference.id)
