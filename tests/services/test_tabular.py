"""The table reader: the CSV and Excel files schools really have, and a clear message for the rest."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from app.services.tabular import MAX_FILE_BYTES, TableError, data_rows, read_table, sniff_delimiter
from tests.import_files import write_csv, write_xlsx

HEADER = ["Fornavn", "Efternavn", "Klasse"]


def _values(table):
    return table.sheets[0].rows


def test_windows_1252_with_danish_letters(tmp_path):
    path = write_csv(tmp_path / "elever.csv", [HEADER, ["Åse", "Ærø", "5.B"], ["Søren", "Østergård", "5.B"]],
                     encoding="cp1252")
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.delimiter == ";"
    assert _values(table)[1:] == [["Åse", "Ærø", "5.B"], ["Søren", "Østergård", "5.B"]]


def test_utf8_with_bom_does_not_leak_into_the_first_header(tmp_path):
    path = write_csv(tmp_path / "elever.csv", [HEADER, ["Åse", "Ærø", "5.B"]], encoding="utf-8-sig")
    table = read_table(path)
    assert table.encoding == "utf-8-sig"
    assert _values(table)[0] == HEADER


def test_comma_file_with_quoted_commas_quotes_and_line_breaks(tmp_path):
    rows = [["Navn", "Klasse", "Bemærkning"],
            ["Hansen, Peter", "5.B", 'Siger "hej"'],
            ["Ærø, Åse", "5.B", "to\nlinjer"],
            ["Kjær, Ida", "5.A", ""]]
    path = write_csv(tmp_path / "elever.csv", rows, delimiter=",")
    table = read_table(path)
    assert table.delimiter == ","
    assert _values(table)[1] == ["Hansen, Peter", "5.B", 'Siger "hej"']
    assert _values(table)[2][2] == "to\nlinjer"
    assert table.sheets[0].row_numbers == [1, 2, 3, 5]  # the line break moved Ida to line 5


def test_tab_separated_and_utf16_unicode_text_from_excel(tmp_path):
    path = write_csv(tmp_path / "elever.txt", [HEADER, ["Åse", "Ærø", "5.B"]], delimiter="\t", encoding="utf-16")
    table = read_table(path)
    assert (table.delimiter, table.encoding) == ("\t", "utf-16")
    assert _values(table)[1] == ["Åse", "Ærø", "5.B"]


def test_semicolon_file_with_comma_names_is_sniffed_as_semicolon():
    text = "Elevliste 5.B;;\n\nNavn;Klasse;Født\n\"Hansen, Peter\";5.B;01-05-2015\n\"Ærø, Åse\";5.B;03-07-2015\n"
    assert sniff_delimiter(text) == ";"


def test_xlsx_dates_percentages_and_several_sheets(tmp_path):
    path = write_xlsx(tmp_path / "elever.xlsx", {
        "5.B": [["Elevliste"], [], HEADER + ["Født", "Fravær"], ["Åse", "Ærø", "5.B", date(2015, 7, 3), 0.125],
                ["Søren", "Østergård", "5.B", "04-07-2015", 0.0]],
        "Tom": [],
        "6.A": [HEADER, ["Ida", "Kjær", "6.A"]],
    }, percent_columns=(4,))
    table = read_table(path)
    assert table.kind == "xlsx"
    assert [sheet.name for sheet in table.sheets] == ["5.B", "6.A"]
    first = table.sheets[0]
    assert first.row_numbers[:3] == [1, 3, 4]
    assert first.rows[2] == ["Åse", "Ærø", "5.B", date(2015, 7, 3), 12.5]
    assert first.rows[3][3] == "04-07-2015"


@pytest.mark.parametrize("content", [b"", b"  \r\n\r\n ;;;\r\n"])
def test_an_empty_file(tmp_path, content):
    path = tmp_path / "tom.csv"
    path.write_bytes(content)
    with pytest.raises(TableError) as error:
        read_table(path)
    assert error.value.kind == "empty"
    assert "tom.csv" in str(error.value)


def test_only_a_header(tmp_path):
    path = write_csv(tmp_path / "kun.csv", [HEADER])
    with pytest.raises(TableError) as error:
        read_table(path)
    assert error.value.kind == "header_only"
    xlsx = write_xlsx(tmp_path / "kun.xlsx", {"Ark1": [HEADER]})
    with pytest.raises(TableError) as error:
        read_table(xlsx)
    assert error.value.kind == "header_only"


def test_title_and_header_without_rows_is_header_only(tmp_path):
    table = read_table(write_csv(tmp_path / "titel.csv", [["Elevliste 5.B"], HEADER]))
    with pytest.raises(TableError) as error:
        list(data_rows(table, table.sheets[0], 1))
    assert error.value.kind == "header_only"


@pytest.mark.parametrize("data", [
    "Fornavn;Efternavn\r\nSøren;Kærgård\r\n".encode("cp850"),  # DOS: Ø, Å are not Windows-1252 at all
    "Fornavn;Efternavn\r\nSøren;Kærgård\r\nÅse;Ærø\r\n".encode("mac_roman"),  # Mac: reads as "S¿ren"
    "Fornavn;Efternavn\r\nSøren;Kærgård\r\n".encode("utf-16-le"),  # UTF-16 without its BOM
])
def test_an_unknown_encoding(tmp_path, data):
    path = tmp_path / "elever.csv"
    path.write_bytes(data)
    with pytest.raises(TableError) as error:
        read_table(path)
    assert error.value.kind == "encoding"
    assert "elever.csv" in str(error.value)


def test_a_file_over_50_mb_is_refused_without_reading_it(tmp_path, monkeypatch):
    path = tmp_path / "kæmpe.csv"
    with open(path, "wb") as handle:  # sparse: no disk space, no time
        handle.write(b"Fornavn;Efternavn\r\n")
        handle.truncate(MAX_FILE_BYTES + 1)
    opened = []

    def spy(*args, **kwargs):
        opened.append(args)
        raise AssertionError("the file was opened")

    monkeypatch.setattr("app.services.tabular.open", spy, raising=False)
    monkeypatch.setattr("pathlib.Path.read_bytes", spy)
    with pytest.raises(TableError) as error:
        read_table(path)
    assert error.value.kind == "too_large"
    assert opened == []
    assert "50" in str(error.value)


@pytest.mark.parametrize("name, data", [
    ("billede.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"),
    ("gammel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
    ("side.csv", b"<!DOCTYPE html><html><table><tr><td>Navn</td></tr></table></html>"),
])
def test_not_a_table(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(TableError) as error:
        read_table(path)
    assert error.value.kind == "not_table"
    assert name in str(error.value)


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "elever.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hej")
    with pytest.raises(TableError) as error:
        read_table(path)
    assert error.value.kind == "not_table"


def test_a_missing_file(tmp_path):
    with pytest.raises(TableError) as error:
        read_table(tmp_path / "findes-ikke.csv")
    assert error.value.kind == "missing"


def test_ragged_csv_rows_are_named(tmp_path):
    rows = [HEADER, ["Åse", "Ærø", "5.B"], ["Søren", "Øster", "gård", "5.B"], ["Ida", "Kjær"], ["Bo", "Lund", "5.B"]]
    table = read_table(write_csv(tmp_path / "skæv.csv", rows))
    with pytest.raises(TableError) as error:
        list(data_rows(table, table.sheets[0], 0))
    assert error.value.kind == "ragged"
    assert error.value.row == 3
    message = str(error.value)
    assert "3, 4" in message and "skæv.csv" in message


def test_trailing_empty_fields_are_not_ragged(tmp_path):
    table = read_table(write_csv(tmp_path / "ok.csv", [HEADER + ["", ""], ["Åse", "Ærø", "5.B", "", ""]]))
    assert list(data_rows(table, table.sheets[0], 0)) == [(2, ["Åse", "Ærø", "5.B"])]


def test_xlsx_values_in_a_column_without_header_are_ragged(tmp_path):
    table = read_table(write_xlsx(tmp_path / "x.xlsx", {"Ark1": [HEADER, ["Åse", "Ærø", "5.B", "???"]]}))
    with pytest.raises(TableError) as error:
        list(data_rows(table, table.sheets[0], 0))
    assert (error.value.kind, error.value.row) == ("ragged", 2)

