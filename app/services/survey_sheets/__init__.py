"""Reading wellbeing survey results out of workbooks, tolerantly (no database here).

Understands the app's own template (docs/trivselsskabelon.md) and report-like sheets as schools copy them
out of the ministry's tool: a header row anywhere; question rows with one column per answer option (in
any order); shares as 0–100, 0–1 or text like "12,5 %"; an "Antal svar" column; indicator rows with
Danish decimal commas; one class per sheet or several blocks per sheet ("Klasse: 5.B"), or a "Klasse"
column; extra columns and empty rows are ignored. Every problem names the sheet, row and column.

The package: ``model`` (what is read), ``cells`` (header words, one cell), ``parser`` (one sheet), and here
reading the file and checking each class.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.survey import Scale
from app.domain.wellbeing import GradeBand, grade_band_for
from app.i18n import tr
from app.services.survey_sheets.model import (
    MAX_ANSWERS,
    WORKBOOK_SUFFIXES,
    Cell,
    ParsedBlock,
    ParsedIndicator,
    ParsedQuestion,
    ParsedWorkbook,
    Sheet,
    SurveyFileError,
)
from app.services.survey_sheets.parser import _SheetParser
from app.services.tabular import ImportProblem


# -- reading the workbook ----------------------------------------------------------------------------
def read_sheets(path: str | Path) -> list[Sheet]:
    """Every sheet's cells (values, not formulas), from an XLSX workbook or a CSV file, through the one table
    reader every import uses (limits before parsing, Danish refusals). Raises SurveyFileError."""
    from app.services.tabular import PercentValue, TableError, read_table

    path = Path(path)
    try:
        table = read_table(path)
    except TableError as error:
        if error.kind in ("header_only", "empty"):
            raise SurveyFileError([ImportProblem(tr("survey_import", "The file “{name}” is empty.").format(
                name=path.name))]) from None
        else:
            raise SurveyFileError([ImportProblem(str(error))]) from None
    sheets = []
    for sheet in table.sheets:
        rows: list[list[Cell]] = []
        for number, values in zip(sheet.row_numbers, sheet.rows):
            while len(rows) < number - 1:
                rows.append([])
            cells = []
            for value in values:
                if isinstance(value, PercentValue):
                    cells.append(Cell(float(value) / 100.0, "0%"))
                else:
                    cells.append(Cell(value))
            rows.append(cells)
        sheets.append(Sheet(sheet.name, rows, table.kind == "csv"))
    return sheets


def parse_sheets(sheets: list[Sheet], path: Path) -> ParsedWorkbook:
    problems: list[ImportProblem] = []
    blocks: list[ParsedBlock] = []
    for sheet in sheets:
        blocks.extend(_SheetParser(sheet, problems).parse())
    filled = [b for b in blocks if b.has_data]
    empty = [b for b in blocks if not b.has_data]
    seen: dict[tuple[int, str, int | None], ParsedBlock] = {}
    for block in filled:
        _check_block(block, problems)
        key = (block.grade, block.letter, block.school_year)
        if key in seen:
            problems.append(block.problem(
                tr("survey_import", "Class {klass} appears twice in the file (also in sheet “{sheet}”). "
                                    "Keep one of them.").format(klass=block.name, sheet=seen[key].sheet)))
        seen[key] = block
    if not filled and not problems:
        problems.append(ImportProblem(
            tr("survey_import", "The file “{name}” holds no survey results: no class with a number of answers, "
                                "indicators or questions was found.").format(name=path.name)))
    return ParsedWorkbook(path, filled, problems, empty)


def _check_block(block: ParsedBlock, problems: list[ImportProblem]) -> None:
    band = grade_band_for(block.grade)
    if block.answer_count is None:
        counts = [q.answer_count for q in block.questions if q.answer_count]
        if counts:
            block.answer_count = max(counts)
        else:
            problems.append(block.problem(
                tr("survey_import", "The number of answers for class {klass} is missing. Write it next to "
                                    "“Antal svar”.").format(klass=block.name),
                row=block.first_row if block.class_row is None else None))
            return
    for question in block.questions:
        if band == GradeBand.YOUNG and question.scale != Scale.YOUNG:
            problems.append(block.problem(
                tr("survey_import", "Class {klass} is in grades 0–3, whose questions have 3 answer options "
                                    "(Ja, meget / Ja, lidt / Nej), but this question has 5.").format(klass=block.name),
                row=question.row))
            return
        if band == GradeBand.OLDER and question.scale == Scale.YOUNG:
            problems.append(block.problem(
                tr("survey_import", "Class {klass} is in grades 4–9, whose questions have 5 answer options, "
                                    "but this question has 3.").format(klass=block.name),
                row=question.row))
            return
    if band == GradeBand.YOUNG and any(i.class_value is not None for i in block.indicators.values()):
        first = min(i.row for i in block.indicators.values())
        problems.append(block.problem(
            tr("survey_import", "Class {klass} is in grades 0–3, which have no indicator means. Leave the "
                                "indicators out.").format(klass=block.name), row=first))


def read_workbook(path: str | Path, sheets: list[Sheet] | None = None) -> ParsedWorkbook:
    """Read and check a survey workbook. File-level problems raise SurveyFileError; the rest are listed."""
    path = Path(path)
    sheets = read_sheets(path) if sheets is None else sheets
    if not any(sheet.rows for sheet in sheets):
        raise SurveyFileError([ImportProblem(
            tr("survey_import", "The file “{name}” is empty.").format(name=path.name))])
    return parse_sheets(sheets, path)


__all__ = ["MAX_ANSWERS", "Cell", "ImportProblem", "ParsedBlock", "ParsedIndicator", "ParsedQuestion", "ParsedWorkbook",
           "Sheet", "SurveyFileError", "WORKBOOK_SUFFIXES", "parse_sheets", "read_sheets", "read_workbook"]
