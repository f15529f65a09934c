"""The one way the app writes dates, times, numbers and counts for people: screens, PDFs, workbooks and the CLI.

Danish as schools write it: "3. december 2026" (long), "03.12.2026" (short, tables), "kl. 14.00", "3,7",
"1.234,5", "−0,2" (a real minus sign), "+0,2", "12 %" (a space before the sign), "1 åben aftale" / "2 åbne
aftaler". English source strings go through :func:`app.i18n.tr`, so the English interface reads naturally too.

A difference is computed once, from the figures as shown (round, then subtract): "3,7" against "3,5" is
always "+0,2" on every screen and paper, never "+0,1" on one and "+0,2" on another.
"""

from __future__ import annotations

import math
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal

from app.i18n import language, tr

MINUS = "\u2212"  # the real minus sign: a hyphen is not a minus in print
NO_VALUE = "–"

# The same styles as format codes, for the places that format by themselves.
PICKER_DATE = "dd.MM.yyyy"  # Qt's QDateEdit
PICKER_TIME = "HH.mm"  # Qt's QTimeEdit: "14.00", as Danish writes a time
EXCEL_DATE = "DD.MM.YYYY"  # a workbook cell holding a date (Excel shows it the same in any language)
EXCEL_SCORE = "0.0"  # a mean on 1–5 (a Danish Excel shows the decimal comma itself)
EXCEL_PERCENT = '0.0" %"'  # a share already in percent (12.5 -> "12,5 %")


# -- dates and times ----------------------------------------------------------------------------------
def _month(month: int) -> str:
    return (
        tr("months", "January"), tr("months", "February"), tr("months", "March"), tr("months", "April"),
        tr("months", "May"), tr("months", "June"), tr("months", "July"), tr("months", "August"),
        tr("months", "September"), tr("months", "October"), tr("months", "November"), tr("months", "December"),
    )[month - 1]


def long_date(day: date | None) -> str:
    """ "3. december 2026" (headings, letters, handouts); empty for no date."""
    if day is None:
        return ""
    return tr("dates", "{day} {month} {year}").format(day=day.day, month=_month(day.month), year=day.year)


def short_date(day: date | None) -> str:
    """ "03.12.2026" (tables, lists, messages); empty for no date."""
    if day is None:
        return ""
    return tr("dates", "{day}/{month}/{year}").format(day=f"{day.day:02d}", month=f"{day.month:02d}", year=day.year)


def clock(minutes_after_midnight: int) -> str:
    """ "14.00": Danish typography writes the time with a full stop."""
    hours, minutes = divmod(minutes_after_midnight % (24 * 60), 60)
    return tr("dates", "{hour}:{minute}").format(hour=f"{hours:02d}", minute=f"{minutes:02d}")


def time_of_day(moment: datetime | time) -> str:
    """ "09.05" of a moment."""
    return clock(moment.hour * 60 + moment.minute)


def date_and_time(moment: datetime | None) -> str:
    """ "03.12.2026 kl. 09.05"; empty for no moment."""
    if moment is None:
        return ""
    return tr("dates", "{date} at {time}").format(date=short_date(moment), time=time_of_day(moment))


def period(start: date | None, end: date | None) -> str:
    """ "01.08.2026 – 31.10.2026"."""
    return f"{short_date(start)} – {short_date(end)}"


def parse_clock(text: str) -> int | None:
    """Minutes after midnight from "14:00" or "14.00"; None for an empty or unreadable time."""
    text = (text or "").strip().replace(".", ":")
    try:
        hours, minutes = (int(part) for part in text.split(":"))
    except ValueError:
        return None
    if not (0 <= hours < 24 and 0 <= minutes < 60):
        return None
    return hours * 60 + minutes


# -- numbers -------------------------------------------------------------------------------------------
# None, a NaN or an infinity is no value to show (a person never reads "nan" or "inf").
def _exact(value: float, places: int) -> Decimal:
    """``value`` rounded half up to ``places`` from its shortest decimal form (3.65 -> 3.7, as people round)."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def rounded(value: float | None, places: int = 1) -> float | None:
    """The value as it is shown (half up): every comparison and difference uses this, never the raw value."""
    return None if value is None or not math.isfinite(value) else float(_exact(value, places))


def decimal(value: float | None, places: int = 1, empty: str = NO_VALUE) -> str:
    """ "3,7", "1.234,5", "−0,2" (real minus sign, never "−0,0"); ``empty`` for no value."""
    if value is None or not math.isfinite(value):
        return empty
    exact = _exact(value, places)
    text = f"{abs(exact):,.{places}f}"
    if exact < 0 and exact != 0:
        text = MINUS + text
    if language() == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def plain_number(value: float | None, places: int = 2) -> str:
    """As few decimals as needed, up to ``places``: "3,25", "3", "12,5" (for fields a user edits); "" for none."""
    if value is None:
        return ""
    text = decimal(value, places)
    separator = "." if language() == "en" else ","
    return text.rstrip("0").rstrip(separator) if separator in text else text


def percent(value: float | None, places: int = 1, empty: str = NO_VALUE) -> str:
    """ "87,5 %", "12 %" (with a space before the sign, as Danish writes it)."""
    if value is None or not math.isfinite(value):
        return empty
    return tr("numbers", "{value} %").format(value=decimal(value, places))


def difference(now: float | None, before: float | None, places: int = 1) -> float | None:
    """``now - before`` as the two figures are shown: each rounded first, then subtracted."""
    if now is None or before is None or not (math.isfinite(now) and math.isfinite(before)):
        return None
    return float(_exact(now, places) - _exact(before, places))


def signed(change: float | None, places: int = 1) -> str:
    """ "+0,2", "−0,1" (real minus sign), "0,0"; empty for no change to show."""
    if change is None or not math.isfinite(change):
        return ""
    text = decimal(change, places)
    return text if text.startswith(MINUS) or _exact(change, places) == 0 else "+" + text


def megabytes(size: int, places: int = 1) -> str:
    """ "3,1 MB" of a size in bytes."""
    return tr("numbers", "{value} MB").format(value=decimal(size / (1024 * 1024), places))


# -- counts ----------------------------------------------------------------------------------------------
def plural(count: int, one: str, many: str) -> str:
    """``one`` for exactly 1, ``many`` otherwise (0 too: "0 elever"), with ``{count}`` filled in; any other
    placeholder is left for the caller's ``format``: ``plural(n, tr(…"{count} pupil in {name}"), …).format(name=…)``."""
    return (one if count == 1 else many).replace("{count}", str(count))


def pupils(count: int) -> str:
    return plural(count, tr("plural", "{count} pupil"), tr("plural", "{count} pupils"))


def open_agreements(count: int) -> str:
    return plural(count, tr("plural", "{count} open agreement"), tr("plural", "{count} open agreements"))






def texts(count: int) -> str:
    return plural(count, tr("plural", "{count} text"), tr("plural", "{count} texts"))


def classes(count: int) -> str:
    return plural(count, tr("plural", "{count} class"), tr("plural", "{count} classes"))


def pages(count: int) -> str:
    return plural(count, tr("plural", "{count} page"), tr("plural", "{count} pages"))


def indicators(count: int) -> str:
    return plural(count, tr("plural", "{count} indicator"), tr("plural", "{count} indicators"))


def pupil_sheets(count: int) -> str:
    return plural(count, tr("plural", "{count} pupil sheet"), tr("plural", "{count} pupil sheets"))


def names(count: int) -> str:
    return plural(count, tr("plural", "{count} name"), tr("plural", "{count} names"))
