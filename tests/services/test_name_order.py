"""Pupils and staff in Danish order wherever the app lists them: the class list, the meeting's pupil list,
agreements, staff, the documents (app/domain/collation.py)."""

from __future__ import annotations

import pytest

from app.domain.agreement import ResponsibleKind
from app.domain.collation import name_key, names_key
from app.services import agreements, conferences, school
from app.services.export.content import ExportOptions, collect, find_class
from app.services.overview import review_rows
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY

NEWCOMERS = [("Ümit", "Kaya"), ("Çağan", "Yılmaz"), ("Åse", "Holm"), ("Émilie", "Dubois"), ("Aase", "Berg"),
             ("Øjvind", "Aagaard"), ("Anne-Marie", "Ebbesen")]


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def _first_letter_place(names: list[str], name: str) -> tuple[str, str]:
    """The names just before and after ``name`` in the list."""
    at = names.index(name)
    return names[at - 1] if at else "", names[at + 1] if at + 1 < len(names) else ""


def test_the_class_list_and_the_meeting_list_follow_danish_order(store):
    klass = find_class(store, "5.B", 2026)
    for given, family in NEWCOMERS:
        school.add_pupil(store, klass, given, family)
    pupils = school.pupils_of_class(store, klass)
    assert pupils == sorted(pupils, key=lambda p: names_key(p.given_name, p.family_name))
    given = [p.given_name for p in pupils]
    # Çağan among the C names, Émilie among the E names, Ümit among the Y names: not after Å
    assert given.index("Çağan") < given.index("Émilie") < given.index("Ümit") < given.index("Øjvind")
    assert given[-2:] == ["Åse", "Aase"]  # "Aa" is the letter Å, after it
    before, after = _first_letter_place(given, "Ümit")
    assert name_key(before)[0] < "ym" < name_key(after)[0]
    conference = conferences.conferences_of_class(store, klass)[-1]
    rows = review_rows(store, conference)
    keys = [names_key(r.pupil.given_name, r.pupil.family_name) for r in rows]
    assert keys == sorted(keys)


def test_staff_and_the_pupils_of_an_agreement_follow_danish_order(store):
    for name in ("Ødegaard Ole", "Émile Bertrand", "Aage Holm", "Çelik Deniz", "Zenia Vad"):
        school.add_staff(store, name)
    staff = [m.name for m in school.staff(store)]
    assert staff == sorted(staff, key=name_key)
    assert staff.index("Çelik Deniz") < staff.index("Émile Bertrand") < staff.index("Zenia Vad") \
        < staff.index("Ødegaard Ole") < staff.index("Aage Holm")
    klass = find_class(store, "5.B", 2026)
    added = [school.add_pupil(store, klass, given, family) for given, family in NEWCOMERS]
    conference = conferences.conferences_of_class(store, klass)[-1]
    agreement = agreements.add_agreement(store, conference, klass, "Læsemakker hver dag.", pupils=added,
                                          responsible=ResponsibleKind.PARENTS)
    (_, whom, _), = agreements.describe(store, [agreement])
    names = whom.split(", ")
    pupils = agreements.pupils_of_agreement(store, agreement)
    assert pupils == sorted(pupils, key=lambda p: names_key(p.given_name, p.family_name))
    # Aa is Å; then the family name decides
    assert names == sorted(names, key=name_key) and names[-2:] == ["Aase Berg", "Åse Holm"]
    content = collect(store, conference, klass, ExportOptions(), DEMO_TODAY)
    assert content.staff_names == sorted(content.staff_names, key=name_key)
