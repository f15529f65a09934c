"""Which import a dropped CSV or Excel file is for: a pupil list, absence per pupil, or wellbeing survey results.

Decided from the headers in the first rows (the same header names the imports themselves recognise); a file
that is neither absence nor a survey is offered as a pupil list, whose dialog shows what it found.
"""

from __future__ import annotations

from pathlib import Path

from app.services.import_columns import find_header_row, guess_columns, normalize_header
from app.services.tabular import read_table

ROSTER, ABSENCE, SURVEY = "roster", "absence", "survey"
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm")
_SURVEY_WORDS = ("indikator", "trivselsindikator", "andelmedhøjestetrivsel", "trivselsmåling", "socialtrivsel",
                 "fagligtrivsel", "roogorden", "støtteoginspiration", "svarfordeling")


def is_table_file(path: str | Path) -> bool:
    return Path(path).suffix.casefold() in TABLE_SUFFIXES


def import_kind(path: str | Path) -> str:
    """ROSTER, ABSENCE or SURVEY for a readable table; raises the import's TableError for an unreadable one."""
    from app.services.absence_import import SICK, SPECS as ABSENCE_SPECS, TOTAL, UNLAWFUL

    table = read_table(path)
    for sheet in table.sheets:
        words = {normalize_header(cell) for row in sheet.rows[:40] for cell in row if isinstance(cell, str)}
        if any(any(word in text for word in _SURVEY_WORDS) for text in words):
            return SURVEY
        index, _score = find_header_row(sheet, ABSENCE_SPECS)
        if index < len(sheet.rows):
            headers = [normalize_header(cell) if isinstance(cell, str) else "" for cell in sheet.rows[index]]
            found = guess_columns(headers, ABSENCE_SPECS)
            if any(found[name] is not None for name in (TOTAL, UNLAWFUL, SICK)):
                return ABSENCE
    return ROSTER
