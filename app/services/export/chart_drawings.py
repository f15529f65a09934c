"""The wellbeing charts for PDFs, drawn with reportlab's graphics from the chart data in app.domain.charts.

The same data the app draws with QPainter: the indicator bars over the score bands, the stacked bars per
question and the cohort's trend. A chart of a class with fewer than five answers holds no values, so the
drawing shows only the number of answers and the reason.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from app.domain.charts import (
    AXIS_COLOR,
    CLASS_COLOR,
    MUTED_TEXT_COLOR,
    NATIONAL_COLOR,
    SCHOOL_COLOR,
    TEXT_COLOR,
    TREND_DASHES,
    IndicatorChart,
    StackedBar,
    TrendChart,
    option_legend,
)
from app.domain.formatting import percent
from app.i18n import tr
from app.resources import resource_path

_FONT_FILES = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf"}


@lru_cache(maxsize=1)
def chart_fonts() -> tuple[str, str]:
    """(regular, bold): DejaVu Sans from resources/fonts (as the handouts use), else Helvetica."""
    registered = set(pdfmetrics.getRegisteredFontNames())
    try:
        for name, filename in _FONT_FILES.items():
            if name not in registered:
                path = resource_path("fonts", filename)
                if not path.exists():
                    raise FileNotFoundError(path)
                pdfmetrics.registerFont(TTFont(name, str(path)))
        return "DejaVuSans", "DejaVuSans-Bold"
    except Exception:  # no font files: the built-in fonts still have æ, ø and å
        return "Helvetica", "Helvetica-Bold"


def _c(hex_color: str):
    return colors.HexColor(hex_color)


def _wrap_items(items: list[str], font: str, size: float, width: float) -> list[str]:
    """ "Aldrig 61 % · Sjældent 35 % · …" over as many lines as needed, never splitting an item ("uenig 0 %")."""
    lines: list[str] = []
    line = ""
    for item in items:
        candidate = f"{line} · {item}" if line else item
        if line and stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = item
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def _wrap(text: str, font: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if stringWidth(candidate, font, size) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + " …", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + " …"
    return lines


def _note(width_pt: float, lines: list[str], *, bold_first: bool = True) -> Drawing:
    """A framed note (used instead of a chart: too few answers, grades 0–3, nothing entered)."""
    regular, bold = chart_fonts()
    size = 9
    wrapped: list[tuple[str, str]] = []
    for index, text in enumerate(t for t in lines if t):
        font = bold if (bold_first and index == 0) else regular
        wrapped += [(part, font) for part in _wrap(text, font, size, width_pt - 16, max_lines=4)]
    height = 12 + len(wrapped) * 12
    drawing = Drawing(width_pt, height)
    drawing.add(Rect(0.5, 0.5, width_pt - 1, height - 1, rx=4, ry=4, fillColor=_c("#f7f7f7"),
                     strokeColor=_c("#c9c9c9"), strokeWidth=0.6))
    y = height - 6 - size
    for text, font in wrapped:
        drawing.add(String(8, y, text, fontName=font, fontSize=size, fillColor=_c(TEXT_COLOR)))
        y -= 12
    return drawing


def _diamond(x: float, y: float, size: float) -> Polygon:
    return Polygon([x, y + size, x + size, y, x, y - size, x - size, y], fillColor=_c(NATIONAL_COLOR),
                   strokeColor=colors.white, strokeWidth=0.5)


# -- indicators --------------------------------------------------------------------------------------
def indicator_drawing(chart: IndicatorChart, width_pt: float) -> Drawing:
    """The indicators as bars on 1–5 over the score bands, with school (line) and national (diamond) values
    and the change from last year. Without bars (below 5 answers, grades 0–3): the count and the note."""
    regular, bold = chart_fonts()
    if not chart.bars:
        return _note(width_pt, [chart.answers_text, chart.note])
    row_height, bar_height = 22.0, 10.0
    legend_height, axis_height = 18.0, 26.0
    label_width = width_pt * 0.29
    values_width = width_pt * 0.22
    plot_left = label_width
    plot_right = width_pt - values_width - 6
    rows = len(chart.bars)
    height = legend_height + rows * row_height + axis_height
    plot_top = height - legend_height
    plot_bottom = plot_top - rows * row_height
    drawing = Drawing(width_pt, height)

    def x_of(value: float) -> float:
        return plot_left + (value - chart.scale_min) / (chart.scale_max - chart.scale_min) * (plot_right - plot_left)

    # legend
    y = height - 11
    x = plot_left
    drawing.add(Rect(x, y, 12, 7, fillColor=_c(CLASS_COLOR), strokeColor=None))
    text = tr("chart_drawings", "Class ({answers})").format(answers=chart.answers_text)
    drawing.add(String(x + 16, y, text, fontName=regular, fontSize=7.5, fillColor=_c(TEXT_COLOR)))
    x += 16 + stringWidth(text, regular, 7.5) + 14
    if chart.has_school:
        drawing.add(Line(x + 3, y - 2, x + 3, y + 9, strokeColor=_c(SCHOOL_COLOR), strokeWidth=1.6))
        label = tr("chart_drawings", "School")
        drawing.add(String(x + 9, y, label, fontName=regular, fontSize=7.5, fillColor=_c(TEXT_COLOR)))
        x += 9 + stringWidth(label, regular, 7.5) + 14
    if chart.has_national:
        drawing.add(_diamond(x + 3, y + 3, 3.5))
        drawing.add(String(x + 10, y, tr("chart_drawings", "National"), fontName=regular, fontSize=7.5,
                           fillColor=_c(TEXT_COLOR)))
    # bands
    for band in chart.bands:
        drawing.add(Rect(x_of(band.low), plot_bottom, x_of(band.high) - x_of(band.low), plot_top - plot_bottom,
                         fillColor=_c(band.color), strokeColor=None))
    for row, bar in enumerate(chart.bars):
        top = plot_top - row * row_height
        middle = top - row_height / 2
        value_width = 24.0
        label_lines = _wrap(bar.label, regular, 8, label_width - value_width - 8)
        start = middle + (len(label_lines) - 1) * 4.5 - 3
        for index, line in enumerate(label_lines):
            drawing.add(String(label_width - value_width - 6, start - index * 9, line, fontName=regular, fontSize=8,
                               textAnchor="end", fillColor=_c(TEXT_COLOR)))
        drawing.add(String(label_width - 5, middle - 3, bar.value_text, fontName=bold, fontSize=8.5,
                           textAnchor="end", fillColor=_c(TEXT_COLOR)))
        bar_bottom = middle - bar_height / 2
        if bar.value is not None:
            end = x_of(bar.value)
            drawing.add(Rect(plot_left, bar_bottom, end - plot_left, bar_height, fillColor=_c(CLASS_COLOR),
                             strokeColor=None))
        if bar.school_value is not None:
            x = x_of(bar.school_value)
            drawing.add(Line(x, bar_bottom - 3.5, x, bar_bottom + bar_height + 3.5, strokeColor=_c(SCHOOL_COLOR),
                             strokeWidth=1.6))
        if bar.national_value is not None:
            drawing.add(_diamond(x_of(bar.national_value), bar_bottom - 3.5, 3.2))
        parts = []
        if bar.school_text:
            parts.append(tr("chart_drawings", "School {value}").format(value=bar.school_text))
        if bar.national_text:
            parts.append(tr("chart_drawings", "National {value}").format(value=bar.national_text))
        lines = ["  ".join(parts)] if parts else []
        if bar.change_text:
            lines.append(tr("chart_drawings", "{change} since {year}").format(
                change=bar.change_text, year=chart.previous_year_label))
        start = middle + (len(lines) - 1) * 4.5 - 2.5
        for index, line in enumerate(lines):
            drawing.add(String(plot_right + 6, start - index * 9, line, fontName=regular, fontSize=7,
                               fillColor=_c(MUTED_TEXT_COLOR)))
    # axis
    drawing.add(Line(plot_left, plot_bottom, plot_right, plot_bottom, strokeColor=_c(AXIS_COLOR), strokeWidth=0.6))
    for value, text in chart.ticks:
        x = x_of(value)
        drawing.add(Line(x, plot_bottom, x, plot_bottom - 3, strokeColor=_c(AXIS_COLOR), strokeWidth=0.6))
        drawing.add(String(x, plot_bottom - 11, text, fontName=regular, fontSize=7, textAnchor="middle",
                           fillColor=_c(TEXT_COLOR)))
    for band in chart.bands:
        drawing.add(String((x_of(band.low) + x_of(band.high)) / 2, plot_bottom - 21, band.label, fontName=regular,
                           fontSize=6.5, textAnchor="middle", fillColor=_c(MUTED_TEXT_COLOR)))
    return drawing


# -- questions ---------------------------------------------------------------------------------------
def question_drawing(bars: list[StackedBar], width_pt: float) -> Drawing:
    """Each question's answers as a stacked bar, worst answer left, in the order given (lowest first)."""
    regular, bold = chart_fonts()
    if not bars:
        return Drawing(width_pt, 0)
    row_height, bar_height = 24.0, 12.0
    legend_height = 16.0
    text_width = width_pt * 0.38
    mean_width = 40.0
    plot_left = text_width + 6
    plot_right = width_pt - mean_width
    # Under each bar its options with their shares in words ("Aldrig 61 % · Sjældent 20 % …"), best first:
    # the bar can be read without colours, on a black-and-white printer too.
    option_lines = [_wrap_items([f"{s.option} {percent(s.share, 0, empty='')}" for s in reversed(bar.segments)],
                                regular, 6.3, plot_right - plot_left) for bar in bars]
    heights = [row_height + 7.5 * len(lines) for lines in option_lines]
    height = legend_height + sum(heights) + 2
    drawing = Drawing(width_pt, height)
    # legend
    y = height - 10
    x = plot_left
    for color, _words in option_legend(bars):
        drawing.add(Rect(x, y, 11, 7, fillColor=_c(color), strokeColor=_c(AXIS_COLOR), strokeWidth=0.3))
        x += 12
    drawing.add(String(x + 5, y, tr("chart_drawings", "from the lowest to the highest wellbeing"), fontName=regular,
                       fontSize=7, fillColor=_c(TEXT_COLOR)))
    mean_label = tr("chart_drawings", "Mean (1–{top})").format(top=max(bar.option_count for bar in bars))
    drawing.add(String(plot_right + 4, y, mean_label, fontName=regular, fontSize=7, fillColor=_c(MUTED_TEXT_COLOR)))
    tops = [height - legend_height - sum(heights[:row]) for row in range(len(bars))]
    for row, bar in enumerate(bars):
        top = tops[row]
        middle = top - row_height / 2
        lines = _wrap(bar.text, regular, 7.5, text_width - 4)
        start = middle + (len(lines) - 1) * 4.5 - 2.5
        for index, line in enumerate(lines):
            drawing.add(String(0, start - index * 9, line, fontName=regular, fontSize=7.5, fillColor=_c(TEXT_COLOR)))
        total = sum(s.share for s in bar.segments) or 100.0
        x = plot_left
        bar_bottom = middle - bar_height / 2
        group = Group()
        for segment in bar.segments:
            width = (plot_right - plot_left - 4) * segment.share / total
            group.add(Rect(x, bar_bottom, width, bar_height, fillColor=_c(segment.color), strokeColor=None))
            label = percent(segment.share, 0, empty="")
            if width >= stringWidth(label, regular, 6.5) + 4:
                group.add(String(x + width / 2, bar_bottom + 3.3, label, fontName=regular, fontSize=6.5,
                                 textAnchor="middle", fillColor=_c(segment.text_color)))
            x += width
        drawing.add(group)
        drawing.add(String(plot_right + 4, bar_bottom + 3, bar.mean_text, fontName=regular, fontSize=7.5,
                           fillColor=_c(MUTED_TEXT_COLOR)))
        for index, line in enumerate(option_lines[row]):
            drawing.add(String(plot_left, bar_bottom - 8 - index * 7.5, line, fontName=regular, fontSize=6.3,
                               fillColor=_c(TEXT_COLOR)))
    return drawing


# -- trend -------------------------------------------------------------------------------------------
def trend_drawing(chart: TrendChart, width_pt: float, height_pt: float = 150.0) -> Drawing:
    """The cohort's indicators over the years as lines on 1–5 over the score bands."""
    regular, _bold = chart_fonts()
    if not chart.has_values:
        return _note(width_pt, [chart.note] + [f"{y.label}: {y.note or y.answers_text}" for y in chart.years],
                     bold_first=False)
    legend_width = width_pt * 0.34
    left, bottom = 18.0, 24.0
    right = width_pt - legend_width - 8
    top = height_pt - 6
    drawing = Drawing(width_pt, height_pt)

    def y_of(value: float) -> float:
        return bottom + (value - chart.scale_min) / (chart.scale_max - chart.scale_min) * (top - bottom)

    for band in chart.bands:
        drawing.add(Rect(left, y_of(band.low), right - left, y_of(band.high) - y_of(band.low),
                         fillColor=_c(band.color), strokeColor=None))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=_c(AXIS_COLOR), strokeWidth=0.6))
    drawing.add(Line(left, bottom, left, top, strokeColor=_c(AXIS_COLOR), strokeWidth=0.6))
    for tick, text in chart.ticks:
        drawing.add(String(left - 4, y_of(tick) - 2.5, text, fontName=regular, fontSize=7, textAnchor="end",
                           fillColor=_c(TEXT_COLOR)))
    step = (right - left) / max(1, len(chart.years))

    def x_of(index: int) -> float:
        return left + step * (index + 0.5)

    for index, year in enumerate(chart.years):
        drawing.add(String(x_of(index), bottom - 10, year.label, fontName=regular, fontSize=7, textAnchor="middle",
                           fillColor=_c(TEXT_COLOR)))
        drawing.add(String(x_of(index), bottom - 19, year.note or year.answers_text, fontName=regular, fontSize=6.5,
                           textAnchor="middle", fillColor=_c(MUTED_TEXT_COLOR)))
    for series in chart.series:
        color = _c(series.color)
        run: list[float] = []
        for index, value in enumerate(list(series.values) + [None]):
            if value is None:
                if len(run) >= 4:
                    drawing.add(PolyLine(run, strokeColor=color, strokeWidth=1.4,
                                         strokeDashArray=TREND_DASHES.get(series.indicator)))
                run = []
                continue
            run += [x_of(index), y_of(value)]
            drawing.add(Circle(x_of(index), y_of(value), 2.2, fillColor=color, strokeColor=None))
    y = top - 8
    for series in chart.series:
        drawing.add(Line(right + 10, y + 2.5, right + 22, y + 2.5, strokeColor=_c(series.color), strokeWidth=2,
                         strokeDashArray=TREND_DASHES.get(series.indicator)))
        arrow = " → " if regular == "DejaVuSans" else " -> "
        text = f"{series.label}  {arrow.join(t for t in series.value_texts if t)}"
        drawing.add(String(right + 26, y, text, fontName=regular, fontSize=7, fillColor=_c(TEXT_COLOR)))
        y -= 11
    return drawing
