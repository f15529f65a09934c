"""Dates, times and numbers written the Danish way on handouts: "12. marts 2026", "kl. 14.00", "3,7", "87,5 %"."""

from __future__ import annotations

from datetime import date

from app.i18n import language, tr


def _month(month: int) -> str:
    return (
        tr("months", "January"), tr("months", "February"), tr("months", "March"), tr("months", "April"),
        tr("months", "May"), tr("months", "June"), tr("months", "July"), tr("months", "August"),
        tr("months", "September"), tr("months", "October"), tr("months", "November"), tr("months", "December"),
    )[month - 1]


def long_date(day: date | None) -> str:
    """ "12. marts 2026" (empty for no date)."""
    if day is None:
        return ""
    return tr("dates", "{day} {month} {year}").format(day=day.day, month=_month(day.month), year=day.year)


def short_date(day: date | None) -> str:
    """ "12.03.2026", for narrow table columns (empty for no date)."""
    if day is None:
        return ""
    return tr("dates", "{day}/{month}/{year}").format(day=f"{day.day:02d}", month=f"{day.month:02d}", year=day.year)


def clock(minutes_after_midnight: int) -> str:
    """ "14.00": Danish typography writes the time with a full stop."""
    hours, minutes = divmod(minutes_after_midnight % (24 * 60), 60)
    return tr("dates", "{hour}:{minute}").format(hour=f"{hours:02d}", minute=f"{minutes:02d}")


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


def decimal(value: float | None, places: int = 1) -> str:
    """ "3,7" (decimal comma in Danish); "–" for no value."""
    if value is None:
        return "–"
    text = f"{value:,.{places}f}"
    if text.startswith("-"):
        text = ("\u2212" + text[1:]) if text.strip("-0.,") else text[1:]  # real minus sign; never "-0,0"
    if language() == "en":
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def percent(value: float | None, places: int = 1) -> str:
    """ "87,5 %" (with a space before the sign, as Danish writes it)."""
    if value is None:
        return "–"
    return tr("numbers", "{value} %").format(value=decimal(value, places))
