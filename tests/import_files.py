"""Real-looking pupil and absence lists for the import tests (all names fictional)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from app.services.files import new_file
from app.storage.database import open_database


def write_csv(path: Path, rows: list[list[str]], *, delimiter: str = ";", encoding: str = "utf-8",
              newline: str = "\r\n") -> Path:
    """Rows written as Excel does: fields with the separator, quotes or line breaks in quotation marks."""
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            text = "" if cell is None else str(cell)
            if any(ch in text for ch in (delimiter, '"', "\n", "\r")):
                text = '"' + text.replace('"', '""') + '"'
            cells.append(text)
        lines.append(delimiter.join(cells))
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, list[list]], *, date_format: str = "dd-mm-yyyy",
               percent_columns: tuple[int, ...] = ()) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
        for cells in sheet.iter_rows():
            for cell in cells:
                if isinstance(cell.value, date):
                    cell.number_format = date_format
                elif cell.column - 1 in percent_columns and isinstance(cell.value, float):
                    cell.number_format = "0.0%"
    workbook.save(path)
    return path


def empty_school(tmp_path: Path, name: str = "Testskolen"):
    """A new, empty file for one school, opened."""
    path = new_file(tmp_path / "skole", name)
    return open_database(path)


# Three classes, the way a school administration system exports them (family name first, with a comma).
PUPILS = [
    ("5.B", "Ærø, Åse Marie", date(2015, 7, 3)),
    ("5.B", "Søndergård, Jens", date(2015, 2, 14)),
    ("5.B", "Østergaard-Lund, Bjørk", date(2015, 11, 30)),
    ("5. B", "Hansen, Peter", date(2015, 5, 1)),
    ("5a", "Kjær, Ida", date(2015, 1, 9)),
    ("5a", "Ågård, Mikkel", date(2015, 9, 22)),
    ("6.A", "Bødker, Sofie", date(2014, 4, 4)),
    ("6.A", "Møller, Oliver", date(2014, 12, 24)),
]


def roster_rows(*, cpr: bool = False) -> list[list[str]]:
    header = ["Klasse", "Elevnavn", "Fødselsdato"] + (["CPR-nr."] if cpr else [])
    rows = [header]
    for number, (klass, name, born) in enumerate(PUPILS):
        row = [klass, name, born.strftime("%d-%m-%Y")]
        if cpr:
            row.append(born.strftime("%d%m%y") + f"-{1234 + number}")
        rows.append(row)
    return rows
