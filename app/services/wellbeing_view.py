"""What a class's wellbeing page, PDF or workbook shows: the chart data, read through the anonymity rule.

Screens and exports call :func:`class_wellbeing`; it returns only :class:`ShownResult` values and the chart
data built from them, so a class with fewer than five answers never yields a value or a distribution.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.charts import (
    IndicatorChart,
    QuestionComparison,
    StackedBar,
    TrendChart,
    indicator_chart,
    question_chart,
    question_comparisons,
    stage_of,
    trend_chart,
)
from app.domain.school import SchoolClass, SchoolYear
from app.domain.wellbeing import (
    INDICATOR_ORDER,
    GradeBand,
    Indicator,
    IndicatorValue,
    QuestionDistribution,
    ShownResult,
    WellbeingResult,
    grade_band_for,
    may_show_details,
)
from app.i18n import tr
from app.services import school, wellbeing
from app.services.wellbeing import IndicatorInput, QuestionInput, ResultInput
from app.storage.queries import wellbeing as wellbeing_queries
from app.storage.store import Store


@dataclass
class ClassWellbeing:
    school_class: SchoolClass
    current: ShownResult | None  # the class's own result (its school year), else the cohort's newest before it
    previous: ShownResult | None  # the cohort's result before that (last year's, as a rule)
    history: list[ShownResult] = field(default_factory=list)  # the cohort's results, oldest first
    class_names: dict[int, str] = field(default_factory=dict)  # survey year -> the class's name then
    indicators: IndicatorChart | None = None
    questions: list[StackedBar] = field(default_factory=list)
    trend: TrendChart | None = None
    own_year: bool = False  # ``current`` is of the class's own school year (not an earlier year's result)
    # The whole school's figures for the class's stage and the shown year (uddannelsesstatistik.dk), per question.
    comparisons: list[QuestionComparison] = field(default_factory=list)
    comparison_source: str = ""  # "Mellemtrin 2025/26 (uddannelsesstatistik.dk)" when there are comparisons


def class_wellbeing(store: Store, school_class: SchoolClass) -> ClassWellbeing:
    """The class's result with last year's for comparison, and the cohort's trend: all as chart data."""
    history = wellbeing.results_of_cohort(store, school_class)
    class_names = {c.school_year: c.name for c in school.cohort_classes(store, school_class)}
    own = next((r for r in history if r.survey_year == school_class.school_year), None)
    earlier = [r for r in history if r.survey_year < school_class.school_year]
    # Before the survey of the class's own year (it runs 20 January – 20 March), an autumn meeting looks at
    # the cohort's newest result (last spring's, as the class was then called), labelled with its year;
    # never at a result of a later year.
    current = own if own is not None else (earlier[-1] if earlier else None)
    before = [r for r in history if current is not None and r.survey_year < current.survey_year]
    previous = before[-1] if before else None
    view = ClassWellbeing(school_class, current, previous, history, class_names)
    view.own_year = own is not None
    if current is not None:
        view.indicators = indicator_chart(current, previous)
        view.questions = question_chart(current)
        stage = stage_of(school_class.grade - (school_class.school_year - current.survey_year))  # the grade then
        if stage is not None and view.questions:
            from app.services.school_questions import stage_questions

            label = tr("charts", "Mellemtrin") if stage == "mellemtrin" else tr("charts", "Udskoling")
            view.comparisons = question_comparisons(
                view.questions, stage_questions(store, current.survey_year, stage), label.lower())
            if view.comparisons:
                view.comparison_source = tr("charts", "{stage} {year} (uddannelsesstatistik.dk)").format(
                    stage=label, year=SchoolYear(current.survey_year).label)
    view.trend = trend_chart([r for r in history if r.survey_year <= school_class.school_year], class_names)
    return view


def stored_input(store: Store, result: WellbeingResult) -> ResultInput:
    """A stored result as input values (raw, NOT through the anonymity rule: for comparing and editing only)."""
    indicators = {
        Indicator(v.indicator): IndicatorInput(v.class_value, v.school_value, v.national_value)
        for v in store.find(IndicatorValue, result_id=result.id)
    }
    questions = [
        QuestionInput(
            code=q.code, text=q.text, options=list(q.options), option_scores=list(q.option_scores),
            shares=list(q.shares), answer_count=q.answer_count,
            indicator=Indicator(q.indicator) if q.indicator else None,
        )
        for q in store.find(QuestionDistribution, result_id=result.id, order_by="position")
    ]
    return ResultInput(
        survey_year=result.survey_year, answer_count=result.answer_count,
        indicators={i: indicators[i] for i in INDICATOR_ORDER if i in indicators}, questions=questions,
        high_wellbeing_pct=result.high_wellbeing_pct,
    )


@dataclass
class FormStart:
    """What the entry form starts with for a class."""

    answer_count: int | None
    values: ResultInput | None  # the stored figures, only when the class may show them (5 answers or more)
    hidden: bool  # a result is stored but has fewer than 5 answers: its figures are not shown, not even here
    questions: list[QuestionInput]  # the questions to fill in (stored ones, or the survey's from other classes)


def form_start(store: Store, school_class: SchoolClass, survey_year: int | None = None) -> FormStart:
    year = survey_year if survey_year is not None else school_class.school_year
    result = store.find_one(WellbeingResult, class_id=school_class.id, survey_year=year)
    band = grade_band_for(school_class.grade)
    if result is not None and may_show_details(result.answer_count):
        values = stored_input(store, result)
        questions = values.questions or question_templates(store, band)
        return FormStart(result.answer_count, values, False, questions)
    questions = question_templates(store, band)
    if result is not None:
        return FormStart(result.answer_count, None, True, questions)
    return FormStart(None, None, False, questions)


def question_templates(store: Store, band: GradeBand) -> list[QuestionInput]:
    """The survey's questions as last entered for any class of the same grade band, without answers."""
    result_id = wellbeing_queries.template_result_id(store, str(GradeBand(band).value))
    if result_id is None:
        return []
    questions = store.find(QuestionDistribution, result_id=result_id, order_by="position")
    return [
        QuestionInput(
            code=q.code, text=q.text, options=list(q.options), option_scores=list(q.option_scores),
            shares=[], answer_count=0, indicator=Indicator(q.indicator) if q.indicator else None,
        )
        for q in questions
    ]
