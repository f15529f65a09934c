"""``klassekonference import-survey``: prints what it stored, or the problem and a non-zero exit."""

from __future__ import annotations

from openpyxl import Workbook

from app.cli import main
from app.i18n import tr
from app.storage.database import open_database

FIVE = ["Meget tit", "Tit", "En gang imellem", "Sjældent", "Aldrig"]


def _workbook(path, rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "Rapport"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _rows(share=43.5):
    return [
        ["Klasse", "5.B"],
        ["Antal svar", 23],
        ["Indikator", "Klassen", "Skolen", "Landet"],
        ["Social trivsel", "4,2", "4,0", "4,0"],
        ["Spørgsmål", *FIVE, "Antal svar"],
        ["Er du glad for din skole?", 30.4, share, 21.7, 4.4, 0, 23],
    ]


def _log_rows(path) -> int:
    store = open_database(path)
    try:
        return store.scalar("SELECT count(*) FROM change_log")
    finally:
        store.close()


def test_import_survey_prints_what_it_stored_and_changes_nothing_the_second_time(demo_file, tmp_path, capsys):
    path = _workbook(tmp_path / "trivsel.xlsx", _rows())
    assert main(["import-survey", "--db", str(demo_file), "--school-year", "2026/27", str(path)]) == 0
    out = capsys.readouterr().out
    assert tr("cli", "Stored:") in out
    assert "5.B (2026/27): 23" in out
    rows = _log_rows(demo_file)
    assert main(["import-survey", "--db", str(demo_file), "--school-year", "2026/2027", str(path)]) == 0
    out = capsys.readouterr().out
    assert tr("cli", "Already stored, unchanged:") in out and "5.B" in out
    assert _log_rows(demo_file) == rows


def test_a_broken_file_prints_where_and_exits_non_zero_without_storing(demo_file, tmp_path, capsys):
    path = _workbook(tmp_path / "forkert.xlsx", _rows(share=143.5))
    rows = _log_rows(demo_file)
    assert main(["import-survey", "--db", str(demo_file), "--school-year", "2026/27", str(path)]) == 1
    captured = capsys.readouterr()
    where = tr("survey_import", "Sheet “{sheet}”, row {row}, column {column}").format(sheet="Rapport", row=6,
                                                                                      column="C")
    assert where in captured.err
    assert tr("cli", "Nothing was imported. Correct the file and try again:") in captured.err
    assert "Traceback" not in captured.err and captured.out == ""
    assert _log_rows(demo_file) == rows


def test_not_a_workbook_and_a_bad_school_year(demo_file, tmp_path, capsys):
    text = tmp_path / "noter.xlsx"
    text.write_text("ikke et regneark", encoding="utf-8")
    assert main(["import-survey", "--db", str(demo_file), str(text)]) == 1
    assert "noter.xlsx" in capsys.readouterr().err
    path = _workbook(tmp_path / "trivsel.xlsx", _rows())
    assert main(["import-survey", "--db", str(demo_file), "--school-year", "2026/28", str(path)]) == 1
    assert tr("errors", "A school year is written like 2025/26.") in capsys.readouterr().err


def test_help_and_missing_arguments(capsys):
    try:
        main(["import-survey", "--help"])
    except SystemExit as done:
        assert done.code == 0
    assert "--school-year" in capsys.readouterr().out
    try:
        main(["import-survey"])
    except SystemExit as done:
        assert done.code == 2


def test_dry_run_shows_what_would_be_stored_and_changes_nothing(demo_file, tmp_path, capsys):
    path = _workbook(tmp_path / "trivsel.xlsx", _rows())
    before = _log_rows(demo_file)
    assert main(["import-survey", "--db", str(demo_file), "--school-year", "2026/27", "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "5.B" in out and "--dry-run" in out
    assert _log_rows(demo_file) == before


def test_a_csv_survey_file_is_read_like_a_workbook(demo_file, tmp_path, capsys):
    lines = [";".join(str(c) for c in row) for row in _rows()]
    path = tmp_path / "trivsel.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["import-survey", "--db", str(demo_file), "--school-year", "2026/27", str(path)]) == 0
    assert "5.B" in capsys.readouterr().out


def test_the_ministrys_question_cube_is_stored_for_the_whole_school(demo_file, capsys):
    from pathlib import Path

    cube = Path(__file__).resolve().parent / "fixtures" / "uddannelsesstatistik_spoergsmaal.csv"
    rows = _log_rows(demo_file)
    assert main(["import-survey", "--db", str(demo_file), "--dry-run", str(cube)]) == 0
    out = capsys.readouterr().out
    assert "ikke klassens egne resultater" in out and "hele skolens svar på 7 spørgsmål" in out
    assert _log_rows(demo_file) == rows
    assert main(["import-survey", "--db", str(demo_file), str(cube)]) == 0
    assert _log_rows(demo_file) > rows
    rows = _log_rows(demo_file)
    assert main(["import-survey", "--db", str(demo_file), str(cube)]) == 0
    assert tr("cli", "Already stored, unchanged:") in capsys.readouterr().out and _log_rows(demo_file) == rows
