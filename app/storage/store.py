"""An open conference file: typed reads, and named operations that write and log in one transaction."""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from app.domain.base import Record, new_id, utc_now
from app.domain.notes import ChangeLogEntry
from app.storage import change_log
from app.storage.mapping import column_names, encode_value, from_row, to_row
from app.storage.tables import CLASSES_BY_TABLE, TABLES, table_of
from app.storage.write_errors import classify, write_failed

if TYPE_CHECKING:
    import sqlite_utils

T = TypeVar("T", bound=Record)
log = logging.getLogger(__name__)
# Without app.logging_setup the app logs nowhere (not even warnings on stderr: the command line stays clean).
logging.getLogger("app").addHandler(logging.NullHandler())


class Store:
    """The open file. Reads return domain dataclasses; every write goes through :meth:`operation`."""

    version: int  # the file's format version; set only by database.open_read_only (which does not upgrade)

    def __init__(self, conn, path: Path, *, encrypted: bool = False, passphrase: str | None = None, lock=None):
        self.conn = conn
        self.path = path
        self.encrypted = encrypted
        # Kept for backups "encrypted like the file" (SQLite's backup API needs the key) and the lock screen.
        self.passphrase = passphrase
        self.lock = lock  # app.storage.lock.LockHandle (None when opened without a lock)
        self._finalizer = weakref.finalize(self, lock.release) if lock is not None else None
        self._db: sqlite_utils.Database | None = None
        self._author = ""
        self._operation: Operation | None = None
        self._references: dict[str, list[tuple[str, str, str]]] | None = None
        self.last_operation: Operation | None = None  # the newest committed operation (for undo)
        self.listeners: list = []  # callables(operation) told after each commit
        self.log_cache = change_log.LogCache()  # the change log's name codes and row keys, as committed

    @property
    def _passphrase(self) -> str | None:  # the older name, for callers on other branches
        return self.passphrase

    @property
    def is_open(self) -> bool:
        return self.conn is not None

    @property
    def in_operation(self) -> bool:
        """An operation (or any transaction) is under way on this store."""
        return self._operation is not None or (self.conn is not None and self.conn.in_transaction)

    @property
    def author(self) -> str:
        """Who is writing: every change_log row says so. Also named in the lock file for a refused second copy."""
        return self._author

    @author.setter
    def author(self, name: str) -> None:
        self._author = name
        if self.lock is not None:
            self.lock.set_writer(name)

    @property
    def db(self):
        """sqlite-utils' view of the connection (schema introspection), made on first use: importing
        sqlite-utils pulls in numpy where it is installed, which cost ~100 ms at start-up."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    # -- reading ---------------------------------------------------------------------------------
    # get/find/insert stay hand-written: sqlite-utils' rows_where and Table.insert do the same 4x slower
    # (1000 gets: 20 ms raw, 79 ms rows_where; 1000 inserts: 36 ms raw, 158 ms) and importing it costs start-up
    # time. sqlite-utils serves the schema (``db``) and the row counts (``sqlcipher.table_counts``).
    def get(self, cls: type[T], record_id: str) -> T:
        row = self.conn.execute(f"SELECT * FROM [{table_of(cls)}] WHERE id = ?", (record_id,))
        found = _fetch_dicts(row)
        if not found:
            raise KeyError(f"{cls.__name__} {record_id}")
        return from_row(cls, found[0])

    def find(self, cls: type[T], where: str | None = None, params=(), order_by: str | None = None,
             **equals) -> list[T]:
        """Rows of ``cls`` as dataclasses. Outside storage only keyword filters are used: ``find(Pupil,
        school_id=x)`` (a list or set means IN, None means IS NULL) and ``order_by`` naming columns
        ("held_on DESC, created_at"); both are checked against the dataclass, so no caller writes SQL.
        ``where`` (SQL text with ``?`` parameters) is for the named queries in ``app.storage.queries``."""
        sql = f"SELECT * FROM [{table_of(cls)}]"
        if equals:
            clauses, values = _equality(cls, equals)
            if where:
                clauses.insert(0, f"({where})")
            where, params = " AND ".join(clauses), [*params, *values]
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {_ordering(cls, order_by)}"
        return [from_row(cls, row) for row in _fetch_dicts(self.conn.execute(sql, params))]

    def find_one(self, cls: type[T], where: str | None = None, params=(), **equals) -> T | None:
        found = self.find(cls, where, params, **equals)
        return found[0] if found else None

    def query(self, sql: str, params=()) -> list[dict]:
        return _fetch_dicts(self.conn.execute(sql, params))

    def scalar(self, sql: str, params=()):
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def schema_version(self) -> int:
        return self.scalar("PRAGMA user_version")

    def meta(self) -> dict[str, str]:
        return {row["key"]: row["value"] for row in self.query("SELECT key, value FROM app_meta")}

    def integrity_problems(self) -> list[str]:
        rows = [r[0] for r in self.conn.execute("PRAGMA integrity_check").fetchall()]
        problems = [] if rows == ["ok"] else rows
        problems += [
            f"foreign key: {row[0]} row {row[1]} -> {row[2]}"
            for row in self.conn.execute("PRAGMA foreign_key_check").fetchall()
        ]
        return problems

    def counts(self) -> dict[str, int]:
        return {table: self.scalar(f"SELECT count(*) FROM [{table}]") for table in TABLES.values()}

    def change_log(self, table: str | None = None, row_ids: list[str] | None = None, **filters) -> list[ChangeLogEntry]:
        """Logged changes, oldest first (see :func:`app.storage.change_log.change_log` for the filters and
        for which new values are reconstructed)."""
        return change_log.change_log(self, table, row_ids or None, **filters)

    # -- writing ---------------------------------------------------------------------------------
    @contextmanager
    def operation(self, name: str, *, undoable: bool = True) -> Iterator[Operation]:
        """One user action: one transaction, logged under one readable name. Nested calls join it.

        ``undoable=False`` marks bookkeeping (such as the meeting timer) that the undo history skips."""
        if self._operation is not None:
            yield self._operation
            return
        if self.lock is not None:
            self.lock.check()  # another copy took the file over while this one slept: never overwrite it
        if getattr(self, "damaged", False):  # found damaged after opening: read-only from then on
            from app.storage.database import damaged_message
            from app.storage.errors import DamagedFileError

            raise DamagedFileError(damaged_message(self.path.name))
        operation = Operation(self, name)
        operation.undoable = undoable
        self._operation = operation
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield operation
            self.conn.execute("COMMIT")
            operation.log.committed()
        except BaseException as error:
            self._roll_back()
            self.log_cache.clear()  # codes read back while it was open may be gone with it
            kind = classify(error)
            if kind is None:
                log.info("operation %r rolled back: %s", name, type(error).__name__)
                raise
            log.error("operation %r not saved: %s (%s)", name, kind.__name__, type(error).__name__)
            raise write_failed(kind, self.path) from error
        finally:
            self._operation = None
        log.info("operation %r saved: %d changes in %s", name, operation.change_count, sorted(operation.changed_tables))
        if operation.changed_tables:
            self.last_operation = operation
            for listener in list(self.listeners):
                listener(operation)

    def _roll_back(self) -> None:
        """Undo the open transaction; after a disk failure SQLite may already have done so, or cannot."""
        try:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
        except Exception as error:  # the drive is gone: SQLite rolls back from the journal when it is back
            log.error("rollback failed: %s", type(error).__name__)

    def revert(self, operation_id: str, name: str) -> str:
        """Undo one operation by applying its logged changes backwards, as a new operation. Returns its id."""
        entries = change_log.change_log(self, operation_id=operation_id, values=False)
        with self.operation(name) as op:
            for entry in reversed(entries):
                op.apply_inverse(entry)
        return op.id

    def references_to(self, table: str) -> list[tuple[str, str, str]]:
        """(child table, column, ON DELETE action) for every foreign key that points at ``table``."""
        if self._references is None:
            references: dict[str, list[tuple[str, str, str]]] = {}
            for child in TABLES.values():
                for fk in self.conn.execute(f"PRAGMA foreign_key_list([{child}])").fetchall():
                    # id, seq, table, from, to, on_update, on_delete, match
                    references.setdefault(fk[2], []).append((child, fk[3], fk[6]))
            self._references = references
        return self._references.get(table, [])

    def checkpoint(self) -> None:
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self, *, checkpoint: bool = True) -> None:
        """Checkpoint the WAL into the file and close. Safe to call twice. ``checkpoint=False``: close only
        (a read-only store, or a file about to be removed)."""
        if self.conn is None:
            return
        try:
            if checkpoint:
                self.checkpoint()
        except Exception as error:  # a full or vanished disk: the WAL stays beside the file, nothing is lost
            log.warning("checkpoint at close failed: %s", type(error).__name__)
        finally:
            self.conn.close()
            self.conn = None
            if self._finalizer is not None:
                self._finalizer()  # releases the lock file


class Operation:
    """Writes of one user action. Each change is logged (:mod:`app.storage.change_log`) with what undo needs
    and the table no longer holds: an update's old value, a deleted row; an inserted row is in its table."""

    def __init__(self, store: Store, name: str):
        self.store = store
        self.name = name
        self.id = new_id()
        self.at = utc_now()
        self.changed_tables: set[str] = set()
        self.change_count = 0
        self.undoable = True
        self.log = change_log.LogWriter(store.conn, self.id, name, self.at, store.author, store.log_cache)

    def _log(self, table: str, row_id: str, action: str, field=None, old=None) -> None:
        self.log.write(table, row_id, action, field, old)
        self.changed_tables.add(table)
        self.change_count += 1

    def insert(self, record: T) -> T:
        table = table_of(record)
        row = to_row(record)
        columns = ", ".join(f"[{c}]" for c in row)
        self.store.conn.execute(
            f"INSERT INTO [{table}] ({columns}) VALUES ({', '.join('?' * len(row))})", tuple(row.values())
        )
        self._log(table, record.id, "insert")
        return record

    def update(self, record: T, **changes) -> T:
        """Store ``changes`` on ``record``; logs only the values that really changed. Returns the new record."""
        cls = type(record)
        table = table_of(cls)
        current = self.store.get(cls, record.id)
        encoded = {name: encode_value(cls, name, value) for name, value in changes.items()}
        old_row = to_row(current)
        really = {name: value for name, value in encoded.items() if old_row[name] != value}
        if not really:
            return current
        now = utc_now()
        really_with_stamp = dict(really, updated_at=now)
        assignments = ", ".join(f"[{name}] = ?" for name in really_with_stamp)
        self.store.conn.execute(
            f"UPDATE [{table}] SET {assignments} WHERE id = ?", (*really_with_stamp.values(), record.id)
        )
        for name in really:
            self._log(table, record.id, "update", name, _text(old_row[name]))
        return dataclasses.replace(current, **{**changes, "updated_at": now})

    def delete(self, record) -> None:
        """Delete a row. Rows that the schema would cascade-delete or set to NULL are changed first, one
        by one and logged, so that reverting the delete brings everything back."""
        table = table_of(record)
        row = self.store.query(f"SELECT * FROM [{table}] WHERE id = ?", (record.id,))
        if not row:
            return
        for child_table, column, on_delete in self.store.references_to(table):
            child_cls = CLASSES_BY_TABLE.get(child_table)
            if child_cls is None:
                continue
            for child in self.store.find(child_cls, f"[{column}] = ?", (record.id,)):
                if on_delete == "CASCADE":
                    self.delete(child)
                elif on_delete == "SET NULL":
                    self.update(child, **{column: None})
        self.store.conn.execute(f"DELETE FROM [{table}] WHERE id = ?", (record.id,))
        self._log(table, record.id, "delete", old=json.dumps(row[0], ensure_ascii=False))

    def apply_inverse(self, entry: ChangeLogEntry) -> None:
        cls = CLASSES_BY_TABLE[entry.table_name]
        conn = self.store.conn
        if entry.action == "insert":
            self.delete(self.store.get(cls, entry.row_id))
        elif entry.action == "delete":
            assert entry.old_value is not None  # a delete always logs the row it removed
            row = json.loads(entry.old_value)
            self.insert(from_row(cls, row))
        elif entry.action == "update":
            old = None if entry.old_value is None else json.loads(entry.old_value)
            current = conn.execute(f"SELECT [{entry.field}] FROM [{entry.table_name}] WHERE id = ?", (entry.row_id,))
            before = current.fetchone()
            conn.execute(
                f"UPDATE [{entry.table_name}] SET [{entry.field}] = ?, updated_at = ? WHERE id = ?",
                (old, utc_now(), entry.row_id),
            )
            self._log(entry.table_name, entry.row_id, "update", entry.field, _text(before[0] if before else None))


@cache
def _columns(cls: type) -> frozenset[str]:
    return frozenset(column_names(cls))


def _equality(cls: type, equals: dict) -> tuple[list[str], list]:
    """``column = ?`` clauses for keyword filters; values encoded as stored (dates, enums, booleans)."""
    clauses, values = [], []
    for name, value in equals.items():
        if name not in _columns(cls):
            raise ValueError(f"{cls.__name__} has no column {name!r}")
        if value is None:
            clauses.append(f"[{name}] IS NULL")
        elif isinstance(value, (list, tuple, set, frozenset)):
            items = [encode_value(cls, name, item) for item in value]
            clauses.append(f"[{name}] IN ({','.join('?' * len(items))})" if items else "0")
            values.extend(items)
        else:
            clauses.append(f"[{name}] = ?")
            values.append(encode_value(cls, name, value))
    return clauses, values


_ORDER_TERM = re.compile(r"\s*(\w+)(\s+(?:ASC|DESC))?\s*", re.IGNORECASE)


@lru_cache(maxsize=256)
def _ordering_checked(cls: type, order_by: str) -> str:
    for term in order_by.split(","):
        match = _ORDER_TERM.fullmatch(term)
        if match is None or match.group(1) not in _columns(cls):
            raise ValueError(f"order_by names columns of {cls.__name__} (with ASC/DESC): {order_by!r}")
    return order_by


def _ordering(cls: type, order_by: str) -> str:
    return _ordering_checked(cls, order_by)


def _text(value) -> str | None:
    """Log values as JSON so that numbers, text and NULL survive the round trip."""
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _fetch_dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]
