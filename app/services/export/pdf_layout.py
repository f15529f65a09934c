"""The shared page of every handout: A4, the embedded DejaVu Sans, a header and a footer on every page.

Header: the school on the left, the class and the conference date on the right. Footer: "Fortroligt" on
internal documents, the document's title, and "Side X af Y". Texts are Paragraphs, so long texts wrap and
flow across pages; tables repeat their header row on every page, and a row with a very long text may split.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.i18n import tr
from app.resources import resource_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LONG_CELL_CHARS = 700  # a table cell with more text than this may be split across two pages

INK = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5a6270")
RULE = colors.HexColor("#c9ced6")
HEADER_FILL = colors.HexColor("#e8edf3")
ACCENT = colors.HexColor("#2f5d8a")
CONFIDENTIAL = colors.HexColor("#9b1c1c")
OVERDUE_FILL = colors.HexColor("#f3d3cf")  # with the word "overskredet" in the row: the colour is only a help


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register DejaVu Sans (shipped in resources/fonts with its licence) once; returns the family name."""
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC)
    return FONT


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK, alignment=TA_LEFT,
                          spaceAfter=4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "muted": ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_head": ParagraphStyle("cell_head", parent=body, fontName=FONT_BOLD, fontSize=8.5, leading=11,
                                    spaceAfter=0),
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21,
                                textColor=ACCENT, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED,
                                   spaceAfter=10),
        "h1": ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=12.5, leading=16, textColor=ACCENT,
                             spaceBefore=12, spaceAfter=5),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=10.5, leading=14, spaceBefore=9,
                             spaceAfter=3),
        "label": ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=9, leading=12, spaceBefore=3,
                                spaceAfter=1, textColor=MUTED),
        "warning": ParagraphStyle("warning", parent=body, fontName=FONT_BOLD, textColor=CONFIDENTIAL),
        "notice": ParagraphStyle("notice", parent=body, fontName=FONT_BOLD),
    }


def text(value: str | None) -> str:
    """User text as Paragraph markup: escaped, line breaks kept."""
    return escape(value or "").replace("\r\n", "\n").replace("\n", "<br/>")


def para(value: str | None, style: str = "body") -> Paragraph:
    return Paragraph(text(value), styles()[style])


def heading(value: str, level: int = 1) -> list[Flowable]:
    """A heading that never stands alone at the bottom of a page (what follows may still split)."""
    return [CondPageBreak((34 if level == 1 else 28) * mm), para(value, "h1" if level == 1 else "h2")]


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    flowables: list[Flowable] = [para(title, "title")]
    if subtitle:
        flowables.append(para(subtitle, "subtitle"))
    return flowables


def labelled_block(label: str, flowable: Flowable) -> KeepTogether:
    """A small grey label above a short block (a table of subjects) that stays with it."""
    return KeepTogether([para(label, "label"), flowable])


def labelled(label: str, value: str | None) -> list[Flowable]:
    """A small grey label above a text; nothing when the text is empty."""
    if not (value or "").strip():
        return []
    return [CondPageBreak(16 * mm), para(label, "label"), para(value)]


def facts(rows: list[tuple[str, str]], label_width: float = 32 * mm) -> Table:
    """Label/value lines (date, time, place ...) as a borderless two-column table."""
    data = [[para(label, "cell_head"), para(value, "cell")] for label, value in rows if value]
    table = Table(data, colWidths=[label_width, CONTENT_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return table


def table(header: list[str], rows: list[list], widths: list[float], *, highlight_rows: Sequence[int] = ()) -> Table:
    """A table whose header row repeats on every page; cells are wrapped text (str) or flowables.

    ``widths`` are fractions of the content width. A row with a very long text may split across pages.
    """
    cell = styles()["cell"]
    data = [[Paragraph(text(h), styles()["cell_head"]) for h in header]]
    longest = 0
    for row in rows:
        data.append([Paragraph(text(value), cell) if isinstance(value, str) or value is None else value
                     for value in row])
        longest = max([longest] + [len(value) for value in row if isinstance(value, str)])
    # Rows are kept whole; only a row with a really long text may split across pages (3 lines at least per part).
    split_in_row = 36 if longest > LONG_CELL_CHARS else 0
    result = Table(data, colWidths=[w * CONTENT_WIDTH for w in widths], repeatRows=1, splitInRow=split_in_row,
                   hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),  # the cells' base font (their Paragraphs set their own)
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for index in highlight_rows:
        commands.append(("BACKGROUND", (0, index + 1), (-1, index + 1), OVERDUE_FILL))
    result.setStyle(TableStyle(commands))
    return result


def empty_note(value: str) -> Paragraph:
    return para(value, "muted")


def signature_block(people: list[tuple[str, str]]) -> KeepTogether:
    """Lines to sign on, kept whole and never begun at the very bottom of a page."""
    return KeepTogether([CondPageBreak(45 * mm), signature_table(people)])


def signature_table(people: list[tuple[str, str]]) -> Table:
    """Lines to sign on, two side by side: (role, name) pairs, with "Dato og underskrift" under each line."""
    cell = styles()["small"]
    gap = 14 * mm
    width = (CONTENT_WIDTH - gap) / 2
    rows: list[list] = []
    heights, commands = [], [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
    for start in range(0, len(people), 2):
        pair = people[start:start + 2]
        labels = [Paragraph(text(f"{role}: {name}" if name else role) + "<br/>" +
                            text(tr("export", "Date and signature")), cell) for role, name in pair]
        line_row = len(rows)
        rows.append(["", "", ""])
        heights.append(18 * mm)
        rows.append([labels[0], "", labels[1] if len(labels) > 1 else ""])
        heights.append(None)
        for column in (0, 2)[:len(pair)]:
            commands.append(("LINEBELOW", (column, line_row), (column, line_row), 0.7, INK))
    sign = Table(rows, colWidths=[width, gap, width], rowHeights=heights, hAlign="LEFT")
    sign.setStyle(TableStyle(commands))
    return sign


def space(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True)
class PageInfo:
    """What the header and footer say on every page."""

    title: str
    school: str
    class_name: str
    conference_date: str
    confidential: bool = False
    draft: bool = False  # before the meeting is closed: "UDKAST – Forslag – ikke vedtaget" on every page
    header_right: str = ""  # instead of "Klasse 5.B · klassekonference <date>" (a class without a conference)


class _PageHeader(Flowable):
    """Invisible: the text shown in the header from this page on (a pupil's name on pupil sheets); with
    ``restart`` the pages from here are numbered on their own ("Side 1 af 2" for each pupil's sheet)."""

    def __init__(self, value: str, restart: bool = False):
        super().__init__()
        self.value = value
        self.restart = restart
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv._klassekonference_extra = self.value
        if self.restart:
            self.canv._klassekonference_group += 1


def page_header(value: str, *, restart_numbering: bool = False) -> Flowable:
    return _PageHeader(value, restart_numbering)


def _numbered_canvas(info: PageInfo):
    """A canvas that draws header and footer when the page count is known ("Side X af Y"), in one layout pass."""

    class NumberedCanvas(pdf_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or FONT  # never the built-in Helvetica
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []
            # Every saved page state carries its own header text and numbering group.
            self._klassekonference_extra = ""
            self._klassekonference_group = 0

        def showPage(self):
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()
            # The next page begins inside the pupil's block that was open when this one ended.
            self._klassekonference_continued = getattr(self, "_klassekonference_block", None) or ""

        def save(self):
            groups = [state["_klassekonference_group"] for state in self._saved_pages]
            totals = {group: groups.count(group) for group in groups}
            seen: dict[int, int] = {}
            for state in self._saved_pages:
                self.__dict__.update(state)
                group = state["_klassekonference_group"]
                seen[group] = seen.get(group, 0) + 1
                _decorate(self, info, seen[group], totals[group])
                super().showPage()
            super().save()

    return NumberedCanvas


def _decorate(canvas, info: PageInfo, page: int, total: int) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN_TOP + 9 * mm
    canvas.setFillColor(INK)
    canvas.setFont(FONT_BOLD, 8.5)
    canvas.drawString(MARGIN_X, top, info.school)
    canvas.setFont(FONT, 8.5)
    right = info.header_right or tr("export", "Class {name} · class conference {date}").format(
        name=info.class_name, date=info.conference_date
    )
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, top, right)
    if info.draft:
        _draw_draft_mark(canvas, top + 5 * mm)
    extra = canvas._klassekonference_extra
    continued = getattr(canvas, "_klassekonference_continued", "")
    if continued:
        extra = (extra + " · " if extra else "") + tr("export", "{name} (continued)").format(name=continued)
    if extra:
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN_X, top - 4 * mm, extra)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    line_y = top - (5.5 * mm if extra else 2.2 * mm)
    canvas.line(MARGIN_X, line_y, PAGE_WIDTH - MARGIN_X, line_y)

    bottom = MARGIN_BOTTOM - 11 * mm
    canvas.line(MARGIN_X, bottom + 4 * mm, PAGE_WIDTH - MARGIN_X, bottom + 4 * mm)
    left = MARGIN_X
    if info.confidential:
        canvas.setFillColor(CONFIDENTIAL)
        canvas.setFont(FONT_BOLD, 8)
        label = tr("export", "Confidential")
        canvas.drawString(left, bottom, label)
        left += canvas.stringWidth(label, FONT_BOLD, 8) + 1.5 * mm
        canvas.setFont(FONT, 8)
        canvas.drawString(left, bottom, tr("export", "– for the team around the class only"))
    else:
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 8)
        canvas.drawString(left, bottom, info.title)
    canvas.setFillColor(MUTED)
    canvas.setFont(FONT, 8)
    if info.confidential:
        canvas.drawCentredString(PAGE_WIDTH / 2 + 15 * mm, bottom, info.title)
    canvas.drawRightString(
        PAGE_WIDTH - MARGIN_X, bottom,
        tr("export", "Page {page} of {pages}").format(page=page, pages=total),
    )
    canvas.restoreState()


def draft_label() -> str:
    return tr("export", "DRAFT – Proposal – not adopted")


def _draw_draft_mark(canvas, y: float) -> None:
    """A black-framed "UDKAST – Forslag – ikke vedtaget" at the top of the page: readable in greyscale."""
    label = draft_label()
    canvas.setFont(FONT_BOLD, 9)
    width = canvas.stringWidth(label, FONT_BOLD, 9) + 6 * mm
    x = (PAGE_WIDTH - width) / 2
    canvas.setStrokeColor(INK)
    canvas.setFillColor(colors.white)
    canvas.setLineWidth(1)
    canvas.rect(x, y - 1.6 * mm, width, 5.4 * mm, stroke=1, fill=1)
    canvas.setFillColor(INK)
    canvas.drawCentredString(PAGE_WIDTH / 2, y, label)


class _BlockMarker(Flowable):
    """Invisible: a pupil's block starts (``name``) or ends (``None``); a page that begins inside the block says
    "Navn (fortsat)" under its header."""

    def __init__(self, name: str | None):
        super().__init__()
        self.name = name
        self.width = self.height = 0

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv._klassekonference_block = self.name


def block_start(name: str) -> Flowable:
    return _BlockMarker(name)


def block_end() -> Flowable:
    return _BlockMarker(None)


def build_pdf(flowables: list[Flowable], info: PageInfo, *, subject: str = "") -> bytes:
    """Lay the flowables out on the shared A4 page and return the PDF's bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"{info.title} – {info.class_name}", author=info.school,
        subject=subject or info.title, creator="Klassekonference", lang="da-DK", initialFontName=FONT,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="content")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(list(flowables), canvasmaker=_numbered_canvas(info))
    return buffer.getvalue()


__all__ = [
    "CONTENT_WIDTH", "PageInfo", "block_end", "block_start", "build_pdf", "draft_label", "empty_note", "facts",
    "heading", "labelled", "labelled_block", "page_header",
    "para", "register_fonts", "signature_block", "space", "styles", "table", "text", "title_block",
]
