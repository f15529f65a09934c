"""uddannelsesstatistik.dk's question cube is the whole school's answers per stage: the wellbeing page shows them
beside the class's own answers to the same questions (the two best answers), saying they are the school's."""

from __future__ import annotations

from app.domain.charts import QuestionComparison, question_comparisons, stage_of
from app.domain.conference import Conference
from app.domain.wellbeing import StageQuestionDistribution, WellbeingResult
from app.services import conferences
from app.services.survey_import import apply_import, preview_import
from app.services.wellbeing_view import class_wellbeing
from app.storage.database import open_database
from app.ui.wellbeing_page import WellbeingPage
from tests.conftest import DEMO_TODAY
from tests.services.test_question_cube import CUBE


def test_the_stage_of_a_grade():
    assert [stage_of(g) for g in (0, 3, 4, 6, 7, 9)] == [None, None, "mellemtrin", "mellemtrin", "udskoling",
                                                         "udskoling"]


def test_a_question_is_matched_by_its_wording_and_compared_by_the_two_best_answers():
    from app.domain.charts import question_chart
    from app.domain.wellbeing import QuestionDistribution, shown

    question = QuestionDistribution(result_id="r", code="q1", text="Er du glad for din klasse?", position=0,
                                    options=["Aldrig", "Sjældent", "En gang imellem", "Tit", "Meget tit"],
                                    option_scores=[1, 2, 3, 4, 5], shares=[5.0, 5.0, 20.0, 30.0, 40.0],
                                    answer_count=20)
    result = WellbeingResult(class_id="k", survey_year=2025, grade_band="4-9", answer_count=20)
    bars = question_chart(shown(result, [], [question]))
    school = StageQuestionDistribution(school_id="s", survey_year=2025, stage="mellemtrin", position=0,
                                       text="Er du glad for din klasse ?", options=["Meget tit", "Tit", "En gang "
                                       "imellem", "Sjældent", "Aldrig"], option_scores=[5, 4, 3, 2, 1],
                                       shares=[50.0, 30.0, 10.0, 5.0, 5.0], national_shares=[45.0, 30.0, 15.0, 5.0,
                                                                                             5.0])
    [found] = question_comparisons(bars, [school], "mellemtrin")
    assert isinstance(found, QuestionComparison)
    assert (found.class_share, found.school_share, found.national_share) == (70.0, 80.0, 75.0)


def test_the_page_shows_the_schools_answers_beside_the_classs_own(qtbot, demo_file):
    store = open_database(demo_file)
    try:
        apply_import(store, preview_import(store, CUBE, 2026, DEMO_TODAY))
        planned = next(c for c in store.find(Conference) if c.school_year == 2026)
        school_class = conferences.classes_of_conference(store, planned)[0]
        with store.operation("test: 5.B's own survey is still to come") as op:  # then 4.B's 2025/26 is shown
            for result in store.find(WellbeingResult, class_id=school_class.id, survey_year=2026):
                op.delete(result)
        view = class_wellbeing(store, school_class)
        assert view.current is not None and view.current.survey_year == 2025
        assert len(view.comparisons) >= 5 and view.comparison_source.startswith("Mellemtrin 2025/26")
        page = WellbeingPage(store, today=DEMO_TODAY)
        qtbot.addWidget(page)
        page.show()
        page.show_class(school_class)
        assert page.comparison.isVisible() and "skolens tal, ikke klassens egne" in page.comparison_heading.text()
        text = page.comparison.text()
        assert "Er du glad for din klasse?" in text and "Klassen 59 %" in text and "skolens mellemtrin 74 %" in text
        assert "landet 75 %" in text
    finally:
        store.close()


def test_no_comparison_without_the_schools_figures(qtbot, demo_file):
    store = open_database(demo_file)
    try:
        planned = next(c for c in store.find(Conference) if c.school_year == 2026)
        school_class = conferences.classes_of_conference(store, planned)[0]
        assert class_wellbeing(store, school_class).comparisons == []
        page = WellbeingPage(store, today=DEMO_TODAY)
        qtbot.addWidget(page)
        page.show()
        page.show_class(school_class)
        assert not page.comparison.isVisible()
    finally:
        store.close()
