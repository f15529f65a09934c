"""The lean change log (migration 6): what is stored, what the read API gives back, and that nothing is lost.

The property test keeps a naive log beside the store (every change with its old and new value and the
whole inserted row, as before version 6) and checks that :meth:`Store.change_log` gives the same back.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.domain.notes import PupilNote
from app.domain.school import Pupil, School
from app.storage import change_log
from app.storage.database import open_database
from app.storage.mapping import to_row

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXTS = st.sampled_from(["", "Sofies mor ringede.", "Åse-Marie Ærø-Østergaard", "Çağan og Émilie", "x" * 3000,
                         "Linje 1\nLinje 2 \"citat\" \\ 100 %", "Malous far"])


@pytest.fixture
def store(tmp_path):
    store = open_database(tmp_path / "Skolen.klassekonference", create=True)
    yield store
    store.close()


def _pupil(store) -> Pupil:
    with store.operation("Opret") as op:
        school = op.insert(School(name="Østerbro Skole"))
        return op.insert(Pupil(school_id=school.id, given_name="Åse", family_name="Ærø"))


def _raw(store, sql: str, params=()):
    return store.conn.execute(sql, params).fetchall()


def _comparable(entry) -> tuple:
    """An entry with its values decoded (an inserted row without ``updated_at``: updates do not log it)."""
    def decode(value):
        if value is None:
            return None
        decoded = json.loads(value)
        if isinstance(decoded, dict):
            decoded.pop("updated_at", None)
        return decoded

    return (entry.operation_id, entry.table_name, entry.row_id, entry.action, entry.field, decode(entry.old_value),
            decode(entry.new_value))


# -- what is stored ------------------------------------------------------------------------------------
def test_an_insert_stores_no_copy_of_the_row_and_an_update_only_its_old_value(store):
    pupil = _pupil(store)
    with store.operation("Redigér") as op:
        op.update(pupil, given_name="Sofie")
    stored = _raw(store, "SELECT action, old_value, new_value FROM log_change ORDER BY id")
    assert stored[:2] == [(change_log.INSERT, None, None)] * 2
    assert stored[2] == (change_log.UPDATE, json.dumps("Åse", ensure_ascii=False), None)
    assert not any("Sofie" in str(row) for row in _raw(store, "SELECT * FROM log_change"))
    [update] = [e for e in store.change_log("pupil", [pupil.id]) if e.action == "update"]
    assert (json.loads(update.old_value), json.loads(update.new_value)) == ("Åse", "Sofie")
    [insert] = store.change_log("pupil", [pupil.id], actions=["insert"])
    assert json.loads(insert.new_value)["given_name"] == "Åse"  # the row as inserted, not as it is now
    assert store.change_log("pupil", [pupil.id], actions=["insert"], values=False)[0].new_value is None


def test_a_delete_keeps_the_old_row_and_undo_brings_it_back(store):
    pupil = _pupil(store)
    with store.operation("Slet") as op:
        op.delete(store.get(Pupil, pupil.id))
    [delete] = store.change_log("pupil", [pupil.id], actions=["delete"], values=False)
    assert json.loads(delete.old_value)["family_name"] == "Ærø"
    store.revert(op.id, "Fortryd: Slet")
    assert store.get(Pupil, pupil.id).family_name == "Ærø"


def test_operations_are_stored_once_and_names_as_codes(store):
    store.author = "Karen Lærer"
    pupil = _pupil(store)
    with store.operation("Redigér") as op:
        op.update(pupil, given_name="Bo", family_name="Berg")
    operations = _raw(store, "SELECT id, name, author FROM log_operation ORDER BY seq")
    assert operations[1] == (op.id, "Redigér", "Karen Lærer")
    names = {name for (name,) in _raw(store, "SELECT name FROM log_name")}
    assert {"pupil", "school", "given_name", "family_name"} <= names
    assert _raw(store, "SELECT count(*) FROM log_row") == [(2,)]  # one per logged record, not per change


def test_a_uuid_row_id_is_stored_as_16_bytes_and_read_back_as_text(store):
    pupil = _pupil(store)
    stored = _raw(store, "SELECT row_id FROM log_row WHERE row_id = ?", (uuid.UUID(pupil.id).bytes,))
    assert len(stored) == 1
    assert {e.row_id for e in store.change_log("pupil")} == {pupil.id}
    view = store.query("SELECT row_id, table_name, action FROM change_log WHERE table_name = 'pupil'")
    assert view == [{"row_id": pupil.id, "table_name": "pupil", "action": "insert"}]
    with store.operation("Opret") as op:  # an id that is not a uuid is stored as it is
        op.insert(School(id="skole-1", name="Anden Skole"))
    assert [e.row_id for e in store.change_log("school", ["skole-1"])] == ["skole-1"]


def test_an_operation_that_is_rolled_back_leaves_no_code_or_key_behind(store):
    pupil = _pupil(store)
    with pytest.raises(RuntimeError), store.operation("Halvt") as op:
        op.insert(PupilNote(pupil_id=pupil.id, text="Ny"))
        raise RuntimeError("stop")
    with store.operation("Helt") as op:
        note = op.insert(PupilNote(pupil_id=pupil.id, text="Ny"))
        op.update(note, text="Rettet")
    assert store.integrity_problems() == []
    assert [e.action for e in store.change_log("pupil_note", [note.id])] == ["insert", "update"]


def test_iter_operations_gives_each_operation_with_its_entries(store):
    pupil = _pupil(store)
    with store.operation("Redigér") as edit:
        op_pupil = edit.update(pupil, given_name="Bo")
    with store.operation("Tom") as _empty:
        pass
    operations = list(change_log.iter_operations(store))
    assert [o.name for o in operations] == ["Opret", "Redigér"]  # an operation without changes is not logged
    assert [e.field for e in operations[1].entries] == ["given_name"]
    assert json.loads(operations[1].entries[0].new_value) == op_pupil.given_name
    later = list(change_log.iter_operations(store, after=operations[0].id))
    assert [o.id for o in later] == [edit.id]
    with pytest.raises(KeyError):
        list(change_log.iter_operations(store, after="no-such-operation"))


# -- the read API gives back what a naive log would have held ---------------------------------------------
STEPS = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), TEXTS),
        st.tuples(st.just("update"), st.integers(0, 5), TEXTS, st.booleans()),
        st.tuples(st.just("delete"), st.integers(0, 5)),
        st.tuples(st.just("undo")),
    ),
    max_size=14,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_the_read_api_gives_back_every_value_a_full_log_would_hold(tmp_path_factory, steps):
    path = tmp_path_factory.mktemp("log") / "Skolen.klassekonference"
    store = open_database(path, create=True)
    try:
        pupil = _pupil(store)
        expected = [_comparable(e) for e in store.change_log()]  # the school and the pupil
        history: list[str] = []  # operation ids, for undo of the newest
        naive: dict[str, list[tuple]] = {}  # operation id -> its naive entries, for undo

        def note(op_id, table, row_id, action, field=None, old=None, new=None):
            entry = (op_id, table, row_id, action, field, old, new)
            naive.setdefault(op_id, []).append(entry)
            expected.append(entry)

        for step in steps:
            notes = store.find(PupilNote, order_by="created_at, id")
            if step[0] == "insert":
                with store.operation("Ny note") as op:
                    record = op.insert(PupilNote(pupil_id=pupil.id, text=step[1]))
                row = to_row(record)
                row.pop("updated_at")
                note(op.id, "pupil_note", record.id, "insert", new=row)
            elif step[0] == "update" and notes:
                record = notes[step[1] % len(notes)]
                with store.operation("Ret note") as op:
                    op.update(record, text=step[2], confidential=step[3])
                if record.text != step[2]:
                    note(op.id, "pupil_note", record.id, "update", "text", record.text, step[2])
                if record.confidential != step[3]:
                    note(op.id, "pupil_note", record.id, "update", "confidential", int(record.confidential),
                         int(step[3]))
                if record.text == step[2] and record.confidential == step[3]:
                    continue
            elif step[0] == "delete" and notes:
                record = notes[step[1] % len(notes)]
                with store.operation("Slet note") as op:
                    op.delete(record)
                note(op.id, "pupil_note", record.id, "delete", old=_without_stamp(to_row(record)))
            elif step[0] == "undo" and history:
                undone = history.pop()
                undo_id = store.revert(undone, "Fortryd")
                for _op, table, row_id, action, field, old, new in reversed(naive[undone]):
                    if action == "insert":
                        note(undo_id, table, row_id, "delete", old=new)  # undone at once: still as inserted
                    elif action == "delete":
                        note(undo_id, table, row_id, "insert", new=old)
                    else:
                        note(undo_id, table, row_id, "update", field, new, old)
                continue
            else:
                continue
            history.append(op.id)
        got = [_comparable(e) for e in store.change_log()]
        assert got == expected
    finally:
        store.close()


def _without_stamp(row):
    if not isinstance(row, dict):
        return row
    return {k: v for k, v in row.items() if k != "updated_at"}


# -- migration 6 -------------------------------------------------------------------------------------------
OLD_FIXTURES = [FIXTURES / f"schema_v{n}.klassekonference" for n in (1, 2, 3, 4)]


def _v4_file_with_history(tmp_path: Path, fixture: Path = FIXTURES / "schema_v4.klassekonference") -> Path:
    """An older fixture with a log such as versions 1–4 wrote: updates, a delete, an erasure, an insert of
    a row deleted without a logged delete, and operations by other authors."""
    path = tmp_path / "Skolen.klassekonference"
    shutil.copyfile(fixture, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert 1 <= conn.execute("PRAGMA user_version").fetchone()[0] <= 4
        rows = [
            ("op-2", "Redigér elevgennemgang", "2025-10-01T08:00:00.000Z", "Karen", "pupil_review", "review-1",
             "update", "strengths", json.dumps("Hjælpsom, god til at tegne", ensure_ascii=False),
             json.dumps("Hjælpsom og kreativ", ensure_ascii=False)),
            ("op-2", "Redigér elevgennemgang", "2025-10-01T08:00:00.000Z", "Karen", "pupil_review", "review-1",
             "update", "absence_total_pct", "12.5", None),
            ("op-3", "Ny note", "2025-10-02T08:00:00.000Z", "Bo", "pupil_note", "note-gone", "insert", None, None,
             json.dumps({"id": "note-gone", "pupil_id": "pupil-1", "text": "Væk uden spor"}, ensure_ascii=False)),
            ("op-4", "Slet note", "2025-10-03T08:00:00.000Z", "Bo", "pupil_note", "note-2", "insert", None, None,
             json.dumps({"id": "note-2", "pupil_id": "pupil-1", "text": "Slettes"}, ensure_ascii=False)),
            ("op-4", "Slet note", "2025-10-03T08:00:00.000Z", "Bo", "pupil_note", "note-2", "delete", None,
             json.dumps({"id": "note-2", "pupil_id": "pupil-1", "text": "Slettes"}, ensure_ascii=False), None),
            ("op-5", "Slet elevdata", "2025-10-04T08:00:00.000Z", "Bo", "pupil", "pupil-2", "erase", None, None, None),
        ]
        conn.execute("UPDATE pupil_review SET strengths = 'Hjælpsom og kreativ', absence_total_pct = NULL")
        conn.executemany(
            "INSERT INTO change_log (operation_id, operation, at, author, table_name, row_id, action, field,"
            " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    finally:
        conn.close()
    return path


@pytest.mark.parametrize("fixture", OLD_FIXTURES, ids=lambda p: p.name)
def test_migration_6_keeps_every_entry_readable(tmp_path, fixture):
    path = _v4_file_with_history(tmp_path, fixture)
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    before = [dict(row) for row in conn.execute("SELECT * FROM change_log ORDER BY id")]
    conn.close()
    assert len(before) > 20
    store = open_database(path)
    try:
        assert store.schema_version() >= 6
        assert store.integrity_problems() == []
        tables = {row["name"] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "change_log" not in tables and {"log_change", "log_operation", "log_row", "log_name"} <= tables
        after = store.change_log()
        assert [e.id for e in after] == [row["id"] for row in before]
        for entry, row in zip(after, before):
            for name in ("operation_id", "operation", "at", "author", "table_name", "row_id", "action", "field",
                         "old_value"):
                assert getattr(entry, name) == row[name], (name, row)
            old_new, new_new = row["new_value"], entry.new_value
            if old_new is None or new_new is None:
                assert old_new == new_new, row
            else:
                old_value, reconstructed = json.loads(old_new), json.loads(new_new)
                if isinstance(old_value, dict):  # a row: later migrations may have added columns since
                    reconstructed = {k: v for k, v in reconstructed.items() if k in old_value}
                assert _without_stamp(reconstructed) == _without_stamp(old_value), row
        # Copies are gone where the row is in its table; kept where nothing else holds it.
        kept = store.query("SELECT new_value FROM log_change WHERE new_value IS NOT NULL")
        assert [json.loads(r["new_value"])["id"] for r in kept] == ["note-gone"]
        assert change_log.rows_logged_with(store, "pupil_note", "pupil_id", "pupil-1") == {"note-gone", "note-2"}
        assert change_log.has_action(store, "pupil", "pupil-2", "erase")
        assert change_log.row_ids_with_action(store, "pupil", "erase") == {"pupil-2"}
        # The view still answers in the old columns.
        assert store.scalar("SELECT count(*) FROM change_log") == len(before)
    finally:
        store.close()


def test_migration_6_of_a_fixture_then_undo_of_the_migrated_operation(tmp_path):
    path = _v4_file_with_history(tmp_path)
    store = open_database(path)
    try:
        from app.domain.review import PupilReview

        store.revert("op-2", "Fortryd: Redigér elevgennemgang")
        review = store.get(PupilReview, "review-1")
        assert review.strengths == "Hjælpsom, god til at tegne" and review.absence_total_pct == 12.5
    finally:
        store.close()


def test_migration_6_of_an_encrypted_file(tmp_path):
    import sqlcipher3

    plain = _v4_file_with_history(tmp_path)
    target = tmp_path / "Hemmelig.klassekonference"
    conn = sqlcipher3.connect(str(plain))
    try:
        conn.execute(f"ATTACH DATABASE '{target}' AS encrypted KEY 'hemmelig æøå'")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("PRAGMA encrypted.user_version = 4")
        conn.execute(f"PRAGMA encrypted.application_id = {conn.execute('PRAGMA application_id').fetchone()[0]}")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    store = open_database(target, passphrase="hemmelig æøå")
    try:
        assert store.schema_version() >= 6 and store.integrity_problems() == []
        entries = store.change_log("pupil_review", ["review-1"])
        assert [e.action for e in entries] == ["insert", "update", "update"]
        assert json.loads(entries[1].new_value) == "Hjælpsom og kreativ"
    finally:
        store.close()
    assert "Hjælpsom".encode() not in target.read_bytes()
