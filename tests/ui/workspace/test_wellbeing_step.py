"""The meeting's wellbeing step shows the same numbers as the wellbeing page and the PDF, for the class's own
school year, from the same chart data (app/domain/charts.py through app/services/wellbeing_view.py)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from app.domain.charts import indicator_chart
from app.domain.conference import Conference
from app.domain.formatting import decimal
from app.domain.wellbeing import Indicator, WellbeingResult
from app.services import conferences, school, wellbeing
from app.services.export.content import DocumentKind, ExportOptions, collect
from app.services.export.files import render_pdf
from app.services.wellbeing_view import stored_input
from app.storage.database import open_database
from app.ui.wellbeing_page import WellbeingPage
from app.ui.workspace.steps import WellbeingStep
from tests.conftest import DEMO_TODAY


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def _cells(html: str) -> list[str]:
    """The step's text cell by cell (tags are cell boundaries)."""
    return [cell.strip() for cell in re.split(r"<[^>]+>", html) if cell.strip()]


def _step(qtbot, store, conference) -> WellbeingStep:
    step = WellbeingStep(store)
    qtbot.addWidget(step)
    step.show_conference(conference)
    return step


def _page_chart(qtbot, store, school_class):
    page = WellbeingPage(store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.show_class(school_class)
    return page.indicator_chart.chart


def _pdf_text(store, conference, school_class) -> str:
    content = collect(store, conference, school_class, ExportOptions(), DEMO_TODAY)
    data = render_pdf(DocumentKind.PROTOCOL, content)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages), content


def _expected_rows(chart) -> list[list[str]]:
    """Each bar as the step's row: indicator, class, last year, change (none: an empty cell), national."""
    return [[bar.label, bar.value_text or "–", decimal(bar.previous_value),
             *([bar.change_text] if bar.change_text else []), bar.national_text or "–"]
            for bar in chart.bars]


def _assert_same_everywhere(qtbot, store, conference):
    step = _step(qtbot, store, conference)
    cells = _cells(step.summary.text())
    for school_class in conferences.classes_of_conference(store, conference):
        page_chart = _page_chart(qtbot, store, school_class)
        text, content = _pdf_text(store, conference, school_class)
        current, previous = content.wellbeing_current, content.wellbeing_previous
        pdf_chart = indicator_chart(current, previous) if current is not None else None
        if page_chart is None:
            assert pdf_chart is None
            continue
        assert pdf_chart == page_chart  # the PDF draws exactly the page's chart data
        own = cells[cells.index(f"Klasse {school_class.name}"):]
        own = own[:next((i for i, c in enumerate(own[1:], 1) if c.startswith("Klasse ")), len(own))]
        assert page_chart.answers_text in " ".join(own) and page_chart.year_label in " ".join(own)
        for row in _expected_rows(page_chart):
            start = own.index(row[0])
            assert own[start:start + len(row)] == row, (school_class.name, row, own[start:start + len(row)])
        for bar in page_chart.bars:
            assert bar.value_text in text and (not bar.change_text or bar.change_text in text)


def test_step_page_and_pdf_show_the_same_numbers_for_every_conference_of_the_demo(qtbot, store):
    for conference in store.find(Conference, "1 = 1"):
        _assert_same_everywhere(qtbot, store, conference)


def test_a_past_conference_shows_the_result_of_its_own_school_year_not_the_cohorts_newest(qtbot, store):
    april = next(c for c in store.find(Conference, "1 = 1") if c.school_year == 2025 and c.kind == "klasse")
    step = _step(qtbot, store, april)
    text = step.summary.text()
    assert "2025/26" in text and "22 svar" in text  # 4.B's own survey, not 5.B's of 2026 (23 answers)
    assert "23 svar" not in text and "2026/27" not in text


def test_the_change_is_taken_from_the_rounded_figures_on_screen_and_paper(qtbot, store):
    """3,66 shows as "3,7" and 3,54 as "3,5": the change is "+0,2" in the step, the page and the PDF
    (the step used to subtract first and show "+0,1")."""
    planned = next(c for c in store.find(Conference, "1 = 1") if c.school_year == 2026)
    school_class = conferences.classes_of_conference(store, planned)[0]
    for year, value in ((2025, 3.54), (2026, 3.66)):
        result = next(r for r in store.find(WellbeingResult, "survey_year = ?", (year,))
                      if r.answer_count in (22, 23))
        values = stored_input(store, result)
        values.indicators[Indicator.SOCIAL].class_value = value
        owner = next(c for c in school.cohort_classes(store, school_class) if c.id == result.class_id)
        wellbeing.save_result(store, owner, values)
    step = _step(qtbot, store, planned)
    cells = _cells(step.summary.text())
    social = cells.index("Social trivsel")
    assert cells[social:social + 4] == ["Social trivsel", "3,7", "3,5", "+0,2"]
    _assert_same_everywhere(qtbot, store, planned)


def test_an_autumn_meeting_before_the_classs_own_survey_shows_last_springs_result_labelled(qtbot, store):
    """The survey runs 20 January – 20 March: a November meeting of 5.B has no result of its own year yet. The
    step, the page and the PDF then show the cohort's newest result (last spring's, as 4.B), with its year,
    and never a later year's."""
    planned = next(c for c in store.find(Conference, "1 = 1") if c.school_year == 2026)
    school_class = conferences.classes_of_conference(store, planned)[0]
    own = store.find(WellbeingResult, class_id=school_class.id, survey_year=2026)
    assert own, "the demo has 5.B's own result"
    with store.operation("test: the survey of 2026/27 is still to come") as op:
        for result in own:
            op.delete(result)
    step = _step(qtbot, store, planned)
    text = step.summary.text()
    assert "Måling 2025/26: 22 svar" in text and "hed 4.B" in text and "Måling 2026/27" not in text
    page = WellbeingPage(store, today=DEMO_TODAY)
    qtbot.addWidget(page)
    page.show_class(school_class)
    summary = page.summary_label.text()
    assert "Ingen resultater for 5.B i 2026/2027 endnu" in summary and "2025/2026" in summary, summary
    assert page.indicator_chart.chart is not None and page.indicator_chart.chart.year_label == "2025/26"
    pdf, content = _pdf_text(store, planned, school_class)
    assert content.wellbeing_current is not None and content.wellbeing_current.survey_year == 2025
    assert "2025/26" in pdf
    _assert_same_everywhere(qtbot, store, planned)
