"""Automatic backups of the conference file, made with SQLite's backup API and encrypted like the file.

Backups live in the user's data folder (``platformdirs.user_data_dir("Klassekonference")/backups/<file
stem>/``; the environment variable ``KLASSEKONFERENCE_BACKUP_DIR`` or a ``root`` argument chooses another
folder, e.g. in tests), one file per backup named by its local time and reason::

    2026-11-24 10.15.00 ved åbning.klassekonference

The GUI makes one when a file is opened (:meth:`AutoBackup.on_open`), every 10 minutes while there are
changes (:meth:`AutoBackup.tick`, from a QTimer) and when the file is closed (:meth:`AutoBackup.on_close`).
After each backup the folder is thinned to about 7 daily, 4 weekly and 12 monthly backups (and the
latest few from the last day). :func:`restore_backup` puts one back, keeping the current file as a backup.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.i18n import tr
from app.storage import lock as lock_module, migrations, sqlcipher
from app.storage.database import DATABASE_ERRORS, FILE_SUFFIX, file_id_of, private_file
from app.storage.errors import DamagedFileError, StorageError, WrongPassphraseError
from app.storage.store import Store

log = logging.getLogger(__name__)

APP_DIR_NAME = "Klassekonference"
BACKUP_DIR_ENV = "KLASSEKONFERENCE_BACKUP_DIR"
BACKUP_INTERVAL_MINUTES = 10

KEEP_RECENT = 10  # the newest backups of the last 24 hours (a meeting's 10-minute backups)
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12

# Reasons, written into the file name (so in Danish): what the user sees in the folder and the dialog.
REASON_OPEN = "open"
REASON_CLOSE = "close"
REASON_TIMER = "timer"
REASON_BEFORE_RESTORE = "before-restore"
REASON_MANUAL = "manual"

_STAMP_FORMAT = "%Y-%m-%d %H.%M.%S"
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}\.\d{2}\.\d{2})(?:-(\d+))?(?: (.*))?" + re.escape(FILE_SUFFIX) + "$")


def _reason_labels() -> dict[str, str]:
    return {
        REASON_OPEN: tr("backups", "when opened"),
        REASON_CLOSE: tr("backups", "when closed"),
        REASON_TIMER: tr("backups", "automatic"),
        REASON_BEFORE_RESTORE: tr("backups", "before restoring"),
        REASON_MANUAL: tr("backups", "manual"),
    }


def reason_label(reason: str) -> str:
    return _reason_labels().get(reason, reason)


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # local time, from the name
    reason: str  # the label in the name, e.g. "ved åbning"

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    @property
    def encrypted(self) -> bool:
        return not sqlcipher.is_plain_sqlite(self.path)


# -- where --------------------------------------------------------------------------------------------
def backup_root() -> Path:
    """The folder that holds every file's backup folder."""
    if os.environ.get(BACKUP_DIR_ENV):
        return Path(os.environ[BACKUP_DIR_ENV])
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)) / "backups"


def backup_folder(path: str | Path, root: str | Path | None = None) -> Path:
    """The folder with the backups of the conference file ``path``: ``<root>/<file stem> <id>``, keyed by
    the id stored in the file (``app_meta``), so two files with the same name never share backups.
    A file whose id is unknown (an old file never opened by this version) keeps ``<root>/<file stem>``."""
    base = Path(root) if root is not None else backup_root()
    file_id = file_id_of(path)
    if file_id:
        return base / f"{Path(path).stem} {file_id[:12]}"
    return base / Path(path).stem


def _new_name(folder: Path, moment: datetime, reason: str) -> Path:
    label = reason_label(reason)
    base = moment.strftime(_STAMP_FORMAT)
    taken = {item.name.split(" ", 2)[1] for item in folder.glob(f"{base[:10]} {base[11:]}*")}
    if base[11:] not in taken:
        return folder / f"{base} {label}{FILE_SUFFIX}"
    number = 2
    while f"{base[11:]}-{number}" in taken:  # several in one second keep their order
        number += 1
    return folder / f"{base}-{number} {label}{FILE_SUFFIX}"


def parse_backup_name(path: Path) -> Backup | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken = datetime.strptime(match.group(1), _STAMP_FORMAT)
    except ValueError:
        return None
    if match.group(2):
        taken += timedelta(microseconds=int(match.group(2)))  # keeps same-second backups in order
    return Backup(path=path, taken_at=taken, reason=match.group(3) or "")


def list_backups(path: str | Path, root: str | Path | None = None) -> list[Backup]:
    """The backups of the conference file ``path``, newest first."""
    folder = backup_folder(path, root)
    if not folder.is_dir():
        return []
    found = [parse_backup_name(item) for item in folder.iterdir() if item.is_file()]
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


# -- making -------------------------------------------------------------------------------------------
def make_backup(
    store: Store, reason: str = REASON_MANUAL, root: str | Path | None = None, now: datetime | None = None,
    thin: bool = True,
) -> Path:
    """Checkpoint the WAL, then copy the open file with SQLite's backup API into its backup folder,
    encrypted with the file's own key. Written under a temporary name first, so a crash never leaves a
    half backup that looks whole. Returns the backup's path."""
    try:
        store.checkpoint()
    except DATABASE_ERRORS as error:  # a busy reader: the backup API copies the WAL's content anyway
        log.info("checkpoint before backup skipped: %s", type(error).__name__)
    return _write_backup(store.conn, store.path, store.passphrase if store.encrypted else None, reason, root,
                         now, thin)


def make_backup_from_file(
    path: str | Path, passphrase: str | None, reason: str = REASON_MANUAL, root: str | Path | None = None,
    now: datetime | None = None, thin: bool = True,
) -> Path:
    """The same backup as :func:`make_backup`, read through a read-only connection of its own: safe in a
    background thread while the window goes on working on the file (WAL: the copy is the last committed
    state, and the window's writes are not held up). The connection is made and closed in the calling
    thread."""
    from app.storage.database import open_read_only

    source = open_read_only(path, passphrase)
    try:
        return _write_backup(source.conn, Path(path), passphrase if source.encrypted else None, reason, root,
                             now, thin)
    finally:
        source.conn.close()


def _write_backup(source, path: Path, passphrase: str | None, reason: str, root, now: datetime | None,
                  thin: bool) -> Path:
    folder = backup_folder(path, root)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    moment = now or datetime.now()
    target = _new_name(folder, moment, reason)
    temporary = folder / f".{uuid.uuid4().hex}.tmp"
    try:
        destination = sqlcipher.connect(private_file(temporary), passphrase)
        try:
            source.backup(destination)
        finally:
            destination.close()
        sqlcipher.remove_side_files(temporary)
        os.replace(temporary, target)
    except BaseException:
        _remove(temporary)
        raise
    log.info("backup made (%s)", reason)
    if thin:
        thin_backups(path, root, now=moment)
    return target


def thin_backups(path: str | Path, root: str | Path | None = None, now: datetime | None = None) -> list[Path]:
    """Keep about 7 daily, 4 weekly and 12 monthly backups (the newest of each day, ISO week and month
    that has one), the newest few of the last 24 hours, and always the newest. Returns what was removed."""
    backups = list_backups(path, root)  # newest first
    if not backups:
        return []
    now = now or datetime.now()
    keep: set[Path] = {backups[0].path}
    keep.update(b.path for b in [b for b in backups if now - b.taken_at <= timedelta(hours=24)][:KEEP_RECENT])
    for bucket_of, count in (
        (lambda b: b.taken_at.date(), KEEP_DAILY),
        (lambda b: tuple(b.taken_at.isocalendar())[:2], KEEP_WEEKLY),
        (lambda b: (b.taken_at.year, b.taken_at.month), KEEP_MONTHLY),
    ):
        seen: list = []
        for backup in backups:
            bucket = bucket_of(backup)
            if bucket in seen:
                continue
            seen.append(bucket)
            if len(seen) > count:
                break
            keep.add(backup.path)  # the newest backup of this day / week / month
    removed = []
    for backup in backups:
        if backup.path not in keep:
            _remove(backup.path)
            removed.append(backup.path)
    folder = backup_folder(path, root)
    for leftover in folder.glob(".*.tmp*"):  # a backup interrupted by a crash
        try:
            if datetime.now().timestamp() - leftover.stat().st_mtime > 3600:
                _remove(leftover)
        except OSError:
            pass
    if removed:
        log.info("thinned backups: %d removed, %d kept", len(removed), len(backups) - len(removed))
    return removed


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _check_file(path: Path, passphrase: str | None) -> None:
    conn = sqlcipher.connect(path, passphrase)
    try:
        try:
            sqlcipher.probe(conn)
        except DATABASE_ERRORS as error:
            if passphrase or not sqlcipher.is_plain_sqlite(path):
                raise WrongPassphraseError(
                    tr(
                        "backups",
                        "The backup “{name}” does not open with this passphrase. It may have been made before the "
                        "passphrase was changed: give the passphrase the file had then.",
                    ).format(name=path.name)
                ) from error
            raise
        rows = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"] or conn.execute("PRAGMA application_id").fetchone()[0] != migrations.APPLICATION_ID:
            raise DamagedFileError(
                tr("backups", "The backup “{name}” is damaged and cannot be restored. Choose another.").format(
                    name=path.name
                )
            )
    except DATABASE_ERRORS as error:
        raise DamagedFileError(
            tr("backups", "The backup “{name}” is damaged and cannot be restored. Choose another.").format(
                name=path.name
            )
        ) from error
    finally:
        conn.close()


def _backup_closed_file(path: Path, passphrase: str | None, root, now: datetime | None) -> Path:
    """A backup (backup API, so the WAL's content is included) of a conference file that is not open."""
    folder = backup_folder(path, root)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = _new_name(folder, now or datetime.now(), REASON_BEFORE_RESTORE)
    temporary = folder / f".{uuid.uuid4().hex}.tmp"
    source = sqlcipher.connect(path, passphrase)
    try:
        try:
            sqlcipher.probe(source)
        except DATABASE_ERRORS as error:
            raise WrongPassphraseError(
                tr("storage", "The passphrase does not open “{name}”. Check the passphrase and try again.").format(
                    name=path.name
                )
            ) from error
        destination = sqlcipher.connect(temporary, passphrase)
        try:
            source.backup(destination)
        finally:
            destination.close()
    except BaseException:
        _remove(temporary)
        raise
    finally:
        source.close()
    os.replace(temporary, target)
    return target


def restore_backup(
    backup: Backup | str | Path,
    target_path: str | Path,
    *,
    passphrase: str | None = None,
    backup_passphrase: str | None = None,
    root: str | Path | None = None,
    now: datetime | None = None,
) -> Path | None:
    """Put ``backup`` in place of the conference file ``target_path`` (which must be closed).

    The backup is checked first (opens, integrity ok); the current file is then kept as a backup
    ("before restoring", with the backup API so nothing in its WAL is missed); then the checked copy
    replaces it atomically. ``passphrase`` opens the current file, ``backup_passphrase`` the backup
    (default: the same). Returns the path of the backup of the current file (None if there was none).
    """
    source = Path(backup.path if isinstance(backup, Backup) else backup)
    target = Path(target_path)
    backup_passphrase = passphrase if backup_passphrase is None else backup_passphrase
    handle = lock_module.acquire(target, exclusive=True)
    temporary = target.with_name(f".{target.name}.restoring.tmp")
    try:
        _remove(temporary)
        shutil.copyfile(source, temporary)
        _check_file(temporary, backup_passphrase or None)
        kept = _backup_closed_file(target, passphrase, root, now) if target.exists() else None
        sqlcipher.remove_side_files(target)  # belong to the file being replaced (folded into ``kept``)
        os.replace(temporary, target)
    except StorageError:
        _remove(temporary)
        raise
    except OSError as error:
        _remove(temporary)
        raise StorageError(
            tr(
                "backups",
                "The backup could not be restored, and “{name}” has not been changed. Check that there is free "
                "space on the disk, then try again.",
            ).format(name=target.name)
        ) from error
    finally:
        handle.release()
    log.info("backup restored")
    return kept


def forget_backups_before(path: str | Path, moment: datetime, root: str | Path | None = None) -> int:
    """Remove every backup of ``path`` taken before ``moment`` (after deleting a pupil's data, so that an old
    backup cannot bring it back). Returns how many were removed."""
    removed = 0
    for backup in list_backups(path, root):
        if backup.taken_at < moment:
            _remove(backup.path)
            removed += 1
    return removed


def encrypt_backups(path: str | Path, passphrase: str, root: str | Path | None = None, progress=None) -> int:
    """Encrypt the unencrypted backups of ``path`` (after the file itself was encrypted). Returns how many.
    ``progress(bytes_written)`` counts over all of them."""
    from app.storage.encryption import export_encrypted

    done = 0
    written = 0
    for backup in list_backups(path, root):
        if backup.encrypted:
            continue
        temporary = backup.path.with_name(f".{uuid.uuid4().hex}.tmp")
        size = _size(backup.path)
        report = None if progress is None else (lambda count, before=written: progress(before + count))
        written += size
        try:
            export_encrypted(backup.path, temporary, passphrase, progress=report)
            os.replace(temporary, backup.path)
            done += 1
        except Exception as error:  # an unencrypted backup must not stay beside an encrypted file
            _remove(temporary)
            log.error("encrypting a backup failed, removing it: %s", type(error).__name__)
            _remove(backup.path)
    return done


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def unencrypted_backup_bytes(path: str | Path, root: str | Path | None = None) -> int:
    """How many bytes :func:`encrypt_backups` has to encrypt (for a progress bar)."""
    return sum(_size(b.path) for b in list_backups(path, root) if not b.encrypted)


def rekey_backups(path: str | Path, old_passphrase: str, new_passphrase: str, root: str | Path | None = None) -> int:
    """Give the backups of ``path`` made under ``old_passphrase`` the new one (after the file's passphrase was
    changed), so that an old passphrase that got out opens nothing. Others are left. Returns how many."""
    done = 0
    for backup in list_backups(path, root):
        if not backup.encrypted:
            continue
        conn = sqlcipher.connect(backup.path, old_passphrase)
        if not sqlcipher.opens(conn):
            conn.close()
            continue  # made under yet another passphrase
        try:
            sqlcipher.rekey(conn, new_passphrase)
            done += 1
        except DATABASE_ERRORS as error:
            log.error("rekeying a backup failed: %s", type(error).__name__)
        finally:
            conn.close()
    return done


def upgrade_copies(path: str | Path) -> list[Path]:
    """The copies "<name> (før opgradering fra v1 …)" that opening an older file left beside ``path``."""
    path = Path(path)
    if not path.parent.is_dir():
        return []
    prefix = f"{path.stem} (før opgradering fra v"
    return sorted(
        p for p in path.parent.iterdir() if p.is_file() and p.name.startswith(prefix) and p.suffix == path.suffix
    )
