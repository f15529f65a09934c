"""Absence import and "New school year" from the main window's File menu."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.domain.review import AbsenceRecord
from app.ui.main_window import MainWindow
from app.ui.school_year_dialogs import AbsenceImportDialog
from tests.conftest import DEMO_TODAY
from tests.ui.fake_dialogs import FakeDialogs


def _window(qtbot, demo_file, tmp_path):
    win = MainWindow(today=DEMO_TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(demo_file)
    return win


def test_absence_import_shows_a_preview_then_stores(qtbot, demo_file, tmp_path):
    win = _window(qtbot, demo_file, tmp_path)
    sheet = tmp_path / "fravær.csv"
    sheet.write_text(
        "Periode: 01-08-2026 - 31-10-2026\n"
        "Elev;Klasse;Fravær i alt;Ulovligt fravær;Sygdom\n"
        "Aksel Bjørnholt;5.B;12,5 %;10,2 %;2,3 %\n"
        "Alma Søgaard;5.B;3,0 %;0,0 %;3,0 %\n"
        "Ukendt Elevsen;5.B;1,0 %;0,0 %;1,0 %\n",
        encoding="utf-8",
    )
    dialog = AbsenceImportDialog(win.store, win, memory=None)
    qtbot.addWidget(dialog)
    assert dialog.load_file(sheet)
    assert "2 nye" in dialog.summary.text()
    assert any("Ukendt Elevsen" in s for s in dialog.unknown_model.stringList())
    assert win.store.find(AbsenceRecord) == []  # nothing written before the user says so
    dialog.import_now()
    records = win.store.find(AbsenceRecord)
    assert sorted(r.total_pct for r in records) == [3.0, 12.5]


def test_absence_import_of_a_broken_file_says_why(qtbot, demo_file, tmp_path):
    win = _window(qtbot, demo_file, tmp_path)
    broken = tmp_path / "tom.csv"
    broken.write_text("", encoding="utf-8")
    dialog = AbsenceImportDialog(win.store, win)
    qtbot.addWidget(dialog)
    assert not dialog.load_file(broken)
    assert dialog.summary.text() and not dialog.import_button.isEnabled()


def test_new_school_year_from_the_menu(qtbot, demo_file, tmp_path):
    win = _window(qtbot, demo_file, tmp_path)
    win.dialogs = fake = FakeDialogs(answers=[True])
    win.new_year_action.trigger()
    assert fake.kinds() == ["ask"] and fake.defaults == [True]  # Enter starts it, as before
    asked = fake.said[0][2]
    assert "2026/2027" in asked and "2027/2028" in asked
    assert win.overview.year_box.currentData() == 2027
    names = [win.overview.class_model.index(r).data() for r in range(win.overview.class_model.rowCount())]
    assert any(n.startswith("6.B") for n in names) and any(n.startswith("2.A") for n in names)


def test_pupil_list_import_opens_from_the_menu(qtbot, demo_file, tmp_path):
    from app.ui.roster_import_dialog import RosterImportDialog

    win = _window(qtbot, demo_file, tmp_path)
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, look)
    win.roster_action.trigger()
    assert isinstance(seen[0], RosterImportDialog)


def test_absence_import_columns_and_period_can_be_corrected(qtbot, demo_file, tmp_path):
    from app.services import absence_import

    win = _window(qtbot, demo_file, tmp_path)
    sheet = tmp_path / "fravær uden periode.csv"
    sheet.write_text(
        "Navn;Klasse;Procent;Heraf ulovligt\n"
        "Aksel Bjørnholt;5.B;12,5;10,2\n",
        encoding="utf-8",
    )
    dialog = AbsenceImportDialog(win.store, win)
    qtbot.addWidget(dialog)
    dialog.load_file(sheet)
    assert not dialog.import_button.isEnabled()  # no period, and "Procent" is not a known name
    dialog.period.setText("01-08-2026..31-10-2026")
    dialog.set_column(absence_import.TOTAL, 2)
    dialog.set_column(absence_import.UNLAWFUL, 3)
    assert dialog.import_button.isEnabled(), dialog.summary.text()
    dialog.import_now()
    [record] = win.store.find(AbsenceRecord)
    assert (record.total_pct, record.unlawful_pct) == (12.5, 10.2)


def _absence_with_a_bad_row(tmp_path):
    sheet = tmp_path / "fravær.csv"
    sheet.write_bytes(
        ("Periode: 01-08-2026 - 31-10-2026\r\n"
         "Elev;Klasse;Fravær i alt;Ulovligt fravær;Sygdom\r\n"
         "Aksel Bjørnholt;5.B;12,5 %;10,2 %;2,3 %\r\n"
         "Alma Søgaard;5.B;#VÆRDI!;0,0 %;3,0 %\r\n").encode("cp1252"))
    return sheet


def test_absence_rows_that_cannot_be_read_are_listed_and_left_out_after_asking(qtbot, demo_file, tmp_path):
    win = _window(qtbot, demo_file, tmp_path)
    win.dialogs = fake = FakeDialogs(answers=[False, True])  # the import dialog asks through its main window
    dialog = AbsenceImportDialog(win.store, win, memory=None)
    qtbot.addWidget(dialog)
    assert dialog.load_file(_absence_with_a_bad_row(tmp_path))
    text = dialog.problems_text()
    assert "Række 4, kolonne C" in text and "#VÆRDI!" in text
    assert dialog.import_button.isEnabled()
    dialog.import_now()
    assert fake.kinds() == ["ask"] and win.store.find(AbsenceRecord) == []  # the user said no: nothing stored
    dialog.import_now()
    assert [r.total_pct for r in win.store.find(AbsenceRecord)] == [12.5]
    assert fake.kinds() == ["ask", "ask"] and fake.defaults == [False, False]  # Enter leaves the rows in the file
    assert "En række kan ikke læses" in fake.said[0][2]
