"""Schema migrations: numbering, opening old fixture files, the backup before upgrading, atomicity."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from app.domain.school import School
from app.storage import migrations
from app.storage.database import open_database
from app.storage.errors import MigrationError
from app.storage.tables import TABLES
from tests.fixtures.make_fixtures import FIXTURE_SCHOOL_NAME, sample_records

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FIXTURE_FILES = sorted(FIXTURES.glob("schema_v*.klassekonference"))
EXPECTED_TABLES = set(TABLES.values()) | {"app_meta", "log_name", "log_operation", "log_row", "log_change"}


def _fixture_version(path: Path) -> int:
    return int(re.fullmatch(r"schema_v(\d+)\.klassekonference", path.name).group(1))


def _tables(conn) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _raw(path: Path, sql: str):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _backups(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if "før opgradering" in p.name and p.suffix == ".klassekonference")


# -- the list of migrations ---------------------------------------------------------------------


def test_migrations_are_numbered_from_one_without_gaps():
    numbers = [number for number, _, _ in migrations.MIGRATIONS]
    assert numbers == list(range(1, len(numbers) + 1))
    assert numbers[-1] == migrations.LATEST_VERSION


def test_every_migration_has_a_description_and_a_function():
    for _number, description, migrate in migrations.MIGRATIONS:
        assert isinstance(description, str) and description.strip()
        assert callable(migrate)


def test_pending_lists_the_migrations_after_a_version():
    assert [m[0] for m in migrations.pending(0)] == [m[0] for m in migrations.MIGRATIONS]
    assert migrations.pending(migrations.LATEST_VERSION) == []


# -- fixture files ------------------------------------------------------------------------------


def test_fixture_files_exist_for_v0_and_the_current_version():
    versions = {_fixture_version(p) for p in FIXTURE_FILES}
    assert {0, migrations.LATEST_VERSION} <= versions, "run: python tests/fixtures/make_fixtures.py"


def test_schema_v0_fixture_is_an_empty_sqlite_file():
    path = FIXTURES / "schema_v0.klassekonference"
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert _raw(path, "PRAGMA user_version") == [(0,)]
    assert _raw(path, "PRAGMA application_id") == [(0,)]
    assert _raw(path, "SELECT name FROM sqlite_master") == []


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_fixture_opens_at_the_latest_version_with_all_tables(fixture, tmp_path):
    path = tmp_path / "Skolen.klassekonference"
    shutil.copyfile(fixture, path)
    store = open_database(path)
    try:
        assert store.schema_version() == migrations.LATEST_VERSION
        assert store.scalar("PRAGMA application_id") == migrations.APPLICATION_ID
        assert _tables(store.conn) >= EXPECTED_TABLES
        assert store.integrity_problems() == []
        assert "migrated_with" in store.meta()
        if _fixture_version(fixture) > 0:  # made by an earlier version with data: the data survives
            assert [s.name for s in store.find(School)] == [FIXTURE_SCHOOL_NAME]
    finally:
        store.close()


def test_upgrading_from_v0_makes_no_backup(tmp_path):
    path = tmp_path / "Skolen.klassekonference"
    shutil.copyfile(FIXTURES / "schema_v0.klassekonference", path)
    open_database(path).close()
    assert _backups(tmp_path) == []


def test_current_fixture_reads_back_every_sample_record(tmp_path):
    path = tmp_path / "Skolen.klassekonference"
    shutil.copyfile(FIXTURES / f"schema_v{migrations.LATEST_VERSION}.klassekonference", path)
    store = open_database(path)
    try:
        for record in sample_records():
            assert store.get(type(record), record.id) == record
    finally:
        store.close()


# -- upgrading with a (monkeypatched) migration 2 -----------------------------------------------


def _add_extra_table(conn) -> None:
    conn.execute("CREATE TABLE extra (id TEXT PRIMARY KEY, note TEXT NOT NULL DEFAULT '')")


def _with_migration(monkeypatch, migrate) -> int:
    number = migrations.LATEST_VERSION + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (number, "test migration", migrate)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", number)
    return number


@pytest.fixture
def current_file(tmp_path) -> Path:
    """A file at today's latest version with one school in it."""
    path = tmp_path / "Skolen.klassekonference"
    store = open_database(path, create=True)
    with store.operation("Opret skole") as op:
        op.insert(School(id="school-1", name="Østerbro Skole"))
    store.close()
    return path


def test_upgrade_writes_a_backup_at_the_old_version_next_to_the_file(monkeypatch, current_file):
    old = migrations.LATEST_VERSION
    new = _with_migration(monkeypatch, _add_extra_table)
    store = open_database(current_file)
    try:
        assert store.schema_version() == new
        assert "extra" in _tables(store.conn)
        assert store.get(School, "school-1").name == "Østerbro Skole"
    finally:
        store.close()
    [backup] = _backups(current_file.parent)
    assert backup.parent == current_file.parent
    assert backup.name.startswith(current_file.stem)
    assert f"v{old}" in backup.name
    assert _raw(backup, "PRAGMA user_version") == [(old,)]
    assert _raw(backup, "PRAGMA application_id") == [(migrations.APPLICATION_ID,)]
    assert _raw(backup, "SELECT name FROM school") == [("Østerbro Skole",)]
    assert _raw(backup, "SELECT name FROM sqlite_master WHERE name = 'extra'") == []
    assert _raw(current_file, "PRAGMA user_version") == [(new,)]


def test_opening_an_up_to_date_file_makes_no_backup(current_file):
    open_database(current_file).close()
    assert _backups(current_file.parent) == []


def test_new_file_with_several_migrations_makes_no_backup(monkeypatch, tmp_path):
    new = _with_migration(monkeypatch, _add_extra_table)
    path = tmp_path / "Ny.klassekonference"
    store = open_database(path, create=True)
    try:
        assert store.schema_version() == new
        assert "extra" in _tables(store.conn)
    finally:
        store.close()
    assert _backups(tmp_path) == []


def test_encrypted_upgrade_backup_is_encrypted_too(monkeypatch, tmp_path):
    path = tmp_path / "Hemmelig.klassekonference"
    store = open_database(path, create=True, passphrase="hemmelig")
    with store.operation("Opret skole") as op:
        op.insert(School(name="Østerbro Skole"))
    store.close()
    old = migrations.LATEST_VERSION
    _with_migration(monkeypatch, _add_extra_table)
    open_database(path, passphrase="hemmelig").close()
    [backup] = _backups(tmp_path)
    data = backup.read_bytes()
    assert data[:16] != b"SQLite format 3\x00"
    assert "Østerbro Skole".encode() not in data
    conn = sqlcipher3.connect(str(backup))
    try:
        conn.execute("PRAGMA key = 'hemmelig'")
        assert conn.execute("PRAGMA user_version").fetchone()[0] == old
        assert conn.execute("SELECT name FROM school").fetchall() == [("Østerbro Skole",)]
    finally:
        conn.close()


def _failing_with_sqlite_error(conn) -> None:
    conn.execute("CREATE TABLE half_made (id TEXT)")
    conn.execute("INSERT INTO no_such_table VALUES (1)")


def _failing_with_python_error(conn) -> None:
    conn.execute("CREATE TABLE half_made (id TEXT)")
    raise RuntimeError("migration bug")


@pytest.mark.parametrize(
    "migrate, expected",
    [(_failing_with_sqlite_error, MigrationError), (_failing_with_python_error, MigrationError)],
    ids=["sqlite-error", "python-error"],
)
def test_failing_migration_leaves_the_file_at_the_old_version(monkeypatch, current_file, migrate, expected):
    old = migrations.LATEST_VERSION
    _with_migration(monkeypatch, migrate)
    with pytest.raises(expected):
        open_database(current_file)
    assert _raw(current_file, "PRAGMA user_version") == [(old,)]
    assert _raw(current_file, "SELECT name FROM sqlite_master WHERE name = 'half_made'") == []
    assert _raw(current_file, "SELECT name FROM school") == [("Østerbro Skole",)]
    monkeypatch.undo()
    store = open_database(current_file)  # today's version still opens it
    try:
        assert store.schema_version() == old
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_failing_first_migration_on_create_leaves_no_file(monkeypatch, tmp_path):
    monkeypatch.setattr(migrations, "MIGRATIONS", [(1, "broken", _failing_with_python_error)])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    path = tmp_path / "Ny.klassekonference"
    with pytest.raises(MigrationError):
        open_database(path, create=True)
    assert not path.exists()


def test_migration_2_from_a_version_1_file_keeps_every_membership_in_its_class(tmp_path):
    from app.domain.school import ClassMembership

    path = tmp_path / "Skolen.klassekonference"
    shutil.copyfile(FIXTURES / "schema_v1.klassekonference", path)
    before = _raw(path, "SELECT id, class_id, pupil_id FROM class_membership ORDER BY id")
    assert before and _raw(path, "PRAGMA user_version") == [(1,)]
    store = open_database(path)
    try:
        assert store.schema_version() >= 2
        memberships = store.find(ClassMembership, order_by="id")
        assert [(m.id, m.class_id, m.pupil_id) for m in memberships] == before
        assert all(m.left_on is None for m in memberships)  # everybody is still in the class they were in
    finally:
        store.close()
    assert len(_backups(tmp_path)) == 1  # the version 1 file was kept beside it before upgrading


def test_call_name_migration_from_a_version_2_file_gives_every_pupil_an_empty_call_name(tmp_path):
    """The call-name migration (numbered 5 on the issue-14 branch): names and everything else kept."""
    from app.domain.school import Pupil

    path = tmp_path / "Skolen.klassekonference"
    shutil.copyfile(FIXTURES / "schema_v2.klassekonference", path)
    before = _raw(path, "SELECT id, given_name, family_name FROM pupil ORDER BY id")
    assert before
    store = open_database(path)
    try:
        pupils = store.find(Pupil, order_by="id")
        assert [(p.id, p.given_name, p.family_name) for p in pupils] == before
        assert all(p.call_name == "" for p in pupils)
    finally:
        store.close()


def test_meeting_record_migration_from_a_version_3_file_leaves_every_new_field_empty(tmp_path):
    """Migration 4: conclusion, item minutes, Eventuelt, next meeting, approval: empty on old rows."""
    from app.domain.conference import AgendaItem, Conference
    from app.domain.review import PupilReview

    path = tmp_path / "old.klassekonference"
    shutil.copyfile(FIXTURES / "schema_v3.klassekonference", path)
    store = open_database(path)
    try:
        assert store.schema_version() >= 4
        assert all(r.conclusion == "" for r in store.find(PupilReview))
        assert all(a.minutes == "" for a in store.find(AgendaItem))
        for conference in store.find(Conference):
            assert conference.any_other_business == "" and conference.next_meeting_on is None
            assert conference.approved_by == "" and conference.approved_on is None and conference.distribution == ""
    finally:
        store.close()


def test_merge_migration_from_a_version_4_file_gives_the_file_its_school_as_lineage(tmp_path):
    """Migration 6 (merging prepared copies): empty bookkeeping tables, and the team file's identity
    (``lineage_id``) taken from its school row, which every earlier copy of the file carries too."""
    path = tmp_path / "Skolen.klassekonference"
    shutil.copyfile(FIXTURES / "schema_v4.klassekonference", path)
    store = open_database(path)
    try:
        assert store.schema_version() >= 6
        school_id = store.scalar("SELECT id FROM school ORDER BY created_at LIMIT 1")
        assert store.meta()["lineage_id"] == school_id
        for table in ("merge_conflict", "merged_operation", "merge_origin", "merge_alias", "erased_row",
                      "erased_operation"):
            assert store.scalar(f"SELECT count(*) FROM [{table}]") == 0
    finally:
        store.close()
