"""Survey files as the ministry and schools write them: the ministry's labels, CSV, crashes that became refusals."""

from __future__ import annotations

import pytest

from app.services.survey_import import preview_import
from tests.conftest import DEMO_TODAY
from tests.services.test_survey_import import report_rows, workbook
from tests.ui.wellbeing_pages import store  # noqa: F401 (a fixture)

YEAR = 2026


@pytest.mark.parametrize("label", ["Andel med højest trivsel", "Andel med højeste trivsel", "ANDEL MED HØJEST TRIVSEL"])
def test_the_ministrys_label_for_the_high_wellbeing_share_is_read(store, tmp_path, label):  # noqa: F811
    rows = report_rows()
    rows.insert(3, [label, "87,5 %"])
    rows.insert(4, ["Andel med højest trivsel - Kommune", "84,0 %"])
    rows.insert(5, ["Andel med højest trivsel - Land", "86,0 %"])
    preview = preview_import(store, workbook(tmp_path / "r.xlsx", {"Rapport": rows}), YEAR, DEMO_TODAY)
    assert preview.ok, preview.problem_text()
    [entry] = preview.entries
    assert entry.values.high_wellbeing_pct == 87.5  # never the municipality's or the country's share


@pytest.mark.parametrize("value", [1e30, "1e30", 10**30, -5, "inf", "#N/A", "=B2*2"])
def test_an_absurd_number_of_answers_is_a_problem_not_a_crash(store, tmp_path, value):  # noqa: F811
    rows = report_rows()
    rows[3] = ["Antal svar", value]
    preview = preview_import(store, workbook(tmp_path / "r.xlsx", {"5.B": rows}), YEAR, DEMO_TODAY)
    assert not preview.ok and preview.problems
