"""The class wellbeing page lists the class agreements under the indicator or question they answer."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from app.domain.wellbeing import Indicator, indicator_label
from app.services import agreements, conferences, school
from tests.ui.wellbeing_pages import _class, _page

RO_TEXT = ("Fælles struktur ved timestart i alle fag: dagens program på tavlen, en fast startopgave og et fælles "
           "ro-signal.")


def _label_texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def test_last_years_agreement_is_shown_under_its_indicator_with_status_and_deadline(qtbot, store):
    page = _page(qtbot, store, "5.B")
    assert page.agreements_heading.isVisible() and page.survey_agreements.isVisible()
    assert page.survey_agreements.shown() == [(indicator_label(Indicator.CALM), [(RO_TEXT, "Delvist udført")])]
    (group,) = page.survey_agreements.groups
    text = _label_texts(group)
    assert "Mette Bjørk Holm" in text and "01.06.2026" in text and "4.B" in text  # made last year, in 4.B
    assert "Hvis der er larm i klassen" in text  # the question it also answers
    assert not page.survey_agreements.empty_label.isVisible()


def test_a_new_agreement_appears_under_its_indicator_when_the_page_is_shown_again(qtbot, store):
    page = _page(qtbot, store, "5.B")
    b_class = _class(store, "5.B")
    planned = conferences.conferences_of_class(store, b_class)[-1]
    birgitte = next(m for m in school.staff(store) if m.name.startswith("Birgitte"))
    agreements.add_agreement(store, planned, b_class, "Tre fælles frikvartersregler.", responsible=birgitte,
                             indicator=Indicator.SOCIAL, deadline=date(2027, 2, 1))
    pupil = school.pupils_of_class(store, b_class)[0]
    agreements.add_agreement(store, planned, b_class, "Samtale om frikvarteret.", pupils=[pupil],
                             responsible=birgitte, indicator=Indicator.SOCIAL)
    page.show_class(b_class)  # what the main window does after the agreement dialog closes
    shown = page.survey_agreements.shown()
    assert [label for label, _ in shown] == [indicator_label(Indicator.SOCIAL), indicator_label(Indicator.CALM)]
    assert shown[0][1] == [("Tre fælles frikvartersregler.", "Åben")]
    everything = _label_texts(page.survey_agreements)
    assert "Samtale om frikvarteret" not in everything and pupil.full_name not in everything
    assert "01.02.2027" in everything


def test_below_five_answers_the_agreements_show_but_no_values(qtbot, store):
    a_class = _class(store, "5.A")
    conference = conferences.plan_conference(store, [a_class], date(2026, 12, 10))
    birgitte = next(m for m in school.staff(store) if m.name.startswith("Birgitte"))
    agreements.add_agreement(store, conference, a_class, "Klassemøde om trivsel hver fredag.", responsible=birgitte,
                             indicator=Indicator.SOCIAL, deadline=date(2027, 2, 1))
    page = _page(qtbot, store, "5.A")
    assert page.reason_label.isVisible() and not page.indicator_chart.isVisible()
    assert page.survey_agreements.shown() == [(indicator_label(Indicator.SOCIAL),
                                               [("Klassemøde om trivsel hver fredag.", "Åben")])]
    assert "3,4" not in _label_texts(page.survey_agreements)


def test_a_class_without_linked_agreements_gets_a_hint(qtbot, store):
    page = _page(qtbot, store, "1.A")
    assert page.survey_agreements.shown() == []
    assert page.survey_agreements.empty_label.isVisible()
