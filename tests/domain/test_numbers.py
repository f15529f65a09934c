"""The one Danish number reader: every way a school file writes a number, and never a crash on text."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings, strategies as st

from app.domain.numbers import LIMIT, parse_danish_number


@pytest.mark.parametrize("text, expected", [
    ("3,8", (3.8, False)), ("100,0 %", (100.0, True)), ("2.351", (2351.0, False)), ("1.234,5", (1234.5, False)),
    ("1,234.5", (1234.5, False)), ("12.5", (12.5, False)), ("0.125", (0.125, False)), ("−2", (-2.0, False)),
    ("12,5\u00a0%", (12.5, True)), ("1.234.567", (1234567.0, False)), (" 7 ", (7.0, False)), ("-", None), ("", None),
])
def test_danish_numbers(text, expected):
    assert parse_danish_number(text) == expected


@pytest.mark.parametrize(
    "bad", ["nan", "inf", "1e30", "abc", "3,8;4,1", "#N/A", float("nan"), float("inf"), 1e30, True]
)
def test_what_is_not_a_number_is_a_value_error(bad):
    with pytest.raises(ValueError):
        parse_danish_number(bad)


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=-999999, max_value=999999, places=2, allow_nan=False, allow_infinity=False))
def test_a_number_written_with_a_decimal_comma_reads_back(value):
    text = f"{value:.2f}".replace(".", ",")
    parsed, percent = parse_danish_number(text)
    assert math.isclose(parsed, float(value), abs_tol=1e-9) and not percent


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=30), st.floats(), st.integers()))
def test_anything_is_a_number_none_or_a_value_error(value):
    try:
        result = parse_danish_number(value)
    except ValueError:
        return
    assert result is None or (math.isfinite(result[0]) and abs(result[0]) <= LIMIT)
