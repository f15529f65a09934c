"""Protecting the file, for the user interface: passphrases, encryption, backups, restore.

The dialogs in app/ui call these; the work is done in app/storage (encryption, backups, lock).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from app.domain.passphrase import PassphraseHint, passphrase_hint
from app.i18n import tr
from app.storage import backups as backup_storage, encryption
from app.storage.auto_backup import AutoBackup  # noqa: F401 - UI
from app.storage.backups import Backup, backup_folder, list_backups, reason_label  # noqa: F401 - UI
from app.storage.errors import WrongPassphraseError
from app.storage.store import Store

__all__ = [
    "AutoBackup", "Backup", "PassphraseHint", "backup_folder", "change_passphrase", "encrypt_file",
    "is_encrypted", "leftover_plaintext", "remove_leftover_plaintext", "list_backups", "passphrase_hint",
    "reason_label", "restore_backup", "verify_passphrase",
]


def is_encrypted(path: str | Path) -> bool:
    return encryption.is_encrypted(path)


def verify_passphrase(store: Store, candidate: str) -> bool:
    """For the lock screen: does ``candidate`` open the open file? (Always True for an unencrypted file.)"""
    return encryption.verify_passphrase(store, candidate)


def change_passphrase(
    store: Store, old: str, new: str, *, rekey_backups: bool = True, backup_root=None
) -> int:
    """Change the open file's passphrase after checking the current one; the file's backups get the new
    passphrase too. Returns how many backups were re-encrypted."""
    if not encryption.verify_passphrase(store, old):
        raise WrongPassphraseError(tr("protection", "The current passphrase is not right. Try again."))
    encryption.change_passphrase(store, new)
    if not rekey_backups:
        return 0
    return backup_storage.rekey_backups(store.path, old, new, backup_root)


def encrypt_file(path: str | Path, passphrase: str, *, backup_root=None, progress=None) -> Path:
    """Encrypt the closed, unencrypted file ``path`` in place, and its unencrypted backups too.
    ``progress(fraction)`` goes from 0 to 1 over both (called from the thread doing the work)."""
    path = Path(path)
    first = path.stat().st_size if path.is_file() else 0
    total = max(1, first + backup_storage.unencrypted_backup_bytes(path, backup_root))

    def part(offset: int):
        return None if progress is None else (lambda written: progress(min(1.0, (offset + written) / total)))

    path = encryption.encrypt_in_place(path, passphrase, progress=part(0))
    backup_storage.encrypt_backups(path, passphrase, backup_root, progress=part(first))
    if progress is not None:
        progress(1.0)
    return path


def leftover_plaintext(path: str | Path) -> list[Path]:
    """Unencrypted copies beside the encrypted file ``path`` (left by a crash while encrypting, or by an
    upgrade before it was encrypted): to offer their removal when the file opens."""
    if not encryption.is_encrypted(path):
        return []
    return encryption.plaintext_copies(path)


def remove_leftover_plaintext(path: str | Path, passphrase: str | None = None) -> int:
    """Remove the leftovers found by :func:`leftover_plaintext`; with the passphrase, upgrade copies are
    encrypted instead of removed. Returns how many were handled."""
    found = leftover_plaintext(path)
    if passphrase:
        encryption.encrypt_plaintext_copies(path, passphrase)
    else:
        encryption.remove_plaintext(found)
    return len(found)


def restore_backup(
    backup: Backup | Path, target: str | Path, *, passphrase: str | None = None,
    backup_passphrase: str | None = None, backup_root=None, now: datetime | None = None,
) -> Path | None:
    """Restore ``backup`` over the closed file ``target``, keeping the current file as a backup first."""
    return backup_storage.restore_backup(
        backup, target, passphrase=passphrase, backup_passphrase=backup_passphrase, root=backup_root, now=now
    )
