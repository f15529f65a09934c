"""School, school years, classes, pupils, memberships and staff."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.base import Record, RuleError
from app.domain.collation import name_key
from app.i18n import tr

MIN_GRADE = 0
MAX_GRADE = 10


@dataclass(frozen=True, order=True)
class SchoolYear:
    """A Danish school year, 1 August to 31 July, named by its first calendar year (2025 -> "2025/26")."""

    start_year: int

    @property
    def label(self) -> str:
        return f"{self.start_year}/{(self.start_year + 1) % 100:02d}"

    @property
    def long_label(self) -> str:
        return f"{self.start_year}/{self.start_year + 1}"

    @property
    def first_day(self) -> date:
        return date(self.start_year, 8, 1)

    @property
    def last_day(self) -> date:
        return date(self.start_year + 1, 7, 31)

    def next(self) -> SchoolYear:
        return SchoolYear(self.start_year + 1)

    def previous(self) -> SchoolYear:
        return SchoolYear(self.start_year - 1)

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 8 else day.year - 1)

    @classmethod
    def parse(cls, text: str) -> SchoolYear:
        """Accept "2025/26", "2025/2026", "2025-26" and "2025"."""
        match = re.fullmatch(r"\s*(\d{4})\s*(?:[/-]\s*(\d{2}|\d{4}))?\s*", text or "")
        if not match:
            raise RuleError(tr("errors", "A school year is written like 2025/26."))
        start = int(match.group(1))
        end = match.group(2)
        if end is not None:
            matches = int(end) == start + 1 if len(end) == 4 else int(end) == (start + 1) % 100
            if not matches:
                raise RuleError(tr("errors", "A school year is written like 2025/26."))
        return cls(start)

    def __str__(self) -> str:
        return self.label


_CLASS_NAME = re.compile(r"\s*(\d{1,2})\s*\.?\s*([A-Za-zÆØÅæøå]{0,3})\s*")


# Børnehaveklassen as schools write it: "*BHKL", "BHKL", "Bh.kl. A", "bhkl.a", "Børnehaveklasse B", "0. kl. A".
_KINDERGARTEN = re.compile(
    r"\s*\*?\s*(?:b(?:ø|oe|o)rnehaveklassen?|b\s*\.?\s*h\s*\.?\s*(?:kl(?:asse|s)?)?|0\s*\.?\s*kl(?:asse|s)?)"
    r"\s*\.?\s*-?\s*([A-Za-zÆØÅæøå]?)\s*\*?\s*", re.IGNORECASE)


def normalize_class_name(text: str) -> tuple[int, str]:
    """ "5.B", "5. B", "5b", "5 b" -> (5, "B"); "0.A", "0A", "BHKL", "*BHKL", "Bh.kl. A" are the kindergarten
    class (grade 0). Raises RuleError."""
    kindergarten = _KINDERGARTEN.fullmatch(text or "")
    if kindergarten:
        return 0, kindergarten.group(1).upper()
    match = _CLASS_NAME.fullmatch(text or "")
    if not match:
        raise RuleError(tr("errors", "A class is written like 5.B (grade, full stop, letter)."))
    grade = int(match.group(1))
    if not MIN_GRADE <= grade <= MAX_GRADE:
        raise RuleError(tr("errors", "A grade must be between 0 and 10."))
    return grade, match.group(2).upper()


def danish_sort_key(text: str) -> tuple[str, str, str]:
    """Sort key in Danish alphabetical order (app/domain/collation.py): ... x y z æ ø å, "aa" as "å",
    accented letters with their base letter."""
    return name_key(text)


def class_name(grade: int, letter: str) -> str:
    return f"{grade}.{letter}" if letter else f"{grade}. klasse"


@dataclass(kw_only=True)
class School(Record):
    name: str
    municipality: str = ""


@dataclass(kw_only=True)
class SchoolClass(Record):
    """One class in one school year. ``cohort_id`` follows the same group of pupils across years."""

    school_id: str
    grade: int
    letter: str
    school_year: int  # first calendar year of the school year
    cohort_id: str

    @property
    def name(self) -> str:
        return class_name(self.grade, self.letter)

    @property
    def year(self) -> SchoolYear:
        return SchoolYear(self.school_year)


def next_year_class_values(current: SchoolClass) -> dict:
    """The values of the class one school year later (5.B 2025/26 -> 6.B 2026/27, same cohort)."""
    if current.grade >= MAX_GRADE:
        raise RuleError(tr("errors", "The class is already in the oldest grade and cannot move up."))
    return {
        "school_id": current.school_id,
        "grade": current.grade + 1,
        "letter": current.letter,
        "school_year": current.school_year + 1,
        "cohort_id": current.cohort_id,
    }


class PupilStatus(StrEnum):
    ACTIVE = "aktiv"
    LEFT = "udmeldt"


@dataclass(kw_only=True)
class Pupil(Record):
    """A pupil. Never holds a CPR number: a birth date is the most the app keeps."""

    school_id: str
    given_name: str
    family_name: str
    birth_date: date | None = None
    status: PupilStatus = PupilStatus.ACTIVE
    left_on: date | None = None
    call_name: str = ""  # "kaldenavn": the name the child goes by ("Malou"), if not one of the given names

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def initials(self) -> str:
        parts = [p for p in self.full_name.replace("-", " ").split() if p]
        return "".join(p[0].upper() + "." for p in parts)


@dataclass(kw_only=True)
class ClassMembership(Record):
    """A pupil in a class. ``left_on`` is set when the pupil moved to another class during the school year."""

    class_id: str
    pupil_id: str
    left_on: date | None = None


class Role(StrEnum):
    TEACHER = "lærer"
    PEDAGOGUE = "pædagog"
    LEADERSHIP = "ledelse"
    AKT = "AKT"
    PPR = "PPR"
    COUNSELLOR = "vejleder"
    SOCIAL_WORKER = "skolesocialrådgiver"
    HEALTH_VISITOR = "sundhedsplejerske"
    OTHER = "andet"


def role_label(role: Role) -> str:
    labels = {
        Role.TEACHER: tr("roles", "Teacher"),
        Role.PEDAGOGUE: tr("roles", "Pedagogue"),
        Role.LEADERSHIP: tr("roles", "School leadership"),
        Role.AKT: tr("roles", "AKT counsellor"),
        Role.PPR: tr("roles", "PPR psychologist"),
        Role.COUNSELLOR: tr("roles", "Reading or maths counsellor"),
        Role.SOCIAL_WORKER: tr("roles", "School social worker"),
        Role.HEALTH_VISITOR: tr("roles", "Health visitor"),
        Role.OTHER: tr("roles", "Other"),
    }
    return labels[Role(role)]


@dataclass(kw_only=True)
class StaffMember(Record):
    school_id: str
    name: str
    initials: str = ""
    role: Role = Role.TEACHER
    active: bool = True
