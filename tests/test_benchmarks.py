"""The benchmarks stay runnable: every figure is known, and the generated school has the size asked for.

Nothing here is timed (performance is measured by ``python -m benchmarks``, never in tests).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.agreement import AgreementStatus
from app.domain.conference import ConferenceStatus
from app.domain.school import PupilStatus
from app.services import school
from app.services.conferences import conferences_of_class
from app.storage.database import open_database
from benchmarks.__main__ import FIGURES, fill_survey_template
from benchmarks.generate_school import FINAL_YEAR, SchoolSize, generate_school

ROOT = Path(__file__).resolve().parent.parent
# The figures the issue asks for (docs/performance.md keeps their latest values).
REQUIRED = {"first_window", "first_window_floor", "open_class", "next_pupil", "protocol_pdf_28", "protocol_pdf_floor",
            "all_classes_pdf", "excel_workbook", "import_roster_1000", "import_survey_school", "file_size",
            "peak_memory"}


def test_the_entry_point_lists_every_figure_without_measuring():
    listed = subprocess.run([sys.executable, "-m", "benchmarks", "--quick", "--list"], cwd=ROOT, capture_output=True,
                            text=True, timeout=60, check=True).stdout.splitlines()
    names = [line.split()[0] for line in listed]
    assert set(names) >= REQUIRED
    assert names == [figure.name for figure in FIGURES]
    units = {line.split()[0]: line.split()[1] for line in listed}
    assert units["first_window"] == "s" and units["next_pupil"] == "ms" and units["peak_memory"] == "MB"
    assert "floor=first_window_floor" in next(line for line in listed if line.startswith("first_window "))


@pytest.fixture(scope="module")
def tiny_school(tmp_path_factory):
    """2 classes × 3 pupils over 2 school years."""
    path = tmp_path_factory.mktemp("bench") / "lille.klassekonference"
    generate_school(path, SchoolSize(classes=2, pupils=3, years=2))
    return path


def test_the_generator_makes_a_school_of_the_requested_size(tiny_school):
    store = open_database(tiny_school)
    try:
        assert school.school_years(store) == [FINAL_YEAR - 1, FINAL_YEAR]
        for year in (FINAL_YEAR - 1, FINAL_YEAR):
            classes = school.classes_of_year(store, year)
            assert len(classes) == 2
            assert all(len(school.pupils_of_class(store, c)) == 3 for c in classes)
        assert all(len(school.pupils_of_class(store, c, include_left=False)) == 3
                   for c in school.classes_of_year(store, FINAL_YEAR))
        last_year = {c.name: c for c in school.classes_of_year(store, FINAL_YEAR - 1)}
        this_year = {c.name: c for c in school.classes_of_year(store, FINAL_YEAR)}
        assert set(last_year) == {"0.A", "1.A"} and set(this_year) == {"0.A", "1.A"}
        # The cohort moved up: last year's 0.A is this year's 1.A; last year's 1.A (the oldest) left school.
        assert this_year["1.A"].cohort_id == last_year["0.A"].cohort_id
        assert all(p.status == PupilStatus.LEFT for p in school.pupils_of_class(store, last_year["1.A"]))
        # Earlier years: a held conference with every pupil reviewed, and survey results; this year: planned.
        held = conferences_of_class(store, last_year["0.A"])[0]
        assert held.status == ConferenceStatus.HELD
        assert store.scalar("SELECT count(*) FROM pupil_review WHERE conference_id = ? AND strengths != ''",
                            (held.id,)) == 3
        assert conferences_of_class(store, this_year["1.A"])[-1].status == ConferenceStatus.PLANNED
        assert store.scalar("SELECT count(*) FROM wellbeing_result") == 2
        assert store.scalar("SELECT count(*) FROM agreement WHERE status = ?", (AgreementStatus.OPEN,)) > 0
    finally:
        store.close()


def test_the_survey_workbook_the_benchmark_fills_imports_for_every_class(tiny_school, tmp_path):
    from app.services.survey_import import preview_import
    from app.services.survey_template import write_template

    store = open_database(tiny_school)
    try:
        classes = school.classes_of_year(store, FINAL_YEAR)
        workbook = write_template(tmp_path / "trivsel.xlsx", classes)
        assert fill_survey_template(workbook) == 2
        preview = preview_import(store, workbook, FINAL_YEAR)
        assert preview.problems == []
        assert sorted(e.class_name for e in preview.changes) == ["0.A", "1.A"]
        assert all(e.question_count > 0 for e in preview.entries)
    finally:
        store.close()


def test_the_change_log_benchmark_runs_on_a_small_school(tiny_school):
    from benchmarks.bench_change_log import measure

    figures = measure(tiny_school, pupils=3, rounds=2)
    assert set(figures) == {"pupil_history", "undo_edit", "undo_import"}
