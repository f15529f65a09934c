"""Fixtures shared by the UI tests: ``store``, the demo file opened (from tests/ui/wellbeing_pages.py)."""

from tests.ui.wellbeing_pages import store  # noqa: F401 (a fixture, found by pytest through this conftest)
