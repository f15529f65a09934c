"""Pupil lists without a header the reader knows: Tabulex TEA's ``Elev.txt`` and lists with no header row.

Used by :func:`app.services.roster_file.read_roster`. The Tabulex export is recognised by its shape (``¤``
between fields, 14 fields, a school-year line); its CPR field and address are never read. A list without a
header row is read from its first row, with its columns guessed from the values (a column of class names,
one of dates, the text columns as names); a first row whose class or date column holds no class or date is
taken for a header after all (one with names the reader does not know).
"""

from __future__ import annotations

from app.domain.base import RuleError
from app.domain.school import normalize_class_name
from app.services.import_columns import cpr_columns, find_header_row, has_digits, has_letters, parse_date
from app.services.roster_file import BIRTH, CLASS, FAMILY, FULL, GIVEN, SPECS, RosterSource
from app.services.tabular import Table

# Tabulex TEA's pupil export Elev.txt: a line with the school year, then rows without a header, "¤" between
# fields and at the end of each line. Only names and classes are read; the CPR field (and the address) never.
TABULEX_FIELDS = ("ElevID", "Skolekode", "Skolenavn", "Fornavn", "Efternavn", "CPR", "Adresse", "Område",
                  "Postnummer", "By", "Klassetrin", "Klassespor", "Elevens første skoleår", "Stamklasse")
TABULEX_COLUMNS = {GIVEN: 3, FAMILY: 4, FULL: None, CLASS: 13, BIRTH: None}
TABULEX_CPR = 5


def tabulex_source(table: Table) -> RosterSource | None:
    """Tabulex TEA's Elev.txt, recognised by its shape: "¤" between fields, 14 fields, a school-year line."""
    if table.kind != "csv" or table.delimiter != "¤":
        return None
    sheet = table.sheets[0]
    rows = sheet.rows
    first = [cell for cell in rows[0] if cell is not None]
    year_line = len(first) == 1 and str(first[0]).strip().isdigit() and len(str(first[0]).strip()) == 4
    body = rows[1:] if year_line else rows
    wide = [row for row in body if len([c for c in row]) >= len(TABULEX_FIELDS)]
    if not body or len(wide) * 2 < len(body) or find_header_row(sheet, SPECS)[1] > 1:
        return None
    headers = list(TABULEX_FIELDS)
    sheet.strict_width = False
    return RosterSource(
        table=table, sheets=[sheet], header_indices=[0 if year_line else -1], headers=headers, shape=None,
        guessed=dict(TABULEX_COLUMNS), columns=dict(TABULEX_COLUMNS), cpr_columns={TABULEX_CPR},
        header_found=True, layout="tabulex",
    )


def _first_row_is_header(source: RosterSource) -> bool:
    """A first row whose class or date column holds no class or date ("Gruppe", "Dato") is a header."""
    first = source.sheets[0].rows[0]
    if len(source.sheets[0].rows) < 2:
        return False
    for name, test in ((CLASS, _is_class), (BIRTH, _is_date)):
        column = source.guessed.get(name)
        if column is not None and column < len(first) and first[column] is not None and not test(first[column]):
            return True
    return False


def _is_class(value) -> bool:
    try:
        normalize_class_name(str(value))
        return True
    except RuleError:
        return False


def _is_date(value) -> bool:
    if isinstance(value, (int, float)):
        return False
    try:
        return parse_date(value) is not None
    except (ValueError, OverflowError):
        return False


def _headerless_source(table: Table, specs) -> RosterSource:
    """Every row is data. Columns: class names -> class, dates -> birth date, the text columns -> names."""
    sheet = table.sheets[0]
    sheet.strict_width = False
    rows = sheet.rows
    width = max(len(row) for row in rows)
    headers = [""] * width
    cprs = cpr_columns(headers, rows)
    names = {spec.name for spec in specs}
    guessed: dict[str, int | None] = {name: None for name in names}

    def share(column: int, test) -> float:  # judged below the first row, which may be a header
        body = rows[1:] if len(rows) > 1 else rows
        values = [row[column] for row in body if column < len(row) and row[column] is not None]
        return sum(1 for v in values if test(v)) / len(values) if values else 0.0

    is_class, is_date = _is_class, _is_date

    def is_name(value) -> bool:
        return isinstance(value, str) and has_letters(value) and not has_digits(value)

    free = [c for c in range(width) if c not in cprs]
    if CLASS in names:
        column = next((c for c in free if share(c, is_class) > 0.8), None)
        guessed[CLASS] = column
        free = [c for c in free if c != column]
    if BIRTH in names:
        column = next((c for c in free if share(c, is_date) > 0.8), None)
        guessed[BIRTH] = column
        free = [c for c in free if c != column]
    text_columns = [c for c in free if share(c, is_name) > 0.8]
    if len(text_columns) >= 2 and share(text_columns[0], lambda v: " " in str(v).strip()) <= 0.5:
        guessed[GIVEN], guessed[FAMILY] = text_columns[0], text_columns[1]
    elif text_columns:
        guessed[FULL] = text_columns[0]
    return RosterSource(
        table=table, sheets=[sheet], header_indices=[-1], headers=headers, shape=None, guessed=guessed,
        columns=dict(guessed), cpr_columns=cprs, ignored_sheets=[s.name for s in table.sheets[1:]],
        header_found=False,
    )
