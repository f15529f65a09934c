"""The app's own workbook for wellbeing results: one sheet per class (see docs/trivselsskabelon.md).

The template is read back by the same tolerant reader as report-like sheets (survey_sheets.py), so what
the template shows is exactly what the reader understands.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from app.domain.base import RuleError
from app.domain.school import SchoolClass
from app.domain.survey import FIVE_POINT_SCALES, SCALE_OPTIONS, Scale
from app.domain.wellbeing import INDICATOR_ORDER, GradeBand, grade_band_for, indicator_label
from app.i18n import tr

QUESTION_ROWS_PER_TABLE = 15  # empty rows under each question header (grades 4–9: three tables)
YOUNG_QUESTION_ROWS = 20  # grades 0–3: 20 questions, one table
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
_INPUT_FILL = PatternFill("solid", fgColor="FFFBE6")
_THIN = Side(style="thin", color="B0B0B0")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _sheet_title(school_class: SchoolClass, used: set[str]) -> str:
    title = school_class.name
    if title in used:
        title = f"{school_class.name} {school_class.year.label.replace('/', '-')}"
    used.add(title)
    return title[:31]


def _header(sheet, row: int, labels: list[str]) -> None:
    for column, label in enumerate(labels, start=1):
        cell = sheet.cell(row=row, column=column, value=label)
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BOX
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _input(cell, number_format: str | None = None) -> None:
    cell.fill = _INPUT_FILL
    cell.border = _BOX
    if number_format:
        cell.number_format = number_format


def _guide(workbook: Workbook) -> None:
    sheet = workbook.active
    sheet.title = tr("survey_template", "Guide")
    lines = [
        tr("survey_template", "Wellbeing survey – template for Klassekonference"),
        "",
        tr("survey_template", "One sheet per class. Fill in the yellow cells from the class's report in the "
                              "ministry's tool, save it, and import the file in Klassekonference."),
        tr("survey_template", "Number of answers: the number of pupils who answered. Below 5 answers the app "
                              "shows only the number, never the results."),
        tr("survey_template", "Indicators (grades 4–9): the means on 1–5, written like 3,7. School and national "
                              "values may be left empty."),
        tr("survey_template", "Questions: the question's text and the share per answer option, in percent "
                              "(12,5) or as in the report (12,5 %). The shares of a question must add up to "
                              "about 100 %."),
        tr("survey_template", "Write x in “Negativt spørgsmål” when the best answer is “Aldrig” or “Nej” "
                              "(for example “Er du blevet mobbet i dette skoleår?”)."),
        tr("survey_template", "Rows you do not need can stay empty. Importing the same file again changes "
                              "nothing; a corrected file updates the classes it covers."),
    ]
    for row, line in enumerate(lines, start=1):
        cell = sheet.cell(row=row, column=1, value=line)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.column_dimensions["A"].width = 110


def _question_table(sheet, row: int, scale: Scale, rows: int, validations: dict) -> int:
    options = list(SCALE_OPTIONS[scale])
    labels = ["Nr.", "Spørgsmål", "Indikator", "Negativt spørgsmål", *options, "Antal svar"]
    _header(sheet, row, labels)
    first_share = 5
    last_share = first_share + len(options) - 1
    for offset in range(1, rows + 1):
        r = row + offset
        for column in range(1, len(labels) + 1):
            cell = sheet.cell(row=r, column=column)
            _input(cell, "0.0" if first_share <= column <= last_share else None)
        area = f"{get_column_letter(first_share)}{r}:{get_column_letter(last_share)}{r}"
        validations["share"].add(area)
        validations["count"].add(f"{get_column_letter(last_share + 1)}{r}")
        if scale != Scale.YOUNG:
            validations["indicator"].add(f"C{r}")
    return row + rows + 2


def _class_sheet(workbook: Workbook, school_class: SchoolClass, title: str) -> None:
    sheet = workbook.create_sheet(title)
    young = grade_band_for(school_class.grade) == GradeBand.YOUNG
    validations = {
        "share": DataValidation(type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True,
                                error=tr("survey_template", "A share is a number from 0 to 100."),
                                showErrorMessage=True),
        "mean": DataValidation(type="decimal", operator="between", formula1="1", formula2="5", allow_blank=True,
                               error=tr("survey_template", "A mean is a number from 1 to 5, like 3,7."),
                               showErrorMessage=True),
        "count": DataValidation(type="whole", operator="between", formula1="0", formula2="1000", allow_blank=True,
                                error=tr("survey_template", "The number of answers is a whole number."),
                                showErrorMessage=True),
        "indicator": DataValidation(
            type="list", allow_blank=True,
            formula1='"' + ",".join(indicator_label(i) for i in INDICATOR_ORDER[:4]) + '"'),
    }
    sheet["A1"] = tr("survey_template", "Wellbeing survey")
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"], sheet["B2"] = "Klasse", school_class.name
    sheet["A3"], sheet["B3"] = "Skoleår", school_class.year.label
    sheet["A4"] = "Antal svar"
    _input(sheet["B4"], "0")
    validations["count"].add("B4")
    for row in (2, 3, 4):
        sheet.cell(row=row, column=1).font = Font(bold=True)
    row = 6
    if not young:
        sheet["A5"] = "Andel med højeste trivsel (%)"
        sheet["A5"].font = Font(bold=True)
        _input(sheet["B5"], "0.0")
        validations["share"].add("B5")
        _header(sheet, 7, ["Indikator", "Klassen", "Skolen", "Landet"])
        for offset, indicator in enumerate(INDICATOR_ORDER, start=1):
            sheet.cell(row=7 + offset, column=1, value=indicator_label(indicator)).border = _BOX
            for column in (2, 3, 4):
                _input(sheet.cell(row=7 + offset, column=column), "0.0")
            validations["mean"].add(f"B{7 + offset}:D{7 + offset}")
        row = 7 + len(INDICATOR_ORDER) + 2
        for scale in FIVE_POINT_SCALES:
            row = _question_table(sheet, row, scale, QUESTION_ROWS_PER_TABLE, validations)
    else:
        sheet["A5"] = tr("survey_template", "Grades 0–3: no indicators; fill in the answers to each question.")
        sheet["A5"].font = Font(italic=True)
        row = _question_table(sheet, 7, Scale.YOUNG, YOUNG_QUESTION_ROWS, validations)
    for validation in validations.values():
        if validation.sqref:
            sheet.add_data_validation(validation)
    widths = {"A": 30, "B": 48, "C": 22, "D": 12}
    for letter, width in widths.items():
        sheet.column_dimensions[letter].width = width
    for column in range(5, 11):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    sheet.freeze_panes = "A2"


def write_template(path: str | Path, classes: list[SchoolClass]) -> Path:
    """Save an empty workbook to fill in: a guide sheet, then one sheet per class (docs/trivselsskabelon.md)."""
    if not classes:
        raise RuleError(tr("survey_template", "Choose at least one class for the template."))
    path = Path(path)
    if not path.suffix:
        path = path.with_suffix(".xlsx")
    workbook = Workbook()
    _guide(workbook)
    used: set[str] = set()
    for school_class in sorted(classes, key=lambda c: (c.school_year, c.grade, c.letter)):
        _class_sheet(workbook, school_class, _sheet_title(school_class, used))
    try:
        workbook.save(path)
    except OSError as error:
        raise RuleError(tr("survey_template", "The template could not be saved: {detail}").format(
            detail=error.strerror or error)) from None
    return path
