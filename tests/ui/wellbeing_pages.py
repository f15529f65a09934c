"""Shared by the wellbeing page tests: the demo store and the page shown for one class."""

from __future__ import annotations

import pytest

from app.services import school
from app.storage.database import open_database
from app.ui.wellbeing_page import WellbeingPage
from tests.conftest import DEMO_TODAY


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def _class(store, name):
    return next(c for c in school.classes_of_year(store, 2026) if c.name == name)


def _page(qtbot, store, name) -> WellbeingPage:
    page = WellbeingPage(store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.resize(1000, 900)
    page.show_class(_class(store, name))
    page.show()
    return page
