"""One way to write dates, times, numbers, differences and counts in Danish (app/domain/formatting.py),
and no second way left anywhere in app/."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from app.domain import formatting as f

ROOT = Path(__file__).resolve().parents[2]


def test_dates_and_times_the_way_danish_schools_write_them():
    assert f.long_date(date(2026, 12, 3)) == "3. december 2026"
    assert f.long_date(date(2026, 3, 12)) == "12. marts 2026"
    assert f.short_date(date(2026, 12, 3)) == "03.12.2026"
    assert f.short_date(datetime(2026, 12, 3, 9, 5)) == "03.12.2026"
    assert f.long_date(None) == f.short_date(None) == ""
    assert f.clock(14 * 60 + 5) == "14.05"
    assert f.time_of_day(datetime(2026, 12, 3, 9, 5)) == "09.05"
    assert f.time_of_day(time(23, 59)) == "23.59"
    assert f.date_and_time(datetime(2026, 12, 3, 9, 5)) == "03.12.2026 kl. 09.05"
    assert f.period(date(2026, 8, 1), date(2026, 10, 31)) == "01.08.2026 – 31.10.2026"


def test_numbers_with_decimal_comma_thousands_dot_and_a_real_minus():
    assert f.decimal(3.66) == "3,7"
    assert f.decimal(3.65) == "3,7"  # half up, as people round (not the float's 3.6499…)
    assert f.decimal(2.25, 1) == "2,3"
    assert f.decimal(1234.5) == "1.234,5"
    assert f.decimal(-0.04) == "0,0"  # never "−0,0"
    assert f.decimal(-1.25) == "\u22121,3"
    assert f.decimal(None) == "–" and f.decimal(None, empty="") == ""
    assert f.decimal(2.5, 0) == "3"
    assert f.percent(12) == "12,0 %" and f.percent(12, 0) == "12 %" and f.percent(87.5) == "87,5 %"
    assert f.percent(None) == "–" and f.percent(None, empty="") == ""
    assert f.decimal(float("nan")) == f.decimal(float("inf")) == "–" and f.signed(float("-inf")) == ""
    assert f.megabytes(3 * 1024 * 1024 + 100_000) == "3,1 MB"


def test_a_difference_is_taken_from_the_figures_shown():
    # 3.66 shows as "3,7" and 3.54 as "3,5": the difference shown is "+0,2", not round(0.12) = "+0,1".
    assert f.difference(3.66, 3.54) == pytest.approx(0.2)
    assert f.signed(f.difference(3.66, 3.54)) == "+0,2"
    assert f.signed(f.difference(3.54, 3.66)) == "\u22120,2"
    assert f.signed(f.difference(3.61, 3.64)) == "0,0"
    assert f.difference(None, 3.5) is None and f.signed(None) == ""


@given(st.floats(1, 5, allow_nan=False), st.floats(1, 5, allow_nan=False))
def test_the_difference_shown_is_the_difference_of_the_values_shown(now, before):
    shown_now, shown_before = (float(f.decimal(v).replace(",", ".")) for v in (now, before))
    change = f.signed(f.difference(now, before))
    assert float(change.replace(",", ".").replace("\u2212", "-")) == pytest.approx(shown_now - shown_before, abs=1e-9)
    assert change[0] in "+\u2212" or change == "0,0"


@given(st.floats(-1e6, 1e6, allow_nan=False))
def test_decimal_never_shows_minus_zero_and_always_a_comma(value):
    text = f.decimal(value)
    assert "," in text and "." not in text[-3:] and not re.fullmatch(r"\u22120,0", text) and "-" not in text


@pytest.mark.parametrize("count, text", [
    (0, "0 åbne aftaler"), (1, "1 åben aftale"), (2, "2 åbne aftaler"), (21, "21 åbne aftaler"),
])
def test_plural(count, text):
    assert f.plural(count, "{count} åben aftale", "{count} åbne aftaler") == text


def test_counted_nouns_the_app_uses_come_out_right_in_danish():
    assert f.pupils(1) == "1 elev" and f.pupils(2) == "2 elever"
    assert f.open_agreements(1) == "1 åben aftale" and f.open_agreements(3) == "3 åbne aftaler"
    assert f.texts(1) == "1 tekst" and f.texts(2) == "2 tekster"
    assert f.names(1) == "1 navn" and f.names(2) == "2 navne"


# -- no second way back into app/ -------------------------------------------------------------------------
OLD_WAYS = [
    (re.compile(r"\.strftime\("), "strftime: use app.domain.formatting"),
    (re.compile(r"\{[^{}]*:%[dmYHM]"), "a date format in an f-string: use app.domain.formatting"),
    (re.compile(r"""\.replace\(\s*["']\.["']\s*,\s*["'],["']\s*\)"""), "decimal comma by hand: use formatting.decimal"),
    (re.compile(r":\+?,?\.\d+f\}|:,\}|:g\}|QLocale\([^)]*\)\.toString"),
     "a number formatted by hand: use formatting.decimal"),
    (re.compile(r"\bformat_(decimal|percent|change)\b"), "the old survey formatters: use app.domain.formatting"),
    (re.compile(r"export\.danish\b|export import danish\b"), "the old export formatter: use app.domain.formatting"),
    (re.compile(r"""["'][^"'\n]*[a-zæøå]\((er|e|r)\)[^"'\n]*["']"""), "a plural in brackets: use formatting.plural"),
    (re.compile(r"\.day:02d|\{day\}\.\{month\}"), "a date put together by hand: use formatting.short_date"),
    (re.compile(r"""["'](dd\.MM\.yyyy|DD\.MM\.YYYY|HH\.mm|0\.0" %")["']"""),
     "a format code: use formatting's PICKER_/EXCEL_ constants"),
]
# Stamps in file names and machine-readable text are not for people to read.
ALLOWED = {
    ("app/storage/backups.py", "strftime"), ("app/storage/database.py", "strftime"),
    ("app/services/demo.py", "strftime"),
}


def test_no_other_formatter_in_app():
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        if relative == "app/domain/formatting.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for pattern, why in OLD_WAYS:
                if pattern.search(line) and (relative, why.split(":")[0]) not in ALLOWED:
                    found.append(f"{relative}:{number}: {why}: {line.strip()}")
    assert found == []


def test_no_plural_in_brackets_in_the_danish_catalogue():
    catalogue = (ROOT / "resources" / "i18n" / "klassekonference_da.ts").read_text(encoding="utf-8")
    translations = re.findall(r"<translation>([^<]*)</translation>", catalogue)
    assert [t for t in translations if re.search(r"\w\((er|e|r)\)", t)] == []


# -- a count in front of a plural noun goes through plural() -------------------------------------------------
COUNTED = re.compile(r"\{count\} (\w+ )?\w+s\b|\{\w+\} (\w+ )?(pupils|agreements|rows|files|classes|texts|names|notes|"
                     r"backups|pages|indicators|sheets|columns)\b")
# The Danish word is the same for one and many ("1 svar", "1 fejl"), or the count is never 1.
SAME_IN_DANISH = {
    ("app/cli.py", "Integrity check: {count} problems"),
    ("app/domain/charts.py", "{count} answers"),  # "1 answer" is its own branch
    ("app/domain/wellbeing.py", "Only {count} answers"),
    ("app/services/export/wellbeing_pdf.py", "The survey {year}: {count} answers"),
    ("app/domain/passphrase.py", "Too short: use at least {count} characters"),  # the minimum, never 1
    ("app/services/tabular.py", "“{name}” has more than {limit} rows"),  # the limit, never 1
}


def _name(call) -> str | None:
    return getattr(call.func, "id", getattr(call.func, "attr", None))


def test_every_count_before_a_plural_noun_has_a_singular():
    """tr("… {count} pupils …") must be one of plural()'s two forms, or sit in a branch for count == 1 …"""
    import ast

    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        relative = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _name(node) in ("tr", "_tr", "translate") and node.args):
                continue
            text = node.args[-1].value if isinstance(node.args[-1], ast.Constant) else None
            if not isinstance(text, str) or not COUNTED.search(text):
                continue
            if any(relative == where and text.startswith(start) for where, start in SAME_IN_DANISH):
                continue
            parent = parents.get(node)
            if isinstance(parent, ast.Call) and _name(parent) == "plural":
                continue
            branch = parent
            while branch is not None and not isinstance(branch, (ast.If, ast.IfExp)):
                branch = parents.get(branch)
            if branch is not None and re.search(r"[!=]= 1\b", ast.unparse(branch.test)):
                continue
            found.append(f"{relative}:{node.lineno}: {text}")
    assert found == []
