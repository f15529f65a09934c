"""Colours from the palette, so that light and dark desktops both read well.

Text drawn on the window's background (chart labels, legends, captions) takes the palette's text colour, and
"muted" text a blend of text and background that keeps a contrast of at least 4.5:1 (WCAG AA). Colours drawn
on a fixed colour (a bar, a pastel note) stay fixed, with a text colour chosen for that fixed colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

MUTED_SHARE = 0.32  # how far muted text moves from the text colour towards the background


def relative_luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor.fromRgbF(*(x * (1 - share_of_b) + y * share_of_b
                             for x, y in zip((a.redF(), a.greenF(), a.blueF()), (b.redF(), b.greenF(), b.blueF()))))


def is_dark(palette: QPalette) -> bool:
    return relative_luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


@dataclass(frozen=True)
class Ink:
    """The colours for drawing on a widget's background."""

    background: QColor
    text: QColor
    muted: QColor
    line: QColor  # axes and frames
    note_fill: QColor
    note_border: QColor
    warning_text: QColor


def ink(palette: QPalette) -> Ink:
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = blend(text, background, MUTED_SHARE)
    while contrast(muted, background) < 4.5 and muted != text:
        muted = blend(muted, text, 0.5)
    dark = is_dark(palette)
    return Ink(
        background=background, text=text, muted=muted, line=muted,
        note_fill=palette.color(QPalette.ColorRole.AlternateBase),
        note_border=palette.color(QPalette.ColorRole.Mid),
        warning_text=QColor("#ff9c8f") if dark else QColor("#a11d1d"),
    )


def muted_style(palette: QPalette) -> str:
    """A style sheet line for a caption in muted text."""
    return f"color: {ink(palette).muted.name()};"
