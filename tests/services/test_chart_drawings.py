"""The PDF side of the charts: reportlab drawings from the same chart data, checked in a rendered PDF."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

from app.domain.charts import answers_text
from app.services import school
from app.services.export.chart_drawings import indicator_drawing, question_drawing, trend_drawing
from app.services.wellbeing_view import class_wellbeing
from app.storage.database import open_database

DECIMAL = re.compile(r"\d,\d")
WIDTH = 480.0


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def _view(store, name):
    return class_wellbeing(store, next(c for c in school.classes_of_year(store, 2026) if c.name == name))


def _pdf_text(drawing: Drawing, path) -> str:
    renderPDF.drawToFile(drawing, str(path))
    return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_indicator_drawing_shows_values_bands_school_and_change(store, tmp_path):
    view = _view(store, "5.B")
    drawing = indicator_drawing(view.indicators, WIDTH)
    assert drawing.width == WIDTH and drawing.height > 100
    text = _pdf_text(drawing, tmp_path / "5b.pdf")
    for expected in ("Social trivsel", "4,1", "3,5", "+0,2", "4,1–5,0", "1,0–2,0"):
        assert expected in text


def test_below_five_answers_the_pdf_shows_only_the_count_and_why(store, tmp_path):
    view = _view(store, "5.A")
    assert view.current.suppressed
    text = _pdf_text(indicator_drawing(view.indicators, WIDTH), tmp_path / "5a.pdf")
    assert answers_text(4) in text
    assert view.current.reason.split(":")[0] in text
    assert not DECIMAL.search(text)
    for value in ("3,8", "3,4", "3,0", "3,6", "3,5", "75"):
        assert value not in text
    assert question_drawing(view.questions, WIDTH).height == 0


def test_question_drawing_lowest_first_with_shares(store, tmp_path):
    view = _view(store, "5.B")
    text = _pdf_text(question_drawing(view.questions, WIDTH), tmp_path / "questions.pdf")
    assert text.index("Er undervisningen spændende?") < text.index("Er du blevet mobbet")
    assert "61 %" in text and "3,0" in text


def test_trend_drawing_and_grades_0_to_3(store, tmp_path):
    text = _pdf_text(trend_drawing(_view(store, "5.B").trend, WIDTH), tmp_path / "trend.pdf")
    assert "4.B 2025/26" in text and "5.B 2026/27" in text
    young = _view(store, "1.A")
    text = _pdf_text(indicator_drawing(young.indicators, WIDTH), tmp_path / "1a.pdf")
    assert answers_text(17) in text and young.indicators.note.split(":")[0] in text
    assert len(young.questions) == 8
    assert question_drawing(young.questions, WIDTH).height > 8 * 20


def test_answer_bar_labels_keep_each_option_with_its_share():
    from app.services.export.chart_drawings import _wrap_items, chart_fonts

    regular, _ = chart_fonts()
    items = ["Helt enig 9 %", "Enig 35 %", "Hverken enig eller uenig 39 %", "Uenig 17 %", "Helt uenig 0 %"]
    lines = _wrap_items(items, regular, 6.3, 160)
    assert len(lines) >= 2
    assert [part for line in lines for part in line.split(" · ")] == items
