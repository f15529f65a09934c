"""The key sheet: one printed page with the file's passphrase, for the school's safe.

A lost passphrase cannot be recovered by anyone, so the school keeps it on paper, locked away. The PDF
holds the passphrase in plain text: print it and delete the PDF file afterwards.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from app.domain.formatting import long_date
from app.i18n import tr
from app.services.export.pdf_layout import FONT, FONT_BOLD, register_fonts

_INK = colors.HexColor("#1f2328")
_MUTED = colors.HexColor("#5a6270")
_RULE = colors.HexColor("#c9ced6")
_WARN = colors.HexColor("#9b1c1c")


def _wrap(canvas, text: str, font: str, size: float, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if canvas.stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _paragraph(canvas, text: str, x: float, y: float, width: float, *, font=FONT, size=10.5, color=_INK) -> float:
    canvas.setFont(font, size)
    canvas.setFillColor(color)
    for line in _wrap(canvas, text, font, size, width):
        canvas.drawString(x, y, line)
        y -= size * 1.45
    return y


def write_key_sheet(
    target: str | Path,
    *,
    file_name: str,
    passphrase: str,
    school: str = "",
    made_by: str = "",
    made_on: date | None = None,
) -> Path:
    """Write the one-page key sheet PDF to ``target``. Returns the path."""
    target = Path(target)
    register_fonts()
    width, height = A4
    margin = 22 * mm
    text_width = width - 2 * margin
    canvas = pdf_canvas.Canvas(str(target), pagesize=A4, pageCompression=1)
    canvas.setTitle(tr("keysheet", "Key sheet"))
    canvas.setAuthor("Klassekonference")
    y = height - 30 * mm
    canvas.setFont(FONT_BOLD, 20)
    canvas.setFillColor(_INK)
    canvas.drawString(margin, y, tr("keysheet", "Key sheet – Klassekonference"))
    y -= 9 * mm
    y = _paragraph(
        canvas,
        tr("keysheet", "Keep this sheet locked in the school's safe. Anyone holding it can open the file."),
        margin, y, text_width, color=_MUTED,
    )
    y -= 6 * mm
    rows = [
        (tr("keysheet", "School"), school or "–"),
        (tr("keysheet", "File"), file_name),
        (tr("keysheet", "Made on"), long_date(made_on or date.today())),
        (tr("keysheet", "Made by"), made_by or "–"),
    ]
    for label, value in rows:
        canvas.setFont(FONT, 10)
        canvas.setFillColor(_MUTED)
        canvas.drawString(margin, y, label)
        y = _paragraph(canvas, value, margin + 35 * mm, y, text_width - 35 * mm, size=11)
        y -= 2 * mm
    y -= 6 * mm
    canvas.setFont(FONT, 10)
    canvas.setFillColor(_MUTED)
    canvas.drawString(margin, y, tr("keysheet", "Passphrase"))
    y -= 4 * mm
    lines = _wrap(canvas, passphrase, FONT_BOLD, 18, text_width - 10 * mm) if " " in passphrase else [passphrase]
    box_height = len(lines) * 18 * 1.4 + 8 * mm
    canvas.setStrokeColor(_INK)
    canvas.setLineWidth(1.2)
    canvas.rect(margin, y - box_height, text_width, box_height, stroke=1, fill=0)
    line_y = y - 5 * mm - 18
    for line in lines:
        canvas.setFont(FONT_BOLD, 18)
        canvas.setFillColor(_INK)
        canvas.drawString(margin + 5 * mm, line_y, line)
        line_y -= 18 * 1.4
    y -= box_height + 6 * mm
    # Character by character, so that l/I/1 and O/0 and spaces cannot be misread.
    canvas.setFont(FONT, 9)
    canvas.setFillColor(_MUTED)
    canvas.drawString(margin, y, tr("keysheet", "Character by character (␣ is a space):"))
    y -= 6 * mm
    cell = 9 * mm
    per_row = int(text_width // cell)
    for index, char in enumerate(passphrase):
        column, row = index % per_row, index // per_row
        x = margin + column * cell
        top = y - row * (cell + 4 * mm)
        canvas.setStrokeColor(_RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(x, top - cell, cell, cell, stroke=1, fill=0)
        canvas.setFont(FONT_BOLD, 13)
        canvas.setFillColor(_INK)
        canvas.drawCentredString(x + cell / 2, top - cell + 2.8 * mm, "␣" if char == " " else char)
        canvas.setFont(FONT, 6)
        canvas.setFillColor(_MUTED)
        canvas.drawCentredString(x + cell / 2, top - cell - 3 * mm, str(index + 1))
    rows_used = (len(passphrase) + per_row - 1) // per_row
    y -= rows_used * (cell + 4 * mm) + 8 * mm
    y = _paragraph(
        canvas,
        tr(
            "keysheet",
            "Without the passphrase the file cannot be opened – not by the school's IT support and not by the "
            "makers of the program. If the passphrase is changed, make a new key sheet and destroy this one.",
        ),
        margin, y, text_width, color=_WARN,
    )
    y -= 10 * mm
    canvas.setStrokeColor(_INK)
    canvas.setLineWidth(0.6)
    canvas.line(margin, y, margin + 70 * mm, y)
    canvas.line(margin + 90 * mm, y, width - margin, y)
    canvas.setFont(FONT, 8.5)
    canvas.setFillColor(_MUTED)
    canvas.drawString(margin, y - 4 * mm, tr("keysheet", "Date"))
    canvas.drawString(margin + 90 * mm, y - 4 * mm, tr("keysheet", "Signature (school leader)"))
    canvas.showPage()
    canvas.save()
    return target
