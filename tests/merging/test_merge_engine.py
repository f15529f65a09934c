"""Merging a prepared copy into the team file: three-way per field, conflicts, new rows, erasure, refusals."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain.merging import MergeConflict
from app.domain.notes import PupilNote
from app.domain.school import Pupil
from app.services import merging
from app.services.pupil_erasure import delete_pupil_data
from app.storage.errors import StorageError
from app.storage.migrations import LATEST_VERSION
from tests.merging.edits import edit, note, opened, pupil_named, review_for, value
from tests.merging.school import build_school, raw_copy


def _copy(team, name="Henrik.klassekonference"):
    return merging.prepare_copy(team, team.with_name(name))


def _merge(team, other, **kwargs):
    with opened(team, "Kontoret") as store:
        return merging.merge_file(store, other, **kwargs)


def test_copy_changes_are_merged_and_merging_again_changes_nothing(team_file):
    copy = _copy(team_file)
    edit(copy, "Henrik Østergaard", "Clara", strengths="Læser højt for de små – og nyder det")
    report = _merge(team_file, copy)
    assert report.applied == 1 and not report.conflicts
    assert report.authors == ["Henrik Østergaard"]
    assert value(team_file, "Clara", "strengths") == "Læser højt for de små – og nyder det"
    with opened(team_file) as store:
        names = {e.operation for e in store.change_log("pupil_review")}
    assert "Flettet ind: Henrik Østergaards forberedelse" in names
    again = _merge(team_file, copy)
    assert again.nothing_new and again.applied == 0


def test_the_merge_is_one_undoable_operation(team_file):
    copy = _copy(team_file)
    edit(copy, "Henrik", "Clara", strengths="Stærk i matematik")
    edit(copy, "Henrik", "Søren", tried="Faste pladser")
    with opened(team_file, "Kontoret") as store:
        report = merging.merge_file(store, copy)
        store.revert(report.operation_id, "Fortryd")
        assert review_for(store, "Clara")[1].strengths == ""
    assert value(team_file, "Søren", "tried") == ""
    again = _merge(team_file, copy)  # undone: merging again brings it back
    assert again.applied == 2


def test_a_field_only_the_copy_changed_takes_the_copys_value(team_file):
    copy = _copy(team_file)
    edit(team_file, "Kontoret", "Clara", tried="Samtale med forældre")
    edit(copy, "Henrik", "Clara", strengths="Hjælpsom")
    report = _merge(team_file, copy)
    assert not report.conflicts
    assert value(team_file, "Clara", "tried") == "Samtale med forældre"
    assert value(team_file, "Clara", "strengths") == "Hjælpsom"


def test_a_field_changed_on_both_sides_is_a_conflict_with_both_versions(team_file):
    copy = _copy(team_file)
    edit(team_file, "Mette", "Clara", strengths="Mettes tekst")
    edit(copy, "Henrik", "Clara", strengths="Henriks tekst")
    report = _merge(team_file, copy)
    assert len(report.conflicts) == 1
    assert value(team_file, "Clara", "strengths") == "Mettes tekst"  # the team file's version is shown
    with opened(team_file, "Kontoret") as store:
        waiting = merging.waiting_conflicts(store)
        assert len(waiting) == 1
        conflict = waiting[0]
        assert conflict.pupil_name == "Clara Østergaard" and conflict.field == "strengths"
        assert {(v.value, v.author) for v in conflict.versions} == {("Mettes tekst", "Mette"),
                                                                    ("Henriks tekst", "Henrik")}
        merging.resolve_conflict(store, conflict.table, conflict.row_id, conflict.field, "Mettes og Henriks tekst")
        assert merging.waiting_conflicts(store) == []
    assert value(team_file, "Clara", "strengths") == "Mettes og Henriks tekst"


def test_the_same_value_on_both_sides_is_no_conflict(team_file):
    copy = _copy(team_file)
    edit(team_file, "Mette", "Clara", strengths="Ens")
    edit(copy, "Henrik", "Clara", strengths="Ens")
    assert not _merge(team_file, copy).conflicts


def test_rows_created_on_both_sides_are_both_kept(team_file):
    copy = _copy(team_file)
    note(team_file, "Mette", "Søren", "Mettes note")
    note(copy, "Henrik", "Søren", "Henriks note")
    report = _merge(team_file, copy)
    assert report.inserted == 1
    with opened(team_file) as store:
        assert sorted(n.text for n in store.find(PupilNote)) == ["Henriks note", "Mettes note"]


def test_erasure_wins(team_file):
    copy = _copy(team_file)
    edit(copy, "Henrik", "Clara", strengths="Claras tekst")
    note(copy, "Henrik", "Clara", "En note om Clara")
    edit(copy, "Henrik", "Søren", tried="Leger godt med Clara Østergaard")
    with opened(team_file, "Kontoret") as store:
        delete_pupil_data(store, pupil_named(store, "Clara"), vacuum=False)
    report = _merge(team_file, copy)
    assert report.dropped_erased == 2
    assert "Clara" not in value(team_file, "Søren", "tried")
    with opened(team_file) as store:
        assert store.find(PupilNote) == []
        dump = "\n".join(store.conn.iterdump())
    assert "Claras tekst" not in dump and "Østergaard" not in dump


def test_another_schools_file_is_refused(team_file, tmp_path):
    other = build_school(tmp_path / "Andet.klassekonference")
    with pytest.raises(merging.MergeRefused) as caught:
        _merge(team_file, other)
    assert "en anden skole" in str(caught.value)


def test_a_newer_file_is_refused(team_file):
    copy = _copy(team_file)
    conn = sqlite3.connect(copy)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(StorageError) as caught:
        _merge(team_file, copy)
    assert "nyere version" in str(caught.value)


def test_a_synced_folder_conflict_copy_merges(team_file):
    laptop = raw_copy(team_file, "Skole-LAPTOP-7.klassekonference")
    edit(laptop, "Henrik", "Ahmad", next_steps="Ugentlig samtale")
    edit(team_file, "Mette", "Ahmad", tried="Makkerordning")
    report = _merge(team_file, laptop)
    assert report.applied == 1 and not report.conflicts
    assert value(team_file, "Ahmad", "next_steps") == "Ugentlig samtale"
    assert value(team_file, "Ahmad", "tried") == "Makkerordning"
    assert merging.conflict_copies(team_file) == [laptop]


def test_a_change_package_merges_like_the_copy(team_file, tmp_path):
    copy = _copy(team_file)
    edit(copy, "Henrik", "Clara", strengths="Fra pakken")
    note(copy, "Henrik", "Søren", "Ny note fra pakken")
    package = merging.write_changes(copy, tmp_path / "Henriks ændringer.klassekonference")
    with opened(package) as store:
        assert store.query("SELECT count(*) AS n FROM pupil_review")[0]["n"] == 0  # only what the copy created
    report = _merge(team_file, package)
    assert report.applied == 2
    assert value(team_file, "Clara", "strengths") == "Fra pakken"
    assert _merge(team_file, copy).nothing_new  # the copy itself holds nothing new now


def test_a_copy_of_one_class_holds_only_its_pupils(tmp_path):
    team = build_school(tmp_path / "To klasser.klassekonference", classes=("5.A", "5.B"))
    copy = merging.prepare_copy(team, tmp_path / "5B.klassekonference", classes=["5.B"])
    with opened(copy) as store:
        names = sorted(p.given_name for p in store.find(Pupil))
        assert store.change_log() == []  # the copy's log holds only what is done on the laptop
    assert names == ["Ahmad", "Marie-Louise"]  # 5.B's pupils (every second pupil of the list)


def test_conflict_copy_names(tmp_path):
    team = tmp_path / "Skole.klassekonference"
    names = ["Skole-LAPTOP-7.klassekonference", "Skole (1).klassekonference",
             "Skole (conflicted copy).klassekonference", "Skole (Henriks konfliktkopi 2026-11-20).klassekonference"]
    others = ["Skole.klassekonference", "Skole (før opgradering fra v4 20261120-101500).klassekonference",
              "Anden skole.klassekonference", "Skole-LAPTOP-7.klassekonference.lock", "Skolen (1).klassekonference"]
    for name in names + others:
        (tmp_path / name).write_bytes(b"x")
    assert sorted(p.name for p in merging.conflict_copies(team)) == sorted(names)
    assert merging.conflict_copies(tmp_path / "findes ikke" / "Skole.klassekonference") == []


def _subject(path, author, given, **fields):
    from app.services import reviews

    with opened(path, author) as store:
        conference, review = review_for(store, given)
        reviews.set_subject(store, conference, review, "Dansk", **fields)


def test_a_status_changed_on_both_sides_asks_with_both_versions(team_file):
    from app.domain.review import SubjectStatus

    _subject(team_file, "Kontoret", "Ahmad", goal="Læse 20 minutter hver dag")
    copy = _copy(team_file)
    statuses = list(SubjectStatus)
    _subject(team_file, "Mette", "Ahmad", goal="Læse 20 minutter hver dag", status=statuses[0])
    _subject(copy, "Henrik", "Ahmad", goal="Læse 20 minutter hver dag", status=statuses[1])
    report = _merge(team_file, copy)
    assert [c.field for c in report.conflicts] == ["status"]
    with opened(team_file, "Kontoret") as store:
        waiting = merging.waiting_conflicts(store)
        assert len(waiting) == 1 and waiting[0].table == "subject_assessment"
        assert waiting[0].pupil_name == "Ahmad Nielsen-Hansen"
        assert not merging.is_free_text(waiting[0].table, waiting[0].field)  # chosen, never edited
        assert {v.value for v in waiting[0].versions} == {statuses[0].value, statuses[1].value}
        assert waiting[0].shown == statuses[0].value  # the team file's version until someone chooses
    assert merging.is_free_text("pupil_review", "strengths")
    assert merging.version_text("pupil_review", "needs_discussion", 1) == "Ja"
    from app.domain.review import subject_status_label

    assert merging.version_text("subject_assessment", "status", statuses[1].value) == subject_status_label(statuses[1])


def test_a_closed_meetings_record_is_not_changed_the_copys_text_waits(team_file):
    from app.domain.conference import Conference
    from app.services.conferences import close_conference

    copy = _copy(team_file)
    edit(copy, "Henrik", "Clara", conclusion="Skrevet efter mødet på en anden computer")
    with opened(team_file, "Kontoret") as store:
        conference, _review = review_for(store, "Clara")
        from app.domain.conference import ConferenceStatus
        from app.services.conferences import set_status

        set_status(store, conference, ConferenceStatus.RUNNING)
        close_conference(store, store.get(Conference, conference.id))
    report = _merge(team_file, copy)
    assert report.applied == 0 and [c.field for c in report.conflicts] == ["conclusion"]
    assert value(team_file, "Clara", "conclusion") == ""
    with opened(team_file) as store:
        versions = merging.waiting_conflicts(store)[0].versions
    assert "Skrevet efter mødet på en anden computer" in {v.value for v in versions}


def _absence(path, author, given, total):
    from datetime import date

    from app.domain.review import AbsenceRecord

    with opened(path, author) as store, store.operation("Importér fravær") as op:
        op.insert(AbsenceRecord(pupil_id=pupil_named(store, given).id, period_start=date(2026, 8, 1),
                                period_end=date(2026, 10, 31), total_pct=total, unlawful_pct=1.5))


def test_the_same_row_created_on_both_sides_is_merged_field_by_field(team_file):
    """Both laptops imported absence for the same quarter: one row per pupil and period (a UNIQUE key)."""
    from app.domain.review import AbsenceRecord

    copy = _copy(team_file)
    _absence(team_file, "Mette", "Søren", 4.5)
    _absence(copy, "Henrik", "Søren", 6.0)
    _absence(team_file, "Mette", "Ahmad", 2.0)
    _absence(copy, "Henrik", "Ahmad", 2.0)
    report = _merge(team_file, copy)
    assert [c.field for c in report.conflicts] == ["total_pct"]
    with opened(team_file, "Kontoret") as store:
        rows = store.find(AbsenceRecord)
        assert len(rows) == 2  # one per pupil and period
        merge_id = report.operation_id
        store.revert(merge_id, "Fortryd")
        assert store.find(MergeConflict) == []
        again = merging.merge_file(store, copy)  # undone, then merged again: the same conflict is back
        assert [c.field for c in again.conflicts] == ["total_pct"]


def test_a_row_deleted_in_the_copy_is_deleted_unless_the_team_file_typed_in_it(team_file):
    note(team_file, "Mette", "Søren", "Slettes på den bærbare")
    note(team_file, "Mette", "Ahmad", "Også slettet derude")
    copy = _copy(team_file)
    with opened(copy, "Henrik") as store, store.operation("Slet note") as op:
        for found in store.find(PupilNote):
            op.delete(found)
    with opened(team_file, "Mette") as store:
        kept = store.find_one(PupilNote, "text = ?", ("Også slettet derude",))
        with store.operation("Ret note") as op:
            op.update(kept, text="Også slettet derude – men Mette har skrevet videre")
    report = _merge(team_file, copy)
    assert report.deleted == 1 and report.kept_deleted == 1
    with opened(team_file) as store:
        assert [n.text for n in store.find(PupilNote)] == ["Også slettet derude – men Mette har skrevet videre"]


def test_an_empty_or_foreign_file_is_refused_with_a_message(team_file, tmp_path):
    empty = tmp_path / "Tom.klassekonference"
    empty.write_bytes(b"")
    garbage = tmp_path / "Rod.klassekonference"
    garbage.write_bytes(b"PK\\x03\\x04 ikke en database" * 100)
    for other in (empty, garbage):
        with pytest.raises(StorageError) as caught:
            _merge(team_file, other)
        assert other.name in str(caught.value)


def test_erasing_a_pupil_after_a_merge_scrubs_the_name_from_waiting_versions(team_file):
    copy = _copy(team_file)
    edit(team_file, "Mette", "Søren", tried="Sidder ved siden af Clara Østergaard")
    edit(copy, "Henrik", "Søren", tried="Leger med Clara i frikvarteret")
    assert len(_merge(team_file, copy).conflicts) == 1
    with opened(team_file, "Kontoret") as store:
        delete_pupil_data(store, pupil_named(store, "Clara"), vacuum=False)
        versions = {v.value for v in merging.waiting_conflicts(store)[0].versions}
        dump = "\n".join(store.conn.iterdump())
    assert versions == {"Sidder ved siden af [slettet elev]", "Leger med [slettet elev] i frikvarteret"}
    assert "Clara" not in dump and "Østergaard" not in dump
