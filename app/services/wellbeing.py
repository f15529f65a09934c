"""Storing a class's wellbeing survey results and reading them through the anonymity rule."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.base import RuleError
from app.domain.school import SchoolClass
from app.domain.wellbeing import (
    GradeBand,
    Indicator,
    IndicatorValue,
    QuestionDistribution,
    ShownResult,
    WellbeingResult,
    grade_band_for,
    shown,
)
from app.i18n import tr
from app.storage.queries import wellbeing as wellbeing_queries
from app.storage.store import Store


@dataclass
class IndicatorInput:
    class_value: float | None = None
    school_value: float | None = None
    national_value: float | None = None


@dataclass
class QuestionInput:
    code: str
    text: str
    options: list[str]
    option_scores: list[int]
    shares: list[float]
    answer_count: int = 0
    indicator: Indicator | None = None


@dataclass
class ResultInput:
    survey_year: int
    answer_count: int
    indicators: dict[Indicator, IndicatorInput] = field(default_factory=dict)
    questions: list[QuestionInput] = field(default_factory=list)
    high_wellbeing_pct: float | None = None


def _validate(values: ResultInput) -> None:
    if values.answer_count < 0:
        raise RuleError(tr("errors", "The number of answers cannot be negative."))
    for value in values.indicators.values():
        for number in (value.class_value, value.school_value, value.national_value):
            if number is not None and not 1.0 <= number <= 5.0:
                raise RuleError(tr("errors", "An indicator value must be between 1 and 5."))
    for question in values.questions:
        if any(s < 0 or s > 100 for s in question.shares):
            raise RuleError(tr("errors", "A share must be between 0 and 100 %."))
        if len(question.shares) != len(question.options):
            raise RuleError(tr("errors", "Each answer option needs a share."))


def save_result(store: Store, school_class: SchoolClass, values: ResultInput) -> WellbeingResult:
    """Store (or replace) one class's result for one survey year, in one transaction."""
    _validate(values)
    band = grade_band_for(school_class.grade)
    existing = store.find_one(WellbeingResult, class_id=school_class.id, survey_year=values.survey_year)
    with store.operation(tr("operations", "Save wellbeing results")) as op:
        if existing:
            for child in store.find(IndicatorValue, result_id=existing.id):
                op.delete(child)
            for distribution in store.find(QuestionDistribution, result_id=existing.id):
                op.delete(distribution)
            result = op.update(
                existing, grade_band=band, answer_count=values.answer_count,
                high_wellbeing_pct=values.high_wellbeing_pct,
            )
        else:
            result = op.insert(
                WellbeingResult(
                    class_id=school_class.id, survey_year=values.survey_year, grade_band=band,
                    answer_count=values.answer_count, high_wellbeing_pct=values.high_wellbeing_pct,
                )
            )
        for indicator, value in values.indicators.items():
            op.insert(
                IndicatorValue(
                    result_id=result.id, indicator=indicator, class_value=value.class_value,
                    school_value=value.school_value, national_value=value.national_value,
                )
            )
        for position, question in enumerate(values.questions):
            op.insert(
                QuestionDistribution(
                    result_id=result.id, position=position, code=question.code, text=question.text,
                    options=list(question.options), option_scores=list(question.option_scores),
                    shares=list(question.shares), answer_count=question.answer_count or values.answer_count,
                    indicator=question.indicator,
                )
            )
    return result


def save_results(
    store: Store, items: list[tuple[SchoolClass, ResultInput]], name: str | None = None
) -> list[WellbeingResult]:
    """Store (or replace) several classes' results in ONE transaction: all of them or none."""
    for _school_class, values in items:
        _validate(values)
    with store.operation(name or tr("operations", "Import wellbeing results")):
        return [save_result(store, school_class, values) for school_class, values in items]


def shown_result(store: Store, result: WellbeingResult) -> ShownResult:
    """The only way out of the file for survey results: through the domain's anonymity rule."""
    indicators = store.find(IndicatorValue, result_id=result.id)
    questions = store.find(QuestionDistribution, result_id=result.id, order_by="position")
    return shown(result, indicators, questions)


def results_of_cohort(store: Store, school_class: SchoolClass) -> list[ShownResult]:
    """The class's results over the years (following the pupils, not the grade), oldest first."""
    results = wellbeing_queries.results_of_cohort(store, school_class.cohort_id)
    return [shown_result(store, r) for r in results]


__all__ = ["GradeBand", "IndicatorInput", "QuestionInput", "ResultInput", "save_result", "save_results",
           "shown_result", "results_of_cohort"]
