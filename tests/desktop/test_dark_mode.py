"""Light and dark desktops: text drawn on the window's background takes its colour from the palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app.ui.theme import contrast, ink, relative_luminance
from tests.ui.wellbeing_pages import _page, store  # noqa: F401 (store is a fixture)


def dark_palette() -> QPalette:
    palette = QStyleFactory.create("Fusion").standardPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e8e8e8",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#353535",
        QPalette.ColorRole.Text: "#e8e8e8", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e8e8e8", QPalette.ColorRole.Mid: "#555555",
        QPalette.ColorRole.Highlight: "#3d6fa5", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#353535", QPalette.ColorRole.ToolTipText: "#e8e8e8",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    return palette


PALETTES = {"light": lambda: QStyleFactory.create("Fusion").standardPalette(), "dark": dark_palette}


@pytest.fixture(params=sorted(PALETTES))
def themed(request, qapp):
    old = qapp.palette()
    qapp.setPalette(PALETTES[request.param]())
    yield request.param
    qapp.setPalette(old)


@pytest.mark.parametrize("window, text", [("#ffffff", "#000000"), ("#2b2b2b", "#e8e8e8"), ("#000000", "#ffffff"),
                                          ("#f0f0f0", "#1a1a1a"), ("#3c3f41", "#bbbbbb"), ("#1e1e1e", "#d4d4d4")])
def test_muted_text_keeps_a_readable_contrast_on_any_background(window, text):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    colors = ink(palette)
    assert colors.text == QColor(text)  # the desktop's own text colour
    assert contrast(colors.muted, colors.background) >= min(4.5, contrast(colors.text, colors.background))
    text_contrast = contrast(colors.text, colors.background)
    assert contrast(colors.muted, colors.background) < text_contrast or colors.muted == colors.text
    assert contrast(colors.warning_text, colors.background) >= 4.5


def _text_luminance(image, rect: QRect, background: QColor) -> float:
    """Mean luminance of the pixels in ``rect`` that are not the background (the drawn text)."""
    values = []
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right(), 2):
            color = image.pixelColor(x, y)
            if abs(relative_luminance(color) - relative_luminance(background)) > 0.1:
                values.append(relative_luminance(color))
    assert values, "nothing was drawn there"
    return sum(values) / len(values)


def test_chart_labels_and_legends_stand_out_from_the_background(qtbot, store, themed):  # noqa: F811
    page = _page(qtbot, store, "5.B")
    page.setPalette(QApplication.palette())
    qtbot.wait(10)
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    dark = themed == "dark"
    for chart, label_area in (
        (page.indicator_chart, QRect(0, page.indicator_chart.TOP, 150, 3 * page.indicator_chart.ROW_HEIGHT)),
        (page.indicator_chart, QRect(200, 0, 300, 26)),  # the legend
        (page.question_chart, QRect(0, page.question_chart.TOP, 170, 2 * page.question_chart.ROW_HEIGHT)),
    ):
        image = chart.grab().toImage()
        drawn = _text_luminance(image, label_area, background)
        if dark:
            assert drawn > relative_luminance(background) + 0.3, chart
        else:
            assert drawn < relative_luminance(background) - 0.3, chart
