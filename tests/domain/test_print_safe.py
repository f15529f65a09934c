"""Print-safe: on a black-and-white printer every colour still tells its state (checked numerically), numbers
carry a real minus sign, and no word of a table breaks in the middle."""

from __future__ import annotations

from itertools import combinations

import pytest
from hypothesis import given, strategies as st
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.domain.charts import OPTION_COLORS, TREND_COLORS, TREND_DASHES, grey_value
from app.domain.formatting import MINUS, decimal, signed
from app.services.export.pdf_layout import CONTENT_WIDTH, FONT, register_fonts
from app.services.export.sections import SUBJECT_WIDTHS, SUBJECT_WIDTHS_SHORT

# The subjects of the Folkeskole (fagrækken), as a school writes them.
DANISH_SUBJECTS = (
    "Dansk", "Matematik", "Engelsk", "Tysk", "Fransk", "Natur/teknologi", "Biologi", "Geografi", "Fysik/kemi",
    "Historie", "Kristendomskundskab", "Samfundsfag", "Idræt", "Musik", "Billedkunst", "Håndværk og design",
    "Madkundskab", "Understøttende undervisning",
)
CELL_PADDING = 8  # left + right padding of a table cell (pdf_layout.table)


@pytest.mark.parametrize("count", sorted(OPTION_COLORS))
def test_answer_colours_stay_apart_in_greyscale(count):
    greys = [grey_value(color) for color in OPTION_COLORS[count]]
    for a, b in combinations(greys, 2):
        assert abs(a - b) >= 30, (OPTION_COLORS[count], greys)


def test_trend_lines_differ_in_grey_and_in_dash_pattern():
    greys = [grey_value(color) for color in TREND_COLORS.values()]
    for a, b in combinations(greys, 2):
        assert abs(a - b) >= 20, greys
    dashes = [TREND_DASHES[indicator] for indicator in TREND_COLORS]
    assert len(set(dashes)) == len(dashes)


def test_grey_value_of_black_white_and_a_grey():
    assert grey_value("#000000") == 0 and round(grey_value("#ffffff")) == 255
    assert round(grey_value("#808080")) == 128


@given(st.floats(min_value=-5, max_value=5, allow_nan=False))
def test_negative_numbers_use_a_real_minus_sign_and_zero_has_none(value):
    for text in (signed(value), decimal(value), decimal(value, 2)):
        assert "-" not in text
        if text.startswith(MINUS):
            assert value < 0 and text.strip(MINUS + "0,") != ""
    assert signed(-0.1) == MINUS + "0,1" and decimal(-0.04) == "0,0"


@pytest.mark.parametrize("widths", [SUBJECT_WIDTHS, SUBJECT_WIDTHS_SHORT])
def test_every_word_of_every_subject_name_fits_its_column(widths):
    register_fonts()
    column = widths[0] * CONTENT_WIDTH - CELL_PADDING
    for subject in DANISH_SUBJECTS:
        for word in subject.split():
            assert stringWidth(word, FONT, 8.5) <= column, (subject, word)
