"""Column guessing and cell parsing shared by the pupil list and absence imports.

Header names are compared after :func:`normalize_header` (case, spaces and punctuation ignored), so
"Fødselsdato", "FØDSELSDATO", "Fødsels-dato" and "fødsels dato:" are the same. Values are parsed the
way Danish lists write them: dates "03-07-2015", "3.7.2015", "2015-07-03" or real date cells; numbers
"12,5", "12,5 %", 12.5.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from app.domain.numbers import parse_danish_number
from app.services.tabular import Sheet, bad_cell, trim_row

# A CPR number: ddmmyy-xxxx or ten digits (with an optional space or dash).
_CPR = re.compile(r"(\d{2})(\d{2})(\d{2})\s?-?\s?(\d{4})")
_DATE_DMY = re.compile(r"(\d{1,2})\s*[-./]\s*(\d{1,2})\s*[-./]\s*(\d{4}|\d{2})")
_DATE_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?")


def normalize_header(value: Any) -> str:
    """ "Fødsels-dato:" -> "fødselsdato"; "CPR nr." -> "cprnr". Letters and digits only, case-folded."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    return "".join(ch for ch in text if ch.isalnum())


@dataclass(frozen=True)
class FieldSpec:
    """One target field: exact header names (normalized) and, as a weaker guess, parts of names."""

    name: str
    exact: tuple[str, ...]
    contains: tuple[str, ...] = ()
    not_contains: tuple[str, ...] = ()

    def score(self, header: str) -> int:
        if not header:
            return 0
        if header in self.exact:
            return 2
        if any(part in header for part in self.contains) and not any(part in header for part in self.not_contains):
            return 1
        return 0


CPR_HEADERS = FieldSpec("cpr", ("cpr", "cprnr", "cprnummer", "personnummer", "personnr", "cpr10"), ("cpr",))


def guess_columns(headers: list[str], specs: Iterable[FieldSpec]) -> dict[str, int | None]:
    """field name -> column index (or None). Exact header names win over partial ones; one column per field."""
    specs = list(specs)
    candidates = []
    for spec in specs:
        for column, header in enumerate(headers):
            score = spec.score(header)
            if score:
                candidates.append((-score, column, spec.name))
    mapping: dict[str, int | None] = {spec.name: None for spec in specs}
    used: set[int] = set()
    for _score, column, name in sorted(candidates):
        if mapping[name] is None and column not in used:
            mapping[name] = column
            used.add(column)
    return mapping


def find_header_row(sheet: Sheet, specs: Iterable[FieldSpec], *, scan: int = 15) -> tuple[int, int]:
    """(index of the most header-like row among the first ``scan`` rows, its number of recognised names)."""
    specs = list(specs) + [CPR_HEADERS]
    best_index, best_score = 0, 0
    for index, row in enumerate(sheet.rows[:scan]):
        headers = [normalize_header(cell) if isinstance(cell, str) else "" for cell in row]
        score = sum(1 for header in headers if any(spec.score(header) for spec in specs))
        if score > best_score:
            best_index, best_score = index, score
    return best_index, best_score


def looks_like_cpr(value: Any) -> bool:
    """ddmmyy-xxxx or ten digits whose first six are a real date."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if value is None or isinstance(value, (date, bool, float)):
        return False
    text = str(value).strip()
    if isinstance(value, int):
        text = f"{value:010d}" if 0 < value < 10**10 else text  # Excel drops a leading zero
    match = _CPR.fullmatch(text)
    if not match:
        return False
    day, month, year = (int(match.group(i)) for i in (1, 2, 3))
    try:
        date(2000 + year, month, day)
    except ValueError:
        return False
    return True


def cpr_columns(headers: list[str], rows: list[list], *, share: float = 0.5) -> set[int]:
    """Columns named like a CPR column, or whose values look like CPR numbers in most filled rows."""
    found = {column for column, header in enumerate(headers) if CPR_HEADERS.score(header)}
    width = max([len(headers)] + [len(row) for row in rows]) if rows else len(headers)
    for column in range(width):
        values = [row[column] for row in rows if column < len(row) and row[column] is not None]
        if values and sum(1 for v in values if looks_like_cpr(v)) > share * len(values):
            found.add(column)
    return found


def header_texts(row: list) -> list[str]:
    """The header row as text, for showing in a mapping step (empty names stay empty)."""
    return ["" if cell is None else str(cell).strip() for cell in trim_row(list(row))]


def file_shape(headers: list[str]) -> tuple[str, ...] | None:
    """The normalized header names, as the key under which a mapping is remembered.

    None when the "header" holds something that could be personal data (a date, a number, a CPR number),
    so that no pupil's data ever ends up in the settings file.
    """
    shape = []
    for header in headers:
        text = "" if header is None else str(header)
        if looks_like_cpr(text) or _DATE_DMY.search(text) or _DATE_YMD.search(text) or re.search(r"\d{4,}", text):
            return None
        shape.append(normalize_header(text))
    return tuple(shape) if any(shape) else None


# -- values ------------------------------------------------------------------------------------------
def parse_date(value: Any) -> date | None:
    """A real date cell, "03-07-2015", "3.7.2015", "03/07/15" (day first) or "2015-07-03". Raises ValueError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 100000:  # an Excel serial number in a cell without date format
            from datetime import timedelta

            return date(1899, 12, 30) + timedelta(days=int(value))
        raise ValueError(value)
    text = str(value).strip()
    if not text:
        return None
    match = _DATE_YMD.fullmatch(text)
    if match:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _DATE_DMY.fullmatch(text)
    if match:
        day, month, year = int(match.group(1)), int(match.group(2)), match.group(3)
        full_year = int(year) if len(year) == 4 else _century(int(year))
        return date(full_year, month, day)
    raise ValueError(text)


def _century(two_digits: int) -> int:
    this_year = date.today().year % 100
    return 2000 + two_digits if two_digits <= this_year else 1900 + two_digits


def parse_number(value: Any) -> tuple[float | None, bool]:
    """(number, written with a % sign). "12,5" / "12,5 %" / "12.5" / 12.5. Raises ValueError.

    The one Danish number reader (app.domain.numbers); an empty cell is (None, False)."""
    if isinstance(value, str) and bad_cell(value):
        raise ValueError(value)
    parsed = parse_danish_number(value)
    return (None, False) if parsed is None else parsed


# -- names ---------------------------------------------------------------------------------------
# Characters nobody can see: bidi controls (a right-to-left override turns "Ida" into "adI" on screen),
# zero-width spaces and joiners, the soft hyphen, the BOM. They are removed from every text an import reads.
_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF,
     *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_CPR_ANYWHERE = re.compile(r"(?<!\d)\d{6}\s?-?\s?\d{4}(?!\d)")


def clean_text(value: Any) -> str:
    """Text as shown: NFC, invisible and control characters removed, runs of spaces made one."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).translate(_INVISIBLE)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(text.split())


def mask_cpr(text: str) -> str:
    """Any CPR-like number in a text meant for a message becomes "xxxxxx-xxxx" (never echo a CPR number)."""
    return _CPR_ANYWHERE.sub("xxxxxx-xxxx", text)


def shown(value: Any, limit: int = 60) -> str:
    """A cell's value as a message may quote it: cleaned, CPR numbers masked, long texts cut."""
    text = mask_cpr(clean_text(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")


def has_letters(text: str) -> bool:
    return _LETTER.search(text) is not None


def has_digits(text: str) -> bool:
    return _DIGIT.search(text) is not None


def split_full_name(text: str, family_first: bool) -> tuple[str, str]:
    """(given, family) from "Hansen, Peter" (family first, with a comma) or "Peter Hansen" (last word = family)."""
    text = clean_text(text)
    if "," in text:
        family, _, given = text.partition(",")
        return given.strip(), family.strip()
    parts = text.split(" ")
    if len(parts) == 1:
        return parts[0], ""
    if family_first:
        return " ".join(parts[1:]), parts[0]
    return " ".join(parts[:-1]), parts[-1]


def name_key(given: str, family: str) -> str:
    """Comparison key for a pupil's name: case, hyphens and extra spaces ignored."""
    text = f"{given} {family}".replace("-", " ")
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())
