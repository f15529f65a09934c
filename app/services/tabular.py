"""A tolerant table reader shared by every import (pupil lists, absence, wellbeing survey results).

Reads what Danish school administration systems and Excel write:

- CSV with ``;``, ``,`` or tab between fields (found by looking at the first lines), quoted fields with
  separators and line breaks inside; UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
  text"), or Windows-1252 (tried after UTF-8);
- XLSX through openpyxl (read-only, cached values; limits checked first, see
  :mod:`app.services.tabular_xlsx`): dates come as :class:`datetime.date`, numbers shown
  as a percentage in Excel come as the number shown (a cell 0.125 formatted "12,5 %" reads as 12.5).

The result is one :class:`Sheet` per non-empty worksheet: rows of cell values (``str``, ``int``,
``float``, ``date``, ``bool`` or ``None``), with the row number a user sees in Excel or a text editor.
Anything wrong raises :class:`TableError`, a :class:`RuleError` whose message is translated and names
the file, sheet, row and column where that helps.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.base import RuleError
from app.domain.formatting import decimal, plural
from app.i18n import tr
from app.services.import_problems import ImportProblem, column_letter  # noqa: F401  (re-exported)

MAX_FILE_BYTES = 50 * 1024 * 1024
DELIMITERS = (";", "\t", ",", "|", "¤")  # in order of preference when two fit equally well
MAX_ROWS = 20_000  # no pupil, absence or survey list of one school comes near this
MAX_CELLS = 1_000_000
ERROR_VALUES = frozenset({"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA",
                          "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
                          # as a Danish Excel writes them into a CSV file
                          "#I/T", "#REFERENCE!", "#VÆRDI!", "#DIVISION/0!", "#NAVN?", "#NUL!", "#OVERLØB!",
                          "#BEREGN!"})
_SNIFF_LINES = 60

# Characters that Windows-1252 produces from bytes of other code pages (DOS 850, Mac Roman) where a
# Danish letter was meant: "S›ren K†rg†rd" is cp850 read as Windows-1252.
_MISDECODED = set("ƒ†‡ˆ‰Š‹ŒŽ•˜™š›œžŸ¿¾¼½¤¦¨¯´¸") | {chr(c) for c in range(0x80, 0xA0)}
_DANISH_LETTERS = set("æøåÆØÅéÉüÜöÖäÄ")


class TableError(RuleError):
    """A file that cannot be read as a table. ``kind`` says what is wrong (for code and tests)."""

    def __init__(self, message: str, *, kind: str, sheet: str | None = None, row: int | None = None,
                 column: str | None = None):
        super().__init__(message)
        self.kind = kind
        self.sheet = sheet
        self.row = row
        self.column = column

    @property
    def problem(self) -> ImportProblem:
        """The refusal as the one problem type (its message already names the file and the place)."""
        return ImportProblem(str(self))


class ExcelError(str):
    """An Excel error value in a cell ("#N/A", "#REF!" …): never a name, a number or a date."""


class FormulaWithoutValue(str):
    """A formula cell whose result Excel never saved (the file was written by a program, not Excel)."""


class PercentValue(float):
    """A number shown as a percentage in Excel: the value is the number shown (0.125 formatted 12,5 % -> 12.5)."""


def bad_cell(value: Any) -> str | None:
    """Why a cell cannot be used as data (an error value, a formula without result), or None."""
    if isinstance(value, FormulaWithoutValue):
        return tr("import", "the cell holds a formula without a saved result (open the file in Excel and save it "
                            "again)")
    if isinstance(value, ExcelError) or (isinstance(value, str) and value.strip().upper() in ERROR_VALUES):
        return tr("import", "the cell holds the Excel error {value}").format(value=value.strip())
    return None


def unreadable(name: str) -> TableError:
    """The refusal for a file the reader cannot make sense of (any unexpected error while reading)."""
    return TableError(
        tr("import", "“{name}” cannot be read: the file is damaged or not a table. Nothing has been imported. Open "
                     "it in Excel and save it again as an Excel workbook (.xlsx) or as CSV, then try again.").format(
            name=name),
        kind="unreadable",
    )


@contextmanager
def refusing(name: str):
    """Any unexpected error while making sense of a read file becomes the Danish refusal (nothing is written
    inside: callers use it around parsing, never around storing). Database errors pass through unchanged."""
    from app.storage.errors import StorageError

    try:
        yield
    except (RuleError, StorageError):
        raise
    except (MemoryError, RecursionError, Exception):  # noqa: B014
        raise unreadable(name) from None


def too_many_rows(name: str) -> TableError:
    return TableError(
        tr("import", "“{name}” has more than {limit} rows. A list for one school is much shorter; nothing has been "
                     "imported. Check that you chose the right file.").format(name=name, limit=decimal(MAX_ROWS, 0)),
        kind="too_large",
    )


@dataclass
class Sheet:
    """One worksheet (a CSV file has one). Empty rows are left out; ``row_numbers`` says where each row was."""

    name: str
    rows: list[list[Any]] = field(default_factory=list)
    row_numbers: list[int] = field(default_factory=list)
    strict_width: bool = False  # CSV: every row should have as many fields as the header

    def __len__(self) -> int:
        return len(self.rows)


@dataclass
class Table:
    path: Path
    kind: str  # "csv" or "xlsx"
    sheets: list[Sheet]
    encoding: str | None = None
    delimiter: str | None = None

    @property
    def name(self) -> str:
        return self.path.name


def where(
    sheet: Sheet | None, row: int | None = None, column: int | None = None, *, several_sheets: bool = False
) -> str:
    """A readable place in the file: "række 7, kolonne C" or "arket “5.B”, række 7"."""
    parts = []
    if sheet is not None and several_sheets:
        parts.append(tr("import", "sheet “{name}”").format(name=sheet.name))
    if row is not None:
        parts.append(tr("import", "row {row}").format(row=row))
    if column is not None:
        parts.append(tr("import", "column {column}").format(column=column_letter(column)))
    return ", ".join(parts)


# -- reading -------------------------------------------------------------------------------------
def read_table(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES, allow_single_row: bool = False) -> Table:
    """Read a CSV or XLSX file. Refuses files over ``max_bytes`` before reading them.

    Any error while reading becomes a :class:`TableError` (a Danish refusal), never a traceback.
    """
    path = Path(path)
    try:
        return _read_table(path, max_bytes, allow_single_row)
    except RuleError:
        raise
    except (MemoryError, RecursionError, Exception):  # noqa: B014 - a damaged file must never crash the app
        raise unreadable(path.name) from None


def _read_table(path: Path, max_bytes: int, allow_single_row: bool = False) -> Table:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise TableError(
            tr("import", "The file “{name}” does not exist.").format(name=path.name), kind="missing"
        ) from None
    except OSError:
        raise TableError(
            tr("import", "The file “{name}” cannot be read.").format(name=path.name), kind="unreadable"
        ) from None
    if path.is_dir():
        raise TableError(tr("import", "“{name}” is a folder, not a file.").format(name=path.name), kind="not_table")
    if size > max_bytes:
        raise TableError(
            tr("import", "The file “{name}” is {size} MB. Files over {limit} MB are not read: a pupil or absence "
                         "list is much smaller. Check that you chose the right file.").format(
                name=path.name, size=_megabytes(size), limit=_megabytes(max_bytes)),
            kind="too_large",
        )
    if size == 0:
        raise _empty(path)
    try:
        with open(path, "rb") as handle:
            head = handle.read(8)
    except OSError:
        raise TableError(
            tr("import", "The file “{name}” cannot be read.").format(name=path.name), kind="unreadable"
        ) from None
    if head.startswith(b"PK\x03\x04"):
        from app.services.tabular_xlsx import read_xlsx  # only XLSX imports pay for openpyxl

        table = read_xlsx(path)
    elif head.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError(
            tr("import", "“{name}” is an old Excel file (.xls) or a password-protected workbook. Open it in Excel "
                         "and save it as “Excel-projektmappe (.xlsx)” or as CSV, then choose that file.").format(
                name=path.name),
            kind="not_table",
        )
    else:
        table = _read_csv(path)
    table.sheets = [sheet for sheet in table.sheets if sheet.rows]
    if not table.sheets:
        raise _empty(path)
    if not allow_single_row and all(len(sheet.rows) < 2 for sheet in table.sheets):
        sheet = table.sheets[0]
        raise header_only_error(table, sheet)
    return table


def header_only_error(table: Table, sheet: Sheet) -> TableError:
    return TableError(
        tr("import", "“{name}” has only a header and no rows below it. Choose a file with the list itself.").format(
            name=table.name),
        kind="header_only", sheet=sheet.name,
    )


def _empty(path: Path) -> TableError:
    return TableError(
        tr("import", "The file “{name}” is empty. Choose a file with the list, one row per pupil.").format(
            name=path.name
        ),
        kind="empty",
    )


def _megabytes(size: int) -> str:
    return decimal(size / (1024 * 1024), 0)


def _not_table(path: Path) -> TableError:
    return TableError(
        tr("import", "“{name}” is not a table. Choose a CSV file or an Excel workbook (.xlsx).").format(name=path.name),
        kind="not_table",
    )


# -- CSV -----------------------------------------------------------------------------------------
def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """(text, encoding): UTF-8 (with or without BOM) first, then UTF-16 with BOM, then Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates: tuple[str, ...] = ("utf-8-sig",)
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ("utf-16",)
    else:
        sample = data[:4096]
        if b"\x00" in sample:
            odd_nuls = sample[1::2].count(0)
            even_nuls = sample[0::2].count(0)
            if max(odd_nuls, even_nuls) > len(sample) // 4:
                raise _unknown_encoding(name)
            raise TableError(
                tr("import", "“{name}” is not a table. Choose a CSV file or an Excel workbook (.xlsx).").format(
                    name=name
                ),
                kind="not_table",
            )
        candidates = ("utf-8", "mixed")
    for encoding in candidates:
        if encoding == "mixed":
            text, encoding = _decode_per_line(data)
            if encoding != "utf-8" and _looks_misdecoded(text):
                break
            return text, encoding
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _repair_double_encoding(text), encoding
    raise _unknown_encoding(name)


_DOUBLE_ENCODED = re.compile("[ÃÂ][\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                             "\u2013-\u2122]")


def _repair_double_encoding(text: str) -> str:
    """Lines that were UTF-8 read as Windows-1252 and saved as UTF-8 again ("Ã…se Ã…lund") are put back
    ("Åse Ålund"), line by line; a line that cannot be put back is left as it is (and shows as such)."""
    if not _DOUBLE_ENCODED.search(text):
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _DOUBLE_ENCODED.search(line):
            try:
                lines[index] = line.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
    return "\n".join(lines)


def _decode_per_line(data: bytes) -> tuple[str, str]:
    """Each line as UTF-8 when it is valid UTF-8, else as Windows-1252 (a list pasted together from two
    programs has both). Encoding "cp1252" when every line with letters outside ASCII was Windows-1252."""
    lines = data.split(b"\n")
    out, kinds = [], set()
    for line in lines:
        try:
            out.append(_repair_double_encoding(line.decode("utf-8")))
            if any(byte > 0x7F for byte in line):
                kinds.add("utf-8")
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
            kinds.add("cp1252")
    encoding = "cp1252" if kinds == {"cp1252"} else "utf-8" if kinds <= {"utf-8"} else "utf-8+cp1252"
    return "\n".join(out), encoding


def _unknown_encoding(name: str) -> TableError:
    return TableError(
        tr("import", "The letters in “{name}” cannot be read: the file is in an unknown character set. Save it again "
                     "as “CSV UTF-8” (in Excel: Gem som → CSV UTF-8), or as an Excel workbook (.xlsx).").format(
            name=name
        ),
        kind="encoding",
    )


def _looks_misdecoded(text: str) -> bool:
    lines = [line for line in text.splitlines() if line.strip()]
    ignore = "¤" if lines and sum(1 for line in lines if line.count("¤") >= 2) * 2 >= len(lines) else ""
    odd = sum(1 for ch in text if ch in _MISDECODED and ch not in ignore) + text.count("\ufffd")
    return odd > 0 and odd >= sum(1 for ch in text if ch in _DANISH_LETTERS)


def sniff_delimiter(text: str) -> str:
    """The separator that splits the first lines into the most equal, widest rows."""
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best, best_score = DELIMITERS[0], None
    for rank, delimiter in enumerate(DELIMITERS):
        try:
            rows = [row for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(c.strip() for c in row)]
        except csv.Error:
            continue
        if not rows:
            continue
        widths = [len(trim_row(row)) for row in rows]
        mode = max(set(widths), key=lambda w: (widths.count(w), w))
        share = widths.count(mode) / len(widths)
        score = (mode > 1, round(share, 2), mode, -rank)
        if best_score is None or score > best_score:
            best, best_score = delimiter, score
    return best


def trim_row(row: list) -> list:
    """A row without its trailing empty cells."""
    end = len(row)
    while end and (row[end - 1] is None or (isinstance(row[end - 1], str) and not row[end - 1].strip())):
        end -= 1
    return row[:end]


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    text, encoding = decode_text(data, path.name)
    if text.lstrip().startswith("<"):
        raise TableError(
            tr("import", "“{name}” is a web page or XML file, not a table. Open it in Excel and save it as an Excel "
                         "workbook (.xlsx) or as CSV.").format(name=path.name),
            kind="not_table",
        )
    if not text.strip(" \t\r\n;,\"'"):  # nothing but separators and blank lines
        raise _empty(path)
    delimiter = sniff_delimiter(text)
    sheet = Sheet(name=path.stem, strict_width=True)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = 1
    try:
        for row in reader:
            cells = [(cell.strip() or None) for cell in row]
            if any(cell is not None for cell in cells):
                sheet.rows.append(cells)
                sheet.row_numbers.append(line)
                if len(sheet.rows) > MAX_ROWS + 30:  # a few title lines above the list are fine
                    raise too_many_rows(path.name)
            line = reader.line_num + 1
    except csv.Error:
        raise TableError(
            tr("import", "“{name}” cannot be read from line {row}: a quotation mark is never closed. Check the line "
                         "in a text editor, or save the list again from Excel.").format(name=path.name, row=line),
            kind="ragged", row=line,
        ) from None
    return Table(path=path, kind="csv", sheets=[sheet], encoding=encoding, delimiter=delimiter)


# -- helpers for the imports ------------------------------------------------------------------------
def data_rows(table: Table, sheet: Sheet, header_index: int, width: int | None = None) -> Iterator[tuple[int, list]]:
    """(row number, cells padded to the header's width) below the header (``header_index`` -1: no header,
    every row is data; ``width`` then says how many columns there are).

    A row with values in columns that have no header, or (in a CSV file) with another number of fields
    than the header, is ragged: raises :class:`TableError` naming the first such rows.
    """
    if width is None:
        width = len(trim_row(sheet.rows[header_index])) if header_index >= 0 else max(len(r) for r in sheet.rows)
    ragged: list[tuple[int, int]] = []
    result = []
    for index in range(header_index + 1, len(sheet.rows)):
        row = sheet.rows[index]
        number = sheet.row_numbers[index]
        filled = len(trim_row(row))
        if filled > width or (sheet.strict_width and len(row) < width):
            ragged.append((number, len(row) if sheet.strict_width else filled))
            continue
        result.append((number, (row + [None] * width)[:width]))
    if ragged:
        raise ragged_error(table, sheet, ragged, width)
    if not result:
        raise header_only_error(table, sheet)
    return iter(result)


def ragged_error(table: Table, sheet: Sheet, ragged: list[tuple[int, int]], width: int) -> TableError:
    rows = ", ".join(str(number) for number, _ in ragged[:5]) + (" …" if len(ragged) > 5 else "")
    several = len(table.sheets) > 1
    first, count = ragged[0]
    return TableError(
        tr("import", "“{name}”{sheet}: the header has {columns}, but row {row} has {count}. Rows with the "
                     "wrong number of columns: {rows}. Often a separator (; or ,) inside a name needs quotation "
                     "marks, or a line was split in two. Correct the file and try again.").format(
            name=table.name, sheet=(" (" + where(sheet, several_sheets=True) + ")") if several else "",
            columns=plural(width, tr("import", "{count} column"), tr("import", "{count} columns")), row=first,
            count=count, rows=rows),
        kind="ragged", sheet=sheet.name, row=first,
    )
