"""The corpus of tricky texts through every document kind, named and pseudonymised, and through erasure:
no pupil's name where none may be, and no other word changed."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader

from app.domain.school import Pupil
from app.services import data_deletion
from app.services.export.content import DocumentKind, ExportOptions, collect
from app.services.export.files import render_pdf_with_report
from app.services.files import open_file
from app.services.import_memory import ImportMemory
from tests import name_corpus
from tests.name_corpus import KEPT, TODAY, build, every_pupil, names_left


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build(tmp_path_factory.mktemp("corpus") / "Navneskolen.klassekonference")


@pytest.fixture
def store(corpus):
    store = open_file(corpus.path)
    yield store
    store.close()


def pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def render(store, corpus, kind, anonymize=False):
    content = collect(store, corpus.conference, corpus.school_class, ExportOptions(anonymize=anonymize), TODAY)
    data, report = render_pdf_with_report(kind, content)
    return pages(data), report


def birth_dates() -> list[str]:
    days = [born for *_, born in name_corpus.CLASS_5B + name_corpus.CLASS_5A]
    return [f"{d.day:02d}.{d.month:02d}.{d.year}" for d in days] + [d.isoformat() for d in days]


KINDS = list(DocumentKind)


@pytest.mark.parametrize("kind", KINDS)
def test_pseudonymised_documents_name_no_pupil_and_keep_every_other_word(store, corpus, kind):
    text_pages, report = render(store, corpus, kind, anonymize=True)
    text = " ".join(text_pages)
    for pupil in every_pupil(corpus):
        assert names_left(text, pupil) == [], (kind, pupil.full_name)
    for kept in KEPT:
        if kept in " ".join(name_corpus.TEXTS.values()) and kind in (DocumentKind.AGENDA, DocumentKind.PROTOCOL):
            assert kept in text, (kind, kept)
    assert "pseudonymiseret" in text.lower()
    for day in birth_dates():
        assert day not in text
    assert report.names > 0 and report.texts > 0
    if kind in (DocumentKind.AGENDA, DocumentKind.PROTOCOL):
        assert "Elev A" in text and re.search(r"Elev [A-Z]+'s mor", text)


@pytest.mark.parametrize("kind", [DocumentKind.AGENDA, DocumentKind.PROTOCOL])
def test_named_team_documents_keep_the_texts_exactly(store, corpus, kind):
    text_pages, report = render(store, corpus, kind)
    text = " ".join(text_pages)
    assert report.names == 0
    for value in name_corpus.TEXTS.values():
        if value.startswith("Forældrene") and kind == DocumentKind.AGENDA:
            continue  # the agenda has no absence section
        assert " ".join(value.split()) in text, value


def test_the_class_sheet_names_no_pupil_named_or_not(store, corpus):
    for anonymize in (False, True):
        text_pages, report = render(store, corpus, DocumentKind.CLASS_SHEET, anonymize)
        text = " ".join(text_pages)
        for pupil in every_pupil(corpus):
            assert names_left(text, pupil) == [], pupil.full_name
        assert ("[en elev], [en elev] og [en elevs] gruppe laver frikvartersregler med Rasmus Dam; "
                "[en elevs] klasse hjælper.") in text
        assert report.names == 4 and report.texts == 1


def test_each_pupil_sheet_names_only_its_own_pupil(store, corpus):
    text_pages, report = render(store, corpus, DocumentKind.PUPIL_SHEETS)
    sheets = {page.split(" ")[0]: page for page in text_pages}
    assert report.names > 0
    for pupil in every_pupil(corpus):
        if pupil.status != "aktiv" or pupil.given_name == "Anton" or pupil.given_name == "Ida":
            continue
        page = next(p for p in text_pages if pupil.full_name in p)
        for other in every_pupil(corpus):
            if other.id != pupil.id:
                left = [w for w in names_left(page, other) if w not in name_words_of(pupil)]
                assert left == [], (pupil.full_name, other.full_name, left)
    sofie = next(p for p in text_pages if "Sofie Lund" in p)
    assert "Sofies mor og [en klassekammerats] far og [en klassekammerats] mor" in sofie
    assert "Nielsen-familiens hund" in next(p for p in text_pages if "Sol Dam" in p)
    assert sheets  # one page per pupil


def name_words_of(pupil: Pupil) -> set[str]:
    return name_corpus.name_words(pupil)


def test_the_replacement_count_lists_every_changed_text(store, corpus):
    _, report = render(store, corpus, DocumentKind.PROTOCOL, anonymize=True)
    assert re.fullmatch(r"\d+ navne erstattet i \d+ tekster", report.summary())
    for before, after in report.changes:
        assert before != after
        assert after.count("Elev ") + after.count("[en elev") >= 1


# -- erasure ---------------------------------------------------------------------------------------------
@pytest.fixture
def own_store(corpus, tmp_path):
    import shutil

    path = tmp_path / "Navneskolen.klassekonference"
    shutil.copyfile(corpus.path, path)
    store = open_file(path)
    store.author = "Birgitte Sand"
    yield store
    store.close()


def _all_texts(store) -> dict[tuple[str, str, str], str]:
    found = {}
    for cls, fields in data_deletion_fields():
        from app.storage.tables import table_of

        for record in store.find(cls):
            for name in fields:
                found[(table_of(cls), record.id, name)] = getattr(record, name)
    return found


def data_deletion_fields():
    from app.services.pupil_erasure import FREE_TEXTS

    return FREE_TEXTS


def test_erasing_clara_changes_only_her_mentions(own_store, corpus, tmp_path):
    store = own_store
    clara = store.get(Pupil, corpus.pupils["Clara"].id)
    memory = ImportMemory(tmp_path / "mem.json")
    memory.remember("roster", ("clara", "ærø nielsen", "5.b"), {"given": 0})
    memory.remember("roster", ("fornavn", "efternavn", "klasse"), {"given": 0})
    before = _all_texts(store)
    preview = data_deletion.erasure_preview(store, clara)
    report = data_deletion.delete_pupil_data(store, clara, memory=memory)
    assert report.complete, report.remaining
    # "Ærø" alone may be Clara or Søren Ærø Lund: listed for a person to read, not changed.
    assert any("Ærø kommer også" in c.before for c in preview.unsure)
    assert all("Ærø kommer også" in c.after for c in preview.changes if "Ærø kommer" in c.before)
    after = _all_texts(store)
    changed = {key for key in after if key in before and after[key] != before[key]}
    assert changed == {(c.table, c.row_id, c.field) for c in preview.changes}
    for key in changed:
        old, new = before[key], after[key]
        # Only Clara's names became "[slettet elev]": the rest of the text is word for word the same.
        assert re.sub(r"\[slettet elevs?\]", "", new) == re.sub(
            r"Clara\s+Ærø\s+Nielsen|Clara\s+Nielsen|Claras?", "", old), (old, new)
        assert "Søren Ærø Lund" in new if "Søren Ærø Lund" in old else True
        assert "Nielsen-familiens hund" in new if "Nielsen-familiens hund" in old else True
    assert report.import_memory_forgotten == 1
    saved = memory.path.read_text(encoding="utf-8")
    assert "clara" not in saved and "fornavn" in saved
    # The change log: no "Clara" anywhere, also not JSON-escaped after a line break.
    for old, new in store.conn.execute("SELECT old_value, new_value FROM change_log").fetchall():
        for value in (old, new):
            if value:
                assert "Clara" not in value and "Clara" not in json.dumps(value), value
    operations = {row[0] for row in store.conn.execute(
        "SELECT operation FROM change_log WHERE action = 'erase'").fetchall()}
    assert operations == {"Slet elevdata"}
    data = corpus_bytes(store)
    assert b"Clara" not in data and "Ærø Nielsen".encode() not in data
    assert "Søren Ærø Lund".encode() in data and b"Nielsen-familiens hund" in data


def corpus_bytes(store) -> bytes:
    path = store.path
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            data += side.read_bytes()
    return data


@pytest.mark.parametrize("first", ["Sofie", "Hjalte", "Sol", "Marie-Louise", "Anton", "Gustav"])
def test_erasing_any_pupil_leaves_other_pupils_names_alone(own_store, corpus, tmp_path, first):
    store = own_store
    pupil = store.get(Pupil, corpus.pupils[first].id)
    before = _all_texts(store)
    unsure = {(c.table, c.row_id, c.field) for c in data_deletion.erasure_preview(store, pupil).unsure}
    data_deletion.delete_pupil_data(store, pupil, memory=ImportMemory(tmp_path / "m.json"), vacuum=False)
    after = _all_texts(store)
    others = [p for p in every_pupil(corpus) if p.id != pupil.id]
    for key, new in after.items():
        if key not in before:
            continue
        for other in others:
            assert sorted(names_left(new, other)) == sorted(names_left(before[key], other)), (key, other.full_name)
        # The pupil's names are gone, unless the name may also mean somebody else (then it was listed).
        assert names_left(new, pupil) == [] or key in unsure, (key, new)


def test_pseudonymised_pupil_sheets_come_in_pseudonym_order_not_the_class_list(store, corpus):
    named, _ = render(store, corpus, DocumentKind.PUPIL_SHEETS)
    pseudonymised, _ = render(store, corpus, DocumentKind.PUPIL_SHEETS, anonymize=True)
    letters = [page.split(" ")[1] for page in pseudonymised]
    assert letters == sorted(letters, key=lambda x: (len(x), x)) and letters[0] == "A"
    # The same sheets in another order: the pupils with a written review are not where the class list has them.
    written = [i for i, page in enumerate(named) if "Styrkerne er ikke skrevet endnu" not in page]
    shuffled = [i for i, page in enumerate(pseudonymised) if "Styrkerne er ikke skrevet endnu" not in page]
    assert len(written) == len(shuffled) == 3 and written != shuffled


def test_the_erasure_is_one_named_operation_that_lists_the_changed_texts(own_store, corpus, tmp_path):
    from app.services.change_log import _line

    store = own_store
    clara = store.get(Pupil, corpus.pupils["Clara"].id)
    preview = data_deletion.erasure_preview(store, clara)
    data_deletion.delete_pupil_data(store, clara, memory=ImportMemory(tmp_path / "m.json"), vacuum=False)
    entries = [e for e in store.change_log() if e.action == "erase"]
    assert len({e.operation_id for e in entries}) == 1 and entries[0].operation == "Slet elevdata"
    assert len(entries) == len(preview.changes) + 1  # one row per changed text, one for the pupil
    lines = [_line(e) for e in entries if e.field]
    assert lines and all(line.new == "navnet på en slettet elev er erstattet" for line in lines)
    assert all(e.old_value is None and e.new_value is None for e in entries)
