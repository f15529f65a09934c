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


# -- hostile workbooks ------------------------------------------------------------------------------
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             '<sheets><sheet name="Elever" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                  'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def write_bomb_xlsx(path: Path, rows: int = 5_000_000, *, dimension: str | None = None) -> Path:
    """A small workbook whose one sheet unpacks to ``rows`` rows of a pupil list (a zip bomb: 5 million rows
    are about 0.7 MB packed and 480 MB unpacked)."""
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                       b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
            if dimension:
                part.write(f'<dimension ref="{dimension}"/>'.encode())
            part.write(b"<sheetData>")
            row = (b'<row><c t="inlineStr"><is><t>Ida Kj\xc3\xa6r</t></is></c>'
                   b'<c t="inlineStr"><is><t>5.A</t></is></c></row>')
            block = row * 10_000
            for _ in range(rows // 10_000):
                part.write(block)
            part.write(row * (rows % 10_000))
            part.write(b"</sheetData></worksheet>")
    return path


def write_sparse_bomb_xlsx(path: Path) -> Path:
    """A tiny workbook with one cell in row 1 and one in the last row and column Excel allows."""
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         '<dimension ref="A1:XFD1048576"/><sheetData>'
                         '<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c>'
                         '<c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>'
                         '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>Ida</t></is></c></row>'
                         '</sheetData></worksheet>')
    return path


def write_lying_bomb_xlsx(path: Path, rows: int = 2_000_000) -> Path:
    """A zip bomb whose headers claim the sheet unpacks to 2 KB (it unpacks to about 190 MB)."""
    import struct

    write_bomb_xlsx(path, rows)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    local = data.find(b"PK\x03\x04" + data[data.find(b"PK\x03\x04", 0):][4:4])  # first local header
    while local != -1:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30: local + 30 + name_length] == name:
            struct.pack_into("<I", data, local + 22, 2048)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46: central + 46 + name_length] == name:
            struct.pack_into("<I", data, central + 24, 2048)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))
    return path
