"""``klassekonference export-pdf`` and ``export-xlsx`` as a user types them: outputs, messages, exit codes."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from pypdf import PdfReader

from app.cli import main
from app.services.conferences import conferences_of_class
from app.services.export.content import find_class
from app.storage.database import open_database


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_export_pdf_writes_the_minutes_of_the_latest_conference(demo_file, tmp_path, capsys):
    out = tmp_path / "protokol.pdf"
    code = main(["export-pdf", "--db", str(demo_file), "--class", "5.B", "--school-year", "2026/27",
                 "--kind", "protokol", "-o", str(out)])
    assert code == 0
    assert f"Skrev {out}" in capsys.readouterr().out
    text = pdf_text(out)
    assert "Referat" in text and "8. december 2026" in text and "Side 1 af" in text


def test_export_pdf_of_a_chosen_conference_anonymised(demo_file, tmp_path, capsys):
    store = open_database(demo_file)
    april = conferences_of_class(store, find_class(store, "5.B", 2026))[0]
    store.close()
    out = tmp_path / "april.pdf"
    assert main(["export-pdf", "--db", str(demo_file), "--class", "5b", "--school-year", "2026",
                 "--conference", april.id, "--kind", "protokol", "--anonymize", "-o", str(out)]) == 0
    text = pdf_text(out)
    assert "22. april 2026" in text and "Elev A" in text and "Hjalte Ødum" not in text
    assert "Pseudonymiseret" in text and "H.Ø." not in text
    printed = capsys.readouterr().out
    assert re.search(r"\d+ navn(e)? erstattet i \d+ tekst(er)?", printed), printed


def test_confidential_notes_only_when_asked_for(demo_file, tmp_path, capsys):
    plain, chosen = tmp_path / "plain.pdf", tmp_path / "chosen.pdf"
    common = ["export-pdf", "--db", str(demo_file), "--class", "5.B", "--school-year", "2026/27", "--kind", "dagsorden"]
    assert main([*common, "-o", str(plain)]) == 0
    assert main([*common, "--include-confidential", "-o", str(chosen)]) == 0
    assert "fortrolige noter" in capsys.readouterr().err
    assert "gå fra hinanden" not in pdf_text(plain)
    assert "gå fra hinanden" in pdf_text(chosen)


def test_unknown_class_is_a_danish_error_with_exit_1(demo_file, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = main(["export-pdf", "--db", str(demo_file), "--class", "9.Z", "--school-year", "2026/27",
                 "--kind", "klasse", "-o", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert "Der er ingen klasse 9.Z i skoleåret 2026/27. Klasserne er: 1.A, 5.A, 5.B." in err
    assert "Traceback" not in err
    assert not out.exists()


def test_unknown_conference_and_a_class_without_one(demo_file, tmp_path, capsys):
    common = ["export-xlsx", "--db", str(demo_file), "--school-year", "2026/27", "-o", str(tmp_path / "x.xlsx")]
    assert main([*common, "--class", "5.B", "--conference", "ingen-sådan"]) == 1
    assert "har ingen konference med id'et" in capsys.readouterr().err
    agenda = ["export-pdf", "--db", str(demo_file), "--school-year", "2026/27", "-o", str(tmp_path / "x.pdf")]
    assert main([*agenda, "--class", "1.A", "--kind", "dagsorden"]) == 1  # an agenda needs a meeting
    assert "Klassen 1.A har ingen klassekonference endnu" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.pdf").exists()


def test_usage_errors_exit_2(demo_file, tmp_path, capsys):
    assert_exit = []
    for argv in (
        ["export-pdf", "--db", str(demo_file), "--kind", "protokol", "-o", str(tmp_path / "x.pdf")],
        ["export-pdf", "--db", str(demo_file), "--class", "5.B", "--kind", "protokol"],
        ["export-pdf", "--db", str(demo_file), "--class", "5.B", "--kind", "referatet", "-o", "x.pdf"],
        ["export-xlsx", "--db", str(demo_file), "--all-classes"],
    ):
        try:
            main(argv)
        except SystemExit as stop:
            assert_exit.append(stop.code)
    assert assert_exit == [2, 2, 2, 2]
    assert "fejl" in capsys.readouterr().err


def test_export_xlsx_writes_a_workbook(demo_file, tmp_path, capsys):
    out = tmp_path / "5B.xlsx"
    assert main(["export-xlsx", "--db", str(demo_file), "--class", "5.B", "--school-year", "2026/27",
                 "-o", str(out)]) == 0
    assert openpyxl.load_workbook(out).sheetnames == ["Aftaler", "Elever", "Trivsel", "Spørgsmål"]


def test_all_classes_writes_one_file_per_class_with_progress(demo_file, tmp_path, capsys):
    out_dir = tmp_path / "ud"
    out_dir.mkdir()
    assert main(["export-pdf", "--db", str(demo_file), "--all-classes", "--school-year", "2026/27",
                 "--out-dir", str(out_dir), "--kind", "elevark"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "[1/3] 1.A: ingen klassekonference, sprunget over"
    assert printed[1] == "[2/3] 5.A: Klassekonference 4.A 12.06.2026 - elevark.pdf"
    assert printed[2] == "[3/3] 5.B: Klassekonference 5.B 08.12.2026 - elevark.pdf"
    assert printed[3] == f"Skrev 2 filer til {out_dir}"
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "Klassekonference 4.A 12.06.2026 - elevark.pdf", "Klassekonference 5.B 08.12.2026 - elevark.pdf"]
    assert main(["export-xlsx", "--db", str(demo_file), "--all-classes", "--school-year", "2026/27",
                 "--out-dir", str(out_dir)]) == 0
    xlsx = sorted(p.name for p in out_dir.glob("*.xlsx"))
    assert len(xlsx) == 3  # 1.A has no conference: its workbook as of today
    assert any(name.startswith("Klasse 1.A pr. ") for name in xlsx)


def test_a_class_without_a_conference_can_be_exported_as_of_today(demo_file, tmp_path, capsys):
    sheet, book = tmp_path / "1a.pdf", tmp_path / "1a.xlsx"
    assert main(["export-pdf", "--db", str(demo_file), "--class", "1.A", "--school-year", "2026/27",
                 "--kind", "klasse", "-o", str(sheet)]) == 0
    text = pdf_text(sheet)
    assert "Klassens ark for 1.A" in text and "klassen har endnu ingen klassekonference" in text
    assert "UDKAST" not in text and "Klasse 1.A · pr. " in text
    assert main(["export-xlsx", "--db", str(demo_file), "--class", "1.A", "--school-year", "2026/27",
                 "-o", str(book)]) == 0
    assert openpyxl.load_workbook(book).sheetnames[:3] == ["Aftaler", "Elever", "Trivsel"]
    # The meeting's documents still need a meeting.
    assert main(["export-pdf", "--db", str(demo_file), "--class", "1.A", "--school-year", "2026/27",
                 "--kind", "referat", "-o", str(tmp_path / "r.pdf")]) == 1
    assert "ingen klassekonference" in capsys.readouterr().err


def test_one_pupil_sheet_by_name_and_a_clear_message_for_an_unknown_name(demo_file, tmp_path, capsys):
    out = tmp_path / "hjalte.pdf"
    assert main(["export-pdf", "--db", str(demo_file), "--class", "5.B", "--school-year", "2026/27",
                 "--kind", "elevark", "--pupil", "  hjalte  ødum ", "-o", str(out)]) == 0
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    assert pages and all("Hjalte Ødum" in page for page in pages)
    assert main(["export-pdf", "--db", str(demo_file), "--class", "5.B", "--school-year", "2026/27",
                 "--kind", "elevark", "--pupil", "Ingen Sådan", "-o", str(out)]) == 1
    assert "Der er ingen elev “Ingen Sådan” i 5.B" in capsys.readouterr().err


def test_a_missing_out_dir_is_an_error(demo_file, tmp_path, capsys):
    assert main(["export-xlsx", "--db", str(demo_file), "--all-classes", "--out-dir", str(tmp_path / "nej")]) == 1
    assert "findes ikke" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["dagsorden", "referat", "protokol", "klasse", "elevark"])
def test_anonymize_works_for_every_kind_and_never_overwrites_the_named_file(demo_file, tmp_path, capsys, kind):
    out_dir = tmp_path / "ud"
    out_dir.mkdir()
    common = ["export-pdf", "--db", str(demo_file), "--all-classes", "--school-year", "2026/27",
              "--out-dir", str(out_dir), "--kind", kind]
    assert main(common) == 0
    assert main([*common, "--anonymize"]) == 0
    printed = capsys.readouterr().out
    names = sorted(p.name for p in out_dir.iterdir())
    classes = 3 if kind == "klasse" else 2  # 1.A has no conference: only its class sheet (as of today)
    assert len(names) == 2 * classes and sum("pseudonymiseret" in name for name in names) == classes
    assert re.search(r"(\d+ navne? erstattet i \d+ tekster?|Ingen navne er erstattet)", printed)
    for name in names:
        if "pseudonymiseret" in name:
            text = pdf_text(out_dir / name)
            assert "Hjalte Ødum" not in text and "Clara Ærø Nielsen" not in text
