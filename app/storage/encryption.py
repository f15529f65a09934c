"""Encryption at rest (SQLCipher): new encrypted files, encrypting a plain file in place, a new passphrase.

A new encrypted file is ``open_database(path, create=True, passphrase=...)``. An unencrypted file (the
demo) still opens, and :func:`encrypt_in_place` turns it into an encrypted one without risking it: the
encrypted copy is written beside it and checked, the original is kept until the copy has replaced it,
and any failure leaves the original as it was.
"""

from __future__ import annotations

import hmac
import logging
import os
import shutil
from pathlib import Path

from app.domain.passphrase import clean_passphrase_text
from app.i18n import tr
from app.storage import lock as lock_module, migrations, sqlcipher
from app.storage.database import DATABASE_ERRORS, open_database, private_file
from app.storage.errors import DamagedFileError, NotAConferenceFileError, StorageError, WrongPassphraseError
from app.storage.store import Store

log = logging.getLogger(__name__)


class EncryptionError(StorageError):
    """Encrypting or changing the passphrase failed; the file is as it was before."""


def is_encrypted(path: str | Path) -> bool:
    """True for an existing file that is not plain SQLite (encrypted, or damaged beyond its header)."""
    path = Path(path)
    return path.is_file() and not sqlcipher.is_plain_sqlite(path)


def create_encrypted(path: str | Path, passphrase: str) -> Store:
    """Make a new, empty, encrypted conference file and open it."""
    if not passphrase:
        raise EncryptionError(tr("storage", "Choose a passphrase for the file."))
    clean_passphrase_text(passphrase)
    return open_database(path, passphrase=passphrase, create=True)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _verify(path: Path, passphrase: str | None, expected: dict[str, int] | None = None) -> None:
    """The file opens with the passphrase, SQLite's integrity check is ok, and (optionally) no row is missing."""
    conn = sqlcipher.connect(path, passphrase)
    try:
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            raise DamagedFileError(tr("storage", "The encrypted copy failed the integrity check."))
        if conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
            raise DamagedFileError(tr("storage", "The encrypted copy is not a Klassekonference file."))
        if expected is not None and sqlcipher.table_counts(conn) != expected:
            raise DamagedFileError(tr("storage", "The encrypted copy does not hold every row of the original."))
    finally:
        conn.close()


def export_encrypted(source: Path, target: Path, passphrase: str, source_passphrase: str | None = None,
                     progress=None) -> None:
    """Write an encrypted copy of ``source`` to the new file ``target`` (SQLCipher's ``sqlcipher_export``),
    and check it holds every row. ``source`` may be plain or encrypted with ``source_passphrase``.
    ``progress(bytes_written)`` is called now and then while the copy is written (from this thread)."""
    conn = sqlcipher.connect(source, source_passphrase or None, cipher=True)  # the export needs SQLCipher's own
    if progress is not None:
        conn.set_progress_handler(lambda: _report_size(target, progress), PROGRESS_EVERY)
    try:
        try:
            counts = sqlcipher.table_counts(conn)
        except DATABASE_ERRORS as error:
            raise WrongPassphraseError(
                tr("storage", "The passphrase does not open “{name}”. Check the passphrase and try again.").format(
                    name=source.name
                )
            ) from error
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != migrations.APPLICATION_ID:
            raise NotAConferenceFileError(
                tr("storage", "“{name}” is not a Klassekonference file. Choose another file.").format(name=source.name)
            )
        private_file(target)
        conn.execute(f"ATTACH DATABASE {sqlcipher.quote(str(target))} AS encrypted KEY {sqlcipher.quote(passphrase)}")
        try:
            conn.execute("SELECT sqlcipher_export('encrypted')")
            conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            conn.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        finally:
            conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    _verify(target, passphrase, counts)


PROGRESS_EVERY = 200  # SQLite virtual machine steps between two progress reports (a cheap stat() each)


def _report_size(target: Path, progress) -> int:
    try:
        progress(target.stat().st_size)
    except OSError:
        pass
    return 0  # go on


def encrypt_in_place(path: str | Path, passphrase: str, progress=None) -> Path:
    """Encrypt the unencrypted conference file ``path`` under ``passphrase``.

    The file must not be open (in this window or in another copy of the app). Steps: an encrypted copy is
    written beside the file and verified (opens, integrity check ok, same rows); the original is kept as
    ``<name> (ukrypteret original).klassekonference`` while the copy atomically replaces it; the result is
    verified once more; only then is the unencrypted original removed. On any failure the original is left
    (or put back) as it was, and :class:`EncryptionError` or another StorageError is raised.
    """
    path = Path(path)
    if not passphrase:
        raise EncryptionError(tr("storage", "Choose a passphrase for the file."))
    clean_passphrase_text(passphrase)
    if not path.is_file():
        raise StorageError(tr("storage", "The file “{path}” does not exist.").format(path=path))
    if not sqlcipher.is_plain_sqlite(path):
        raise EncryptionError(tr("storage", "“{name}” is already encrypted.").format(name=path.name))
    handle = lock_module.acquire(path, exclusive=True)
    temporary = path.with_name(f".{path.name}.encrypting.tmp")
    original = _original_name(path)
    replaced = False
    try:
        _remove(temporary)
        _checkpoint_plain(path)
        export_encrypted(path, temporary, passphrase, progress=progress)
        _remove_if_empty_sidecars(path)
        _keep_original(path, original)
        os.replace(temporary, path)
        replaced = True
        _fsync_folder(path.parent)
        _verify(path, passphrase)
    except BaseException as error:
        _remove(temporary)
        if replaced and original.exists():
            for sidecar in sqlcipher.side_files(path):
                _remove(sidecar)
            os.replace(original, path)
        elif original.exists():
            _remove(original)
        handle.release()
        log.error("encrypting in place failed: %s", type(error).__name__)
        if isinstance(error, StorageError) or not isinstance(error, Exception):
            raise
        raise EncryptionError(
            tr(
                "storage",
                "“{name}” could not be encrypted, so it has been left unencrypted and unchanged. Check that there "
                "is free space on the disk, then try again.",
            ).format(name=path.name)
        ) from error
    _wipe(original)
    try:
        encrypt_plaintext_copies(path, passphrase)
    finally:
        handle.release()
    log.info("file encrypted in place")
    return path


def _original_name(path: Path) -> Path:
    return path.with_name(f"{path.stem} ({tr('storage', 'unencrypted original')}){path.suffix}")


def plaintext_copies(path: str | Path) -> list[Path]:
    """Unencrypted copies of the conference file ``path`` that the program made beside it and knows of:
    upgrade copies ("<name> (før opgradering fra v1 …)") and an original left by an interrupted encryption
    ("<name> (ukrypteret original)"). Only those that really are plain SQLite are listed."""
    path = Path(path)
    if not path.parent.is_dir():
        return []
    names = {_original_name(path).name}
    found = []
    for item in sorted(path.parent.iterdir()):
        upgrade = item.name.startswith(f"{path.stem} (før opgradering fra v") and item.suffix == path.suffix
        if (item.name in names or upgrade) and item.is_file() and item != path and sqlcipher.is_plain_sqlite(item) \
                and item.stat().st_size > 0:
            found.append(item)
    return found


def remove_plaintext(paths: list[Path]) -> None:
    """Overwrite and remove unencrypted copies (and their -wal/-shm)."""
    for item in paths:
        for sidecar in sqlcipher.side_files(item):
            _wipe(sidecar)
        _wipe(item)


def encrypt_plaintext_copies(path: str | Path, passphrase: str) -> int:
    """After ``path`` was encrypted: its upgrade copies are encrypted too (or removed if that fails), and a
    leftover unencrypted original is removed. Returns how many copies were encrypted."""
    path = Path(path)
    done = 0
    for item in plaintext_copies(path):
        if item == _original_name(path):
            remove_plaintext([item])
            continue
        temporary = item.with_name(f".{item.name}.encrypting.tmp")
        try:
            _remove(temporary)
            _checkpoint_plain(item)
            export_encrypted(item, temporary, passphrase)
            wipe_target = item.with_name(f".{item.name}.wipe.tmp")
            try:
                os.link(item, wipe_target)  # keeps the plaintext bytes reachable, to overwrite them after
            except OSError:
                pass
            os.replace(temporary, item)
            if wipe_target.exists():
                _wipe(wipe_target)
            done += 1
        except Exception as error:  # cannot encrypt it: it must not stay in plaintext
            log.warning("encrypting an upgrade copy failed (%s); removing it", type(error).__name__)
            _remove(temporary)
            remove_plaintext([item])
    return done


def _checkpoint_plain(path: Path) -> None:
    """Fold the WAL of a closed plain file into it, so the original kept aside is complete on its own."""
    conn = sqlcipher.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _remove_if_empty_sidecars(path: Path) -> None:
    for sidecar in sqlcipher.side_files(path):
        if sidecar.exists() and sidecar.name.endswith("-wal") and sidecar.stat().st_size > 0:
            raise EncryptionError(
                tr("storage", "“{name}” is in use by another program. Close it, then try again.").format(name=path.name)
            )
        _remove(sidecar)


def _keep_original(path: Path, original: Path) -> None:
    _remove(original)
    try:
        os.link(path, original)  # the same bytes under a second name, until the encrypted file has replaced it
    except OSError:
        shutil.copy2(path, original)


def _wipe(path: Path) -> None:
    """Remove the unencrypted original. Overwritten first where the file system allows (best effort)."""
    try:
        if path.stat().st_nlink == 1:
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
                os.fsync(handle.fileno())
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        log.warning("unencrypted original could not be removed: %s", type(error).__name__)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def verify_passphrase(store: Store, candidate: str) -> bool:
    """Does ``candidate`` open ``store``'s file? (For the lock screen; an unencrypted file has no passphrase.)"""
    if not store.encrypted:
        return True
    known = store.passphrase
    if known is not None:
        return hmac.compare_digest(candidate.encode("utf-8"), known.encode("utf-8"))
    return sqlcipher.opens_with(store.path, candidate)


def change_passphrase(store: Store, new_passphrase: str) -> None:
    """Give the open encrypted file a new passphrase (SQLCipher's ``PRAGMA rekey``), checked afterwards."""
    if not store.encrypted:
        raise EncryptionError(
            tr("storage", "“{name}” is not encrypted. Encrypt it first.").format(name=store.path.name)
        )
    if not new_passphrase:
        raise EncryptionError(tr("storage", "Choose a passphrase for the file."))
    clean_passphrase_text(new_passphrase)
    if store.in_operation:
        raise EncryptionError(tr("storage", "Finish the current change first, then change the passphrase."))
    if store.lock is not None and store.lock.open_count > 1:
        raise EncryptionError(
            tr("storage", "“{name}” is open more than once in this program. Close the other windows first.").format(
                name=store.path.name
            )
        )
    try:
        store.checkpoint()
        sqlcipher.rekey(store.conn, new_passphrase)
    except DATABASE_ERRORS as error:
        log.error("rekey failed: %s", type(error).__name__)
        raise EncryptionError(
            tr(
                "storage",
                "The passphrase of “{name}” could not be changed; the old passphrase still opens it. Check that "
                "there is free space on the disk, then try again.",
            ).format(name=store.path.name)
        ) from error
    store.passphrase = new_passphrase
    _verify(store.path, new_passphrase)
    log.info("passphrase changed")
