"""Names in Danish alphabetical order, as a class list, a phone book or Retskrivningsordbogen has them.

- case is ignored: "ærø" and "ÆRØ" are the same letters;
- a letter with an accent sorts with its base letter: é as e, ç as c, ğ as g, ł as l, đ and ð as d;
- ü (and ű) as y, ä as æ, ö (ő, œ) as ø, the same rules as the Danish collation of Unicode (CLDR "da");
- æ, ø, å come last, in that order; "aa" is the letter å ("Aase" with "Åse", "Aagaard" after "Åberg");
- a hyphen or a space ends a word: "Anne-Marie" before "Annemarie"; other signs ("O'Brien") are skipped.

:func:`name_key` is a total order: names equal by the rules above are ordered by accents ("Åse" before
"Aase") and finally by the text itself, so a sorted list never depends on the order it was read in. No Qt,
no locale of the computer: the same order on every machine, on screen, in PDFs and in workbooks.
"""

from __future__ import annotations

import re
import unicodedata

# After z: æ, ø, å ("{", "|", "}" follow "z" in ASCII, so plain string comparison gives the Danish order).
AE, OE, AA = "{", "|", "}"
_LETTERS = {
    "æ": AE, "ä": AE,
    "ø": OE, "ö": OE, "ő": OE, "œ": OE,
    "å": AA,
    "ü": "y", "ű": "y",
    "ð": "d", "đ": "d", "þ": "th", "ł": "l", "ı": "i", "ŀ": "l", "ħ": "h",
}
_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014_/]+")


def _folded(text: str) -> str:
    """Lower case (casefold: "ß" as "ss"), composed, with "aa" as "å"."""
    return unicodedata.normalize("NFC", text or "").casefold().replace("aa", "å")


def primary(text: str) -> str:
    """The letters that decide the order (equal for "Aase" and "Åse", "Müller" and "Myller")."""
    out = []
    for char in _SEPARATORS.sub(" ", _folded(text)).strip():
        if char in _LETTERS:
            out.append(_LETTERS[char])
            continue
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        for letter in base:
            if letter in _LETTERS:
                out.append(_LETTERS[letter])
            elif letter.isalnum() or letter == " ":
                out.append(letter)
    return re.sub(" +", " ", "".join(out))


def name_key(text: str) -> tuple[str, str, str]:
    """Sort key for a name (or any word a person looks up in a list): letters, then accents, then the text."""
    text = text or ""
    accents = unicodedata.normalize("NFC", text).casefold().replace("aa", "å\U0010ffff")  # Å before Aa
    return primary(text), accents, text


def names_key(*parts: str) -> tuple[tuple[str, str, str], ...]:
    """Sort key for a name given in parts, e.g. ``names_key(pupil.given_name, pupil.family_name)``."""
    return tuple(name_key(part) for part in parts)
