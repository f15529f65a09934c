"""The header words a survey sheet may use, and the parsers of single cells (class names, numbers,
shares, answer counts, school years); every problem names the sheet, row and column."""

from __future__ import annotations

import re

from app.domain.base import RuleError
from app.domain.formatting import percent, plain_number
from app.domain.school import SchoolYear, normalize_class_name
from app.domain.survey import normalize_label, parse_number
from app.i18n import tr
from app.services.import_columns import shown
from app.services.survey_sheets.model import MAX_ANSWERS, Cell
from app.services.tabular import ImportProblem

# Header words (compared after normalize_label).
_CLASS_LABELS = {"klasse", "klassen", "klassenavn", "klasse (navn)"}
_ANSWER_LABELS = {"antal svar", "antal besvarelser", "besvarelser", "svar i alt", "antal", "n",
                  "antal respondenter", "respondenter"}
_YEAR_LABELS = {"skoleår", "skoleåret", "måleår", "år", "trivselsmåling skoleår"}
_HIGH_LABELS = {"andel med højeste trivsel", "andel med højeste trivsel (%)", "andel elever med højeste trivsel",
                "højeste trivsel", "andel med høj trivsel", "andel med høj trivsel (%)", "andel højeste trivsel"}


def high_kind(label: str) -> str | None:
    """ "Andel med højest trivsel" (the ministry's label) or "… højeste …": "class"; with "Kommune" or "Land"
    after it (the ministry's comparison figures): "municipality" or "national"; anything else: None."""
    if not re.search(r"høj(?:e|es|este|est)?\s+trivsel", label):
        return None
    if re.search(r"kommune", label):
        return "municipality"
    if re.search(r"\b(land|landet|lands\w*|national\w*|danmark)\b", label):
        return "national"
    if re.search(r"\b(skole|skolen)\b", label):
        return "school"
    return "class"


_TEXT_LABELS = {"spørgsmål", "spørgsmålstekst", "tekst", "spørgsmål (tekst)", "spørgsmålet"}
_CODE_LABELS = {"nr", "nr.", "nummer", "kode", "spm", "spm.", "id", "spørgsmålsnummer", "spørgsmål nr",
                "spørgsmålsnr"}
_INDICATOR_LABELS = {"indikator", "indikatorer", "trivselsindikator"}
_DIRECTION_LABELS = {"negativt spørgsmål", "negativt", "negativ", "omvendt", "vendt", "omvendt skala"}
_CLASS_VALUE_LABELS = {"klassen", "klasse", "klassens gennemsnit", "gennemsnit", "klassens resultat", "værdi",
                       "resultat", "score", "klassens score"}
_SCHOOL_LABELS = {"skolen", "skole", "skolens gennemsnit", "skolens resultat", "hele skolen"}
_NATIONAL_LABELS = {"landet", "land", "hele landet", "landsgennemsnit", "nationalt", "national", "danmark",
                    "landsplan", "landsresultat"}
_TITLE_CLASS = re.compile(r"\s*klasse\s*:?\s*(\d{1,2}\s*\.?\s*[A-Za-zÆØÅæøå]{0,3})(?![A-Za-zÆØÅæøå])", re.IGNORECASE)
_TITLE_YEAR = re.compile(r"\b\d{4}\s*/\s*(\d{4}|\d{2})\b")
_YES = {"x", "ja", "j", "1", "negativ", "negativt", "omvendt", "true", "sand"}
_NO = {"nej", "n", "0", "positiv", "positivt", "false", "falsk"}


# -- small parsers -----------------------------------------------------------------------------------
def _class_of(text: str, *, need_letter: bool) -> tuple[int, str] | None:
    candidate = str(text or "").strip()
    lowered = normalize_label(candidate)
    if lowered.startswith("klasse "):
        candidate = candidate[len("klasse "):]
    try:
        grade, letter = normalize_class_name(candidate)
    except RuleError:
        return None
    if need_letter and not letter:
        return None
    return grade, letter


def _number(cell: Cell, sheet: str, row: int, column: int, problems: list[ImportProblem]):
    try:
        return parse_number(cell.value)
    except ValueError:
        problems.append(ImportProblem(
            tr("survey_import", "“{text}” is not a number. Write a number like 3,7 or 12,5 %.").format(
                text=shown(cell.value)),
            sheet, row, column))
        return None


def _percent_value(cell: Cell, parsed: tuple[float, bool]) -> tuple[float, bool]:
    """(value, is known to be in percent). A cell formatted as % in Excel holds a fraction."""
    value, written_with_percent = parsed
    if written_with_percent:
        return value, True
    if "%" in (cell.number_format or ""):
        return value * 100.0, True
    return value, False


def _mean(cell: Cell, sheet: str, row: int, column: int, problems: list[ImportProblem]) -> float | None:
    parsed = _number(cell, sheet, row, column, problems)
    if parsed is None:
        return None
    value = parsed[0]
    if not 1.0 <= value <= 5.0:
        problems.append(ImportProblem(
            tr("survey_import", "The mean {value} is outside the scale 1–5. Check the number in the report.").format(
                value=plain_number(value)),
            sheet, row, column))
        return None
    return value


def _count(cell: Cell, sheet: str, row: int, column: int, problems: list[ImportProblem]) -> int | None:
    text = cell.text
    if normalize_label(text).endswith(" svar"):
        text = text[: -len(" svar")]
    parsed = _number(Cell(text), sheet, row, column, problems)
    if parsed is None:
        return None
    value = parsed[0]
    if value < 0 or not float(value).is_integer() or value > MAX_ANSWERS:
        problems.append(ImportProblem(
            tr("survey_import", "The number of answers must be a whole number of 0 or more, not “{text}”.").format(
                text=shown(cell.value)), sheet, row, column))
        return None
    return int(value)


def _single_percent(cell: Cell, sheet: str, row: int, column: int, problems: list[ImportProblem]) -> float | None:
    parsed = _number(cell, sheet, row, column, problems)
    if parsed is None:
        return None
    value, known = _percent_value(cell, parsed)
    if not known and 0 <= value <= 1:
        value *= 100.0
    if value < 0 or value > 100.0001:
        problems.append(ImportProblem(
            tr("survey_import", "The share {value} is above 100 %.").format(value=percent(value))
            if value > 100 else tr("survey_import", "A share cannot be negative ({value}).").format(
                value=percent(value)),
            sheet, row, column))
        return None
    return round(value, 4)


def _year(cell: Cell, sheet: str, row: int, column: int, problems: list[ImportProblem]) -> int | None:
    try:
        return SchoolYear.parse(cell.text).start_year
    except RuleError:
        problems.append(ImportProblem(
            tr("survey_import", "“{text}” is not a school year. Write it like 2025/26.").format(text=shown(cell.value)),
            sheet, row, column))
        return None


def _next_value(cells: list[Cell], start: int) -> int | None:
    """Index of the first non-empty cell right of ``start``."""
    for index in range(start + 1, len(cells)):
        if not cells[index].empty:
            return index
    return None
