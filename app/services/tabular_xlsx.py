"""Reading an XLSX workbook for the table reader (:mod:`app.services.tabular`), safely.

Before any part is parsed, the zip is checked: the unpacked size of all parts, the packing ratio, the number
of parts, and (by counting bytes, not parsing) the rows and cells of every worksheet: a zip bomb is refused in
milliseconds. Then openpyxl reads the cached values (read-only); Excel error values become :class:`ExcelError`,
a formula whose result Excel never saved becomes :class:`FormulaWithoutValue`, numbers shown as a percentage
come as :class:`PercentValue` (the number shown).
"""

from __future__ import annotations

import zipfile
import zlib
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.base import RuleError
from app.i18n import tr
from app.services.tabular import (
    ERROR_VALUES,
    MAX_CELLS,
    MAX_ROWS,
    ExcelError,
    FormulaWithoutValue,
    PercentValue,
    Sheet,
    Table,
    TableError,
    _megabytes,
    _not_table,
    too_many_rows,
    trim_row,
)

MAX_UNCOMPRESSED_BYTES = 30 * 1024 * 1024  # all parts of a workbook together, unpacked
MAX_WORKBOOK_PARTS = 2_000
# A workbook that unpacks to more than 5 MB at over 100 times its packed size is a zip bomb (real workbooks
# pack 5-20 times): refused like one that is too big.
SUSPICIOUS_UNPACKED_BYTES = 5 * 1024 * 1024
MAX_RATIO = 100

def check_workbook_limits(path: Path) -> bool:
    """Refuse a workbook whose parts unpack to more than the limit, before any part is parsed (zip bombs).

    Returns whether any worksheet holds formulas (then their saved results are checked)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_WORKBOOK_PARTS:
                raise _too_big_unpacked(path)
            total = sum(max(info.file_size, 0) for info in infos)
            packed = sum(max(info.compress_size, 0) for info in infos) or 1
            if total > MAX_UNCOMPRESSED_BYTES or (total > SUSPICIOUS_UNPACKED_BYTES and total / packed > MAX_RATIO):
                raise _too_big_unpacked(path)
            formulas = False
            for info in infos:
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    rows, cells, has_formulas = _scan_sheet_part(archive, info)
                    if rows > MAX_ROWS + 30 or cells > MAX_CELLS:
                        raise too_many_rows(path.name)
                    formulas = formulas or has_formulas
            return formulas
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError, ValueError):  # a damaged zip
        raise _not_table(path) from None


def _scan_sheet_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int, bool]:
    """(rows, cells, holds formulas) of a worksheet part, counted in its bytes without parsing the XML."""
    rows = cells = 0
    formulas = False
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(1 << 20):
            data = tail + chunk
            rows += data.count(b"<row") + data.count(b":row ") + data.count(b":row>")
            cells += data.count(b"<c ") + data.count(b"<c>") + data.count(b":c ") + data.count(b":c>")
            if not formulas:
                formulas = any(mark in data for mark in (b"<f>", b"<f ", b":f>", b":f "))
            tail = chunk[-4:]
    return rows, cells, formulas


def _too_big_unpacked(path: Path) -> TableError:
    return TableError(
        tr("import", "“{name}” unpacks to more than {limit} MB. A list for one school is much smaller; the file is "
                     "not read. Check that you chose the right file, or save the list again from Excel.").format(
            name=path.name, limit=_megabytes(MAX_UNCOMPRESSED_BYTES)),
        kind="too_large",
    )


def read_xlsx(path: Path) -> Table:
    import openpyxl

    formulas = check_workbook_limits(path)
    sheets = _xlsx_sheets(openpyxl, path, data_only=True)
    if formulas:  # a formula cell without a saved result reads as empty: mark it so it is never taken as blank
        for sheet, raw in zip(sheets, _xlsx_sheets(openpyxl, path, data_only=False)):
            for row, raw_row in zip(sheet.rows, raw.rows):
                for index, value in enumerate(raw_row):
                    if isinstance(value, str) and value.startswith("=") and index < len(row) and row[index] is None:
                        row[index] = FormulaWithoutValue(value)
                    elif isinstance(value, str) and value.startswith("=") and index >= len(row):
                        row.extend([None] * (index - len(row)))
                        row.append(FormulaWithoutValue(value))
    return Table(path=path, kind="xlsx", sheets=sheets)


def _xlsx_sheets(openpyxl, path: Path, *, data_only: bool) -> list[Sheet]:
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=data_only)
    except Exception:  # openpyxl raises its own errors for zip files that are not workbooks
        raise _not_table(path) from None
    sheets = []
    cells_read = 0
    try:
        for worksheet in workbook.worksheets:
            worksheet.reset_dimensions()  # a hostile "A1:XFD1048576" must not make every row 16.384 cells wide
            sheet = Sheet(name=worksheet.title)
            for number, row in enumerate(worksheet.iter_rows(min_row=1), start=1):
                if number > MAX_ROWS + 30:
                    raise too_many_rows(path.name)
                cells_read += len(row)
                if cells_read > MAX_CELLS:
                    raise too_many_rows(path.name)
                cells = trim_row([_cell_value(cell) if data_only else cell.value for cell in row])
                if cells:
                    sheet.rows.append(cells)
                    sheet.row_numbers.append(number)
            sheets.append(sheet)
    except RuleError:
        raise
    except Exception:
        raise _not_table(path) from None
    finally:
        workbook.close()
    return sheets


def _cell_value(cell) -> Any:
    value = cell.value
    if value is None:
        return None
    if getattr(cell, "data_type", None) == "e":
        return ExcelError(str(value).strip())
    if isinstance(value, datetime):
        return value.date() if (value.hour, value.minute, value.second) == (0, 0, 0) else value
    if isinstance(value, str):
        text = value.strip()
        if text.upper() in ERROR_VALUES:
            return ExcelError(text)
        return text or None
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return ExcelError("#NUM!")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number_format = getattr(cell, "number_format", None) or ""
        if "%" in number_format:
            return PercentValue(round(value * 100, 10))
    return value
