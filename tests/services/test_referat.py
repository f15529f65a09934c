"""The referat is a document of record: drafts say so on every page, a held meeting's documents never change.

Every kind of document of every demo conference is read back with pypdf.
"""

from __future__ import annotations

import pytest

from app.domain.agreement import Agreement, AgreementStatus
from app.domain.conference import ConferenceStatus
from app.services import agreements, conferences, reviews
from app.services.export.content import DocumentKind, collect
from app.services.export.files import render_pdf
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY
from tests.services.test_export_pdf import class_5b, conference_list, document, pages_of, text_of

DRAFT = "UDKAST – Forslag – ikke vedtaget"


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def _every_document(store, conference):
    return {kind: pages_of(document(store, kind, conference)) for kind in DocumentKind}


def test_every_page_of_every_document_before_the_meeting_is_closed_says_draft(store):
    planned = conference_list(store)[-1]
    for running in (False, True):
        if running:
            planned = conferences.set_status(store, planned, ConferenceStatus.RUNNING)
        for kind, pages in _every_document(store, planned).items():
            assert pages, kind
            for number, page in enumerate(pages, start=1):
                assert DRAFT in page, (kind, number, running)


def test_no_page_of_a_held_conference_says_draft(store):
    for held in conference_list(store)[:2]:
        for kind, pages in _every_document(store, held).items():
            for page in pages:
                assert "UDKAST" not in page and "ikke vedtaget" not in page, kind


def test_a_planned_meeting_states_nothing_as_fact(store):
    planned = conference_list(store)[-1]
    text = text_of(document(store, DocumentKind.PROTOCOL, planned))
    assert "Til stede" not in text
    assert "Der blev ikke indgået nye aftaler" not in text
    assert "Forslag til nye aftaler" in text and "Forslag til næste skridt" in text
    assert "planlagt kl. 14.00–15.30" in text


def test_the_protocol_is_titled_referat_and_protokol_is_an_alias():
    assert DocumentKind("protokol") is DocumentKind.PROTOCOL is DocumentKind("referat")


def test_held_referat_has_attendance_conclusions_times_eventuelt_and_next_meeting(store):
    april = conference_list(store)[0]
    text = text_of(document(store, DocumentKind.PROTOCOL, april))
    assert "Afbud Karen" in text  # the demo's afbud, by name
    assert "Til stede Birgitte Søndergaard" in text
    hjalte = text.index("Hjalte Ødum", text.rindex("Elevgennemgang"))
    strengths = text.index("Styrker og ressourcer", hjalte)
    conclusion = text.index("Konklusion", hjalte)
    assert strengths < conclusion < text.index("Trivsel og sociale forhold", hjalte)
    assert "kontaktlæreren ringer hjem ved fravær" in text
    assert "kl. 14.00–15.35" in text  # from the meeting clock (planned 14.00–15.30; 95 minutes used)
    assert "Eventuelt Lejrskolen i maj" in text
    assert "Næste møde 12. juni 2026" in text
    assert "Trivslen er steget siden sidste år" in text  # the referat of an agenda item
    assert "Afsluttet, endnu ikke godkendt" in text


def test_approval_and_distribution_are_printed(store):
    from datetime import date

    april = conference_list(store)[0]
    conferences.set_meeting_record(store, april, approved_by="Birgitte Søndergaard", approved_on=date(2026, 4, 27),
                                   distribution="Teamet omkring 4.B og skolelederen")
    text = text_of(document(store, DocumentKind.PROTOCOL, conference_list(store)[0]))
    assert "Godkendt af Birgitte Søndergaard den 27. april 2026" in text
    assert "Fordeling Teamet omkring 4.B og skolelederen" in text


def test_a_held_conference_s_documents_do_not_change_when_statuses_change_later(store):
    """April and June as they were: later reviews, edits and status changes never reach them."""
    held = conference_list(store)[:2]
    before = {(c.id, kind): text_of(document(store, kind, c)) for c in held for kind in DocumentKind}
    planned = conferences.set_status(store, conference_list(store)[-1], ConferenceStatus.RUNNING)
    b_class = class_5b(store)
    for agreement in agreements.agreements_due(store, planned):
        if agreement.status == AgreementStatus.OPEN:
            agreements.review_agreement(store, planned, agreement, AgreementStatus.DROPPED, "Opgivet senere")
        elif agreement.status == AgreementStatus.PARTLY:
            agreements.review_agreement(store, planned, agreement, AgreementStatus.DONE, "Udført senere")
    for agreement in store.find(Agreement):
        with store.operation("test edit") as op:
            op.update(agreement, text=agreement.text + " ÆNDRET SENERE")
    assert b_class
    for conference in held:
        for kind in DocumentKind:
            after = text_of(document(store, kind, conference))
            assert after == before[(conference.id, kind)], (conference.held_on, kind)


def test_the_april_sheet_never_shows_the_june_outcome(store):
    april = conference_list(store)[0]
    for kind in (DocumentKind.PUPIL_SHEETS, DocumentKind.CLASS_SHEET, DocumentKind.PROTOCOL, DocumentKind.AGENDA):
        text = text_of(document(store, kind, april))
        assert "Opgivet" not in text and "Ikke udført" not in text, kind


def test_one_agreement_has_one_status_in_one_document(store):
    june = conference_list(store)[1]
    content = collect(store, june, class_5b(store), today=DEMO_TODAY)
    shown = {}
    for part in content.agreements_due + content.agreements_made:
        status = part.outcome.status if part.outcome else part.agreement.status
        assert shown.setdefault(part.agreement.id, status) == status
    assert render_pdf(DocumentKind.PUPIL_SHEETS, content)


def test_a_conclusion_is_written_in_the_meeting(store):
    planned = conference_list(store)[-1]
    aksel = next(part for part in collect(store, planned, class_5b(store)).pupils
                 if part.pupil.given_name == "Aksel")
    review = reviews.review_of(store, planned, aksel.pupil)
    reviews.update_review(store, planned, review, conclusion="KONKLUSION-MÆRKE", discussed=True)
    assert "KONKLUSION-MÆRKE" in text_of(document(store, DocumentKind.PROTOCOL, planned))


def test_subject_names_are_never_broken_mid_word_on_paper(store):
    from tests.domain.test_print_safe import DANISH_SUBJECTS

    planned = conference_list(store)[-1]
    part = next(p for p in collect(store, planned, class_5b(store)).pupils if p.pupil.given_name == "Aksel")
    review = reviews.review_of(store, planned, part.pupil)
    for subject in DANISH_SUBJECTS:
        reviews.set_subject(store, planned, review, subject, goal="Et mål", evidence="Prøve")
    for kind in (DocumentKind.AGENDA, DocumentKind.PROTOCOL, DocumentKind.PUPIL_SHEETS):
        text = text_of(document(store, kind, planned))
        for subject in DANISH_SUBJECTS:
            assert subject in text, (kind, subject)


def test_an_overdue_agreement_says_so_in_words(store):
    planned = conference_list(store)[-1]
    text = text_of(document(store, DocumentKind.AGENDA, planned))
    assert "overskredet" in text  # "Fælles struktur ved timestart" is past its deadline in December


def test_a_pupil_block_that_runs_over_a_page_is_continued_under_the_name(store):
    planned = conference_list(store)[-1]
    part = next(p for p in collect(store, planned, class_5b(store)).pupils if p.pupil.given_name == "Aksel")
    review = reviews.review_of(store, planned, part.pupil)
    reviews.update_review(store, planned, review, needs_discussion=True,
                          wellbeing_notes=" ".join(f"Linje {n} om trivslen i klassen." for n in range(300)))
    pages = pages_of(document(store, DocumentKind.PROTOCOL, planned))
    continued = [page for page in pages if "Aksel Bjørnholt (fortsat)" in page]
    assert continued
    assert all("Linje" in page for page in continued)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_the_signatures_never_stand_alone_on_a_page(store, index):
    conference = conference_list(store)[index]
    pages = pages_of(document(store, DocumentKind.PROTOCOL, conference))
    last = next(page for page in pages if "Underskrifter" in page)
    assert "Eventuelt" in last and "Næste møde" in last and "Dato og underskrift" in last
