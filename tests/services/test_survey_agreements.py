"""The class agreements that answer the wellbeing survey, grouped under what they answer (on the demo file)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.agreement import AgreementStatus, ResponsibleKind
from app.domain.wellbeing import Indicator, indicator_label
from app.i18n import tr
from app.services import agreements, conferences, school
from app.services.survey_agreements import SurveyLink, agreements_by_survey_link
from app.storage.database import open_database

RO_TEXT = "Fælles struktur ved timestart"  # the demo's agreement about "ro og orden", made in 4.B last spring
A10 = "Hvis der er larm i klassen, kan lærerne hurtigt få skabt ro."


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def _class(store, name, year=2026):
    return next(c for c in school.classes_of_year(store, year) if c.name == name)


def _planned(store, school_class):
    return conferences.conferences_of_class(store, school_class)[-1]


def _shown(groups):
    return {link.label: [item.text for item in items] for link, items in groups.items()}


def test_last_years_agreement_follows_the_pupils_into_the_new_class(store):
    for name, year in (("5.B", 2026), ("4.B", 2025)):
        groups = agreements_by_survey_link(store, _class(store, name, year))
        assert list(groups) == [SurveyLink(indicator=Indicator.CALM)]
        (item,) = groups[SurveyLink(indicator=Indicator.CALM)]
        assert item.text.startswith(RO_TEXT)
        assert (item.class_name, item.made_on, item.deadline) == ("4.B", date(2026, 4, 22), date(2026, 6, 1))
        assert item.status == AgreementStatus.PARTLY and item.responsible == "Mette Bjørk Holm"
        # Listed under the indicator; it names the question it also answers.
        assert (item.question_code, item.question_text) == ("A10", A10)
    assert agreements_by_survey_link(store, _class(store, "5.A")) == {}  # another cohort's agreements stay out


def test_groups_in_the_survey_order_with_questions_after_the_indicators(store):
    b_class = _class(store, "5.B")
    planned = _planned(store, b_class)
    mette = next(m for m in school.staff(store) if m.name.startswith("Mette"))
    agreements.add_agreement(store, planned, b_class, "Høreværn og en rolig krog.", responsible=mette,
                             question_code="A09", deadline=date(2027, 1, 15))
    agreements.add_agreement(store, planned, b_class, "Tre fælles frikvartersregler.", responsible=mette,
                             indicator=Indicator.SOCIAL, deadline=date(2027, 3, 1))
    agreements.add_agreement(store, planned, b_class, "Ro-signal i vikartimer.", responsible=ResponsibleKind.PARENTS,
                             indicator=Indicator.CALM, deadline=date(2027, 2, 1))
    agreements.add_agreement(store, planned, b_class, "Ukendt spørgsmål.", responsible=mette, question_code="Z99")
    groups = agreements_by_survey_link(store, b_class)
    assert [link.label for link in groups] == [
        indicator_label(Indicator.SOCIAL), indicator_label(Indicator.CALM),
        "Er det let at høre, hvad læreren siger i timerne?", tr("agreement", "Question {code}").format(code="Z99"),
    ]
    # Still open first by deadline; the partly done one is open too (deadline 1 June 2026).
    calm = groups[SurveyLink(indicator=Indicator.CALM)]
    assert [i.text[:22] for i in calm] == [RO_TEXT[:22], "Ro-signal i vikartimer."[:22]]
    assert calm[1].responsible == "Forældrene"


def test_agreements_about_pupils_are_never_listed(store):
    b_class = _class(store, "5.B")
    planned = _planned(store, b_class)
    pupils = school.pupils_of_class(store, b_class)
    mette = next(m for m in school.staff(store) if m.name.startswith("Mette"))
    agreements.add_agreement(store, planned, b_class, "Samtale om frikvarteret.", pupils=[pupils[0]],
                             responsible=mette, indicator=Indicator.SOCIAL)
    agreements.add_agreement(store, planned, b_class, "Fast plads ved tavlen.", pupils=pupils[1:3],
                             responsible=mette, question_code="A09")
    agreements.add_agreement(store, planned, b_class, "Eleven siger til.", pupils=[pupils[3]],
                             responsible=ResponsibleKind.PUPIL, indicator=Indicator.CALM)
    groups = agreements_by_survey_link(store, b_class)
    assert _shown(groups) == {indicator_label(Indicator.CALM): [groups[SurveyLink(indicator=Indicator.CALM)][0].text]}
    every_text = " ".join(f"{i.text} {i.responsible}" for items in groups.values() for i in items)
    for pupil in pupils:
        assert pupil.full_name not in every_text


def test_minutes_of_an_earlier_conference_see_the_agreements_as_they_stood(store):
    four_b = _class(store, "4.B", 2025)
    april, june, planned = conferences.conferences_of_class(store, four_b)
    mette = next(m for m in school.staff(store) if m.name.startswith("Mette"))
    agreements.add_agreement(store, planned, _class(store, "5.B"), "Tre fælles frikvartersregler.",
                             responsible=mette, indicator=Indicator.SOCIAL)

    def state(until):
        groups = agreements_by_survey_link(store, four_b, made_until=until)
        return {link.indicator: [i.status for i in items] for link, items in groups.items()}

    assert state(april.held_on) == {Indicator.CALM: [AgreementStatus.OPEN]}  # made that day, not yet reviewed
    assert state(june.held_on) == {Indicator.CALM: [AgreementStatus.PARTLY]}  # reviewed in June
    assert state(planned.held_on) == {Indicator.SOCIAL: [AgreementStatus.OPEN],
                                      Indicator.CALM: [AgreementStatus.PARTLY]}
