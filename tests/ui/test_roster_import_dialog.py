"""The pupil list import dialog and the absence panel, driven as a teacher uses them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.domain.conference import Conference
from app.domain.review import AbsenceRecord, PupilReview
from app.domain.school import Pupil
from app.services import school
from app.services.absence_import import apply_absence_import, build_absence_preview, read_absence
from app.services.import_memory import ImportMemory
from app.services.roster_import import CLASS, FULL, EntryKind
from app.storage.database import open_database
from app.ui.absence_panel import AbsencePanel
from app.ui.roster_import_dialog import RosterImportDialog, RosterPreviewModel
from tests.import_files import empty_school, roster_rows, write_csv


def _dialog(qtbot, store, tmp_path, year=2026):
    dialog = RosterImportDialog(store, year, memory=ImportMemory(tmp_path / "mem.json"), today=date(2026, 8, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_pick_a_file_correct_a_column_and_import(qtbot, tmp_path):
    store = empty_school(tmp_path)
    rows = [["Barn", "Gruppe", "Født"], ["Ærø, Åse", "5.B", "03-07-2015"], ["Søndergård, Jens", "5.B", "14-02-2015"],
            ["Kjær, Ida", "5.A", "09-01-2015"]]
    path = write_csv(tmp_path / "elever.csv", rows, encoding="cp1252")
    dialog = _dialog(qtbot, store, tmp_path)
    assert dialog.load_file(path)
    assert dialog.error.isVisible() and not dialog.import_button.isEnabled()  # "Barn" is not a known name column
    assert dialog.column_boxes[FULL].currentData() is None
    dialog.column_boxes[FULL].setCurrentIndex(dialog.column_boxes[FULL].findData(0))
    dialog.set_column(CLASS, 1)
    assert not dialog.error.isVisible() and dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 3
    assert dialog.preview.counts[EntryKind.NEW] == 3
    assert "3" in dialog.counts.text()
    with qtbot.waitSignal(dialog.imported) as signal:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].new == 3
    assert dialog.outcome is not None
    names = {c.name: [p.full_name for p in school.pupils_of_class(store, c)]
             for c in school.classes_of_year(store, 2026)}
    assert names == {"5.A": ["Ida Kjær"], "5.B": ["Jens Søndergård", "Åse Ærø"]}

    again = _dialog(qtbot, store, tmp_path)
    assert again.load_file(write_csv(tmp_path / "igen.csv", rows[:3]))
    assert again.source.remembered and again.column_boxes[FULL].currentData() == 0
    counts = again.preview.counts
    assert (counts[EntryKind.UNCHANGED], counts[EntryKind.LEAVING]) == (2, 0)  # 5.A is not in this list: untouched
    store.close()


def test_cpr_column_is_shown_disabled_with_a_warning(qtbot, tmp_path):
    store = empty_school(tmp_path)
    dialog = _dialog(qtbot, store, tmp_path)
    assert dialog.load_file(write_csv(tmp_path / "cpr.csv", roster_rows(cpr=True)))
    assert dialog.notes.isVisible() and "CPR" in dialog.notes.text()
    box = dialog.column_boxes[FULL]
    cpr_item = box.model().item(box.findData(3))
    assert not cpr_item.isEnabled()
    assert "CPR" in cpr_item.text()
    dialog.grab().save(str(tmp_path / "dialog.png"))
    store.close()


def test_a_bad_file_shows_the_message_and_cannot_be_imported(qtbot, tmp_path):
    store = empty_school(tmp_path)
    dialog = _dialog(qtbot, store, tmp_path)
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    assert not dialog.load_file(empty)
    assert dialog.error.isVisible() and "tom.csv" in dialog.error.text()
    assert not dialog.import_button.isEnabled() and not dialog.mapping_box.isEnabled()
    store.close()


def test_reimport_on_the_demo_shows_leaving_pupils(qtbot, demo_file, tmp_path):
    store = open_database(demo_file)
    five_b = next(c for c in school.classes_of_year(store, 2026) if c.name == "5.B")
    pupils = school.pupils_of_class(store, five_b, include_left=False)
    rows = [["Fornavn", "Efternavn"]] + [[p.given_name, p.family_name] for p in pupils[2:]]
    dialog = _dialog(qtbot, store, tmp_path)
    dialog.load_file(write_csv(tmp_path / "5b.csv", rows))
    assert dialog.error.isVisible()  # no class column: choose the class
    dialog.class_box.setCurrentText("5.B")
    assert dialog.preview is not None and dialog.preview.counts[EntryKind.LEAVING] == 2
    shown = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert len(shown) == 2
    dialog.show_unchanged.setChecked(True)
    assert dialog.model.rowCount() == len(pupils)

    asked = []
    dialog.confirm_leaving = lambda count: asked.append(count) or False
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert asked == [2] and dialog.outcome is None
    assert len(school.pupils_of_class(store, five_b, include_left=False)) == len(pupils)
    dialog.confirm_leaving = lambda count: True
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.left == 2
    assert len(school.pupils_of_class(store, five_b, include_left=False)) == len(pupils) - 2
    store.close()


def test_preview_model_passes_qt_model_tester(qtmodeltester, tmp_path):
    from app.services.roster_import import build_preview, read_roster

    store = empty_school(tmp_path)
    preview = build_preview(store, read_roster(write_csv(tmp_path / "e.csv", roster_rows())), 2026)
    model = RosterPreviewModel()
    model.set_entries(preview.entries)
    qtmodeltester.check(model)
    store.close()


def test_absence_panel_shows_figures_marks_and_saves_the_causes(qtbot, demo_file, tmp_path):
    store = open_database(demo_file)
    review = store.find(  # a pupil whose causes are still empty (the demo has some written already)
        PupilReview, "conference_id IN (SELECT id FROM conference WHERE status = 'planlagt')"
        " AND absence_cause_child = '' AND absence_cause_parents = ''", order_by="id")[0]
    conference = store.get(Conference, review.conference_id)
    pupil = store.get(Pupil, review.pupil_id)
    rows = [["Fornavn", "Efternavn", "Fravær i alt", "Ulovligt fravær"],
            [pupil.given_name, pupil.family_name, "16", "15"]]
    source = read_absence(write_csv(tmp_path / "f.csv", rows))
    apply_absence_import(store, build_absence_preview(store, source, period=(date(2026, 8, 1), date(2026, 10, 31))))
    panel = AbsencePanel(store, conference, review)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.model.rowCount() == 1
    assert panel.model.index(0, 1).data() in ("16,0 %", "16.0 %")
    assert panel.marks.isVisible() and panel.marks.text().count("⚠") == 3
    with qtbot.waitSignal(panel.saved):
        qtbot.keyClicks(panel.cause_child, "Ondt i maven om morgenen")
        panel.flush()
    qtbot.keyClicks(panel.cause_parents, "Svært ved at komme op")
    panel.flush()
    stored = store.get(PupilReview, review.id)
    assert stored.absence_cause_child == "Ondt i maven om morgenen"
    assert stored.absence_cause_parents == "Svært ved at komme op"
    assert len(store.find(AbsenceRecord)) == 1
    panel.grab().save(str(tmp_path / "panel.png"))
    store.close()


def test_an_absence_cause_the_disk_refused_is_kept_and_saved_on_the_retry(qtbot, demo_file, monkeypatch):
    """The autosave retries only a save that says False: the absence panel must say so when it was not stored."""
    from app.services import reviews
    from app.storage.errors import StorageError
    from app.ui import absence_panel

    store = open_database(demo_file)
    review = store.find(PupilReview, "conference_id IN (SELECT id FROM conference WHERE status = 'planlagt')",
                        order_by="id")[0]
    panel = AbsencePanel(store, store.get(Conference, review.conference_id), review)
    qtbot.addWidget(panel)
    failures, said = [], []
    real = reviews.update_review

    def full_disk_once(*args, **kwargs):
        if not failures:
            failures.append(1)
            raise StorageError("Disken er fuld. Gør plads, så gemmes teksten igen.")
        return real(*args, **kwargs)

    monkeypatch.setattr(absence_panel.reviews, "update_review", full_disk_once)
    panel.failed.connect(said.append)
    qtbot.keyClicks(panel.cause_child, "Sofies mor siger: ondt i maven")
    panel.flush()
    assert said == ["Disken er fuld. Gør plads, så gemmes teksten igen."]
    saver = panel.savers["absence_cause_child"]
    assert saver._dirty and saver.timer.isActive()  # kept, and tried again in a while
    saver.flush()
    assert store.get(PupilReview, review.id).absence_cause_child == "Sofies mor siger: ondt i maven"
    store.close()
