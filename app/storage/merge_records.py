"""The bookkeeping tables of merging (migration 7), and the only SQL about them.

Kept small and apart from the engine (:mod:`app.storage.merge`) so that a change of the change log's layout
touches :func:`seen_operations` and :func:`latest_change` only.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from app.storage.sqlcipher import connection_of
from app.storage.store import Operation

# Which pupil a row belongs to: table -> column holding the pupil's id (``id`` for the pupil itself).
PUPIL_COLUMN = {
    "pupil": "id",
    "class_membership": "pupil_id",
    "pupil_review": "pupil_id",
    "absence_record": "pupil_id",
    "agreement_pupil": "pupil_id",
    "pupil_note": "pupil_id",
    "merge_conflict": "pupil_id",
}
# A row that belongs to a pupil through its parent: table -> (column, parent table).
PUPIL_PARENT = {"subject_assessment": ("review_id", "pupil_review")}


def has_merge_tables(conn) -> bool:
    conn = connection_of(conn)
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'merged_operation'").fetchone()[0] == 1


def meta_value(conn, key: str) -> str | None:
    conn = connection_of(conn)
    row = conn.execute("SELECT value FROM app_meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn, key: str, value: str) -> None:
    conn = connection_of(conn)
    conn.execute("INSERT OR REPLACE INTO app_meta (key, value) VALUES (?, ?)", (key, value))


def lineage_of(conn) -> str | None:
    """The team file's identity, shared by every copy made from it: ``app_meta.lineage_id``, or for a file
    without one the id of its school row (a copy of a file carries the same school row)."""
    conn = connection_of(conn)
    lineage = meta_value(conn, "lineage_id")
    if lineage:
        return lineage
    row = conn.execute("SELECT id FROM school ORDER BY created_at LIMIT 1").fetchone()
    return row[0] if row else None


def seen_operations(conn) -> set[str]:
    """Every operation this file has seen: its own (in the change log), those merged in from copies, and those
    whose log rows an erasure removed."""
    conn = connection_of(conn)
    seen = {row[0] for row in conn.execute("SELECT DISTINCT operation_id FROM change_log")}
    if has_merge_tables(conn):
        seen |= {row[0] for row in conn.execute("SELECT id FROM merged_operation")}
        seen |= {row[0] for row in conn.execute("SELECT operation_id FROM erased_operation")}
    return seen


def merged_operations(conn) -> set[str]:
    conn = connection_of(conn)
    if not has_merge_tables(conn):
        return set()
    return {row[0] for row in conn.execute("SELECT id FROM merged_operation")}


def latest_change(conn, table: str, row_id: str, field: str) -> tuple[str, str, str] | None:
    """(operation id, at, author) of the newest logged change of one field, or None."""
    conn = connection_of(conn)
    row = conn.execute(
        "SELECT operation_id, at, author FROM change_log WHERE table_name = ? AND row_id = ? AND field = ?"
        " ORDER BY id DESC LIMIT 1",
        (table, row_id, field),
    ).fetchone()
    return tuple(row) if row else None


# -- erasure tombstones ------------------------------------------------------------------------------
def remember_erasure(op: Operation, rows: Iterable[tuple[str, str]], ids: Iterable[str]) -> None:
    """Before an erasure purges the change log: keep the ids (never names) of the erased rows, and of the
    operations whose log rows are about to go, so that merging a copy neither brings the rows back nor
    mistakes those old operations for new ones."""
    conn = op.store.conn
    if not has_merge_tables(conn):
        return
    rows = list(rows)
    conn.executemany("INSERT OR IGNORE INTO erased_row (table_name, row_id) VALUES (?, ?)", rows)
    for table, row_id in rows:
        conn.execute(
            "INSERT OR IGNORE INTO erased_operation (operation_id) SELECT DISTINCT operation_id FROM change_log"
            " WHERE table_name = ? AND row_id = ?", (table, row_id))
    for record_id in ids:
        pattern = f"%{record_id}%"
        conn.execute(
            "INSERT OR IGNORE INTO erased_operation (operation_id) SELECT DISTINCT operation_id FROM change_log"
            " WHERE old_value LIKE ? OR new_value LIKE ?", (pattern, pattern))


def erased_rows(conn) -> set[tuple[str, str]]:
    conn = connection_of(conn)
    found = {("pupil", row[0]) for row in conn.execute(
        "SELECT row_id FROM change_log WHERE action = 'erase' AND table_name = 'pupil' AND field IS NULL")}
    if has_merge_tables(conn):
        found |= {(row[0], row[1]) for row in conn.execute("SELECT table_name, row_id FROM erased_row")}
    return found


# -- origins of merged values ------------------------------------------------------------------------
def value_hash(value_json: str) -> str:
    return hashlib.sha256(value_json.encode("utf-8")).hexdigest()


def add_origin(op: Operation, table: str, row_id: str, field: str, value_json: str, at: str, author: str) -> None:
    op.store.conn.execute(
        "INSERT OR REPLACE INTO merge_origin (merge_operation_id, table_name, row_id, field, value_hash,"
        " changed_at, author) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (op.id, table, row_id, field, value_hash(value_json), at, author),
    )


def origins(conn, table: str, row_id: str, field: str, value_json: str) -> list[tuple[str, str]]:
    """(changed at, author) of every merge that wrote or agreed with this value of the field."""
    conn = connection_of(conn)
    return [tuple(r) for r in conn.execute(
        "SELECT changed_at, author FROM merge_origin WHERE table_name = ? AND row_id = ? AND field = ?"
        " AND value_hash = ?", (table, row_id, field, value_hash(value_json)))]


def is_merge_of(conn, operation_id: str, table: str, row_id: str, field: str) -> bool:
    conn = connection_of(conn)
    return conn.execute(
        "SELECT count(*) FROM merge_origin WHERE merge_operation_id = ? AND table_name = ? AND row_id = ?"
        " AND field = ?", (operation_id, table, row_id, field)).fetchone()[0] > 0


# -- aliases: a copy's new row that is a row this file already has ----------------------------------------
def aliases(conn) -> dict[str, str]:
    conn = connection_of(conn)
    if not has_merge_tables(conn):
        return {}
    return {row[0]: row[1] for row in conn.execute("SELECT source_row_id, row_id FROM merge_alias")}


def add_alias(conn, table: str, source_row_id: str, row_id: str) -> None:
    conn = connection_of(conn)
    conn.execute("INSERT OR REPLACE INTO merge_alias (source_row_id, table_name, row_id) VALUES (?, ?, ?)",
                 (source_row_id, table, row_id))


_SCHEMA_CACHE: dict[tuple[str, str], Any] = {}  # (what, table) -> answer; the schema is the same in every file


def unique_keys(conn, table: str) -> list[list[str]]:
    """The column sets of ``table``'s UNIQUE constraints (not the primary key)."""
    conn = connection_of(conn)
    if ("unique", table) in _SCHEMA_CACHE:
        return _SCHEMA_CACHE[("unique", table)]
    keys = []
    for index in conn.execute(f"PRAGMA index_list([{table}])").fetchall():
        # seq, name, unique, origin, partial
        if index[2] and index[3] == "u":
            keys.append([col[2] for col in conn.execute(f"PRAGMA index_info([{index[1]}])").fetchall()])
    _SCHEMA_CACHE[("unique", table)] = keys
    return keys


def row_by_key(conn, table: str, row: dict) -> str | None:
    """The id of the row of ``table`` that has the same values as ``row`` in one of its UNIQUE keys."""
    conn = connection_of(conn)
    for columns in unique_keys(conn, table):
        where = " AND ".join(f"[{c}] IS ?" for c in columns)
        found = conn.execute(f"SELECT id FROM [{table}] WHERE {where}", [row.get(c) for c in columns]).fetchone()
        if found:
            return found[0]
    return None


def column_defaults(conn, table: str) -> dict[str, object]:
    """Each column's default value (what a new row holds before anyone types)."""
    conn = connection_of(conn)
    if ("defaults", table) in _SCHEMA_CACHE:
        return dict(_SCHEMA_CACHE[("defaults", table)])
    defaults: dict[str, object] = {}
    for _cid, name, _type, _notnull, default, _pk in conn.execute(f"PRAGMA table_info([{table}])").fetchall():
        if default is None:
            defaults[name] = None
        else:
            try:
                text = default.replace("'", '"') if default.startswith("'") else default
                defaults[name] = json.loads(text)
            except ValueError:
                defaults[name] = None
    _SCHEMA_CACHE[("defaults", table)] = dict(defaults)
    return defaults


def row_dict(conn, table: str, row_id: str) -> dict | None:
    conn = connection_of(conn)
    cursor = conn.execute(f"SELECT * FROM [{table}] WHERE id = ?", (row_id,))
    found = cursor.fetchone()
    if found is None:
        return None
    return dict(zip([d[0] for d in cursor.description], found))


def table_exists(conn, table: str) -> bool:
    conn = connection_of(conn)
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)).fetchone()[0] == 1


def pupil_of(conns, table: str, row_id: str) -> str | None:
    """The pupil a row belongs to (None: no one), looked up in each connection in turn."""
    if table in PUPIL_COLUMN:
        column = PUPIL_COLUMN[table]
        if column == "id":
            return row_id
        for conn in conns:
            row = _first(conn, f"SELECT [{column}] FROM [{table}] WHERE id = ?", row_id)
            if row:
                return row[0]
        return None
    if table in PUPIL_PARENT:
        column, parent = PUPIL_PARENT[table]
        for conn in conns:
            row = _first(conn, f"SELECT [{column}] FROM [{table}] WHERE id = ?", row_id)
            if row:
                return pupil_of(conns, parent, row[0])
    return None


def _first(conn, sql: str, row_id: str):
    """The first row, or None (also when the table is missing: an older copy)."""
    conn = connection_of(conn)
    try:
        return conn.execute(sql, (row_id,)).fetchone()
    except Exception as error:  # sqlite3 or sqlcipher3 OperationalError: no such table
        if "no such table" in str(error):
            return None
        raise


def conflict_versions(conn, table: str, row_id: str, field: str) -> list[dict]:
    conn = connection_of(conn)
    cursor = conn.execute(
        "SELECT * FROM merge_conflict WHERE table_name = ? AND row_id = ? AND field = ?", (table, row_id, field))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def hash_of(value) -> str:
    return value_hash(json.dumps(value, ensure_ascii=False))


# Rows that are part of one conference's record: table -> how to find the conference id.
_CONFERENCE_OF = {
    "conference": "SELECT id FROM conference WHERE id = ?",
    "pupil_review": "SELECT conference_id FROM pupil_review WHERE id = ?",
    "subject_assessment": "SELECT r.conference_id FROM subject_assessment s JOIN pupil_review r ON r.id = s.review_id"
                          " WHERE s.id = ?",
    "agenda_item": "SELECT conference_id FROM agenda_item WHERE id = ?",
    "conference_participant": "SELECT conference_id FROM conference_participant WHERE id = ?",
}


def in_held_conference(conn, table: str, row_id: str, held_status: str) -> bool:
    """Is the row part of a conference this file has closed (its record is no longer changed)?"""
    conn = connection_of(conn)
    sql = _CONFERENCE_OF.get(table)
    if sql is None:
        return False
    row = conn.execute(sql, (row_id,)).fetchone()
    if row is None or row[0] is None:
        return False
    status = conn.execute("SELECT status FROM conference WHERE id = ?", (row[0],)).fetchone()
    return status is not None and status[0] == held_status


def rewrite_conflict_values(op: Operation, may_hold, rewrite) -> int:
    """Run ``rewrite`` over every waiting conflict version's value (JSON) for which ``may_hold(value)``; store
    what changed, without logging (an erasure: the old text is what must disappear). A version that becomes
    equal to another of the same field is removed. Returns how many versions changed."""
    conn = op.store.conn
    if not has_merge_tables(conn):
        return 0
    changed = 0
    for row_id, table, target, field, value in conn.execute(
            "SELECT id, table_name, row_id, field, value FROM merge_conflict").fetchall():
        if not may_hold(value):
            continue
        new = rewrite(value)
        if new == value:
            continue
        twin = conn.execute("SELECT id FROM merge_conflict WHERE table_name = ? AND row_id = ? AND field = ? AND"
                            " value = ? AND id != ?", (table, target, field, new, row_id)).fetchone()
        if twin:
            conn.execute("DELETE FROM merge_conflict WHERE id = ?", (row_id,))
        else:
            conn.execute("UPDATE merge_conflict SET value = ? WHERE id = ?", (new, row_id))
        op.changed_tables.add("merge_conflict")
        changed += 1
    return changed
