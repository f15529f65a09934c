"""How strong is a passphrase? A hint for the person choosing one, not a gate (except a minimum length).

Pure: length, variety of characters, words, and a few very common words and patterns. The file's
passphrase cannot be recovered, so the hint also nudges towards something long and memorable: several
unrelated words ("blå cykel spiser 7 pærer") beat a short password with symbols.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import IntEnum

from app.domain.base import RuleError
from app.i18n import tr

MIN_LENGTH = 10
STRONG_LENGTH = 16

# Very common passwords and words that a guesser tries first (lower case; matched inside the passphrase).
COMMON_WORDS = (
    "password", "passw0rd", "kodeord", "adgangskode", "hemmelig", "qwerty", "asdf", "123456", "12345",
    "abc123", "letmein", "velkommen", "welcome", "skole", "klassekonference", "klasse", "konference",
    "elev", "lærer", "laerer", "sommer", "vinter", "efterår", "forår", "danmark", "kommune", "admin",
    "login", "iloveyou", "monkey", "dragon", "fodbold", "test",
)


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    STRONG = 3


@dataclass(frozen=True)
class PassphraseHint:
    strength: Strength
    message: str

    @property
    def acceptable(self) -> bool:
        """Long enough to be allowed (weak ones are allowed, with a warning)."""
        return self.strength >= Strength.WEAK


def _kinds(text: str) -> int:
    return sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() and not c.isspace() for c in text),
            any(c.isspace() for c in text),
        )
    )


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-_.,;:]+", text) if len(w) >= 2]


def _is_sequence(text: str) -> bool:
    """Mostly one repeated character or a run such as "abcdefgh" or "12345678"."""
    lowered = text.lower()
    if len(set(lowered)) <= max(2, len(lowered) // 4):
        return True
    steps = [ord(b) - ord(a) for a, b in zip(lowered, lowered[1:])]
    return bool(steps) and sum(1 for s in steps if s in (1, -1)) >= len(steps) * 0.7


def passphrase_hint(text: str, avoid: tuple[str, ...] | list[str] = ()) -> PassphraseHint:
    """A strength and a short message. ``avoid``: words that must not make up the passphrase (the school's name)."""
    text = text or ""
    length = len(text)
    if not text.strip():
        return PassphraseHint(
            Strength.TOO_SHORT, tr("passphrase", "Choose a passphrase: several words you can remember.")
        )
    if length < MIN_LENGTH:
        return PassphraseHint(
            Strength.TOO_SHORT,
            tr("passphrase", "Too short: use at least {count} characters – preferably several words.").format(
                count=MIN_LENGTH
            ),
        )
    lowered = text.casefold()
    if _is_sequence(text):
        return PassphraseHint(
            Strength.WEAK, tr("passphrase", "Weak: avoid repeated characters and runs like 1234 or abcd.")
        )
    for word in (*COMMON_WORDS, *(w.casefold() for w in avoid if len(w) >= 3)):
        if word in lowered and len(lowered.replace(word, "")) < STRONG_LENGTH:
            return PassphraseHint(
                Strength.WEAK,
                tr(
                    "passphrase", "Weak: “{word}” is one of the first things a guesser tries. Add unrelated words."
                ).format(word=word),
            )
    words = _words(text)
    kinds = _kinds(text)
    if (length >= STRONG_LENGTH and (kinds >= 2 or len(words) >= 4)) or length >= 24:
        return PassphraseHint(Strength.STRONG, tr("passphrase", "Strong. Remember it: it cannot be recovered."))
    if kinds >= 3 or len(words) >= 3 or length >= 14:
        return PassphraseHint(
            Strength.FAIR, tr("passphrase", "Fair. Longer is stronger: for example four unrelated words.")
        )
    return PassphraseHint(
        Strength.WEAK,
        tr("passphrase", "Weak: add more words, or mix in capital letters, digits or signs."),
    )


class PassphraseRefused(RuleError):
    """A passphrase that cannot be used (empty, only spaces, a NUL). ``str(error)`` is a message for the user."""


def clean_passphrase_text(text: str, *, from_file: bool = False) -> str:
    """The passphrase as the user meant it, or :class:`PassphraseRefused`.

    From a file: a UTF-8 byte order mark and ONE trailing line ending (\\n, \\r\\n or \\r) are not part of it.
    Everywhere: an empty or whitespace-only passphrase is refused (it would silently give an unencrypted file),
    and so is a NUL character (SQLCipher would cut the key there).
    """
    if from_file:
        text = text.removeprefix("\ufeff")
        for ending in ("\r\n", "\n", "\r"):
            if text.endswith(ending):
                text = text[: -len(ending)]
                break
    if "\x00" in text:
        raise PassphraseRefused(
            tr(
                "passphrase",
                "The passphrase contains an invalid character (NUL). Write it again with ordinary characters.",
            )
        )
    if not text.strip():
        raise PassphraseRefused(
            tr("passphrase", "The passphrase is empty. Give a passphrase of several words; nothing has been created.")
        )
    return text
