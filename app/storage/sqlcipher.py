"""The SQLite/SQLCipher plumbing in one place: connecting (plain or with a key), quoting a passphrase,
changing the key, the "does it open" probe, and the files SQLite keeps beside a database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def _database_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [sqlite3.DatabaseError]
    try:
        import sqlcipher3

        errors.append(sqlcipher3.DatabaseError)
    except ImportError:  # pragma: no cover - sqlcipher3 is a dependency
        pass
    return tuple(errors)


DATABASE_ERRORS = _database_errors()


def quote(text: str) -> str:
    """``text`` as an SQL string literal (a passphrase in ``PRAGMA key``, a path in ``ATTACH``)."""
    return "'" + text.replace("'", "''") + "'"


def side_files(path: Path) -> list[Path]:
    """The files SQLite may keep beside ``path`` (write-ahead log, shared memory, rollback journal)."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def remove_side_files(path: Path) -> None:
    for side in side_files(path):
        side.unlink(missing_ok=True)


def is_plain_sqlite(path: Path) -> bool:
    """The file starts with SQLite's header (or is empty): not encrypted."""
    with open(path, "rb") as handle:
        header = handle.read(16)
    return header == SQLITE_HEADER or header == b""


def key(conn, passphrase: str) -> None:
    """Give an SQLCipher connection its key (quiet: a wrong passphrase is our message, not noise on stderr)."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = " + quote(passphrase))


def rekey(conn, passphrase: str) -> None:
    """Encrypt the open database with a new passphrase."""
    conn.execute("PRAGMA rekey = " + quote(passphrase))


def connect(path: Path | str, passphrase: str | None = None, *, uri: bool = False, cipher: bool = False):
    """A connection in autocommit mode (transactions are explicit), keyed when ``passphrase`` is given.
    ``uri``: ``path`` is a ``file:`` URI (read-only and immutable opens). ``cipher``: an SQLCipher connection
    even without a key (for ``sqlcipher_export``)."""
    if passphrase or cipher:
        import sqlcipher3

        conn = sqlcipher3.connect(str(path), uri=uri, isolation_level=None, check_same_thread=False)
        if passphrase:
            key(conn, passphrase)
        else:
            conn.execute("PRAGMA cipher_log_level = NONE")
        return conn
    return sqlite3.connect(str(path), uri=uri, isolation_level=None, check_same_thread=False)


def probe(conn) -> None:
    """Read the schema: raises one of :data:`DATABASE_ERRORS` when the key is wrong or the file is not SQLite."""
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def opens(conn) -> bool:
    """Does the connection read its file (the right key, a real database)?"""
    try:
        probe(conn)
        return True
    except DATABASE_ERRORS:
        return False


def opens_with(path: Path, passphrase: str | None) -> bool:
    """Does ``passphrase`` open the file at ``path``?"""
    conn = connect(path, passphrase)
    try:
        return opens(conn)
    finally:
        conn.close()


def table_counts(conn) -> dict[str, int]:
    """Rows per table, for every table the database has (SQLite's own tables left out). Through sqlite-utils,
    imported here only (it costs start-up time: not for the first window's path)."""
    import sqlite_utils

    db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    return {name: db[name].count for name in sorted(db.table_names()) if not name.startswith("sqlite_")}


def connection_of(store_or_conn):
    """The SQLite connection of an open store (or the connection itself): storage functions take either, so
    the layers above never hold a raw connection."""
    return getattr(store_or_conn, "conn", store_or_conn)
