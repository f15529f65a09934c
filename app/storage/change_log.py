"""The change log: every logged change in a lean layout (migration 6), and the read API that hides it.

Read it only through these functions (and :meth:`Store.change_log`), which return
:class:`app.domain.notes.ChangeLogEntry` objects with the same fields as before version 6:

* :func:`change_log` – entries, oldest first, filtered by table and row ids, operation, action or time;
* :func:`iter_operations` – the operations, oldest first, each with its entries (for merging copies);
* :func:`latest_change_id`, :func:`row_ids_with_action`, :func:`has_action`, :func:`rows_logged_with` –
  the small questions backups, erasure and the per-pupil history ask.

``values=True`` (the default) fills in ``new_value`` everywhere: for an insert the row as inserted (a JSON
object of its columns), for an update the value it was given (JSON). Neither is stored: they are
reconstructed from the row in its table (or the old row a later delete kept) by walking the row's later
changes backwards. ``updated_at`` is not logged by updates, so a reconstructed row carries the latest one
known. Where the row is gone without a logged delete (an erasure) ``new_value`` is None. ``values=False``
skips the reconstruction (undo and the as-of exports need only old values): ``new_value`` is then None for
inserts and updates, except for entries migrated from files before version 6 whose row could not be found
again, which keep their copied value.

Layout (``change_log`` is also a read-only SQL view with the old columns, for looking at a file by hand):

* ``log_operation(seq, id, name, at, author, first_change)``: one row per operation that changed something;
  ``id`` is the operation's uuid text (undo and merging name operations by it), ``seq`` the integer the
  changes refer to. An operation's changes are written in its one transaction, so they are the ids from its
  ``first_change`` up to the next operation's: found by that range (no index on ``log_change.operation``).
  Change ids are never reused: only an erasure removes changes, and it never removes the newest (its own
  mark comes last).
* ``log_row(key, table_code, row_id)``: one row per logged record; a uuid ``row_id`` is stored as 16 bytes.
* ``log_name(code, name)``: table and field names by small integer code, added when first met.
* ``log_change(id, operation, row, action, field, old_value, new_value)``, one row per change. Each value is
  stored once: an insert (1) stores nothing (the row is in its table); an update (2) its old value (JSON);
  a delete (3) the old row (JSON object), since the row leaves its table; an erasure (4) nothing. Action 5
  is an insert migrated with its copied row (``new_value``) because the row could not be found again.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field as dataclass_field

from app.domain.notes import ChangeLogEntry

INSERT, UPDATE, DELETE, ERASE, INSERT_KEPT = 1, 2, 3, 4, 5
ACTION_CODES = {"insert": INSERT, "update": UPDATE, "delete": DELETE, "erase": ERASE}
ACTION_NAMES = {INSERT: "insert", UPDATE: "update", DELETE: "delete", ERASE: "erase", INSERT_KEPT: "insert"}
_CHUNK = 500

_SELECT = (
    "SELECT c.id, c.operation, c.row, c.action, c.field, c.old_value, c.new_value, o.id, o.name, o.at, o.author,"
    " r.table_code, r.row_id FROM log_change c JOIN log_operation o ON o.seq = c.operation"
    " JOIN log_row r ON r.key = c.row"
)


@dataclass
class LoggedOperation:
    """One operation of the log with its entries, oldest first."""

    id: str
    name: str
    at: str
    author: str
    entries: list[ChangeLogEntry] = dataclass_field(default_factory=list)


# -- row ids -------------------------------------------------------------------------------------------
def _stored_id(row_id: str):
    """A uuid in its usual text form is stored as its 16 bytes; any other id as it is."""
    if len(row_id) == 36:
        try:
            value = uuid.UUID(row_id)
        except ValueError:
            return row_id
        if str(value) == row_id:
            return value.bytes
    return row_id


def _read_id(stored) -> str:
    return str(uuid.UUID(bytes=stored)) if isinstance(stored, bytes) else stored


# -- writing ---------------------------------------------------------------------------------------------
class LogCache:
    """Name codes and row keys of one open file, as committed (a rolled-back operation's new ones never
    get here). Cleared when an erasure removes log rows."""

    def __init__(self):
        self.names: dict[str, int] = {}
        self.by_code: dict[int, str] = {}  # for reading (codes are never changed, only added)
        self.rows: dict[tuple[str, str], int] = {}

    def clear(self) -> None:
        self.names.clear()
        self.by_code.clear()
        self.rows.clear()


class LogWriter:
    """The log rows of one operation: its ``log_operation`` row is written with its first change. New codes
    and keys join the file's :class:`LogCache` when the operation commits (:meth:`committed`)."""

    def __init__(self, conn, operation_id: str, name: str, at: str, author: str, cache: LogCache | None = None):
        self.conn = conn
        self.operation = (operation_id, name, at, author)
        self.seq: int | None = None
        self.cache = cache if cache is not None else LogCache()
        self.names: dict[str, int] = {}
        self.rows: dict[tuple[str, str], int] = {}

    def forget(self) -> None:
        """Forget remembered keys (after rows of ``log_row`` were removed)."""
        self.rows.clear()
        self.cache.clear()

    def committed(self) -> None:
        self.cache.names.update(self.names)
        self.cache.rows.update(self.rows)
        if len(self.cache.rows) > 50_000:  # a long session's import: start again rather than grow
            self.cache.rows.clear()

    def code(self, name: str) -> int:
        code = self.cache.names.get(name) or self.names.get(name)
        if code is None:
            found = self.conn.execute("SELECT code FROM log_name WHERE name = ?", (name,)).fetchone()
            code = found[0] if found else self.conn.execute("INSERT INTO log_name (name) VALUES (?)", (name,)).lastrowid
            self.names[name] = code
        return code

    def row_key(self, table: str, row_id: str) -> int:
        key = self.cache.rows.get((table, row_id)) or self.rows.get((table, row_id))
        if key is None:
            table_code, stored = self.code(table), _stored_id(row_id)
            found = self.conn.execute(
                "SELECT key FROM log_row WHERE row_id = ? AND table_code = ?", (stored, table_code)
            ).fetchone()
            key = found[0] if found else self.conn.execute(
                "INSERT INTO log_row (table_code, row_id) VALUES (?, ?)", (table_code, stored)
            ).lastrowid
            self.rows[(table, row_id)] = key
        return key

    def write(self, table: str, row_id: str, action: str, field: str | None = None, old: str | None = None) -> int:
        """Log one change (``old``: the JSON of the old value, or of the old row for a delete). Returns its id."""
        first_id = None
        if self.seq is None:  # the operation's first change gets the id after the newest one
            self.seq, first_id = self.conn.execute(
                "INSERT INTO log_operation (id, name, at, author, first_change) VALUES (?, ?, ?, ?,"
                " (SELECT coalesce(max(id), 0) + 1 FROM log_change)) RETURNING seq, first_change",
                self.operation,
            ).fetchone()
        code = ACTION_CODES[action]
        return self.conn.execute(
            "INSERT INTO log_change (id, operation, row, action, field, old_value) VALUES (?, ?, ?, ?, ?, ?)",
            (first_id, self.seq, self.row_key(table, row_id), code, None if field is None else self.code(field),
             old if code in (UPDATE, DELETE) else None),
        ).lastrowid


# -- reading ---------------------------------------------------------------------------------------------
def _names(store, codes: Iterable[int | None]) -> dict[int, str]:
    """code -> name, holding at least ``codes`` (read again only when one is new to this store)."""
    cache = getattr(store, "log_cache", None)
    known = cache.by_code if cache is not None else {}
    if any(code is not None and code not in known for code in codes):
        known.clear()
        known.update(store.conn.execute("SELECT code, name FROM log_name").fetchall())
    return known


def _codes(raw: list[tuple]) -> set[int]:
    return {r[11] for r in raw} | {r[4] for r in raw if r[4] is not None}


def row_keys(conn, table: str, row_ids: Iterable[str]) -> list[int]:
    """``log_row`` keys of the given rows of ``table`` (rows never logged are left out)."""
    code = conn.execute("SELECT code FROM log_name WHERE name = ?", (table,)).fetchone()
    if code is None:
        return []
    keys = []
    for row_id in dict.fromkeys(row_ids):
        found = conn.execute(
            "SELECT key FROM log_row WHERE row_id = ? AND table_code = ?", (_stored_id(row_id), code[0])
        ).fetchone()
        if found:
            keys.append(found[0])
    return keys


def change_log(
    store,
    table: str | None = None,
    row_ids: Iterable[str] | None = None,
    *,
    operation_id: str | None = None,
    actions: Iterable[str] | None = None,
    after: str | None = None,
    values: bool = True,
) -> list[ChangeLogEntry]:
    """Logged changes, oldest first: of ``table`` (its rows ``row_ids``), of one operation, with one of
    ``actions``, or logged after the time ``after`` (ISO text, as ``at``). See the module for ``values``."""
    conn = store.conn
    clauses: list[str] = []
    params: list = []
    if row_ids is not None:
        if table is None:
            raise ValueError("row_ids need a table")
        keys = row_keys(conn, table, row_ids)
        if not keys:
            return []
        raw = []
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            raw += _fetch(conn, [f"c.row IN ({','.join('?' * len(chunk))})", *clauses], chunk, actions, after)
        raw.sort(key=lambda r: r[0])
    else:
        if table is not None:
            clauses.append("r.table_code = (SELECT code FROM log_name WHERE name = ?)")
            params.append(table)
        if operation_id is not None:  # its changes: the ids from its first change to the next operation's
            clauses.append(
                "c.id >= (SELECT first_change FROM log_operation WHERE id = ?) AND c.id < (SELECT coalesce((SELECT"
                " n.first_change FROM log_operation n WHERE n.seq > s.seq ORDER BY n.seq LIMIT 1), 9223372036854775807)"
                " FROM log_operation s WHERE s.id = ?) AND c.operation = (SELECT seq FROM log_operation WHERE id = ?)"
            )
            params.extend([operation_id] * 3)
        raw = _fetch(conn, clauses, params, actions, after)
    if operation_id is not None and row_ids is not None:
        raw = [r for r in raw if r[7] == operation_id]
    names = _names(store, _codes(raw))
    filled = _reconstruct(store, raw, names) if values else {}
    return [_entry(r, names, filled) for r in raw]


def next_first(conn, seq: int) -> int:
    following = conn.execute(
        "SELECT first_change FROM log_operation WHERE seq > ? ORDER BY seq LIMIT 1", (seq,)
    ).fetchone()
    return following[0] if following else 2**63 - 1


def _fetch(conn, clauses: list[str], params: list, actions, after) -> list[tuple]:
    clauses, params = list(clauses), list(params)
    if actions is not None:
        actions = tuple(actions)
        codes = sorted({ACTION_CODES[a] for a in actions} | ({INSERT_KEPT} if "insert" in actions else set()))
        clauses.append(f"c.action IN ({','.join(str(c) for c in codes)})")
    if after is not None:
        clauses.append("o.at > ?")
        params.append(after)
    sql = _SELECT + (" WHERE " + " AND ".join(clauses) if clauses else "") + " ORDER BY c.id"
    return conn.execute(sql, params).fetchall()


def _entry(raw: tuple, names: dict[int, str], filled: dict[int, str | None]) -> ChangeLogEntry:
    change_id, _seq, _row, action, field, old, new, op_id, op_name, at, author, table_code, row_id = raw
    return ChangeLogEntry(
        id=change_id, operation_id=op_id, operation=op_name, at=at, author=author, table_name=names[table_code],
        row_id=_read_id(row_id), action=ACTION_NAMES[action], field=None if field is None else names[field],
        old_value=old, new_value=filled.get(change_id, new),
    )


def _reconstruct(store, raw: list[tuple], names: dict[int, str]) -> dict[int, str | None]:
    """change id -> the new value (JSON) of every insert and update among ``raw`` that does not store it."""
    conn = store.conn
    wanted = {r[2]: (names[r[11]], _read_id(r[12])) for r in raw if r[3] in (INSERT, UPDATE) and r[6] is None}
    if not wanted:
        return {}
    timeline: dict[int, list[tuple]] = {}
    keys = list(wanted)
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        for change in conn.execute(
            "SELECT id, row, action, field, old_value, new_value FROM log_change"
            f" WHERE row IN ({','.join('?' * len(chunk))})", chunk
        ).fetchall():
            timeline.setdefault(change[1], []).append(change)
    names = _names(store, {c[3] for changes in timeline.values() for c in changes})
    current = _current_rows(conn, wanted.values())
    filled: dict[int, str | None] = {}
    for key, changes in timeline.items():
        state = current.get(wanted[key])
        for change_id, _row, action, field, old, new in sorted(changes, reverse=True):
            if action == UPDATE:
                name = names.get(field, "")
                if new is None and state is not None and name in state:
                    new = json.dumps(state[name], ensure_ascii=False) if state[name] is not None else None
                filled[change_id] = new
                if state is not None and name:
                    state = {**state, name: None if old is None else json.loads(old)}
            elif action == DELETE:
                state = json.loads(old) if old else None
            elif action == INSERT:
                filled[change_id] = None if state is None else json.dumps(state, ensure_ascii=False)
                state = None
            elif action == INSERT_KEPT:
                state = None
    return filled


def _current_rows(conn, rows: Iterable[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    by_table: dict[str, list[str]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, []).append(row_id)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    found = {}
    for table, ids in by_table.items():
        if table not in tables or table.startswith("log_"):
            continue
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            cursor = conn.execute(f"SELECT * FROM [{table}] WHERE id IN ({','.join('?' * len(chunk))})", chunk)
            columns = [d[0] for d in cursor.description]
            for row in cursor.fetchall():
                values = dict(zip(columns, row))
                found[(table, values["id"])] = values
    return found


def iter_operations(store, after: str | None = None, *, values: bool = True) -> Iterator[LoggedOperation]:
    """Every logged operation, oldest first, with its entries; with ``after`` (an operation id) only those
    logged after that one. Raises KeyError for an ``after`` not in the log."""
    conn = store.conn
    first = 0
    if after is not None:
        found = conn.execute("SELECT seq FROM log_operation WHERE id = ?", (after,)).fetchone()
        if found is None:
            raise KeyError(f"operation {after}")
        first = found[0]
    raw = _fetch(conn, ["c.id >= ?"], [next_first(conn, first)], None, None)
    names = _names(store, _codes(raw))
    filled = _reconstruct(store, raw, names) if values else {}
    operations: dict[str, LoggedOperation] = {}
    for r in raw:
        entry = _entry(r, names, filled)
        operation = operations.get(entry.operation_id)
        if operation is None:
            operation = operations[entry.operation_id] = LoggedOperation(
                entry.operation_id, entry.operation, entry.at, entry.author)
        operation.entries.append(entry)
    yield from operations.values()


def latest_change_id(store) -> int | None:
    """The id of the newest change (None for an empty log): changes since a backup, since a check."""
    return store.conn.execute("SELECT max(id) FROM log_change").fetchone()[0]


def change_count(store, up_to: int | None = None) -> int:
    """How many changes are logged (with ids up to ``up_to``)."""
    if up_to is None:
        return store.conn.execute("SELECT count(*) FROM log_change").fetchone()[0]
    return store.conn.execute("SELECT count(*) FROM log_change WHERE id <= ?", (up_to,)).fetchone()[0]


def row_ids_with_action(store, table: str, action: str) -> set[str]:
    """Ids of the rows of ``table`` with a logged delete or erasure (``action``: "delete" or "erase")."""
    code = ACTION_CODES[action]
    if code < DELETE:
        raise ValueError("only deletes and erasures are indexed")
    return {
        _read_id(row[0])
        for row in store.conn.execute(
            "SELECT DISTINCT r.row_id FROM log_change c JOIN log_row r ON r.key = c.row"
            " WHERE c.action >= 3 AND c.action = ? AND r.table_code = (SELECT code FROM log_name WHERE name = ?)",
            (code, table),
        )
    }


def has_action(store, table: str, row_id: str, action: str) -> bool:
    keys = row_keys(store.conn, table, [row_id])
    return bool(keys) and store.conn.execute(
        "SELECT 1 FROM log_change WHERE row = ? AND action = ? LIMIT 1", (keys[0], ACTION_CODES[action])
    ).fetchone() is not None


def rows_logged_with(store, table: str, key: str, value: str) -> set[str]:
    """Ids of rows of ``table`` whose logged whole row (a delete's old row, or an insert copied before
    version 6) had ``key`` = ``value``: rows deleted since, found through the log."""
    pattern = "%" + json.dumps({key: value}, ensure_ascii=False)[1:-1] + "%"
    return {
        _read_id(row[0])
        for row in store.conn.execute(
            "SELECT DISTINCT r.row_id FROM log_change c JOIN log_row r ON r.key = c.row"
            " WHERE c.action >= 3 AND c.action IN (3, 5) AND r.table_code = (SELECT code FROM log_name WHERE name = ?)"
            " AND (c.old_value LIKE ? OR c.new_value LIKE ?)",
            (table, pattern, pattern),
        )
    }


# -- copies for preparation and change packages (issue 17) --------------------------------------------------
def clear_log(conn) -> None:
    """Empty the log of a file that becomes a copy for preparation (its log then holds only what is done on
    the laptop). The name codes stay: they are no data."""
    conn.execute("DELETE FROM log_change")
    conn.execute("DELETE FROM log_row")
    conn.execute("DELETE FROM log_operation")


def store_new_values(conn) -> int:
    """Write every update's new value into the log itself, for a change package: it keeps the log but not
    the rows the values would otherwise be read back from. Returns how many values were written."""
    from types import SimpleNamespace

    entries = change_log(SimpleNamespace(conn=conn), actions=("update",))
    values = [(e.new_value, e.id) for e in entries if e.new_value is not None]
    conn.executemany("UPDATE log_change SET new_value = ? WHERE id = ? AND new_value IS NULL", values)
    return len(values)
