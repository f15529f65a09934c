"""Opening the conference file: the one place that connects, encrypts, checks the version and migrates."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from app import __version__
from app.domain.base import utc_now
from app.domain.passphrase import clean_passphrase_text
from app.i18n import tr
from app.storage import lock as lock_module, migrations, sqlcipher
from app.storage.errors import (
    DamagedFileError,
    FileExistsAlreadyError,
    FileMissingError,
    MigrationError,
    NewerVersionError,
    NotAConferenceFileError,
    PassphraseNeededError,
    StorageError,
    WrongPassphraseError,
)
from app.storage.store import Store
from app.storage.write_errors import classify, open_failed

FILE_SUFFIX = ".klassekonference"
DATABASE_ERRORS = sqlcipher.DATABASE_ERRORS
# Older names of what now lives in app.storage.sqlcipher (kept for callers on other branches).
_connect = sqlcipher.connect
_is_plain_sqlite = sqlcipher.is_plain_sqlite


def _probe(conn, path: Path, passphrase: str | None) -> None:
    try:
        sqlcipher.probe(conn)
    except Exception as error:  # sqlite3.DatabaseError or sqlcipher3.DatabaseError
        if passphrase:
            raise WrongPassphraseError(
                tr("storage", "The passphrase does not open “{name}”. Check the passphrase and try again.").format(
                    name=path.name
                )
            ) from error
        raise DamagedFileError(
            tr("storage", "“{name}” cannot be read: it is damaged, or it is not a Klassekonference file.").format(
                name=path.name
            )
        ) from error


def private_file(path: Path) -> Path:
    """Create ``path`` empty and readable by its owner only (0600; SQLite gives its -wal and -shm the same
    mode). An existing file is tightened to 0600 where we may. On Windows the user's own folder protects it."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
    except FileExistsError:
        pass
    if os.name == "posix":
        try:
            os.chmod(path, 0o600)
        except OSError:
            pass
    return path


_FILE_IDS: dict[str, str] = {}  # resolved path -> the file id read from it, for files opened in this process


def _remember_file_id(conn, path: Path, *, assign: bool) -> str | None:
    """The file's id in ``app_meta`` (backups are kept per id, not per name). ``assign``: give a file
    that has none an id (a writable open); read-only opens only read it."""
    try:
        row = conn.execute("SELECT value FROM app_meta WHERE key = 'file_id'").fetchone()
    except DATABASE_ERRORS:
        return None
    file_id = row[0] if row else None
    if file_id is None and assign:
        import uuid

        file_id = uuid.uuid4().hex
        conn.execute("INSERT OR IGNORE INTO app_meta (key, value) VALUES ('file_id', ?)", (file_id,))
        file_id = conn.execute("SELECT value FROM app_meta WHERE key = 'file_id'").fetchone()[0]
    if file_id:
        _FILE_IDS[str(path.resolve())] = file_id
    return file_id


def file_id_of(path: str | Path) -> str | None:
    """The id of the conference file ``path``: known from opening it, or read from a plain file (read-only)."""
    path = Path(path)
    known = _FILE_IDS.get(str(path.resolve()))
    if known or not path.is_file() or not sqlcipher.is_plain_sqlite(path) or path.stat().st_size == 0:
        return known
    wal = path.with_name(path.name + "-wal")
    try:
        conn = sqlcipher.connect(path.resolve().as_uri() + ("?mode=ro" if wal.exists() else "?immutable=1"), uri=True)
    except sqlite3.Error:
        return None
    try:
        return _remember_file_id(conn, path, assign=False)
    finally:
        conn.close()


def new_file_id(conn) -> None:
    """Give a copy its own id (a copy is another file: its backups must not mix with the original's)."""
    import uuid

    conn.execute("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('file_id', ?)", (uuid.uuid4().hex,))


def damaged_message(name: str) -> str:
    return tr(
        "storage",
        "“{name}” is damaged, so nothing has been written to it. Restore the newest backup (in the program: "
        "File › Restore from backup…), or keep the file and contact the school's IT support.",
    ).format(name=name)


def _quick_check(conn, path: Path) -> None:
    """SQLite's quick integrity check (pages and structure, not every index entry): a damaged file is refused
    before anything writes into it."""
    try:
        rows = [row[0] for row in conn.execute("PRAGMA quick_check(5)").fetchall()]
    except DATABASE_ERRORS as error:
        raise DamagedFileError(damaged_message(path.name)) from error
    if rows != ["ok"]:
        raise DamagedFileError(damaged_message(path.name))


def backup_file(conn, destination: Path, passphrase: str | None = None) -> Path:
    """A consistent copy of the open database (SQLite's backup API), encrypted like the source. ``conn``: an
    open store or its connection."""
    conn = sqlcipher.connection_of(conn)
    target = sqlcipher.connect(private_file(destination), passphrase)
    try:
        conn.backup(target)
    finally:
        target.close()
    return destination


def write_copy(store: Store, destination: Path) -> Path:
    """A complete copy of the open (or read-only) store at the new path ``destination``, encrypted like the
    file, with its own file id (a copy is another file: its backups must not mix with the original's)."""
    passphrase = store.passphrase if store.encrypted else None
    backup_file(store.conn, destination, passphrase)
    copy = sqlcipher.connect(destination, passphrase)
    try:
        new_file_id(copy)
    finally:
        copy.close()
    sqlcipher.remove_side_files(destination)
    return destination


def _migration_backup_path(path: Path, from_version: int) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem} (før opgradering fra v{from_version} {stamp}){path.suffix}")


def _check(conn, path: Path) -> int:
    """Is this our file, and can this version read it? Reads only: a refused file is left byte for byte."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    table_count = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    if app_id != migrations.APPLICATION_ID and not (app_id == 0 and version == 0 and table_count == 0):
        raise NotAConferenceFileError(
            tr("storage", "“{name}” is not a Klassekonference file. Choose another file.").format(name=path.name)
        )
    if version > migrations.LATEST_VERSION:
        raise NewerVersionError(
            tr(
                "storage",
                "“{name}” was saved by a newer version of Klassekonference (file format {file}, this "
                "program reads up to {app}). Install the newest version to open it; the file has not been changed.",
            ).format(name=path.name, file=version, app=migrations.LATEST_VERSION),
            file_version=version,
            app_version=migrations.LATEST_VERSION,
        )
    return version


def _migrate(conn, path: Path, version: int, passphrase: str | None, *, new: bool) -> None:
    todo = migrations.pending(version)
    if not todo:
        return
    if version > 0 and not new:
        backup_file(conn, _migration_backup_path(path, version), passphrase)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number, _description, migrate in todo:
            migrate(conn)
            conn.execute(f"PRAGMA user_version = {int(number)}")
        conn.execute(f"PRAGMA application_id = {migrations.APPLICATION_ID}")
        now = utc_now()
        if version == 0:
            conn.execute("INSERT INTO app_meta (key, value) VALUES ('created_at', ?)", (now,))
            conn.execute("INSERT INTO app_meta (key, value) VALUES ('created_with', ?)", (__version__,))
        conn.execute("INSERT OR REPLACE INTO app_meta (key, value) VALUES ('migrated_with', ?)", (__version__,))
        conn.execute("COMMIT")
    except Exception as error:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationError(
            tr(
                "storage",
                "“{name}” could not be upgraded to this version of Klassekonference, so it has not been changed. "
                "Keep the file and contact the school's IT support.",
            ).format(name=path.name)
        ) from error
    if not new:
        _compact(conn)


def _compact(conn) -> None:
    """Give the space a migration freed back to the disk (migration 6 shrinks the change log to a third);
    a failure only leaves the file larger than it needs to be."""
    free = conn.execute("PRAGMA freelist_count").fetchone()[0]
    total = conn.execute("PRAGMA page_count").fetchone()[0]
    if free < 256 or free * 4 < total:
        return
    try:
        conn.execute("VACUUM")
    except DATABASE_ERRORS as error:
        logging.getLogger(__name__).warning("vacuum after migrating failed: %s", type(error).__name__)


def open_database(
    path: str | Path,
    *,
    passphrase: str | None = None,
    create: bool = False,
    take_over_lock: bool = False,
    lock: bool = True,
    quick_check: bool = True,
) -> Store:
    """Open (or with ``create=True`` make) a conference file.

    Enables WAL and foreign keys, refuses files from a newer version, backs up and migrates older ones.
    Raises a :class:`app.storage.errors.StorageError` with a message for the user.

    The file is locked for writing by this process (``<name>.lock`` beside it, see :mod:`app.storage.lock`):
    a file open in another running copy raises :class:`app.storage.lock.FileLockedError` saying who has it
    open since when. A stale lock from a crashed copy on this computer is taken over at once; one that may
    belong to a sleeping computer only with ``take_over_lock=True`` (ask the user first). ``lock=False``
    reads without a lock (for checking a file); the store must then not be written to.
    """
    path = Path(path)
    if passphrase:
        clean_passphrase_text(passphrase)  # whitespace only or a NUL: refused before anything is created
    if create and path.exists():
        raise FileExistsAlreadyError(
            tr("storage", "“{name}” already exists. Choose another name.").format(name=path.name)
        )
    if not create and not path.is_file():
        raise FileMissingError(tr("storage", "The file “{path}” does not exist.").format(path=path))
    if not create and passphrase and path.stat().st_size > 0 and sqlcipher.is_plain_sqlite(path):
        passphrase = None  # a plain file given a passphrase (one set for every command) opens as what it is
    if not create and not passphrase and not sqlcipher.is_plain_sqlite(path):
        raise PassphraseNeededError(
            tr(
                "storage",
                "“{name}” is encrypted or damaged. If it is encrypted, give its passphrase.",
            ).format(name=path.name)
        )
    handle = lock_module.acquire(path, take_over=take_over_lock) if lock else None
    try:
        if create:
            private_file(path)
        conn = sqlcipher.connect(path, passphrase)
    except BaseException:
        if handle is not None:
            handle.release()
        raise
    try:
        _probe(conn, path, passphrase)
        if not create and quick_check:
            _quick_check(conn, path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        version = _check(conn, path)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, path, version, passphrase, new=create)
        _remember_file_id(conn, path, assign=True)
    except DATABASE_ERRORS as error:
        conn.close()
        if handle is not None:
            handle.release()
        if create:
            path.unlink(missing_ok=True)
        kind = classify(error)
        if kind is not None:  # a full disk or a read-only folder is not a damaged file
            raise open_failed(kind, path) from error
        raise DamagedFileError(
            tr("storage", "“{name}” cannot be read: it is damaged, or it is not a Klassekonference file.").format(
                name=path.name
            )
        ) from error
    except BaseException:
        conn.close()
        if handle is not None:
            handle.release()
        if create:
            path.unlink(missing_ok=True)
        raise
    return Store(conn, path, encrypted=bool(passphrase), passphrase=passphrase or None, lock=handle)


def open_read_only(path: str | Path, passphrase: str | None = None) -> Store:
    """Open an existing file for reading only, changing nothing and creating nothing beside it.

    Never migrates, never converts, takes no lock. A file without a ``-wal`` beside it is opened
    ``immutable`` (SQLite then creates no ``-wal``/``-shm``); otherwise ``mode=ro`` reads the WAL too.
    A plain file given a passphrase is opened as plain (``store.encrypted`` says which). The store's
    ``version`` attribute holds the file's format version (it may be older than this program's).
    """
    path = Path(path)
    if not path.is_file():
        raise FileMissingError(tr("storage", "The file “{path}” does not exist.").format(path=path))
    if path.stat().st_size == 0:
        raise NotAConferenceFileError(
            tr(
                "storage", "“{name}” is empty (0 bytes): it is not a Klassekonference file. It has not been changed."
            ).format(name=path.name)
        )
    plain = sqlcipher.is_plain_sqlite(path)
    if not plain and not passphrase:
        raise PassphraseNeededError(
            tr("storage", "“{name}” is encrypted or damaged. If it is encrypted, give its passphrase.").format(
                name=path.name
            )
        )
    wal = path.with_name(path.name + "-wal")
    uri = path.resolve().as_uri() + ("?mode=ro" if wal.exists() else "?immutable=1")
    if not plain:
        clean_passphrase_text(passphrase or "")  # not empty: refused above
    conn = sqlcipher.connect(uri, None if plain else passphrase, uri=True)
    try:
        _probe(conn, path, None if plain else passphrase)
        version = _check(conn, path)
        if version == 0:
            raise NotAConferenceFileError(
                tr("storage", "“{name}” is not a Klassekonference file. Choose another file.").format(name=path.name)
            )
    except DATABASE_ERRORS as error:
        conn.close()
        raise DamagedFileError(
            tr("storage", "“{name}” cannot be read: it is damaged, or it is not a Klassekonference file.").format(
                name=path.name
            )
        ) from error
    except BaseException:
        conn.close()
        raise
    store = Store(conn, path, encrypted=not plain, passphrase=None if plain else passphrase, lock=None)
    store.version = version
    _remember_file_id(conn, path, assign=False)
    return store


def quick_check_failed(path: str | Path, passphrase: str | None = None) -> bool:
    """SQLite's quick integrity check on its own read-only connection (safe in a background thread)."""
    try:
        store = open_read_only(path, passphrase)
    except StorageError:
        return True
    try:
        return [row[0] for row in store.conn.execute("PRAGMA quick_check(5)").fetchall()] != ["ok"]
    except DATABASE_ERRORS:
        return True
    finally:
        store.close(checkpoint=False)


def table_counts(store: Store) -> dict[str, int]:
    """Rows per table, for every table the file has (an older file has fewer)."""
    return sqlcipher.table_counts(store.conn)
