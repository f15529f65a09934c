"""After an encrypted file opens: unencrypted copies found beside it are offered for removal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.services import protection
from app.ui.user_dialogs import dialogs_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlaintextDialog", text)


def offer_plaintext_removal(parent, path: Path, passphrase: str | None) -> bool:
    """Ask, then encrypt (upgrade copies) or remove (originals) the plaintext left beside ``path``.
    Returns True if something was handled."""
    found = protection.leftover_plaintext(path)
    if not found:
        return False
    names = "\n".join(f"• {item.name}" for item in found)
    answer = dialogs_for(parent).ask(
        _tr("Unencrypted copy found"),
        _tr(
            "Beside the encrypted file there is an unencrypted copy with the children's data (left by an "
            "interrupted encryption or an upgrade):\n\n{names}\n\nRemove it now? The encrypted file is not "
            "affected."
        ).format(names=names),
        default_yes=True,
    )
    if not answer:
        return False
    protection.remove_leftover_plaintext(path, passphrase)
    return True
