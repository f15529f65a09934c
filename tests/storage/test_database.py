"""Opening, creating, refusing and encrypting the conference file; the typed round trip; operations."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from app.domain.conference import ConferenceParticipant
from app.domain.school import ClassMembership, Pupil, PupilStatus, School, SchoolClass
from app.domain.wellbeing import QuestionDistribution
from app.i18n import catalog_path, language
from app.storage import migrations
from app.storage.database import open_database
from app.storage.errors import (
    DamagedFileError,
    FileExistsAlreadyError,
    FileMissingError,
    NewerVersionError,
    NotAConferenceFileError,
    PassphraseNeededError,
    StorageError,
    WrongPassphraseError,
)
from app.storage.tables import TABLES
from tests.fixtures.make_fixtures import sample_records

SQLITE_HEADER = b"SQLite format 3\x00"


@pytest.fixture
def path(tmp_path) -> Path:
    return tmp_path / "Skolen.klassekonference"


@pytest.fixture
def store(path):
    store = open_database(path, create=True)
    yield store
    store.close()


def _plain(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def _pragma(path: Path, name: str):
    conn = _plain(path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def _school_class_pupil(store):
    with store.operation("Opret") as op:
        school = op.insert(School(name="Østerbro Skole"))
        klass = op.insert(SchoolClass(school_id=school.id, grade=5, letter="B", school_year=2025, cohort_id="k"))
        pupil = op.insert(Pupil(school_id=school.id, given_name="Anna", family_name="Hansen"))
    return school, klass, pupil


def _check_user_message(error: StorageError, name: str) -> None:
    message = str(error)
    assert isinstance(message, str)
    assert message.strip()
    assert "Traceback" not in message
    assert name in message


# -- creating -----------------------------------------------------------------------------------


def test_new_file_uses_wal_foreign_keys_latest_version_and_application_id(store, path):
    assert path.is_file()
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.schema_version() == migrations.LATEST_VERSION
    assert store.scalar("PRAGMA application_id") == migrations.APPLICATION_ID
    assert {"created_at", "created_with", "migrated_with"} <= set(store.meta())
    assert store.integrity_problems() == []


def test_new_file_settings_persist_after_closing(path):
    open_database(path, create=True).close()
    assert _pragma(path, "journal_mode") == "wal"
    assert _pragma(path, "user_version") == migrations.LATEST_VERSION
    assert _pragma(path, "application_id") == migrations.APPLICATION_ID
    assert path.read_bytes()[:16] == SQLITE_HEADER


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sqlite3.IntegrityError), store.operation("Forkert") as op:
        op.insert(SchoolClass(school_id="no-such-school", grade=5, letter="B", school_year=2025, cohort_id="k"))
    assert store.counts()["school_class"] == 0


@pytest.mark.parametrize("existing", [b"precious bytes", b""])
def test_create_refuses_an_existing_path_and_leaves_it_alone(path, existing):
    path.write_bytes(existing)
    with pytest.raises(FileExistsAlreadyError) as caught:
        open_database(path, create=True)
    _check_user_message(caught.value, path.name)
    assert path.read_bytes() == existing


def test_create_refuses_an_existing_conference_file(path):
    open_database(path, create=True).close()
    before = path.read_bytes()
    with pytest.raises(FileExistsAlreadyError):
        open_database(path, create=True)
    assert path.read_bytes() == before


def test_data_survives_closing_and_reopening(path):
    store = open_database(path, create=True)
    _school_class_pupil(store)
    store.close()
    reopened = open_database(path)
    try:
        assert [p.full_name for p in reopened.find(Pupil)] == ["Anna Hansen"]
        assert reopened.schema_version() == migrations.LATEST_VERSION
    finally:
        reopened.close()


# -- refusing files -----------------------------------------------------------------------------


def test_missing_file(tmp_path):
    missing = tmp_path / "findes ikke.klassekonference"
    with pytest.raises(FileMissingError) as caught:
        open_database(missing)
    _check_user_message(caught.value, missing.name)
    assert not missing.exists()


def test_directory_is_not_a_file(tmp_path):
    folder = tmp_path / "mappe.klassekonference"
    folder.mkdir()
    with pytest.raises(FileMissingError):
        open_database(folder)


def test_text_file_asks_for_a_passphrase(path):
    content = b"Referat fra klassekonferencen\nAnna: god til at tegne\n"
    path.write_bytes(content)
    with pytest.raises(PassphraseNeededError) as caught:
        open_database(path)
    _check_user_message(caught.value, path.name)
    assert path.read_bytes() == content


def test_zero_filled_file_is_reported_as_encrypted_or_damaged(path):
    # Without a SQLite header the file cannot be told apart from an encrypted one.
    path.write_bytes(bytes(8192))
    with pytest.raises(PassphraseNeededError) as caught:
        open_database(path)
    _check_user_message(caught.value, path.name)
    assert path.read_bytes() == bytes(8192)


@pytest.mark.parametrize(
    "body",
    [bytes(8176), (b"\xde\xad\xbe\xef" * 4096)],
    ids=["zeros-after-header", "garbage-after-header"],
)
def test_valid_header_with_garbage_is_damaged(path, body):
    path.write_bytes(SQLITE_HEADER + body)
    with pytest.raises(DamagedFileError) as caught:
        open_database(path)
    _check_user_message(caught.value, path.name)


def test_conference_file_with_overwritten_pages_is_damaged(path):
    store = open_database(path, create=True)
    _school_class_pupil(store)
    store.close()
    data = bytearray(path.read_bytes())
    data[4096:] = (b"\xde\xad\xbe\xef" * len(data))[: len(data) - 4096]
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedFileError) as caught:
        open_database(path)
    _check_user_message(caught.value, path.name)


def _other_programs_file(path: Path, journal_mode: str = "delete") -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE bookmarks (url TEXT)")
    conn.execute("INSERT INTO bookmarks VALUES ('https://emu.dk')")
    conn.commit()
    conn.close()


def test_sqlite_file_of_another_program_is_refused(path):
    _other_programs_file(path, journal_mode="wal")
    before = path.read_bytes()
    with pytest.raises(NotAConferenceFileError) as caught:
        open_database(path)
    _check_user_message(caught.value, path.name)
    assert _pragma(path, "application_id") == 0
    assert path.read_bytes() == before
    conn = _plain(path)
    assert conn.execute("SELECT url FROM bookmarks").fetchall() == [("https://emu.dk",)]
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'app_meta'").fetchone()[0] == 0
    conn.close()


def test_refused_file_of_another_program_keeps_its_journal_mode(path):
    _other_programs_file(path, journal_mode="delete")
    before = path.read_bytes()
    with pytest.raises(NotAConferenceFileError):
        open_database(path)
    assert _pragma(path, "journal_mode") == "delete"
    assert path.read_bytes() == before


def _newer_file(path: Path, journal_mode: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute("CREATE TABLE future_things (id TEXT PRIMARY KEY)")
    conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()


def test_file_from_a_newer_version_is_refused_and_left_unchanged(path):
    _newer_file(path, journal_mode="wal")  # files this program makes are in WAL mode
    before = path.read_bytes()
    with pytest.raises(NewerVersionError) as caught:
        open_database(path)
    error = caught.value
    _check_user_message(error, path.name)
    assert error.file_version == migrations.LATEST_VERSION + 1
    assert error.app_version == migrations.LATEST_VERSION
    assert str(migrations.LATEST_VERSION + 1) in str(error)
    if language() == "da" and catalog_path("da").exists():
        assert "was saved by a newer version" not in str(error)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no backup, no WAL left behind


def test_newer_file_in_rollback_journal_mode_is_left_unchanged(path):
    _newer_file(path, journal_mode="delete")
    before = path.read_bytes()
    with pytest.raises(NewerVersionError):
        open_database(path)
    assert path.read_bytes() == before


# -- round trip and schema ----------------------------------------------------------------------


def test_sample_covers_every_stored_dataclass():
    assert {type(record) for record in sample_records()} == set(TABLES)


def test_every_dataclass_round_trips_unchanged(store):
    records = sample_records()
    with store.operation("Indsæt alt") as op:
        for record in records:
            op.insert(record)
    for record in records:
        assert store.get(type(record), record.id) == record


def test_round_trip_keeps_python_types(store):
    with store.operation("Indsæt alt") as op:
        for record in sample_records():
            op.insert(record)
    pupil = store.get(Pupil, "pupil-1")
    assert isinstance(pupil.birth_date, date) and pupil.birth_date == date(2015, 2, 28)
    assert pupil.status is PupilStatus.LEFT
    question = store.get(QuestionDistribution, "question-1")
    assert question.shares == [33.3, 28.6, 23.8, 9.5, 4.8]
    assert all(isinstance(s, float) for s in question.shares)
    assert question.option_scores == [5, 4, 3, 2, 1]
    participant = store.get(ConferenceParticipant, "part-1")
    assert participant.present is False and participant.staff_id is None


def test_get_unknown_id_raises_key_error(store):
    with pytest.raises(KeyError):
        store.get(School, "no-such-id")


@pytest.mark.parametrize("cls", list(TABLES), ids=lambda cls: cls.__name__)
def test_table_columns_equal_dataclass_fields(store, cls):
    columns = list(store.db[TABLES[cls]].columns_dict)
    assert columns == [f.name for f in dataclasses.fields(cls)]


# -- operations ---------------------------------------------------------------------------------


def test_exception_inside_an_operation_writes_nothing(store):
    with pytest.raises(RuntimeError), store.operation("Opret skole") as op:
        op.insert(School(name="Halvfærdig Skole"))
        raise RuntimeError("stop")
    assert store.counts()["school"] == 0
    assert store.change_log() == []
    # the store is still usable afterwards
    _school_class_pupil(store)
    assert store.counts()["school"] == 1


def test_constraint_error_half_way_rolls_back_the_whole_operation(store):
    with pytest.raises(sqlite3.IntegrityError), store.operation("Opret") as op:
        school = op.insert(School(name="Skolen"))
        op.insert(SchoolClass(school_id=school.id, grade=5, letter="B", school_year=2025, cohort_id="k"))
        op.insert(SchoolClass(school_id=school.id, grade=5, letter="B", school_year=2025, cohort_id="k"))
    assert store.counts()["school"] == 0
    assert store.counts()["school_class"] == 0
    assert store.change_log() == []


def test_insert_is_logged_with_operation_name_and_author(store):
    store.author = "KL"
    with store.operation("Tilføj elev") as op:
        school = op.insert(School(name="Skolen"))
    [entry] = store.change_log("school", [school.id])
    assert (entry.operation, entry.author, entry.action, entry.operation_id) == ("Tilføj elev", "KL", "insert", op.id)
    assert json.loads(entry.new_value)["name"] == "Skolen"


def test_update_logs_old_and_new_values(store):
    _, _, pupil = _school_class_pupil(store)
    store.author = "Karen"
    with store.operation("Redigér elev") as op:
        updated = op.update(pupil, given_name="Ane", birth_date=date(2015, 3, 1), status=PupilStatus.LEFT)
    assert updated.given_name == "Ane"
    assert store.get(Pupil, pupil.id).birth_date == date(2015, 3, 1)
    entries = [e for e in store.change_log("pupil", [pupil.id]) if e.action == "update"]
    by_field = {e.field: e for e in entries}
    assert set(by_field) == {"given_name", "birth_date", "status"}
    assert all(e.operation == "Redigér elev" and e.author == "Karen" and e.operation_id == op.id for e in entries)
    assert json.loads(by_field["given_name"].old_value) == "Anna"
    assert json.loads(by_field["given_name"].new_value) == "Ane"
    assert by_field["birth_date"].old_value is None
    assert json.loads(by_field["birth_date"].new_value) == "2015-03-01"
    assert json.loads(by_field["status"].old_value) == "aktiv"
    assert json.loads(by_field["status"].new_value) == "udmeldt"


def test_update_with_unchanged_values_logs_nothing(store):
    _, _, pupil = _school_class_pupil(store)
    stored_before = store.get(Pupil, pupil.id)
    log_before = store.change_log()
    with store.operation("Gem") as op:
        result = op.update(pupil, given_name="Anna", family_name="Hansen", birth_date=None)
    assert store.change_log() == log_before
    assert result == stored_before
    assert store.get(Pupil, pupil.id).updated_at == stored_before.updated_at


def test_update_logs_only_the_fields_that_changed(store):
    _, _, pupil = _school_class_pupil(store)
    with store.operation("Gem") as op:
        op.update(pupil, given_name="Anna", family_name="Hansen-Berg")
    updates = [e for e in store.change_log("pupil") if e.action == "update"]
    assert [e.field for e in updates] == ["family_name"]


def test_nested_operations_join_one_transaction(store):
    with store.operation("Ydre") as outer:
        school = outer.insert(School(name="Skolen"))
        with store.operation("Indre") as inner:
            assert inner is outer
            inner.insert(Pupil(school_id=school.id, given_name="Bo", family_name="Berg"))
    entries = store.change_log()
    assert len(entries) == 2
    assert {e.operation_id for e in entries} == {outer.id}
    assert {e.operation for e in entries} == {"Ydre"}


def test_exception_in_nested_operation_rolls_back_the_outer_one(store):
    with pytest.raises(RuntimeError), store.operation("Ydre") as outer:
        outer.insert(School(name="Skolen"))
        with store.operation("Indre") as inner:
            inner.insert(School(name="Anden skole"))
            raise RuntimeError("stop")
    assert store.counts()["school"] == 0
    assert store.change_log() == []


def test_revert_undoes_an_insert(store):
    _school_class_pupil(store)
    with store.operation("Tilføj elev") as op:
        extra = op.insert(Pupil(school_id=store.find(School)[0].id, given_name="Bo", family_name="Berg"))
    undo_id = store.revert(op.id, "Fortryd: Tilføj elev")
    with pytest.raises(KeyError):
        store.get(Pupil, extra.id)
    assert [p.given_name for p in store.find(Pupil)] == ["Anna"]
    assert undo_id != op.id
    assert {e.operation for e in store.change_log() if e.operation_id == undo_id} == {"Fortryd: Tilføj elev"}


def test_revert_undoes_an_update(store):
    _, _, pupil = _school_class_pupil(store)
    with store.operation("Redigér") as op:
        op.update(pupil, given_name="Ane", birth_date=date(2015, 3, 1), status=PupilStatus.LEFT)
    store.revert(op.id, "Fortryd")
    back = store.get(Pupil, pupil.id)
    assert (back.given_name, back.birth_date, back.status) == ("Anna", None, PupilStatus.ACTIVE)


def test_revert_undoes_a_delete(store):
    _, _, pupil = _school_class_pupil(store)
    original = store.get(Pupil, pupil.id)
    with store.operation("Slet elev") as op:
        op.delete(pupil)
    with pytest.raises(KeyError):
        store.get(Pupil, pupil.id)
    store.revert(op.id, "Fortryd")
    assert store.get(Pupil, pupil.id) == original


def test_revert_undoes_a_mixed_operation_in_reverse_order(store):
    records = sample_records()
    with store.operation("Indsæt alt") as op:
        for record in records:
            op.insert(record)
    question = next(r for r in records if isinstance(r, QuestionDistribution))
    with store.operation("Ret trivsel") as op:
        op.delete(question)
        op.insert(dataclasses.replace(question, id="question-2", shares=[20.0, 20.0, 20.0, 20.0, 20.0]))
        op.update(store.get(School, "school-1"), name="Nyt navn")
    store.revert(op.id, "Fortryd")
    assert store.get(QuestionDistribution, question.id) == question
    with pytest.raises(KeyError):
        store.get(QuestionDistribution, "question-2")
    assert store.get(School, "school-1").name == records[0].name


def test_reverting_an_undo_redoes_it(store):
    _, _, pupil = _school_class_pupil(store)
    with store.operation("Redigér") as op:
        op.update(pupil, given_name="Ane")
    undo = store.revert(op.id, "Fortryd")
    store.revert(undo, "Gentag")
    assert store.get(Pupil, pupil.id).given_name == "Ane"


def test_revert_of_a_delete_restores_cascaded_rows(store):
    _, klass, pupil = _school_class_pupil(store)
    with store.operation("Tilknyt") as op:
        membership = op.insert(ClassMembership(class_id=klass.id, pupil_id=pupil.id))
    with store.operation("Slet elev") as op:
        op.delete(pupil)
    store.revert(op.id, "Fortryd")
    assert store.get(ClassMembership, membership.id) == membership


# -- encryption ---------------------------------------------------------------------------------


def test_encrypted_file_round_trip(path):
    store = open_database(path, create=True, passphrase="hemmelig")
    assert store.encrypted
    _school_class_pupil(store)
    store.close()
    data = path.read_bytes()
    assert data[:16] != SQLITE_HEADER
    assert "Østerbro Skole".encode() not in data and b"Hansen" not in data
    reopened = open_database(path, passphrase="hemmelig")
    try:
        assert reopened.schema_version() == migrations.LATEST_VERSION
        assert reopened.scalar("PRAGMA application_id") == migrations.APPLICATION_ID
        assert [p.full_name for p in reopened.find(Pupil)] == ["Anna Hansen"]
    finally:
        reopened.close()


def test_encrypted_file_refuses_a_wrong_passphrase(path):
    open_database(path, create=True, passphrase="hemmelig").close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError) as caught:
        open_database(path, passphrase="forkert")
    _check_user_message(caught.value, path.name)
    assert path.read_bytes() == before


def test_encrypted_file_without_passphrase_asks_for_one(path):
    open_database(path, create=True, passphrase="hemmelig").close()
    with pytest.raises(PassphraseNeededError) as caught:
        open_database(path)
    _check_user_message(caught.value, path.name)


def test_passphrase_with_quote_works(path):
    passphrase = "Ærø's \"hemmelige\" kode"
    open_database(path, create=True, passphrase=passphrase).close()
    store = open_database(path, passphrase=passphrase)
    store.close()
    with pytest.raises(WrongPassphraseError):
        open_database(path, passphrase="Ærø's")
