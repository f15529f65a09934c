"""Finding people's names in free text: the one rule that handouts, the projector view and erasure share.

A :class:`MentionFinder` knows every pupil of the school (all classes, former pupils too) and the staff
(and any other adults whose names must not be mistaken for a pupil's). It finds, as whole words and in
any letter case:

* a pupil's full name ("Clara Ærø Nielsen"), also with the call name or one given name ("Malou Nielsen");
* each given name ("Marie-Louise Sofie": "Marie-Louise", "Marie", "Louise", "Sofie"), the call name,
  the family name and its parts ("Ærø-Østergaard": "Ærø", "Østergaard");
* the Danish possessive endings: "Sofies", "Sofie's", "Mads'" .

Whole words: "Nielsen" in "Nielsen-familiens" is not a mention, nor "Bo" in "Bonde". A name part that a
staff member shares ("Ærø" of "Søren Ærø Lund") is not a pupil mention unless it is the pupil's full name,
and a staff member's full name in a text is the staff member's (longest match wins). A name that is also a
common Danish word ("sol", "skov") counts only when written with a capital letter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# One word: letters, hyphen-joined letter groups, an optional apostrophe ending ("Sofie's", "Mads'").
_LETTERS = r"(?:[^\W\d_][\u0300-\u036f]*)+"  # letters, each with any combining marks ("a\u030a" is "å")
_WORD = re.compile(rf"(?P<word>{_LETTERS}(?:-{_LETTERS})*)(?P<apostrophe>['’]s?)?")
_BETWEEN_WORDS = re.compile(r"[ \t\u00a0]+|[ \t\u00a0]*\r?\n[ \t\u00a0]*")  # a name may wrap onto the next line
MIN_NAME_LENGTH = 2

# Names that are also everyday Danish words: written in lower case they are the word, not the name.
COMMON_WORDS = frozenset({
    "ask", "august", "bo", "dam", "eg", "elm", "holm", "juni", "kim", "lind", "lund", "maj", "mark", "mai",
    "ravn", "rose", "skov", "sol", "sten", "storm", "ulv", "vang", "bjørn", "lærke", "ærø", "mose", "bak",
    "berg", "bach", "bang", "krog", "kær", "kjær", "dal", "vinter", "sommer", "høst", "foged", "smed",
    "møller", "fisker", "skytte", "frost", "bonde", "ager", "mo", "li", "ege", "alf", "nor", "vest", "øst",
    "nord", "syd", "brink", "fenger", "lykke", "glad", "fryd", "hjort", "falk", "ørn", "due", "svane",
    "kat", "hav", "sø", "aa", "bøg", "birk", "gran", "ahorn", "max", "hans", "per", "tom", "liv", "dag",
    "kaj", "anker", "rune", "ane", "viol", "flora", "kaja", "signe", "elle", "else", "ny", "tor", "vilde",
})


def normalize(text: str) -> str:
    """The form names are compared in: NFC (so a decomposed "å" is an "å") and case-folded."""
    return unicodedata.normalize("NFC", text or "").casefold()


@dataclass(frozen=True)
class Person:
    """Somebody whose name may appear in a text. ``staff`` marks adults (staff, guardians, participants)."""

    id: str
    given_name: str
    family_name: str = ""
    call_name: str = ""
    staff: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


def _parts(name: str) -> list[str]:
    """ "Marie-Louise Sofie" -> ["Marie-Louise", "Sofie", "Marie", "Louise"] (whole words, then hyphen parts)."""
    words = [w for w in re.split(r"\s+", (name or "").strip()) if w]
    found = list(words)
    for word in words:
        if "-" in word:
            found += [part for part in word.split("-") if part]
    return found


def name_forms(person: Person) -> tuple[set[str], set[str]]:
    """(full-name forms, single-part forms) of a person, as written (not normalized)."""
    given, family, call = person.given_name.strip(), person.family_name.strip(), person.call_name.strip()
    full: set[str] = set()
    firsts = [w for w in re.split(r"\s+", given) if w] + _parts(call)
    first_names = set(firsts) | set(_parts(given))
    family_words = [w for w in re.split(r"\s+", family) if w]
    if given and family:
        full.add(f"{given} {family}")
    if family:
        lasts = {family}
        if family_words:
            lasts.add(family_words[-1])
        for first in first_names | ({call} if call else set()):
            for last in lasts:
                full.add(f"{first} {last}")
    parts = set(first_names) | set(_parts(family)) | ({call} if call else set())
    if person.staff and not family:
        parts |= set(_parts(given))  # a staff member's name is one field: "Søren Ærø Lund"
        full.add(given)
    parts = {p for p in parts if len(p) >= MIN_NAME_LENGTH}
    full = {f for f in full if len(f) >= MIN_NAME_LENGTH}
    return full, parts


@dataclass(frozen=True)
class Mention:
    """One name found in a text: ``text[start:end]`` (with a possessive ending ``possessive``, if any)."""

    start: int
    end: int
    text: str
    possessive: str  # "", "s", "'s", "’s", "'" or "’"
    pupil_ids: frozenset[str]  # the pupils with this name (or name part)
    staff_ids: frozenset[str]  # the adults with this name (or name part)
    full_name_of: frozenset[str] = field(default=frozenset())  # the pupils whose full name this is

    @property
    def is_pupil(self) -> bool:
        """A pupil is meant: the name is a pupil's full name, or only pupils have it."""
        return bool(self.full_name_of) or (bool(self.pupil_ids) and not self.staff_ids)

    @property
    def pupils(self) -> frozenset[str]:
        """The pupils it may be (empty when it is not a pupil mention)."""
        if self.full_name_of:
            return self.full_name_of
        return self.pupil_ids if self.is_pupil else frozenset()

    @property
    def pupil_id(self) -> str | None:
        """The one pupil meant, or None (not a pupil, or several pupils share the name)."""
        pupils = self.pupils
        return next(iter(pupils)) if len(pupils) == 1 else None


@dataclass
class _Entry:
    pupil_ids: set[str] = field(default_factory=set)
    staff_ids: set[str] = field(default_factory=set)
    full_name_of: set[str] = field(default_factory=set)


class MentionFinder:
    """Finds the names of ``people`` in texts (see the module's docstring for the rules)."""

    def __init__(self, people: Iterable[Person]):
        self._entries: dict[tuple[str, ...], _Entry] = {}
        self._longest = 0
        self._first_words: set[str] = set()
        self.people: dict[str, Person] = {}
        for person in people:
            self.add(person)

    def add(self, person: Person) -> None:
        self.people[person.id] = person
        full, parts = name_forms(person)
        for form in full | parts:
            key = tuple(normalize(w) for w in form.split())
            if not key:
                continue
            entry = self._entries.setdefault(key, _Entry())
            (entry.staff_ids if person.staff else entry.pupil_ids).add(person.id)
            if form in full and not person.staff:
                entry.full_name_of.add(person.id)
            self._longest = max(self._longest, len(key))  # kept as people are added (not recounted: a school
            self._first_words.add(key[0])  # of 2,000 pupils took seconds)

    # -- finding -------------------------------------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        """Every name in ``text``, left to right, longest first, never overlapping."""
        if not text or not self._entries:
            return []
        words = list(_WORD.finditer(text))
        stems = [normalize(m.group("word")) for m in words]
        found: list[Mention] = []
        index = 0
        while index < len(words):
            stem = stems[index]
            if stem not in self._first_words and not (stem.endswith("s") and stem[:-1] in self._first_words):
                index += 1  # no name starts with this word (the common case: skip it quickly)
                continue
            mention, used = self._match_at(text, words, stems, index)
            if mention is None:
                index += 1
            else:
                found.append(mention)
                index += used
        return found

    def _match_at(self, text: str, words: list[re.Match], all_stems: list[str],
                  index: int) -> tuple[Mention | None, int]:
        first = words[index]
        if first.start() > 0 and text[first.start() - 1] == "-" and first.start() > 1 \
                and text[first.start() - 2].isalnum():
            return None, 0  # the second half of "x-Nielsen" is not a word of its own
        for length in range(min(self._longest, len(words) - index), 0, -1):
            group = words[index : index + length]
            if any(m.group("apostrophe") for m in group[:-1]):
                continue  # "Sofie's Nielsen" is not a name
            if any(not _BETWEEN_WORDS.fullmatch(text[a.end() : b.start()]) for a, b in zip(group, group[1:])):
                continue
            last = group[-1]
            if last.end() < len(text) and text[last.end()] == "-" and last.end() + 1 < len(text) \
                    and text[last.end() + 1].isalnum():
                continue  # "Nielsen-familiens": not a whole word
            stems = all_stems[index : index + length]
            for key, possessive, end in self._candidates(stems, last):
                entry = self._entries.get(key)
                if entry is None:
                    continue
                written = text[first.start() : last.start("word")] + last.group("word")
                if length == 1 and key[0] in COMMON_WORDS and written[:1].islower():
                    continue
                return Mention(
                    start=first.start(), end=end, text=text[first.start() : end], possessive=possessive,
                    pupil_ids=frozenset(entry.pupil_ids), staff_ids=frozenset(entry.staff_ids),
                    full_name_of=frozenset(entry.full_name_of),
                ), length
        return None, 0

    def _candidates(self, stems: list[str], last: re.Match):
        """(key, possessive ending, end) to try for a group of words: as written, then without an ending."""
        word = last.group("word")
        apostrophe = last.group("apostrophe") or ""
        if apostrophe:
            stem = stems[-1]
            if apostrophe in ("'", "’") and not stem.endswith(("s", "x", "z")):
                # a closing quote, not "Mads'": the name ends before it
                yield tuple(stems), "", last.start("word") + len(word)
                return
            yield tuple(stems), apostrophe, last.end()
            return
        yield tuple(stems), "", last.end()
        if len(stems[-1]) > MIN_NAME_LENGTH and stems[-1].endswith("s"):
            yield tuple(stems[:-1]) + (stems[-1][:-1],), "s", last.end()

    def mentions_of(self, pupil_id: str, text: str) -> list[Mention]:
        """The mentions that can only mean ``pupil_id`` (its full name, or a name no one else has)."""
        return [m for m in self.find(text) if m.pupil_id == pupil_id]

    def ambiguous_mentions_of(self, pupil_id: str, text: str) -> list[Mention]:
        """Names that may mean ``pupil_id`` but also somebody else ("Clara" when two pupils are called so)."""
        return [m for m in self.find(text)
                if pupil_id in (m.pupil_ids | m.full_name_of) and m.pupil_id != pupil_id]


def replace_mentions(text: str, mentions: list[Mention], replacement: Callable[[Mention], str | None]) -> str:
    """``text`` with each mention replaced by ``replacement(mention)`` (None: left as written)."""
    if not mentions:
        return text
    out, at = [], 0
    for mention in mentions:
        new = replacement(mention)
        if new is None:
            continue
        out.append(text[at : mention.start])
        out.append(new)
        at = mention.end
    out.append(text[at:])
    return "".join(out)


def with_possessive(name: str, mention: Mention) -> str:
    """ "Elev A" for "Sofie", "Elev A's" for "Sofies" (a letter takes an apostrophe in Danish)."""
    if not mention.possessive:
        return name
    if name.endswith(("]", ")")):
        return name[:-1] + "s" + name[-1]  # "[en elev]" -> "[en elevs]"
    if name[-1:].isupper() or name[-1:].isdigit():
        return name + "'s"
    if name.endswith(("s", "x", "z")):
        return name + "'"
    return name + "s"
