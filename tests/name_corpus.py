"""A school with names that are hard to find in free text, and texts that use them in every tricky way.

Used by the corpus tests (every document kind, named and pseudonymised, and erasure) and for looking at
the rendered PDFs. All names are fictional.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.domain.agreement import ResponsibleKind
from app.domain.school import Pupil, Role
from app.services import agreements, conferences, reviews, school
from app.services.conferences import ParticipantSpec
from app.services.files import new_file, open_file

TODAY = date(2026, 11, 24)
YEAR = 2026

# (given, family, call name, birth date) of 5.B
CLASS_5B = [
    ("Sofie", "Lund", "", date(2016, 3, 14)),
    ("Hjalte", "Berg", "", date(2016, 5, 2)),
    ("Clara", "Ærø Nielsen", "", date(2016, 8, 30)),
    ("Marie-Louise Sofie", "Holm", "Malou", date(2016, 1, 9)),
    ("Sol", "Dam", "", date(2016, 11, 11)),
    ("Mads", "Kjær", "", date(2016, 7, 7)),
    ("Anne-Marie", "Østergaard-Bach", "", date(2016, 2, 29)),
    ("Åse", "Aagaard", "", date(2016, 4, 1)),
]
CLASS_5A = [("Anton", "Brøgger", "", date(2016, 6, 6)), ("Ida", "Krog", "", date(2016, 9, 9))]
LEFT = ("Gustav", "Winther", "", date(2016, 10, 10))  # a former pupil of 5.B
STAFF = [("Søren Ærø Lund", Role.TEACHER), ("Karen Holm", Role.PEDAGOGUE), ("Birgitte Sand", Role.LEADERSHIP)]
GUEST = "Rasmus Dam"  # PPR, not on the staff list

# Words that are not names and must survive everywhere, exactly as written.
KEPT = [
    "Nielsen-familiens hund", "Søren Ærø Lund", "Karen Holm", "Birgitte Sand", "i sol og regn",
    "skoven", "Bonde", "Sofie-Amalie", "Rasmus Dam",
]

# Free texts: (where, text). Every pupil name here is one the finder must find.
TEXTS = {
    "strengths": "Sofies mor og Hjaltes far og Claras mor kom til mødet. sofie og SOFIE griner.",
    "pupil_perspective": "Jeg leger med Marie-Louise, Malou og Anton Brøgger fra 5.A i sol og regn.",
    "wellbeing_notes": "Hun savner Gustav Winther. Søren Ærø Lund har talt med Clara Ærø Nielsen.\n"
                       "Nielsen-familiens hund er død.",
    "tried": "Makkerlæsning med Mads' bror og Åses kusine; Anne-Marie hjalp (ikke Sofie-Amalie fra Bonde-klassen).",
    "next_steps": "Karen Holm følger op med Hjalte. Skoven er et godt sted for Sol og Ida Krog.",
    "absence_cause_parents": "Forældrene siger: 'Sofie' har ondt i maven,\nClara\nNielsen også.",
}
AGREEMENT_CLASS = ("Sofie, Hjalte og Claras gruppe laver frikvartersregler med Rasmus Dam; Anton Brøggers klasse "
                   "hjælper.")
AGREEMENT_PUPILS = "Sols far og Clara øver tabeller; Nielsen-familiens hund må ikke komme med."
NOTE = "Birgitte Sand ringer til Malous mor om Clara og ærø-turen. Ærø kommer også."


@dataclass
class Corpus:
    path: object
    pupils: dict[str, Pupil]  # by given name's first word
    conference: object
    school_class: object


def build(path) -> Corpus:
    new_file(path, "Navneskolen")
    store = open_file(path)
    try:
        store.author = "Søren Ærø Lund"
        b = school.add_class(store, "5.B", YEAR)
        a = school.add_class(store, "5.A", YEAR)
        pupils = {}
        for given, family, call, born in CLASS_5B:
            pupils[given.split()[0]] = school.add_pupil(store, b, given, family, born, call_name=call)
        for given, family, _call, born in CLASS_5A:
            pupils[given] = school.add_pupil(store, a, given, family, born)
        gustav = school.add_pupil(store, b, LEFT[0], LEFT[1], LEFT[3])
        pupils["Gustav"] = school.mark_pupil_left(store, gustav, date(2026, 9, 1))
        staff = [school.add_staff(store, name, role) for name, role in STAFF]
        conference = conferences.plan_conference(
            store, [b], date(2026, 11, 26), starts_at="14:00", place="Mødelokale 2",
            participants=[*staff, ParticipantSpec(name=GUEST, role=Role.PPR)], leader=staff[0],
            minute_taker=staff[1],
        )
        for first in ("Sofie", "Clara", "Marie-Louise"):
            review = reviews.review_of(store, conference, pupils[first])
            reviews.update_review(store, conference, review, needs_discussion=True, discussed=True,
                                  absence_total_pct=12.0, absence_unlawful_pct=2.0, **TEXTS)
            reviews.set_subject(store, conference, review, "Dansk", goal="Læser højt for Hjalte og Sol.",
                                evidence="Sofies og Claras læsetest.")
        reviews.add_note(store, pupils["Sofie"], NOTE, conference=conference)
        agreements.add_agreement(store, conference, b, AGREEMENT_CLASS, responsible=staff[0])
        agreements.add_agreement(store, conference, b, AGREEMENT_PUPILS, pupils=[pupils["Sol"], pupils["Clara"]],
                                 responsible=ResponsibleKind.PARENTS, deadline=date(2027, 1, 15))
        return Corpus(path=path, pupils=pupils, conference=conference, school_class=b)
    finally:
        store.close()


def every_pupil(corpus: Corpus) -> list[Pupil]:
    return list(corpus.pupils.values())


def name_words(pupil: Pupil) -> set[str]:
    """Every word of the pupil's names (given, hyphen parts, family, call name)."""
    words = set()
    for name in (pupil.given_name, pupil.family_name, pupil.call_name):
        for word in re.split(r"[\s]+", name or ""):
            if word:
                words.add(word)
                words.update(p for p in word.split("-") if p)
    return {w for w in words if len(w) >= 2}


def without_adults(text: str) -> str:
    for name, _ in STAFF:
        text = text.replace(name, " ")
    return text.replace(GUEST, " ")


COMMON = {"sol", "skov", "dam", "holm", "lund", "berg", "ærø", "bach"}  # words as well as names


def names_left(text: str, pupil: Pupil) -> list[str]:
    """The pupil's name words still in ``text`` as whole words (any case, possessive allowed); staff and
    guests' full names, a name part an adult shares, and "Nielsen-familiens" do not count."""
    text = without_adults(text)
    adults = {w.casefold() for name, _ in STAFF for w in name.split()} | {w.casefold() for w in GUEST.split()}
    found = []
    for word in name_words(pupil):
        if word.casefold() in adults:
            continue  # "Ærø" alone may be Søren Ærø Lund's: by the rule, not a pupil mention
        flags = 0 if word.casefold() in COMMON else re.IGNORECASE
        pattern = rf"(?<![\w-]){re.escape(word)}(?:s|'s|'|’s|’)?(?![\w]|-\w)"
        if re.search(pattern, text, flags):
            found.append(word)
    return found
