"""A file that fails after one that worked: the import dialogs clear the old preview and disable "Importér"."""

from __future__ import annotations

from datetime import date

from openpyxl import Workbook

from app.domain.school import Pupil
from app.services.import_memory import ImportMemory
from app.ui.roster_import_dialog import RosterImportDialog
from app.ui.survey_import_dialog import SurveyImportDialog
from tests.conftest import DEMO_TODAY
from tests.import_files import empty_school, roster_rows, write_bomb_xlsx, write_csv


def _survey_book(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "5.B"
    for row in (["Antal svar", 23], ["Social trivsel", "4,3"]):
        sheet.append(row)
    book.save(path)
    return path


def _corrupt_files(tmp_path):
    damaged = tmp_path / "beskadiget.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 8)
    truncated = tmp_path / "afkortet.xlsx"
    truncated.write_bytes(_survey_book(tmp_path / "hel.xlsx").read_bytes()[:900])
    return [damaged, truncated, write_bomb_xlsx(tmp_path / "bombe.xlsx", rows=30_000)]


def test_survey_dialog_clears_a_stale_preview_when_the_next_file_fails(qtbot, store, tmp_path):  # noqa: F811
    good = _survey_book(tmp_path / "trivsel.xlsx")
    for bad in _corrupt_files(tmp_path):
        dialog = SurveyImportDialog(store, school_year=2026, today=DEMO_TODAY)
        qtbot.addWidget(dialog)
        assert dialog.load(good).ok and dialog.import_button.isEnabled()
        dialog.load(bad)
        assert not dialog.import_button.isEnabled()
        assert dialog.model.rowCount() == 0
        assert dialog.problems.isVisibleTo(dialog) and bad.name in dialog.problems.toPlainText()
        assert dialog.preview is not None and not dialog.preview.ok and not dialog.preview.entries


def test_roster_dialog_clears_a_stale_preview_when_the_next_file_fails(qtbot, tmp_path):
    store = empty_school(tmp_path)
    good = write_csv(tmp_path / "elever.csv", roster_rows())
    for bad in _corrupt_files(tmp_path):
        dialog = RosterImportDialog(store, 2026, memory=ImportMemory(tmp_path / "mem.json"), today=date(2026, 8, 20))
        qtbot.addWidget(dialog)
        assert dialog.load_file(good) and dialog.import_button.isEnabled()
        assert not dialog.load_file(bad)
        assert not dialog.import_button.isEnabled() and dialog.preview is None
        assert dialog.model.rowCount() == 0 and dialog.error.text()
        assert dialog.import_now() is None
    store.close()


def test_a_headerless_list_is_offered_with_its_columns_to_choose(qtbot, tmp_path):
    store = empty_school(tmp_path)
    path = write_csv(tmp_path / "uden.csv", [["Alma Ravn", "5.A"], ["Storm Bjørn", "5.A"], ["Åse Ærø", "5.B"]])
    dialog = RosterImportDialog(store, 2026, memory=ImportMemory(tmp_path / "mem.json"), today=date(2026, 8, 20))
    qtbot.addWidget(dialog)
    assert dialog.load_file(path) and dialog.import_button.isEnabled()
    assert "overskriftsrække" in dialog.notes.text()
    assert dialog.preview.count(dialog.preview.entries[0].kind) >= 1 and len(dialog.preview.entries) == 3
    dialog.set_column("full_name", 1)  # the user corrects a column: the preview follows
    dialog.set_column("class", None)
    store.close()


def test_rows_that_cannot_be_read_are_shown_and_skipped_only_after_confirmation(qtbot, tmp_path, monkeypatch):
    store = empty_school(tmp_path)
    rows = [["Navn", "Klasse"], ["Alma Ravn", "5.A"], ["#N/A", "5.A"], ["Bo Lund", "Modtageklassen"]]
    dialog = RosterImportDialog(store, 2026, memory=ImportMemory(tmp_path / "mem.json"), today=date(2026, 8, 20))
    qtbot.addWidget(dialog)
    assert dialog.load_file(write_csv(tmp_path / "l.csv", rows))
    assert "2 rækker" in dialog.problems.text() and "Række 3" in dialog.problems.text()
    asked = []
    monkeypatch.setattr(dialog, "confirm_skipping", lambda count: asked.append(count) or False)
    assert dialog.import_now() is None and asked == [2]
    assert store.counts().get("pupil", 0) == 0
    monkeypatch.setattr(dialog, "confirm_skipping", lambda count: True)
    assert dialog.import_now() is not None
    assert [p.full_name for p in store.find(Pupil)] == ["Alma Ravn"]
    store.close()
