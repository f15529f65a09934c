"""Deleting a pupil's data when the law asks: listed after 12 months, and gone from the file's bytes."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.agreement import Agreement
from app.domain.school import Pupil
from app.services import data_deletion, school
from app.services.change_log import change_log_for_pupil
from app.services.data_deletion import delete_pupil_data, pupils_due_for_deletion, retention_cutoff
from app.services.import_memory import ImportMemory
from app.storage import backups
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY

# Words that are only in Hjalte Ødum's own reviews and notes in the demo.
HIS_WORDS = ["Hjalte", "Ødum", "ondt i maven", "glæder sig til naturfagsugen"]


def _bytes_of(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm", "-journal"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            data += sidecar.read_bytes()
    return data


def _pupil(store, given: str) -> Pupil:
    return store.find_one(Pupil, "given_name = ?", (given,))


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    store.author = "Henrik Madsen"
    yield store
    store.close()


def test_pupils_who_left_more_than_12_months_ago_are_listed(store):
    hjalte, clara = _pupil(store, "Hjalte"), _pupil(store, "Clara")
    school.mark_pupil_left(store, hjalte, DEMO_TODAY - timedelta(days=400))
    school.mark_pupil_left(store, clara, DEMO_TODAY - timedelta(days=180))

    due = pupils_due_for_deletion(store, DEMO_TODAY)
    assert [d.pupil.id for d in due] == [hjalte.id]
    assert due[0].left_on == DEMO_TODAY - timedelta(days=400)
    assert due[0].last_class.startswith("5.B")
    assert {d.pupil.id for d in pupils_due_for_deletion(store, DEMO_TODAY, months=3)} == {hjalte.id, clara.id}


def test_retention_cutoff_counts_calendar_months():
    assert retention_cutoff(date(2026, 11, 24)) == date(2025, 11, 24)
    assert retention_cutoff(date(2026, 3, 31), months=1) == date(2026, 2, 28)
    assert retention_cutoff(date(2026, 1, 15), months=13) == date(2024, 12, 15)


def test_deleting_leaves_no_trace_in_the_files_bytes(store, demo_file):
    hjalte = _pupil(store, "Hjalte")
    store.checkpoint()
    before = _bytes_of(demo_file)
    for word in HIS_WORDS:
        assert word.encode("utf-8") in before, word
    pupils_before = store.scalar("SELECT count(*) FROM pupil")
    his_reviews = store.scalar("SELECT count(*) FROM pupil_review WHERE pupil_id = ?", (hjalte.id,))
    others_reviews = store.scalar("SELECT count(*) FROM pupil_review WHERE pupil_id != ?", (hjalte.id,))
    agreement_ids = [r["agreement_id"] for r in store.query(
        "SELECT agreement_id FROM agreement_pupil WHERE pupil_id = ?", (hjalte.id,))]
    assert agreement_ids
    school.mark_pupil_left(store, hjalte, DEMO_TODAY - timedelta(days=400))

    report = delete_pupil_data(store, hjalte)

    assert report.rows_deleted["pupil_review"] == his_reviews >= 2
    assert report.rows_deleted["pupil_note"] == 1
    assert report.texts_scrubbed >= 1
    assert report.wal_emptied
    data = _bytes_of(demo_file)
    for word in HIS_WORDS:
        assert word.encode("utf-8") not in data, word
    # The class keeps its agreement, with the name removed.
    agreement = store.get(Agreement, agreement_ids[0])
    assert "[slettet elev]" in agreement.text
    assert "søndag aften" in agreement.text
    assert store.scalar("SELECT count(*) FROM agreement_pupil WHERE pupil_id = ?", (hjalte.id,)) == 0
    # Nobody else lost anything; the record itself stays as an anonymous placeholder.
    assert store.scalar("SELECT count(*) FROM pupil") == pupils_before
    assert store.scalar("SELECT count(*) FROM pupil_review WHERE pupil_id != ?", (hjalte.id,)) == others_reviews
    placeholder = store.get(Pupil, hjalte.id)
    assert placeholder.family_name == "" and placeholder.birth_date is None
    assert store.integrity_problems() == []
    # The change log keeps only who erased the data, and when.
    entries = store.change_log("pupil", [hjalte.id])
    assert [(e.action, e.author) for e in entries] == [("erase", "Henrik Madsen")]
    lines = change_log_for_pupil(store, placeholder)
    assert len(lines) == 1 and lines[0].author == "Henrik Madsen"
    assert pupils_due_for_deletion(store, DEMO_TODAY) == []
    # Undo has nothing to bring back.
    assert store.last_operation is None or store.last_operation.undoable is False


def test_deleting_also_forgets_the_old_backups(store, tmp_path):
    root = tmp_path / "backups"
    backups.make_backup(store, backups.REASON_OPEN, root, now=datetime.now() - timedelta(hours=1))
    hjalte = _pupil(store, "Hjalte")
    delete_pupil_data(store, hjalte)
    removed = data_deletion.forget_old_backups(store, root)
    assert removed == 1
    left = backups.list_backups(store.path, root)
    assert len(left) == 1
    assert b"Hjalte" not in left[0].path.read_bytes()


def test_mentions_in_other_pupils_texts_are_previewed_and_changed(store, tmp_path):
    storm = _pupil(store, "Storm")
    preview = data_deletion.erasure_preview(store, storm)
    # Aksel's review mentions Storm ("makkerskrivning med Storm"): shown before and after, then changed.
    change = next(c for c in preview.changes if c.table == "pupil_review" and c.field == "tried")
    assert "Storm" in change.before and "[slettet elev]" in change.after and "Storm" not in change.after
    report = delete_pupil_data(store, storm, vacuum=False, memory=ImportMemory(tmp_path / "mem.json"))
    assert report.changes == preview.changes and report.complete
    from app.domain.review import PupilReview

    assert store.get(PupilReview, change.row_id).tried == change.after


def test_erasing_clara_leaves_soren_aero_lund_and_other_families_alone(store, tmp_path):
    from app.domain.school import StaffMember

    clara = _pupil(store, "Clara")
    staff_before = sorted(m.name for m in store.find(StaffMember))
    assert any("Ærø" in name for name in staff_before)
    agreement = store.find(Agreement)[0]
    from app.services import agreements as agreement_service, conferences

    conference = conferences.conferences_of_class(store, data_deletion_class(store))[-1]
    note = agreement_service.add_agreement(store, conference, data_deletion_class(store),
                                           "Nielsen-familiens hund og Søren Ærø Lund besøger klassen.",
                                           responsible=store.find(StaffMember)[0])
    report = delete_pupil_data(store, clara, memory=ImportMemory(tmp_path / "m.json"))
    assert report.complete
    assert sorted(m.name for m in store.find(StaffMember)) == staff_before
    assert store.get(Agreement, note.id).text == "Nielsen-familiens hund og Søren Ærø Lund besøger klassen."
    assert agreement.id  # the class's other agreements are still there
    for row in store.conn.execute("SELECT old_value, new_value FROM change_log").fetchall():
        for value in row:
            assert value is None or "Søren [slettet elev]" not in value


def data_deletion_class(store):
    from app.services.export.content import find_class

    return find_class(store, "5.B", 2026)
