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
    assert main([*common, "--class", "1.A"]) == 1
    assert "Klassen 1.A har ingen klassekonference endnu" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_usage_errors_exit_2(demo_file, tmp_path, capsys):
    assert_exit = []
    for argv in (
        ["export-pdf", "--db", str(demo_file), "--kind", "protokol", "-o", str(tmp_path / "x.pdf")],
        ["export-pdf", "--db", str(demo_file), "--class", "5.B", "--kind", "protokol"],
        ["export-pdf", "--db", str(demo_file), "--class", "5.B", "--kind", "referat", "-o", "x.pdf"],
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
    assert openpyxl.load_workbook(out).sheetnames == ["Aftaler", "Elever", "Trivsel"]


def test_all_classes_writes_one_file_per_class_with_progress(demo_file, tmp_path, capsys):
    out_dir = tmp_path / "ud"
    out_dir.mkdir()
    assert main(["export-pdf", "--db", str(demo_file), "--all-classes", "--school-year", "2026/27",
                 "--out-dir", str(out_dir), "--kind", "elevark"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "[1/3] 1.A: ingen klassekonference, sprunget over"
    assert printed[1] == "[2/3] 5.A: Klassekonference 4.A 2026-06-12 - elevark.pdf"
    assert printed[2] == "[3/3] 5.B: Klassekonference 5.B 2026-12-08 - elevark.pdf"
    assert printed[3] == f"Skrev 2 filer til {out_dir}"
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "Klassekonference 4.A 2026-06-12 - elevark.pdf", "Klassekonference 5.B 2026-12-08 - elevark.pdf"]
    assert main(["export-xlsx", "--db", str(demo_file), "--all-classes", "--school-year", "2026/27",
                 "--out-dir", str(out_dir)]) == 0
    assert len(list(out_dir.glob("*.xlsx"))) == 2


def test_a_missing_out_dir_is_an_error(demo_file, tmp_path, capsys):
    assert main(["export-xlsx", "--db", str(demo_file), "--all-classes", "--out-dir", str(tmp_path / "nej")]) == 1
    assert "findes ikke" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["dagsorden", "protokol", "klasse", "elevark"])
def test_anonymize_works_for_every_kind_and_never_overwrites_the_named_file(demo_file, tmp_path, capsys, kind):
    out_dir = tmp_path / "ud"
    out_dir.mkdir()
    common = ["export-pdf", "--db", str(demo_file), "--all-classes", "--school-year", "2026/27",
              "--out-dir", str(out_dir), "--kind", kind]
    assert main(common) == 0
    assert main([*common, "--anonymize"]) == 0
    printed = capsys.readouterr().out
    names = sorted(p.name for p in out_dir.iterdir())
    assert len(names) == 4 and sum("pseudonymiseret" in name for name in names) == 2
    assert re.search(r"(\d+ navne? erstattet i \d+ tekster?|Ingen navne er erstattet)", printed)
    for name in names:
        if "pseudonymiseret" in name:
            text = pdf_text(out_dir / name)
            assert "Hjalte Ødum" not in text and "Clara Ærø Nielsen" not in text
