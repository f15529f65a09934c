"""When a write fails because of the disk, not the data: full, read-only, or gone.

:meth:`app.storage.store.Store.operation` turns SQLite's "database or disk is full", "attempt to write a
readonly database" and "disk I/O error" into a :class:`WriteFailedError` with a clear message. The
transaction has been rolled back, so what was stored before is untouched; the user interface keeps the
edit in memory and offers to try again.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.i18n import tr
from app.storage.errors import StorageError

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14


class WriteFailedError(StorageError):
    """The change could not be written and was rolled back. ``reason``: "full", "readonly" or "gone"."""

    reason = "unknown"


class DiskFullError(WriteFailedError):
    reason = "full"


class ReadOnlyError(WriteFailedError):
    reason = "readonly"


class DriveGoneError(WriteFailedError):
    reason = "gone"


def classify(error: BaseException) -> type[WriteFailedError] | None:
    """The kind of write failure behind a sqlite3/sqlcipher3 error, or None for any other error."""
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary == SQLITE_FULL:
            return DiskFullError
        if primary == SQLITE_READONLY:
            return ReadOnlyError
        if primary in (SQLITE_IOERR, SQLITE_CANTOPEN):
            return DriveGoneError
    if type(error).__name__ not in ("OperationalError", "DatabaseError"):
        return None
    text = str(error).lower()
    if "database or disk is full" in text or "disk is full" in text:
        return DiskFullError
    if "readonly" in text or "read-only" in text:
        return ReadOnlyError
    if "disk i/o error" in text or "unable to open database file" in text:
        return DriveGoneError
    return None


def write_failed(kind: type[WriteFailedError], path: Path) -> WriteFailedError:
    """The error for the user, naming the file and saying what to do."""
    if kind is DiskFullError:
        message = tr(
            "storage",
            "The change could not be saved because the disk with “{name}” is full. Nothing already saved "
            "has been lost, and your change is kept on the screen. Free some space (empty the recycle bin, "
            "delete large files), then try again.",
        )
    elif kind is ReadOnlyError:
        message = tr(
            "storage",
            "The change could not be saved because “{name}” or its folder cannot be written to (read-only). "
            "Nothing already saved has been lost, and your change is kept on the screen. Check that the USB "
            "stick or network folder allows writing, then try again.",
        )
    else:
        message = tr(
            "storage",
            "The change could not be saved because the drive with “{name}” cannot be reached (a USB stick "
            "pulled out or a network folder gone?). Nothing already saved has been lost, and your change is "
            "kept on the screen. Reconnect the drive, then try again.",
        )
    return kind(message.format(name=path.name))


def os_error_message(error: OSError) -> str:
    """A full disk, a read-only place and a missing folder told apart (for writing files beside the file)."""
    name = Path(error.filename).name if getattr(error, "filename", None) else tr("storage", "the file")
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        return tr("storage", "“{name}” could not be written because the disk is full. Free some space, then try "
                             "again. Nothing already saved has been lost.").format(name=name)
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return tr("storage", "“{name}” could not be written because the place is read-only or you may not write "
                             "there. Choose another folder, or ask the school's IT support.").format(name=name)
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return tr("storage", "“{name}” could not be written because the folder does not exist (a USB stick pulled "
                             "out?). Choose a folder that exists.").format(name=name)
    return tr("storage", "“{name}” could not be written ({reason}). Check the disk, then try again.").format(
        name=name, reason=error.strerror or type(error).__name__
    )


def open_failed(kind: type[WriteFailedError], path: Path) -> WriteFailedError:
    """Opening (upgrading, starting the WAL) failed because of the disk, not because the file is damaged."""
    if kind is DiskFullError:
        message = tr("storage", "“{name}” could not be opened because the disk is full. Free some space (empty "
                                "the recycle bin, delete large files), then open it again. The file is unchanged.")
    elif kind is ReadOnlyError:
        message = tr("storage", "“{name}” could not be opened for writing because the file or its folder is "
                                "read-only. Copy the file to a folder you can write in, and open it there.")
    else:
        message = tr("storage", "“{name}” could not be opened because the drive cannot be reached (a USB stick "
                                "pulled out or a network folder gone?). Reconnect the drive, then try again.")
    return kind(message.format(name=path.name))
