"""The wellbeing survey tab of the class overview, and "Lav aftale" from an indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.wellbeing import Indicator
from app.services import agreements as agreement_service
from app.ui.workspace.agreement_dialog import AgreementDialog
from tests.ui.workspace.conftest import select_class


def test_make_an_agreement_from_an_indicator(qtbot, window):
    select_class(window, "5.B")
    window.overview.tabs.setCurrentWidget(window.wellbeing_page)
    page = window.wellbeing_page
    button = page.agreement_buttons[(Indicator.CALM.value, None)]
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        assert dialog.link.currentData() == Indicator.CALM.value
        dialog.text.setPlainText("Fælles ro-signal i alle timer.")
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(seen[0], AgreementDialog)
    conference = seen[0].conference
    assert conference.status == "planlagt"
    made = agreement_service.agreements_made_at(window.store, conference)
    assert [(a.text, a.indicator) for a in made] == [("Fælles ro-signal i alle timer.", Indicator.CALM)]


def test_a_class_below_five_answers_shows_no_values_in_the_window(window):
    select_class(window, "5.A")
    window.overview.tabs.setCurrentWidget(window.wellbeing_page)
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in window.wellbeing_page.findChildren(QLabel)
                     if label.isVisibleTo(window.wellbeing_page))
    assert "4 svar" in texts


def test_the_wellbeing_tab_is_built_when_first_clicked(window):
    from app.ui.wellbeing_page import WellbeingPage

    select_class(window, "5.B")
    tabs = window.overview.tabs
    assert window.overview._wellbeing_page is None  # not built at start: a faster first window
    tabs.setCurrentIndex(1)
    assert isinstance(tabs.currentWidget(), WellbeingPage)
    assert "5.B" in tabs.currentWidget().title.text()
