"""The trend chart: the cohort's indicators over the school years, drawn with QPainter like the other
wellbeing charts (wellbeing_chart.py). A class with fewer than five answers arrives without values."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.charts import TrendChart
from app.ui.theme import ink
from app.ui.wellbeing_chart import _c, _draw_note


def _tr(text: str) -> str:
    return QCoreApplication.translate("WellbeingChart", text)


class TrendChartWidget(QWidget):
    """The cohort's indicators over the school years, as lines on the 1–5 axis over the score bands."""

    LEFT = 44
    TOP = 16
    LEGEND_WIDTH = 250
    AXIS_HEIGHT = 46

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chart: TrendChart | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_tr("Development over the years"))

    def set_chart(self, chart: TrendChart | None) -> None:
        self.chart = chart
        if chart is None:
            self.setAccessibleDescription("")
        elif not chart.has_values:
            notes = [f"{y.label}: {y.note or y.answers_text}" for y in chart.years]
            self.setAccessibleDescription("; ".join([chart.note, *notes]).strip("; "))
        else:
            parts = []
            for index, year in enumerate(chart.years):
                if year.note:
                    parts.append(f"{year.label}: {year.note}")
                else:
                    values = ", ".join(
                        f"{s.label} {s.value_texts[index]}" for s in chart.series if s.value_texts[index])
                    parts.append(f"{year.label} ({year.answers_text}): {values}")
            self.setAccessibleDescription("; ".join(parts))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        if self.chart is None or not self.chart.has_values:
            return QSize(760, 56)
        return QSize(760, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(420, self.sizeHint().height())

    def paintEvent(self, _event) -> None:
        chart = self.chart
        if chart is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not chart.has_values:
            notes = [chart.note] + [f"{y.label}: {y.note or y.answers_text}" for y in chart.years if y.note]
            _draw_note(painter, QRectF(0, 4, self.width() - 2, self.height() - 8), "   ".join(n for n in notes if n),
                       colors=ink(self.palette()))
            return
        metrics = QFontMetrics(painter.font())
        plot = QRectF(self.LEFT, self.TOP, self.width() - self.LEFT - self.LEGEND_WIDTH - 16,
                      self.height() - self.TOP - self.AXIS_HEIGHT)

        def y_of(value: float) -> float:
            return plot.bottom() - (value - chart.scale_min) / (chart.scale_max - chart.scale_min) * plot.height()

        for band in chart.bands:
            painter.fillRect(QRectF(plot.left(), y_of(band.high), plot.width(), y_of(band.low) - y_of(band.high)),
                             _c(band.color))
        painter.setPen(QPen(ink(self.palette()).line, 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for tick, text in chart.ticks:
            y = y_of(tick)
            painter.drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y))
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
        count = len(chart.years)
        step = plot.width() / count

        def x_of(index: int) -> float:
            return plot.left() + step * (index + 0.5)

        for index, year in enumerate(chart.years):
            x = x_of(index)
            painter.setPen(ink(self.palette()).text)
            painter.drawText(QRectF(x - step / 2, plot.bottom() + 4, step, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, year.label)
            painter.setPen(ink(self.palette()).muted)
            painter.drawText(QRectF(x - step / 2, plot.bottom() + 4 + metrics.height(), step, metrics.height()),
                             Qt.AlignmentFlag.AlignCenter, year.note or year.answers_text)
        for series in chart.series:
            color = _c(series.color)
            painter.setPen(QPen(color, 2.2))
            path = QPainterPath()
            started = False
            for index, value in enumerate(series.values):
                if value is None:
                    started = False
                    continue
                point = QPointF(x_of(index), y_of(value))
                if started:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    started = True
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setBrush(color)
            for index, value in enumerate(series.values):
                if value is not None:
                    painter.drawEllipse(QPointF(x_of(index), y_of(value)), 3.5, 3.5)
        # legend with the newest value per indicator
        legend_x = plot.right() + 16
        y = plot.top()
        for series in chart.series:
            last = " → ".join(t for t in series.value_texts if t)
            painter.setPen(QPen(_c(series.color), 3))
            middle = y + metrics.height() / 2
            painter.drawLine(QPointF(legend_x, middle), QPointF(legend_x + 18, middle))
            painter.setPen(ink(self.palette()).text)
            painter.drawText(QPointF(legend_x + 24, y + metrics.ascent()), f"{series.label}  {last}")
            y += metrics.height() + 6
