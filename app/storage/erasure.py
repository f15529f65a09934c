"""Erasing personal data so that it is gone from the file's bytes, not only from the screen.

Normal writes are logged with their old values (for undo and the change log), and SQLite leaves deleted
text in free pages and in the WAL. Erasing therefore works differently: rows are deleted and texts
replaced *without* logging the old values, the change log's own rows about them are removed (with the
log's rows and operations left without changes) and its remaining values scrubbed (an inserted row and
an update's new value are not in the log: they are read from the scrubbed row), and afterwards :func:`vacuum_file`
rebuilds the file (``secure_delete``,
``VACUUM``) and truncates the WAL. The service :mod:`app.services.data_deletion` decides what to erase.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable

from app.storage import change_log
from app.storage.store import Operation, Store

_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

log = logging.getLogger(__name__)

ERASE_ACTION = "erase"  # a change log action that marks an erasure; undo has nothing to put back


def secure_delete_on(store: Store) -> None:
    """Freed pages are overwritten with zeros from now on (also before the vacuum, and if it fails)."""
    store.conn.execute("PRAGMA secure_delete = ON")


def delete_rows(op: Operation, table: str, ids: Iterable[str]) -> int:
    """Delete rows without logging their content (foreign keys may cascade further: collect those first)."""
    ids = list(ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        op.store.conn.execute(f"DELETE FROM [{table}] WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    op.changed_tables.add(table)
    return len(ids)


def set_values(op: Operation, table: str, row_id: str, **values) -> None:
    """Change values without logging the old ones (they are what must disappear)."""
    assignments = ", ".join(f"[{name}] = ?" for name in values)
    op.store.conn.execute(f"UPDATE [{table}] SET {assignments} WHERE id = ?", (*values.values(), row_id))
    op.changed_tables.add(table)


def log_erasure(op: Operation, table: str, row_id: str, field: str | None = None) -> None:
    """One change_log row saying that (and who and when) a record's personal data was erased (``field``: in
    which text a name was replaced). No values: they are what had to disappear."""
    op._log(table, row_id, ERASE_ACTION, field)


def purge_change_log(
    op: Operation,
    rows: Iterable[tuple[str, str]],
    ids: Iterable[str],
    words: Iterable[str],
    scrub: Callable[[str], str],
) -> tuple[int, int]:
    """Remove the change log's rows about ``rows`` ((table, row id) pairs) and every row whose values
    mention one of ``ids``; run ``scrub`` over the values of the rest that contain one of ``words``.
    Rows and operations left with no change are removed too. Returns (rows removed, rows scrubbed). Runs
    inside the erasing operation's transaction."""
    conn = op.store.conn
    removed = 0
    by_table: dict[str, list[str]] = {}
    for table, row_id in rows:
        by_table.setdefault(table, []).append(row_id)
    gone: list[tuple[int, int, int]] = []  # (change id, row key, operation seq)
    for table, row_ids in by_table.items():
        keys = change_log.row_keys(conn, table, row_ids)
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            gone += conn.execute(
                f"SELECT id, row, operation FROM log_change WHERE row IN ({','.join('?' * len(chunk))})"
                f" AND action != {change_log.ERASE}", chunk,
            ).fetchall()
    wanted = {record_id.casefold() for record_id in ids if record_id}
    if wanted:
        # One pass over the log for all the ids (a LIKE scan per id took 8 s on a large school): the UUIDs in
        # each value are looked up in a set; an id of another form is searched for as text. Case-blind, as
        # LIKE was.
        uuids = {record_id for record_id in wanted if _UUID.fullmatch(record_id)}
        others = [record_id for record_id in wanted if record_id not in uuids]

        def holds(value: str | None) -> bool:
            if not value:
                return False
            if uuids and not uuids.isdisjoint(found.casefold() for found in _UUID.findall(value)):
                return True
            lowered = value.casefold() if others else ""
            return any(record_id in lowered for record_id in others)

        conn.create_function("kk_holds_erased_id", 2, lambda old, new: int(holds(old) or holds(new)))
        gone += conn.execute(
            f"SELECT id, row, operation FROM log_change WHERE action != {change_log.ERASE}"
            " AND kk_holds_erased_id(old_value, new_value)"
        ).fetchall()
    changes = sorted({change_id for change_id, _, _ in gone})
    for start in range(0, len(changes), 500):
        chunk = changes[start : start + 500]
        conn.execute(f"DELETE FROM log_change WHERE id IN ({','.join('?' * len(chunk))})", chunk)
    removed += len(changes)
    _remove_unused(op, {key for _, key, _ in gone}, {seq for _, _, seq in gone})
    scrubbed = 0
    words = [w for w in words if w]
    if not words:
        return removed, scrubbed
    where = " OR ".join("old_value LIKE ? OR new_value LIKE ?" for _ in words)
    params = [f"%{w}%" for w in words for _ in (0, 1)]
    found = conn.execute(f"SELECT id, old_value, new_value FROM log_change WHERE {where}", params).fetchall()
    for row_id, old, new in found:
        new_old = scrub(old) if old else old
        new_new = scrub(new) if new else new
        if new_old != old or new_new != new:
            conn.execute("UPDATE log_change SET old_value = ?, new_value = ? WHERE id = ?", (new_old, new_new, row_id))
            scrubbed += 1
    return removed, scrubbed


def _remove_unused(op: Operation, keys: Iterable[int], operations: Iterable[int]) -> None:
    """Remove the ``log_row`` rows (of ``keys``) and operations (of ``operations``, but ``op``'s own) that no
    change refers to any more."""
    conn = op.store.conn
    for key in keys:
        conn.execute("DELETE FROM log_row WHERE key = ? AND NOT EXISTS (SELECT 1 FROM log_change WHERE row = ?)",
                     (key, key))
    for seq in operations:
        if seq == op.log.seq:
            continue
        first = conn.execute("SELECT first_change FROM log_operation WHERE seq = ?", (seq,)).fetchone()
        if first is None:
            continue
        left = conn.execute(
            "SELECT 1 FROM log_change WHERE id >= ? AND id < ? AND operation = ? LIMIT 1",
            (first[0], change_log.next_first(conn, seq), seq),
        ).fetchone()
        if left is None:
            conn.execute("DELETE FROM log_operation WHERE seq = ?", (seq,))
    op.log.forget()


def text_rows(store: Store, table: str, fields: Iterable[str]) -> list[tuple]:
    """(id, field values …) of every row of ``table``: the free texts an erasure looks through."""
    columns = ", ".join(f"[{f}]" for f in fields)
    return store.conn.execute(f"SELECT id, {columns} FROM [{table}]").fetchall()


def rewrite_change_log(op: Operation, may_hold: Callable[[str | None, str | None], bool],
                       rewrite: Callable[[str | None], str | None]) -> int:
    """Run ``rewrite`` over the old and new value of every change_log row (but the erasure rows) for which
    ``may_hold(old, new)``; store what changed, without logging. Returns how many rows changed."""
    conn = op.store.conn
    changed = 0
    rows = conn.execute(
        f"SELECT id, old_value, new_value FROM log_change WHERE action != {change_log.ERASE}"
        " AND (old_value IS NOT NULL OR new_value IS NOT NULL)"
    ).fetchall()
    for row_id, old, new in rows:
        if not may_hold(old, new):
            continue
        new_old, new_new = rewrite(old), rewrite(new)
        if (new_old, new_new) != (old, new):
            conn.execute("UPDATE log_change SET old_value = ?, new_value = ? WHERE id = ?", (new_old, new_new, row_id))
            changed += 1
    return changed


def vacuum_file(store: Store) -> bool:
    """Rebuild the file so that deleted text is gone from its bytes and from the WAL.

    Returns True when the WAL could be emptied (False if another connection was reading at that moment;
    the next checkpoint then finishes the job)."""
    conn = store.conn
    conn.execute("PRAGMA secure_delete = ON")
    store.checkpoint()
    conn.execute("VACUUM")
    row = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    complete = row is None or row[0] == 0
    if not complete:
        log.warning("WAL not emptied after vacuum: another reader was active")
    return complete
