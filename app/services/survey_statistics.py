"""The ministry's public wellbeing figures from uddannelsesstatistik.dk: per school, never per class (no database).

They come per *Mellemtrin* (grades 4–6) and *Udskoling* (7–9) and school year, as CSV or XLSX, in three forms:

- wide: ``År;Skolenavn;Trin;Generel trivsel;Social trivsel;Faglig trivsel;Støtte og inspiration;Ro og orden``,
  one row per school (and maybe a row for the whole country) and stage;
- the API's flat form with MDX-style column names (``[Skoleår].[Skoleår].[Skoleår]``,
  ``[Trivselsindikator].[Trivselsindikator].[Trivselsindikator]``) and measures (``Indikatorsvar``,
  ``Indikatorsvar - Landstal``, ``Totale antal elever - indikatorsvar``), one row per indicator;
- the question cube in long form (``[Spørgsmål]``, ``[Svar]``, ``Svarfordeling`` …): answer shares per question
  for the whole school, recognised here and read by :mod:`app.services.survey_question_cube`.

They are comparison values for each class of that stage, never a class's own results.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.domain.base import RuleError
from app.domain.school import SchoolYear
from app.domain.survey import indicator_from_label, normalize_label, parse_number
from app.domain.wellbeing import Indicator
from app.i18n import tr
from app.services.import_columns import shown
from app.services.import_problems import ImportProblem

MIDDLE, UPPER = "mellemtrin", "udskoling"
STAGE_GRADES = {MIDDLE: (4, 5, 6), UPPER: (7, 8, 9)}
_MDX = re.compile(r"\[([^\]]*)\]")


def stage_label(stage: str) -> str:
    return {MIDDLE: tr("survey_import", "Mellemtrin (4.–6.)"), UPPER: tr("survey_import", "Udskoling (7.–9.)")}[stage]


def header_name(text) -> str:
    """ "[Skoleår].[Skoleår].[Skoleår]" -> "skoleår"; "Indikatorsvar - Landstal" -> "indikatorsvar - landstal"."""
    text = str(text or "")
    parts = _MDX.findall(text)
    if parts:
        text = parts[-1]
    return normalize_label(text)


def stage_of(text) -> str | None:
    label = normalize_label(text)
    if "mellem" in label or re.search(r"\b4\s*\.?\s*[-–]\s*6\b", label):
        return MIDDLE
    if "udskoling" in label or re.search(r"\b7\s*\.?\s*[-–]\s*9\b", label):
        return UPPER
    return None


@dataclass
class ComparisonValues:
    """The school's and the country's indicator means for one stage in one school year."""

    school_year: int
    stage: str
    school: dict[Indicator, float] = field(default_factory=dict)
    national: dict[Indicator, float] = field(default_factory=dict)


@dataclass
class StatisticsFile:
    form: str  # "wide" or "flat"
    values: list[ComparisonValues]
    problems: list[ImportProblem]
    school_names: list[str]


_YEAR = {"år", "skoleår", "skoleåret", "måleår"}
_STAGE = {"trin", "klassetrin", "klassetrinsgruppe", "undervisningstrin", "trinnavn", "klassetrin gruppe"}
_SCHOOL = {"skolenavn", "skole", "institution", "institutionsnavn", "afdeling", "skolens navn"}
_INDICATOR = {"trivselsindikator", "indikator", "indikatornavn"}
_SCHOOL_MEASURE = {"indikatorsvar", "gennemsnit", "indikatorværdi", "værdi", "skolen", "skoletal"}
_NATIONAL_MEASURE = {"indikatorsvar - landstal", "landstal", "landsgennemsnit", "landet", "indikatorsvar landstal"}
_QUESTION_CUBE = {"spørgsmål", "svar", "svarfordeling"}


def recognise(rows: list[list]) -> tuple[str, int] | None:
    """("wide" | "flat" | "questions", index of the header row) for the ministry's forms, else None."""
    for index, row in enumerate(rows[:15]):
        names = [header_name(cell) for cell in row]
        present = set(names)
        if present >= _QUESTION_CUBE:
            return "questions", index
        # The API's own names only (a class report's "Skoleår | Indikator | Klassen | Skolen" is not this form)
        ministry = any("[" in str(cell) for cell in row) or any(n.startswith("indikatorsvar") for n in names)
        if ministry and present & _YEAR and present & _INDICATOR and present & (_SCHOOL_MEASURE | _NATIONAL_MEASURE):
            return "flat", index
        if present & _YEAR and present & _STAGE and present & _SCHOOL \
                and sum(1 for n in names if indicator_from_label(n)) >= 2:
            return "wide", index
    return None


def read_statistics(rows: list[list], form: str, header: int, sheet: str | None = None) -> StatisticsFile:
    """The comparison values of a wide or flat file; each problem names ``sheet`` (None: a CSV file), the row
    and the column."""
    names = [header_name(cell) for cell in rows[header]]
    column = {name: index for index, name in reversed(list(enumerate(names)))}

    def first(options: set[str]) -> int | None:
        return next((column[n] for n in names if n in options), None)

    year_col, stage_col, school_col = first(_YEAR), first(_STAGE), first(_SCHOOL)
    problems: list[ImportProblem] = []
    found: dict[tuple[int, str], ComparisonValues] = {}
    schools: list[str] = []

    def cell(row, index):
        return row[index] if index is not None and index < len(row) else None

    def mean(value, number: int, letter_index: int) -> float | None:
        try:
            parsed = parse_number(value)
        except ValueError:
            parsed = None
            problems.append(ImportProblem(tr("survey_import", "“{text}” is not a number.").format(
                text=shown(value, 40)), sheet, number, letter_index + 1))
        if parsed is None:
            return None
        if not 1.0 <= parsed[0] <= 5.0:
            problems.append(ImportProblem(tr("survey_import", "The mean {value} is outside the scale 1–5.").format(
                value=shown(value, 40)), sheet, number, letter_index + 1))
            return None
        return parsed[0]

    for offset, row in enumerate(rows[header + 1:], start=header + 2):
        if not any(c not in (None, "") for c in row):
            continue
        try:
            year = SchoolYear.parse(str(cell(row, year_col) or "")).start_year
        except RuleError:
            problems.append(ImportProblem(tr("survey_import", "“{text}” is not a school year (write it like "
                                                              "2024/2025).").format(
                text=shown(cell(row, year_col), 40)), sheet, offset, None if year_col is None else year_col + 1))
            continue
        stage = stage_of(cell(row, stage_col)) if stage_col is not None else None
        if stage is None:
            continue  # Indskoling (0.–3.) has no indicators; a row of another stage or a total
        where = normalize_label(cell(row, school_col)) if school_col is not None else ""
        national_row = bool(re.search(r"\b(hele landet|landet|landsplan|danmark|national|landstal)\b", where))
        if "kommune" in where:
            continue  # the municipality's figures: not stored
        if where and not national_row and where not in schools:
            schools.append(where)
        target = found.setdefault((year, stage), ComparisonValues(year, stage))
        if form == "wide":
            for index, name in enumerate(names):
                indicator = indicator_from_label(name)
                if indicator is None or index >= len(row) or row[index] in (None, ""):
                    continue
                value = mean(row[index], offset, index)
                if value is not None:
                    (target.national if national_row else target.school)[indicator] = value
        else:
            indicator = indicator_from_label(header_name(cell(row, first(_INDICATOR))))
            if indicator is None:
                continue  # "Andel med højest trivsel" and other shares: no place for them here
            for index, name in enumerate(names):
                if index >= len(row) or row[index] in (None, ""):
                    continue
                if name in _SCHOOL_MEASURE:
                    value = mean(row[index], offset, index)
                    if value is not None:
                        (target.national if national_row else target.school)[indicator] = value
                elif name in _NATIONAL_MEASURE or ("landstal" in name and "antal" not in name):
                    value = mean(row[index], offset, index)
                    if value is not None:
                        target.national[indicator] = value
    if len(schools) > 1:
        problems.append(ImportProblem(tr("survey_import", "The file holds the figures of several schools ({names}). "
                                                          "Keep only your own school's rows (and the country's), "
                                                          "and import it again.").format(
            names=", ".join(schools[:4])), sheet))
    values = [v for v in found.values() if v.school or v.national]
    return StatisticsFile(form, sorted(values, key=lambda v: (v.school_year, v.stage)), problems, schools)
