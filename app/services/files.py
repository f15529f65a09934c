"""Opening, creating and checking conference files."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.base import RuleError
from app.i18n import tr
from app.services.school import create_school
from app.storage import lock as lock_module
from app.storage.database import (
    FILE_SUFFIX,
    _connect,
    backup_file,
    damaged_message,
    new_file_id,
    open_database,
    open_read_only,
    quick_check_failed,
    table_counts,
)
from app.storage.errors import StorageError
from app.storage.migrations import LATEST_VERSION
from app.storage.store import Store
from app.storage.write_errors import os_error_message


def open_file(
    path: str | Path, passphrase: str | None = None, *, take_over_lock: bool = False, quick_check: bool = True
) -> Store:
    """Open a file for work. ``quick_check=False`` skips the integrity check on open (the window runs it in
    the background instead, see :func:`is_damaged`)."""
    return open_database(path, passphrase=passphrase, take_over_lock=take_over_lock, quick_check=quick_check)


def is_damaged(path: str | Path, passphrase: str | None = None) -> bool:
    """SQLite's quick integrity check on its own read-only connection (safe in a background thread)."""
    return quick_check_failed(path, passphrase)


def with_suffix(path: str | Path) -> Path:
    """Add the ``.klassekonference`` ending to a path that has none."""
    path = Path(path)
    return path if path.suffix else path.with_name(path.name + FILE_SUFFIX)


def new_file(path: str | Path, school_name: str, passphrase: str | None = None) -> Path:
    """Make an empty file for one school. Nothing is left behind if it fails."""
    if not school_name.strip():
        raise RuleError(tr("errors", "The school needs a name."))
    path = with_suffix(path)
    store = open_database(path, create=True, passphrase=passphrase)
    try:
        create_school(store, school_name)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    store.close()
    return path


@dataclass
class CheckReport:
    path: Path
    schema_version: int | None = None
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    notes: list[str] = field(default_factory=list)  # facts for the user: older version, not encrypted, locked

    @property
    def ok(self) -> bool:
        return self.error is None and not self.problems


def check_file(path: str | Path, passphrase: str | None = None) -> CheckReport:
    """Schema version, SQLite's integrity and foreign key checks, and the number of rows per table.

    Strictly read-only: the file is left byte for byte, nothing is created beside it, no lock is taken
    (who holds one is reported), and an older file is reported, not upgraded.
    """
    report = CheckReport(path=Path(path))
    try:
        store = open_read_only(path, passphrase)
    except StorageError as error:
        report.error = str(error)
        return report
    try:
        report.schema_version = store.version
        if store.version < LATEST_VERSION:
            report.notes.append(
                tr("storage", "File format {file} is older than this program's ({app}): the file is opened "
                              "and upgraded by the program.").format(file=store.version, app=LATEST_VERSION)
            )
        if passphrase and not store.encrypted:
            report.notes.append(tr("storage", "The file is not encrypted (the passphrase was not needed)."))
        holder = lock_module.read_lock(report.path)
        if holder is not None:
            report.notes.append(
                tr("storage", "The file is open: {holder}.").format(holder=lock_module.describe_holder(holder))
            )
        report.problems = store.integrity_problems()
        report.counts = table_counts(store)
    except Exception:  # a damaged page can surface only while reading
        report.error = damaged_message(report.path.name)
    finally:
        store.conn.close()
    return report


def save_copy(store_or_path, out: str | Path, passphrase: str | None = None) -> Path:
    """A complete, consistent copy (SQLite's backup API, so recent work still in the ``-wal`` is included),
    encrypted like the original. ``store_or_path``: the open store, or a file's path (read without a lock,
    also while the program has it open). ``out`` must not exist; nothing is left there if it fails."""
    out = with_suffix(out)
    if out.exists():
        raise StorageError(tr("storage", "“{name}” already exists. Choose another name.").format(name=out.name))
    if isinstance(store_or_path, Store):
        store, close = store_or_path, False
        passphrase = store._passphrase if store.encrypted else None
    else:
        store, close = open_read_only(store_or_path, passphrase), True
        passphrase = passphrase if store.encrypted else None
    temporary = out.with_name(f".{out.name}.copying.tmp")
    try:
        backup_file(store.conn, temporary, passphrase)
        copy = _connect(temporary, passphrase)
        try:
            new_file_id(copy)  # another file now: its own backups
        finally:
            copy.close()
        for sidecar in ("-wal", "-shm", "-journal"):
            temporary.with_name(temporary.name + sidecar).unlink(missing_ok=True)
        os.replace(temporary, out)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise StorageError(os_error_message(error)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        if close:
            store.conn.close()
    return out


def failure_message(error: BaseException) -> str | None:
    """A message for the user for a database or disk error that got past a command, or None."""
    from app.storage.database import DATABASE_ERRORS
    from app.storage.write_errors import classify, os_error_message, write_failed

    if isinstance(error, DATABASE_ERRORS):
        kind = classify(error)
        if kind is not None:
            return str(write_failed(kind, Path(tr("storage", "the file"))))
        return tr(
            "storage",
            "The file could not be read: it is damaged. Nothing more has been written to it. Restore the newest "
            "backup (in the program: File › Restore from backup…), or contact the school's IT support.",
        )
    if isinstance(error, OSError):
        return os_error_message(error)
    return None
