"""The Excel workbook read back with openpyxl: real dates, filters, frozen header, text that stays text."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from app.domain.agreement import ResponsibleKind
from app.services import agreements, conferences, school
from app.services.export.content import find_class
from app.services.export.files import export_xlsx
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def write(store, tmp_path, class_name="5.B", conference=None):
    school_class = find_class(store, class_name, 2026)
    conference = conference or conferences.conferences_of_class(store, school_class)[-1]
    path = tmp_path / "ud.xlsx"
    export_xlsx(store, conference, path, school_class=school_class, today=DEMO_TODAY)
    return path, openpyxl.load_workbook(path)


def rows_of(sheet) -> list[dict]:
    header = [cell.value for cell in sheet[1]]
    return [dict(zip(header, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_three_sheets_with_filters_and_a_frozen_header(store, tmp_path):
    _, workbook = write(store, tmp_path)
    assert workbook.sheetnames == ["Aftaler", "Elever", "Trivsel", "Spørgsmål"]
    for sheet in workbook:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.bold


def test_every_agreement_with_a_real_deadline_date_and_overdue_ones_highlighted(store, tmp_path):
    _, workbook = write(store, tmp_path)
    sheet = workbook["Aftaler"]
    assert [c.value for c in sheet[1]] == ["Aftale", "Omfang", "Vedrører", "Ansvarlig", "Frist", "Status",
                                           "Opfølgning", "Aftalt", "Overskredet"]
    rows = rows_of(sheet)
    assert len(rows) == 7  # every agreement of the 4.B/5.B pupils, also the closed ones
    ro = next(row for row in rows if row["Aftale"].startswith("Fælles struktur ved timestart"))
    assert isinstance(ro["Frist"], datetime) and ro["Frist"].date() == date(2026, 6, 1)
    assert ro["Status"] == "Delvist udført" and ro["Overskredet"] == "Ja"
    assert ro["Opfølgning"].startswith("Indført i dansk")
    emil = next(row for row in rows if "Emil" in row["Aftale"])
    assert emil["Omfang"] == "Én elev" and emil["Vedrører"] == "Emil Bækkelund" and emil["Status"] == "Udført"
    assert emil["Overskredet"] in (None, "")
    row_number = next(i for i, row in enumerate(rows, start=2) if row["Aftale"] == ro["Aftale"])
    assert sheet.cell(row=row_number, column=5).is_date
    assert sheet.cell(row=row_number, column=1).fill.fgColor.rgb.endswith("F8D7DA")
    done_row = next(i for i, row in enumerate(rows, start=2) if row["Aftale"] == emil["Aftale"])
    assert not sheet.cell(row=done_row, column=1).fill.fgColor.rgb.endswith("F8D7DA")


def test_text_that_looks_like_a_formula_stays_text(store, tmp_path):
    b_class = find_class(store, "5.B", 2026)
    planned = conferences.conferences_of_class(store, b_class)[-1]
    odd = school.add_pupil(store, b_class, "@navn", "+45 -test")
    dangerous = ["=1+1", "+SUM(A1:A2)", "-2+3", "@navn", '=HYPERLINK("http://example.com","klik")']
    for text in dangerous[:3] + dangerous[4:]:
        agreements.add_agreement(store, planned, b_class, text, responsible=ResponsibleKind.PARENTS, pupils=[odd])
    path, workbook = write(store, tmp_path)
    texts = {sheet.cell(row=r, column=1).value: sheet.cell(row=r, column=1)
             for sheet in [workbook["Aftaler"]] for r in range(2, sheet.max_row + 1)}
    for text in dangerous[:3] + dangerous[4:]:
        cell = texts[text]
        assert cell.data_type == "s" and cell.quotePrefix, text
    pupils = {row[0].value: row[0] for row in workbook["Elever"].iter_rows(min_row=2)}
    cell = pupils["@navn +45 -test"]
    assert cell.data_type == "s" and cell.quotePrefix
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


def test_pupils_with_flag_subject_statuses_and_absence(store, tmp_path):
    _, workbook = write(store, tmp_path)
    sheet = workbook["Elever"]
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["Elev", "Til drøftelse", "Drøftet"]
    assert header[3:6] == ["Dansk", "Matematik", "Engelsk"]
    assert header[-3:] == ["Fravær i alt", "Ulovligt fravær", "Fraværsmarkeringer"]
    rows = {row["Elev"]: row for row in rows_of(sheet)}
    assert len(rows) == 24
    aksel = rows["Aksel Bjørnholt"]
    assert aksel["Til drøftelse"] == "Ja" and aksel["Dansk"] == "Under forventet"
    hjalte = rows["Hjalte Ødum"]
    assert isinstance(hjalte["Fravær i alt"], float) and hjalte["Fravær i alt"] > 10
    assert "Ulovligt fravær" in hjalte["Fraværsmarkeringer"] or "Fravær i alt over 10" in hjalte["Fraværsmarkeringer"]


def test_wellbeing_obeys_the_rule_of_five_answers(store, tmp_path):
    a_class = find_class(store, "5.A", 2026)
    planned = conferences.plan_conference(store, [a_class], date(2026, 12, 10), starts_at="14:00")
    _, workbook = write(store, tmp_path, "5.A", planned)
    rows = rows_of(workbook["Trivsel"])
    this_year = [row for row in rows if row["Skoleår"] == "2026/27"]
    last_year = [row for row in rows if row["Skoleår"] == "2025/26"]
    assert this_year and all(row["Klassen (1–5)"] is None for row in this_year)
    assert all(row["Svar"] == 4 and row["Bemærkning"].startswith("Kun 4 svar") for row in this_year)
    assert not any(row["Indikator"] == "Andel med højeste trivsel" for row in this_year)  # 75,0 % stays out
    social = next(row for row in last_year if row["Indikator"] == "Social trivsel")
    assert social["Klassen (1–5)"] == pytest.approx(4.1) and social["Skolen (1–5)"] == pytest.approx(4.0)
    assert not any(row["Bemærkning"] for row in last_year)
    share = next(row for row in last_year if row["Indikator"] == "Andel med højeste trivsel")
    assert share["Klassen (1–5)"] is None and share["Andel (%)"] > 1  # a share is never in a score column
    questions = rows_of(workbook["Spørgsmål"])
    assert [row for row in questions if row["Skoleår"] == "2025/26" and row["Andel (%)"] is not None]
    hidden = [row for row in questions if row["Skoleår"] == "2026/27"]
    assert hidden and all(row["Andel (%)"] is None and not row["Spørgsmål"] for row in hidden)
    assert all(row["Bemærkning"].startswith("Kun 4 svar") for row in hidden)


def test_a_failed_export_leaves_no_file(store, tmp_path):
    from app.domain.base import RuleError

    with pytest.raises(RuleError, match="findes ikke"):
        write(store, tmp_path / "findes-ikke")
    assert not (tmp_path / "findes-ikke").exists()


def test_every_sheet_is_set_up_for_printing(store, tmp_path):
    _, workbook = write(store, tmp_path)
    for sheet in workbook:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and int(setup.fitToWidth) == 1 and int(setup.fitToHeight) == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows in ("$1:$1", "1:1")
        assert sheet.oddHeader.left.text == "Engbakkeskolen"
        assert sheet.oddHeader.center.text == "Klasse 5.B"
        assert sheet.oddHeader.right.text == "klassekonference 08.12.2026"
        assert sheet.oddFooter.left.text == "Fortroligt" and "&P" in sheet.oddFooter.right.text


def test_row_heights_fit_the_wrapped_texts(store, tmp_path):
    from app.services.export.workbook import LINE_HEIGHT, text_lines

    b_class = find_class(store, "5.B", 2026)
    planned = conferences.conferences_of_class(store, b_class)[-1]
    birgitte = next(m for m in school.staff(store) if m.name.startswith("Birgitte"))
    agreements.add_agreement(store, planned, b_class, "Lang aftale om frikvarteret. " * 30 + "\nNy linje.",
                             responsible=birgitte)
    _, workbook = write(store, tmp_path)
    for sheet in workbook:
        widths = {k: v.width for k, v in sheet.column_dimensions.items()}
        for row in sheet.iter_rows():
            needed = max(text_lines(c.value, widths.get(c.column_letter) or 8.43) for c in row
                         if c.alignment.wrap_text) if any(c.alignment.wrap_text for c in row) else 1
            assert sheet.row_dimensions[row[0].row].height >= LINE_HEIGHT * needed, (sheet.title, row[0].row)
    long_row = next(r for r in workbook["Aftaler"].iter_rows() if str(r[0].value).startswith("Lang aftale"))
    assert workbook["Aftaler"].row_dimensions[long_row[0].row].height >= LINE_HEIGHT * 14


def test_text_lines_never_underestimates():
    from app.services.export.workbook import text_lines

    assert text_lines("", 10) == 1
    assert text_lines("a\nb\nc", 50) == 3
    assert text_lines("x" * 45, 10) >= 5  # one long word, broken by Excel
    assert text_lines("ord " * 30, 20) >= 6
