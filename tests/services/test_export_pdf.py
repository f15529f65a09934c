"""The PDF handouts read back with pypdf: what must be on them, and what must never be."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from app.domain.agreement import ResponsibleKind
from app.domain.formatting import clock, decimal, long_date, percent
from app.domain.school import Pupil
from app.domain.wellbeing import IndicatorValue, QuestionDistribution, WellbeingResult
from app.services import agreements, conferences, reviews, school, wellbeing
from app.services.export.content import DocumentKind, ExportOptions, collect, find_class
from app.services.export.files import export_all_classes, file_name, render_pdf
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY

CONFIDENTIAL_WORDS = "gå fra hinanden"  # from the demo's confidential note about Clara


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def pages_of(data: bytes) -> list[str]:
    """The text of each page, with runs of white space made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def text_of(data: bytes) -> str:
    return " ".join(pages_of(data))


def class_5b(store):
    return find_class(store, "5.B", 2026)


def conference_list(store):
    """The 5.B cohort's conferences: 4.B in April (held), the årgangskonference in June (held), 5.B planned."""
    return conferences.conferences_of_class(store, class_5b(store))


def document(store, kind, conference=None, school_class=None, **options) -> bytes:
    school_class = school_class or class_5b(store)
    conference = conference or conference_list(store)[-1]
    content = collect(store, conference, school_class, ExportOptions(**options), DEMO_TODAY)
    return render_pdf(kind, content)


def names_of(store, school_class) -> list[Pupil]:
    return school.pupils_of_class(store, school_class)


def contains_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


# -- Danish formats ----------------------------------------------------------------------------------------
def test_dates_times_and_numbers_are_written_the_danish_way():
    assert long_date(date(2026, 3, 12)) == "12. marts 2026"
    assert clock(14 * 60 + 5) == "14.05"
    assert decimal(3.7) == "3,7"
    assert percent(87.5) == "87,5 %"
    assert decimal(None) == "–"


# -- dagsorden ---------------------------------------------------------------------------------------------
def test_agenda_has_times_participants_flagged_pupils_and_agreements_due(store):
    text = text_of(document(store, DocumentKind.AGENDA))
    assert "Dagsorden og forberedelse" in text
    assert "8. december 2026" in text
    # Times follow from the start at 14.00 and the planned minutes (15, 15, 40, 10, 10).
    for slot in ("14.00–14.15", "14.15–14.30", "14.30–15.10", "15.10–15.20", "15.20–15.30"):
        assert slot in text
    assert "kl. 14.00–15.30" in text
    assert "Birgitte Søndergaard" in text and "Ledelse, mødeleder" in text
    assert "PPR-psykolog" in text
    for flagged in ("Aksel Bjørnholt", "Clara Ærø Nielsen", "Hjalte Ødum", "Lærke Dam", "Storm Lyngsø"):
        assert flagged in text
    assert "Fælles struktur ved timestart" in text  # partly done last year: due again
    assert "Organiserede lege" not in text  # done: not due


def test_agenda_leaves_confidential_notes_out_unless_chosen(store):
    plain = text_of(document(store, DocumentKind.AGENDA))
    assert CONFIDENTIAL_WORDS not in plain
    assert "hjulpet to yngre elever i gang" in plain  # the team's ordinary note about Storm
    chosen = text_of(document(store, DocumentKind.AGENDA, include_confidential=True))
    assert CONFIDENTIAL_WORDS in chosen
    assert "Fortrolig note" in chosen


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_confidential_notes_are_on_no_document_by_default(store, kind):
    for conference in conference_list(store):
        assert CONFIDENTIAL_WORDS not in text_of(document(store, kind, conference))


def test_every_page_has_the_header_and_the_footer(store):
    april = conference_list(store)[0]
    pages = pages_of(document(store, DocumentKind.PROTOCOL, april))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert "Engbakkeskolen" in page
        assert "Klasse 4.B · klassekonference 22. april 2026" in page
        assert f"Side {number} af {len(pages)}" in page
        assert "Fortroligt" in page


def test_handouts_for_parents_are_not_marked_confidential_and_show_no_notes(store):
    planned = conference_list(store)[-1]
    for kind in (DocumentKind.CLASS_SHEET, DocumentKind.PUPIL_SHEETS):
        for chosen in (False, True):
            text = text_of(document(store, kind, planned, include_confidential=chosen))
            assert "Fortroligt" not in text
            assert CONFIDENTIAL_WORDS not in text
            assert "hjulpet to yngre elever i gang" not in text  # the team's (not confidential) note about Storm


def test_names_with_danish_letters_use_the_embedded_font(store):
    data = document(store, DocumentKind.AGENDA)
    reader = PdfReader(io.BytesIO(data))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts and all("DejaVuSans" in name for name in fonts)
    assert "Søren Ærø Lund" in text_of(data) and "Åse Kjær Mortensen" in text_of(data)


# -- protokol ----------------------------------------------------------------------------------------------
def test_minutes_of_the_held_conference(store):
    april = conference_list(store)[0]
    text = text_of(document(store, DocumentKind.PROTOCOL, april))
    assert "Referat" in text and "Protokol" not in text and "22. april 2026" in text
    assert "Tove Ågaard" in text and "Sundhedsplejerske" in text and "Til stede" in text
    # Wellbeing summary through the anonymity rule (22 answers: shown), decimal comma.
    assert "Trivselsmålingen 2025/26: 22 svar" in text
    assert "3,9" in text and "86,4 %" in text
    # Each pupil discussed, strengths first.
    hjalte = text.index("Hjalte Ødum")
    assert text.index("Styrker og ressourcer", hjalte) < text.index("Trivsel og sociale forhold", hjalte)
    assert "I alt 9,8 %, heraf ulovligt 4,1 %" in text
    assert "Freja Nørgaard" not in text.rsplit("Elevgennemgang", 1)[1].split("Nye aftaler")[0]  # not discussed
    # New agreements as a table: what, who, by when.
    new = text.rsplit("Nye aftaler", 1)[1]
    assert "Hvad Hvem Hvornår" in new
    assert "Forældrene gennemgår ugeplanen" in new and "Forældrene" in new and "20.06.2026" in new
    assert "Vedrører: Hjalte Ødum" in new
    assert "Underskrifter" in text and "Mødeleder: Birgitte Søndergaard" in text and "Dato og underskrift" in text


def test_minutes_show_the_outcome_and_note_of_each_agreement_reviewed(store):
    june = conference_list(store)[1]
    text = text_of(document(store, DocumentKind.PROTOCOL, june))
    follow_up = text.split("4.B: Opfølgning på aftaler", 1)[1].split("Klassens trivsel")[0]
    for status in ("Delvist udført", "Udført", "Ikke udført", "Opgivet"):
        assert status in follow_up
    assert "Indført i dansk, matematik og engelsk" in follow_up
    assert "Ikke gennemgået" in follow_up  # Hjalte's agreement got no outcome in June


def test_a_year_group_conference_is_one_meeting_with_one_referat(store):
    """The June årgangskonference of 4.A and 4.B: one referat, the classes as sections, the same from either class."""
    june = conference_list(store)[1]
    a_class = find_class(store, "5.A", 2026)
    from_a = text_of(document(store, DocumentKind.PROTOCOL, june, a_class))
    from_b = text_of(document(store, DocumentKind.PROTOCOL, june))
    for text in (from_a, from_b):
        assert "Årgangskonference 4. årgang (4.A, 4.B)" in text
        assert "Klassekonference for 4.A" not in text and "Klassekonference for 4.B" not in text
        assert text.index("4.A: Opfølgning på aftaler") < text.index("4.B: Opfølgning på aftaler")
    assert text_of(document(store, DocumentKind.AGENDA, june, a_class)).count("Årgangskonference 4. årgang") >= 1
    # Class and pupil sheets stay per class.
    sheet = text_of(document(store, DocumentKind.PUPIL_SHEETS, june, a_class))
    for pupil in names_of(store, class_5b(store)):
        assert pupil.full_name not in sheet


def test_anonymised_minutes_show_pseudonyms_and_no_names(store):
    april = conference_list(store)[0]
    plain = text_of(document(store, DocumentKind.PROTOCOL, april))
    text = text_of(document(store, DocumentKind.PROTOCOL, april, anonymize=True))
    assert "Hjalte Ødum" in plain
    assert "Elev A" in text and "Elev B" in text and "Pseudonymiseret" in text
    assert "H.Ø." not in text and "C.Æ.N." not in text and "Anonymiseret" not in text
    assert "Birgitte Søndergaard" in text and "Søren Ærø Lund" in text  # staff keep their names
    without_staff = text
    for member in school.staff(store, active_only=False):
        without_staff = without_staff.replace(member.name, "")
    for pupil in names_of(store, class_5b(store)):
        assert pupil.full_name not in text
        assert not contains_word(without_staff, pupil.given_name), pupil.given_name


# -- klassens ark ------------------------------------------------------------------------------------------
def test_class_sheet_names_no_pupil(store):
    planned = conference_list(store)[-1]
    b_class = class_5b(store)
    laerke = next(p for p in names_of(store, b_class) if p.given_name == "Lærke")
    birgitte = next(m for m in school.staff(store) if m.name.startswith("Birgitte"))
    agreements.add_agreement(store, planned, b_class, "Lærke Dam og Storm viser de yngre elever legepladsen.",
                             responsible=birgitte)
    agreements.add_agreement(store, planned, b_class, "Lærke øver tabeller hjemme.", pupils=[laerke],
                             responsible=ResponsibleKind.PARENTS)
    text = text_of(document(store, DocumentKind.CLASS_SHEET))
    assert "Klassens trivsel" in text and "Klassens aftaler" in text
    assert "[en elev] og [en elev] viser de yngre elever legepladsen." in text
    assert "øver tabeller" not in text  # an agreement for one pupil is not the class's
    every = names_of(store, b_class)
    for pupil in every:
        assert pupil.full_name not in text
        assert not contains_word(text, pupil.given_name), pupil.given_name
        assert not contains_word(text, pupil.family_name), pupil.family_name


def _plan_5a(store):
    a_class = find_class(store, "5.A", 2026)
    return a_class, conferences.plan_conference(store, [a_class], date(2026, 12, 10), starts_at="14:00")


def test_a_class_below_five_answers_shows_no_values(store):
    a_class, conference = _plan_5a(store)
    for kind in (DocumentKind.CLASS_SHEET, DocumentKind.PROTOCOL):
        text = text_of(document(store, kind, conference, a_class))
        assert "Trivselsmålingen 2026/27: 4 svar" in text
        assert "Kun 4 svar: resultater for færre end 5 svar vises ikke" in text
        # The class's own 2026/27 values (social 3,8, academic 3,4, support 3,0), share 75,0 % and the
        # question distributions stay out.
        assert "3,4" not in text and "3,0" not in text and "75,0" not in text
        assert "Er du glad for din skole?" not in text


def test_the_same_class_with_five_answers_shows_its_values(store):
    a_class, conference = _plan_5a(store)
    result = store.find_one(WellbeingResult, "class_id = ? AND survey_year = 2026", (a_class.id,))
    values = wellbeing.ResultInput(
        survey_year=2026, answer_count=5, high_wellbeing_pct=result.high_wellbeing_pct,
        indicators={v.indicator: wellbeing.IndicatorInput(v.class_value, v.school_value, v.national_value)
                    for v in store.find(IndicatorValue, "result_id = ?", (result.id,))},
        questions=[wellbeing.QuestionInput(q.code, q.text, q.options, q.option_scores, q.shares, 5, q.indicator)
                   for q in store.find(QuestionDistribution, "result_id = ?", (result.id,))],
    )
    wellbeing.save_result(store, a_class, values)
    text = text_of(document(store, DocumentKind.CLASS_SHEET, conference, a_class))
    assert "3,4" in text and "75,0 %" in text


# -- elevark -----------------------------------------------------------------------------------------------
def test_pupil_sheets_one_page_each_and_nothing_about_other_pupils(store):
    planned = conference_list(store)[-1]
    b_class = class_5b(store)
    pupils = names_of(store, b_class)
    frida = next(p for p in pupils if p.given_name == "Frida")
    laerke = next(p for p in pupils if p.given_name == "Lærke")
    henrik = next(m for m in school.staff(store) if m.name.startswith("Henrik"))
    agreements.add_agreement(store, planned, b_class, "Frida og Lærke Dam holder pause sammen med AKT-læreren.",
                             pupils=[frida, laerke], responsible=henrik, deadline=date(2027, 1, 15))
    pages = pages_of(document(store, DocumentKind.PUPIL_SHEETS))
    assert len(pages) == len(pupils)
    for page, pupil in zip(pages, pupils):
        assert pupil.full_name in page
        assert "Side 1 af 1" in page
        for other in pupils:
            if other.id != pupil.id:
                assert other.full_name not in page, (pupil.full_name, other.full_name)
    frida_page = pages[pupils.index(frida)]
    assert "Frida og [en klassekammerat] holder pause" in frida_page
    assert "15.01.2027" in frida_page and "Henrik Østergaard" in frida_page
    laerke_page = pages[pupils.index(laerke)]
    assert "[en klassekammerat] og Lærke Dam holder pause" in laerke_page
    hjalte_page = next(page for page in pages if "Hjalte Ødum" in page)
    assert "Styrker og ressourcer" in hjalte_page and "Faglige mål" in hjalte_page
    assert "Forældrene gennemgår ugeplanen" in hjalte_page  # his own agreement
    assert "Gustav" not in hjalte_page  # named in Hjalte's own words
    assert CONFIDENTIAL_WORDS not in " ".join(pages)


def test_pupil_sheets_for_one_chosen_pupil(store):
    pupils = names_of(store, class_5b(store))
    chosen = pupils[3]
    pages = pages_of(document(store, DocumentKind.PUPIL_SHEETS, pupil_ids=(chosen.id,)))
    assert len(pages) == 1 and chosen.full_name in pages[0]


# -- long texts --------------------------------------------------------------------------------------------
def test_a_very_long_review_flows_over_pages(store):
    planned = conference_list(store)[-1]
    aksel = next(p for p in names_of(store, class_5b(store)) if p.given_name == "Aksel")
    review = reviews.review_of(store, planned, aksel)
    long_text = " ".join(f"Sætning {n} om Aksels styrker i fællesskabet og i fagene." for n in range(1, 400))
    reviews.update_review(store, planned, review, strengths=long_text + " SLUTMÆRKE", needs_discussion=True)
    birgitte = next(m for m in school.staff(store) if m.name.startswith("Birgitte"))
    agreements.add_agreement(store, planned, class_5b(store), "Lang aftale. " * 400 + "AFTALESLUT",
                             responsible=birgitte)
    for kind in (DocumentKind.AGENDA, DocumentKind.PROTOCOL, DocumentKind.PUPIL_SHEETS):
        pages = pages_of(document(store, kind, planned))
        first = next(i for i, page in enumerate(pages) if "Sætning 1 om Aksels" in page)
        last = next(i for i, page in enumerate(pages) if "SLUTMÆRKE" in page)
        assert last > first, kind
    protocol = pages_of(document(store, DocumentKind.PROTOCOL, planned))
    assert "AFTALESLUT" in " ".join(protocol)
    sheets = pages_of(document(store, DocumentKind.PUPIL_SHEETS, planned, pupil_ids=(aksel.id,)))
    assert len(sheets) >= 2 and f"Side 2 af {len(sheets)}" in sheets[1]
    assert "Aksel Bjørnholt" in sheets[1]  # the header names the pupil on every page


# -- files -------------------------------------------------------------------------------------------------
def test_file_names_say_class_date_and_document(store):
    planned = conference_list(store)[-1]
    protocol = file_name(class_5b(store), planned, DocumentKind.PROTOCOL)
    assert protocol == "Klassekonference 5.B 08.12.2026 - referat.pdf"
    assert file_name(class_5b(store), planned, "xlsx") == "Klassekonference 5.B 08.12.2026 - aftaler og trivsel.xlsx"


def test_export_all_classes_writes_one_file_per_class_with_progress(store, tmp_path):
    seen = []
    out = tmp_path / "ud"
    out.mkdir()
    result = export_all_classes(store, 2026, out, DocumentKind.CLASS_SHEET,
                                progress=lambda done, total, message: seen.append((done, total, message)),
                                today=DEMO_TODAY)
    assert [(d, t) for d, t, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert result.skipped == []  # 1.A has no conference: its class sheet as of today
    assert sorted(p.name for p in out.iterdir()) == [
        "Klasse 1.A pr. 24.11.2026 - klassens ark.pdf",
        "Klassekonference 4.A 12.06.2026 - klassens ark.pdf", "Klassekonference 5.B 08.12.2026 - klassens ark.pdf",
    ]


def test_pupil_sheets_leave_out_every_sensitive_field(store):
    """The one list of sensitive fields (app/domain/sensitivity.py) keeps them off the sheet for the parents."""
    from app.domain.sensitivity import SENSITIVE_REVIEW_FIELDS

    planned = conference_list(store)[-1]
    aksel = next(p for p in names_of(store, class_5b(store)) if p.given_name == "Aksel")
    review = reviews.review_of(store, planned, aksel)
    texts = {field: f"FØLSOMT{number}" for number, field in enumerate(SENSITIVE_REVIEW_FIELDS)
             if isinstance(getattr(review, field), str)}
    reviews.update_review(store, planned, review, **texts)
    sheet = " ".join(pages_of(document(store, DocumentKind.PUPIL_SHEETS, pupil_ids=(aksel.id,))))
    assert "Aksel" in sheet
    assert [field for field, marker in texts.items() if marker in sheet] == []
