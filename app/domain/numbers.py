"""The one reader of numbers as Danish files write them (every import uses it).

"3,7", "12,5 %", "100,0 %", "2.351" (thousands dot), "1.234,5", "−2", 12.5 and "12.5" from an English Excel.
Never a NaN, an infinity or a number beyond ``LIMIT`` (no real figure on a school list is that large).
"""

from __future__ import annotations

import math
import re

LIMIT = 1e9
_PLAIN = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_THOUSANDS_DOT = re.compile(r"[+-]?[1-9]\d{0,2}(\.\d{3})+")
_THOUSANDS_COMMA = re.compile(r"[+-]?\d{1,3}(,\d{3})+\.\d+")


def parse_danish_number(value) -> tuple[float, bool] | None:
    """(value, written with a % sign), or None for an empty cell or a dash. Raises ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(str(value))
    if isinstance(value, (int, float)):
        number = float(value)
        if math.isnan(number) or math.isinf(number) or abs(number) > LIMIT:
            raise ValueError(str(value))
        return number, False
    text = str(value).replace("\u00a0", " ").replace("\u202f", " ").replace("\u2212", "-").strip()
    if not text or text in ("-", "–", "—"):
        return None
    percent = text.endswith("%")
    text = text.rstrip("%").strip().replace(" ", "")
    if "," in text and "." in text:  # "1.234,5" (Danish) or "1,234.5" (English): the last one is the decimal
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        elif _THOUSANDS_COMMA.fullmatch(text):
            text = text.replace(",", "")
        else:
            raise ValueError(str(value))
    elif _THOUSANDS_DOT.fullmatch(text) and (text.count(".") > 1 or not percent):  # "1.234.567"; "2.351" answers
        text = text.replace(".", "")
    else:
        text = text.replace(",", ".")
    if not _PLAIN.fullmatch(text):
        raise ValueError(str(value))
    number = float(text)
    if abs(number) > LIMIT:
        raise ValueError(str(value))
    return number, percent
