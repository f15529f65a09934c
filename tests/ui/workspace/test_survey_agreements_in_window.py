"""'Lav aftale' on the wellbeing tab: after the dialog the new agreement is listed under its indicator."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.wellbeing import Indicator, indicator_label
from tests.ui.workspace.conftest import select_class


def test_the_agreement_made_from_an_indicator_is_listed_under_it(qtbot, window):
    select_class(window, "5.B")
    window.overview.tabs.setCurrentWidget(window.wellbeing_page)
    page = window.wellbeing_page
    assert [label for label, _ in page.survey_agreements.shown()] == [indicator_label(Indicator.CALM)]

    def answer():
        dialog = QApplication.activeModalWidget()
        dialog.text.setPlainText("Tre fælles frikvartersregler.")
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(page.agreement_buttons[(Indicator.SOCIAL.value, None)], Qt.MouseButton.LeftButton)
    shown = window.wellbeing_page.survey_agreements.shown()
    assert shown[0] == (indicator_label(Indicator.SOCIAL), [("Tre fælles frikvartersregler.", "Åben")])
    assert [label for label, _ in shown] == [indicator_label(Indicator.SOCIAL), indicator_label(Indicator.CALM)]
