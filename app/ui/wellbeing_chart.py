"""QPainter widgets that draw the wellbeing chart data from app.domain.charts (no plotting library): the
indicators and the questions here, the trend over the years in trend_chart.py.

Each widget draws exactly what its chart data holds; a class with fewer than five answers arrives as
chart data without values, so nothing here can show one. Rows may carry widgets (the "Lav aftale"
buttons) in a column at the right, placed by the chart so that they line up with the bars.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from app.domain.charts import (
    CLASS_COLOR,
    NATIONAL_COLOR,
    SCHOOL_COLOR,
    IndicatorChart,
    StackedBar,
    option_legend,
)
from app.domain.formatting import percent
from app.ui.theme import ink, is_dark


def _tr(text: str) -> str:
    return QCoreApplication.translate("WellbeingChart", text)


def _c(hex_color: str) -> QColor:
    return QColor(hex_color)


class _RowChart(QWidget):
    """A chart of rows with an optional widget per row in a column at the right."""

    ROW_HEIGHT = 44
    TOP = 34
    BOTTOM = 8
    SIDE_WIDTH = 120

    def __init__(self, parent=None):
        super().__init__(parent)
        self._row_widgets: list[QWidget | None] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(520)

    def row_count(self) -> int:
        return 0

    def row_top(self, row: int) -> float:
        return self.TOP + row * self.ROW_HEIGHT

    def set_row_widgets(self, widgets: Sequence[QWidget | None]) -> None:
        for old in self._row_widgets:
            if old is not None and old not in widgets:
                old.setParent(None)
                old.deleteLater()
        self._row_widgets = list(widgets)
        for widget in self._row_widgets:
            if widget is not None:
                widget.setParent(self)
                widget.show()
        self._place_row_widgets()

    def side_width(self) -> int:
        return self.SIDE_WIDTH if any(w is not None for w in self._row_widgets) else 0

    def _place_row_widgets(self) -> None:
        for row, widget in enumerate(self._row_widgets):
            if widget is None:
                continue
            hint = widget.sizeHint()
            width = min(hint.width(), self.SIDE_WIDTH - 8)
            height = min(hint.height(), self.ROW_HEIGHT - 8)
            top = self.row_top(row) + (self.ROW_HEIGHT - height) / 2
            widget.setGeometry(int(self.width() - width - 4), int(top), int(width), int(height))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_row_widgets()

    def sizeHint(self) -> QSize:
        return QSize(760, int(self.TOP + self.row_count() * self.ROW_HEIGHT + self.BOTTOM))

    def minimumSizeHint(self) -> QSize:
        return QSize(520, self.sizeHint().height())

    def _row_at(self, y: float) -> int | None:
        if y < self.TOP:
            return None
        row = int((y - self.TOP) // self.ROW_HEIGHT)
        return row if 0 <= row < self.row_count() else None


def _draw_note(painter: QPainter, rect: QRectF, text: str, *, strong: bool = False, colors=None) -> None:
    colors = colors or ink(QApplication.palette())
    painter.save()
    painter.setPen(QPen(colors.note_border, 1))
    painter.setBrush(colors.note_fill)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
    font = QFont(painter.font())
    font.setBold(strong)
    painter.setFont(font)
    painter.setPen(colors.text)
    painter.drawText(rect.adjusted(12, 6, -12, -6), Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text)
    painter.restore()


class IndicatorChartWidget(_RowChart):
    """The indicators as horizontal bars on the 1–5 axis over the four score bands."""

    LABEL_WIDTH = 210
    VALUE_WIDTH = 40
    VALUES_WIDTH = 150
    AXIS_HEIGHT = 40

    def __init__(self, parent=None):
        super().__init__(parent)
        self.chart: IndicatorChart | None = None
        self.setAccessibleName(_tr("Indicators"))

    def set_chart(self, chart: IndicatorChart | None) -> None:
        self.chart = chart
        texts = []
        if chart is not None:
            texts = [bar.description for bar in chart.bars] or [chart.note]
        self.setAccessibleDescription("; ".join(t for t in texts if t))
        self.updateGeometry()
        self.update()

    def row_count(self) -> int:
        return len(self.chart.bars) if self.chart is not None else 0

    def sizeHint(self) -> QSize:
        if self.chart is None or not self.chart.bars:
            return QSize(760, 48)
        return QSize(760, int(self.TOP + self.row_count() * self.ROW_HEIGHT + self.AXIS_HEIGHT))

    def _plot(self) -> QRectF:
        left = self.LABEL_WIDTH
        right = self.width() - self.side_width() - self.VALUES_WIDTH - 12
        return QRectF(left, self.TOP, max(60, right - left), self.row_count() * self.ROW_HEIGHT)

    def _x(self, plot: QRectF, value: float) -> float:
        chart = self.chart
        assert chart is not None  # drawn only with a chart
        return plot.left() + (value - chart.scale_min) / (chart.scale_max - chart.scale_min) * plot.width()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = self.chart
        if chart is None:
            return
        if not chart.bars:
            _draw_note(painter, QRectF(0, 4, self.width() - 2, self.height() - 8), chart.note, strong=chart.suppressed,
                       colors=ink(self.palette()))
            return
        plot = self._plot()
        metrics = QFontMetrics(painter.font())
        self._legend(painter, plot)
        for band in chart.bands:  # the score bands behind the bars
            band_rect = QRectF(self._x(plot, band.low), plot.top(), self._x(plot, band.high) - self._x(plot, band.low),
                               plot.height())
            painter.fillRect(band_rect, _c(band.color))
        painter.setPen(QPen(_c("#ffffff"), 1))
        for band in chart.bands[1:]:
            painter.drawLine(
                QPointF(self._x(plot, band.low), plot.top()), QPointF(self._x(plot, band.low), plot.bottom())
            )
        for row, bar in enumerate(chart.bars):
            top = self.row_top(row)
            label_rect = QRectF(0, top, self.LABEL_WIDTH - self.VALUE_WIDTH - 10, self.ROW_HEIGHT)
            painter.setPen(ink(self.palette()).text)
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
                             | Qt.TextFlag.TextWordWrap, bar.label)
            bold = QFont(painter.font())
            bold.setBold(True)
            painter.save()
            painter.setFont(bold)
            painter.drawText(
                QRectF(self.LABEL_WIDTH - self.VALUE_WIDTH - 4, top, self.VALUE_WIDTH - 4, self.ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, bar.value_text,
            )
            painter.restore()
            bar_height = self.ROW_HEIGHT * 0.42
            bar_top = top + (self.ROW_HEIGHT - bar_height) / 2
            if bar.value is not None:
                end = self._x(plot, bar.value)
                painter.fillRect(QRectF(plot.left(), bar_top, end - plot.left(), bar_height), _c(CLASS_COLOR))
            if bar.school_value is not None:
                x = self._x(plot, bar.school_value)
                painter.setPen(QPen(_c(SCHOOL_COLOR), 2.5))
                painter.drawLine(QPointF(x, bar_top - 6), QPointF(x, bar_top + bar_height + 6))
            if bar.national_value is not None:
                x = self._x(plot, bar.national_value)
                self._diamond(painter, QPointF(x, bar_top + bar_height + 6), 5)
            values_rect = QRectF(plot.right() + 12, top, self.VALUES_WIDTH, self.ROW_HEIGHT)
            lines = []
            if bar.school_text or bar.national_text:
                parts = []
                if bar.school_text:
                    parts.append(_tr("School {value}").format(value=bar.school_text))
                if bar.national_text:
                    parts.append(_tr("National {value}").format(value=bar.national_text))
                lines.append("  ".join(parts))
            if bar.change_text:
                lines.append(
                    _tr("{change} since {year}").format(change=bar.change_text, year=chart.previous_year_label)
                )
            painter.setPen(ink(self.palette()).muted)
            painter.drawText(values_rect, Qt.AlignmentFlag.AlignVCenter, "\n".join(lines))
        # the axis
        axis_y = plot.bottom()
        painter.setPen(QPen(ink(self.palette()).line, 1))
        painter.drawLine(QPointF(plot.left(), axis_y), QPointF(plot.right(), axis_y))
        for value, text in chart.ticks:
            x = self._x(plot, value)
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x - width / 2, axis_y + 4 + metrics.ascent()), text)
        painter.setPen(ink(self.palette()).muted)
        for band in chart.bands:
            band_width = self._x(plot, band.high) - self._x(plot, band.low)
            width = metrics.horizontalAdvance(band.label)
            if width > band_width - 4:
                continue  # too narrow to label without overlapping: the colours still show the bands
            middle = (self._x(plot, band.low) + self._x(plot, band.high)) / 2
            painter.drawText(QPointF(middle - width / 2, axis_y + 6 + 2 * metrics.height()), band.label)

    def _diamond(self, painter: QPainter, centre: QPointF, size: float) -> None:
        painter.save()
        painter.setPen(QPen(_c("#ffffff"), 1))
        painter.setBrush(_c(NATIONAL_COLOR))
        painter.drawPolygon(QPolygonF([
            QPointF(centre.x(), centre.y() - size), QPointF(centre.x() + size, centre.y()),
            QPointF(centre.x(), centre.y() + size), QPointF(centre.x() - size, centre.y()),
        ]))
        painter.restore()

    def _legend(self, painter: QPainter, plot: QRectF) -> None:
        assert self.chart is not None  # drawn only with a chart
        metrics = QFontMetrics(painter.font())
        y = 8
        x = plot.left()
        painter.save()
        painter.fillRect(QRectF(x, y + 3, 18, 10), _c(CLASS_COLOR))
        painter.setPen(ink(self.palette()).text)
        text = _tr("Class ({answers})").format(answers=self.chart.answers_text)
        painter.drawText(QPointF(x + 24, y + 3 + metrics.ascent() - 2), text)
        x += 24 + metrics.horizontalAdvance(text) + 20
        if self.chart.has_school:
            if is_dark(self.palette()):  # the dark school marker gets a light edge on a dark background
                painter.setPen(QPen(ink(self.palette()).text, 5))
                painter.drawLine(QPointF(x + 6, y), QPointF(x + 6, y + 16))
            painter.setPen(QPen(_c(SCHOOL_COLOR), 2.5))
            painter.drawLine(QPointF(x + 6, y), QPointF(x + 6, y + 16))
            painter.setPen(ink(self.palette()).text)
            painter.drawText(QPointF(x + 16, y + 3 + metrics.ascent() - 2), _tr("School"))
            x += 16 + metrics.horizontalAdvance(_tr("School")) + 20
        if self.chart.has_national:
            self._diamond(painter, QPointF(x + 6, y + 8), 5)
            painter.setPen(ink(self.palette()).text)
            painter.drawText(QPointF(x + 16, y + 3 + metrics.ascent() - 2), _tr("National"))
        painter.restore()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.chart is not None:
            row = self._row_at(event.position().y() if hasattr(event, "position") else event.pos().y())
            if row is not None:
                QToolTip.showText(event.globalPos(), self.chart.bars[row].description, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


class QuestionChartWidget(_RowChart):
    """Each question's answers as a stacked bar from the worst (left) to the best answer (right)."""

    ROW_HEIGHT = 40
    MEAN_WIDTH = 70

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[StackedBar] = []
        self.setAccessibleName(_tr("Answers per question, lowest first"))

    def set_bars(self, bars: list[StackedBar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(bar.description for bar in self.bars))
        self.updateGeometry()
        self.update()

    def row_count(self) -> int:
        return len(self.bars)

    def sizeHint(self) -> QSize:
        if not self.bars:
            return QSize(760, 0)
        return QSize(760, int(self.TOP + self.row_count() * self.ROW_HEIGHT + self.BOTTOM))

    def _text_width(self) -> float:
        return max(180.0, min(360.0, self.width() * 0.36))

    def _plot(self) -> tuple[float, float]:
        left = self._text_width() + 10
        right = self.width() - self.side_width() - self.MEAN_WIDTH - 8
        return left, max(left + 60, right)

    def paintEvent(self, _event) -> None:
        if not self.bars:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(painter.font())
        left, right = self._plot()
        self._legend(painter, left, right)
        small = QFont(painter.font())
        small.setPointSizeF(max(6.5, painter.font().pointSizeF() * 0.85))
        small_metrics = QFontMetrics(small)
        for row, bar in enumerate(self.bars):
            top = self.row_top(row)
            text_rect = QRectF(0, top + 2, self._text_width(), self.ROW_HEIGHT - 4)
            painter.setPen(ink(self.palette()).text)
            text = bar.text
            lines = metrics.height() * 2
            if metrics.boundingRect(text_rect.toRect(), int(Qt.TextFlag.TextWordWrap), text).height() > lines:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(text_rect.width() * 1.8))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, text)
            bar_height = self.ROW_HEIGHT * 0.6
            bar_top = top + (self.ROW_HEIGHT - bar_height) / 2
            x = left
            total = sum(s.share for s in bar.segments) or 100.0
            painter.setFont(small)
            for segment in bar.segments:
                width = (right - left) * segment.share / total
                rect = QRectF(x, bar_top, width, bar_height)
                painter.fillRect(rect, _c(segment.color))
                label = percent(segment.share, 0, empty="")
                if width >= small_metrics.horizontalAdvance(label) + 6:
                    painter.setPen(_c(segment.text_color))
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                x += width
            painter.setFont(QFont(self.font()))
            painter.setPen(ink(self.palette()).muted)
            painter.drawText(QRectF(right + 6, top, self.MEAN_WIDTH, self.ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                             bar.mean_text)

    def _legend(self, painter: QPainter, left: float, right: float) -> None:
        metrics = QFontMetrics(painter.font())
        legend = option_legend(self.bars)
        if not legend:
            return
        y = 8
        swatch = 16
        x = left
        for color, _words in legend:
            painter.fillRect(QRectF(x, y, swatch, 12), _c(color))
            x += swatch + 2
        painter.setPen(ink(self.palette()).text)
        explanation = _tr("from the lowest to the highest wellbeing")
        painter.drawText(QPointF(x + 8, y + metrics.ascent() - 1), explanation)
        mean_label = _tr("Mean (1–{top})").format(top=max(bar.option_count for bar in self.bars))
        if x + 8 + metrics.horizontalAdvance(explanation) + 8 < right + 6:  # only where it does not overlap
            painter.setPen(ink(self.palette()).muted)
            painter.drawText(QPointF(right + 6, y + metrics.ascent() - 1), mean_label)

    def segment_at(self, x: float, y: float):
        row = self._row_at(y)
        if row is None:
            return None, None
        bar = self.bars[row]
        left, right = self._plot()
        if not left <= x <= right:
            return bar, None
        total = sum(s.share for s in bar.segments) or 100.0
        position = left
        for segment in bar.segments:
            position += (right - left) * segment.share / total
            if x <= position:
                return bar, segment
        return bar, None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.bars:
            bar, segment = self.segment_at(event.pos().x(), event.pos().y())
            if segment is not None:
                QToolTip.showText(event.globalPos(), f"{bar.text}\n{segment.option}: {segment.share_text}", self)
            elif bar is not None:
                QToolTip.showText(event.globalPos(), bar.description, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
