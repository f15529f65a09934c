"""The minutes and the class sheet list the agreements about the wellbeing under what they answer."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from app.domain.wellbeing import Indicator, indicator_label
from app.i18n import tr
from app.services import agreements, conferences, school
from app.services.export.content import DocumentKind, ExportOptions, collect, find_class
from app.services.export.files import render_pdf
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY

RO_TEXT = "Fælles struktur ved timestart i alle fag"
SECTION = tr("export", "Agreements about the wellbeing")


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def _document(store, kind, conference, school_class, **options) -> str:
    return _text(render_pdf(kind, collect(store, conference, school_class, ExportOptions(**options), DEMO_TODAY)))


def _section(text: str, end: str) -> str:
    return text.split(SECTION, 1)[1].split(end, 1)[0]


def _word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def test_minutes_list_the_agreement_under_its_indicator_after_the_wellbeing(store):
    b_class = find_class(store, "5.B", 2026)
    april, june, planned = conferences.conferences_of_class(store, b_class)
    text = _document(store, DocumentKind.PROTOCOL, april, b_class)
    wellbeing = text.index("Klassens trivsel")
    assert wellbeing < text.index(SECTION) < text.index("Elevgennemgang", text.index(SECTION))
    section = _section(text, "Elevgennemgang")
    calm = section.index(indicator_label(Indicator.CALM))
    assert section.index(RO_TEXT) > calm
    assert "Mette Bjørk Holm" in section and "01.06.2026" in section
    assert "Åben" in section  # the minutes of April: made that day, not yet followed up
    assert "Hvis der er larm i klassen, kan lærerne hurtigt få skabt ro." in section  # the question it answers
    june_doc = _document(store, DocumentKind.PROTOCOL, june, b_class)  # one referat, 4.B is its second section
    june_text = _section(june_doc.split("4.B: Opfølgning på aftaler", 1)[1], "Elevgennemgang")
    assert RO_TEXT in june_text and "Delvist udført" in june_text


def test_agreements_made_after_the_conference_are_not_in_its_minutes(store):
    b_class = find_class(store, "5.B", 2026)
    april, _june, planned = conferences.conferences_of_class(store, b_class)
    mette = next(m for m in school.staff(store) if m.name.startswith("Mette"))
    agreements.add_agreement(store, planned, b_class, "Tre fælles frikvartersregler.", responsible=mette,
                             indicator=Indicator.SOCIAL, deadline=date(2027, 3, 1))
    assert "Tre fælles frikvartersregler." not in _document(store, DocumentKind.PROTOCOL, april, b_class)
    section = _section(_document(store, DocumentKind.PROTOCOL, planned, b_class), "Elevgennemgang")
    social, calm = section.index(indicator_label(Indicator.SOCIAL)), section.index(indicator_label(Indicator.CALM))
    assert social < section.index("Tre fælles frikvartersregler.") < calm < section.index(RO_TEXT)


def test_class_sheet_lists_the_class_agreements_about_the_survey_and_names_no_pupil(store):
    b_class = find_class(store, "5.B", 2026)
    planned = conferences.conferences_of_class(store, b_class)[-1]
    pupils = school.pupils_of_class(store, b_class)
    named = pupils[0]
    birgitte = next(m for m in school.staff(store) if m.name.startswith("Birgitte"))
    agreements.add_agreement(store, planned, b_class, f"{named.given_name} og klassen laver frikvartersregler.",
                             responsible=birgitte, question_code="A09", deadline=date(2027, 1, 15))
    agreements.add_agreement(store, planned, b_class, "Samtale med eleven om frikvarteret.", pupils=[pupils[1]],
                             responsible=birgitte, indicator=Indicator.SOCIAL)
    text = _document(store, DocumentKind.CLASS_SHEET, planned, b_class)
    section = _section(text, tr("export", "The class's agreements"))
    assert section.index(indicator_label(Indicator.CALM)) < section.index(RO_TEXT)
    question = section.index("Er det let at høre, hvad læreren siger i timerne?")
    assert section.index("[en elev] og klassen laver frikvartersregler.") > question
    assert "Samtale med eleven" not in text  # an agreement about one pupil is never listed
    for pupil in pupils:
        assert pupil.full_name not in text
        assert not _word(text, pupil.given_name), pupil.given_name
        assert not _word(text, pupil.family_name), pupil.family_name


def test_below_five_answers_the_agreements_are_listed_and_the_values_stay_hidden(store):
    a_class = find_class(store, "5.A", 2026)
    conference = conferences.plan_conference(store, [a_class], date(2026, 12, 10), starts_at="14:00")
    birgitte = next(m for m in school.staff(store) if m.name.startswith("Birgitte"))
    agreements.add_agreement(store, conference, a_class, "Klassemøde om trivsel hver fredag.", responsible=birgitte,
                             indicator=Indicator.SOCIAL, deadline=date(2027, 2, 1))
    for kind in (DocumentKind.PROTOCOL, DocumentKind.CLASS_SHEET):
        text = _document(store, kind, conference, a_class)
        assert "Kun 4 svar: resultater for færre end 5 svar vises ikke" in text
        assert "3,4" not in text and "3,0" not in text and "75,0" not in text
        section = text.split(SECTION, 1)[1]
        assert section.index(indicator_label(Indicator.SOCIAL)) < section.index("Klassemøde om trivsel hver fredag.")
