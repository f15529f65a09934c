"""Typing a class's results from the printed report: check what was typed, then store it in one operation."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.base import RuleError
from app.domain.formatting import percent
from app.domain.school import SchoolClass
from app.domain.survey import (
    SCALE_OPTIONS,
    Scale,
    option_scores,
    parse_number,
    shares_add_up,
)
from app.domain.wellbeing import INDICATOR_ORDER, GradeBand, Indicator, WellbeingResult, grade_band_for, indicator_label
from app.i18n import tr
from app.services import wellbeing
from app.services.wellbeing import IndicatorInput, QuestionInput, ResultInput
from app.storage.store import Store


@dataclass
class TypedQuestion:
    code: str
    text: str
    scale: Scale
    negative: bool = False
    indicator: Indicator | None = None
    shares: list[str] = field(default_factory=list)  # as typed, in the scale's order ("12,5", "12,5 %", "")
    answer_count: str = ""
    options: list[str] = field(default_factory=list)  # the wording as stored; empty: the scale's own

    @property
    def blank(self) -> bool:
        return not any(str(s or "").strip() for s in self.shares)


@dataclass
class TypedResult:
    answer_count: int
    high_wellbeing: str = ""
    indicators: dict[Indicator, tuple[str, str, str]] = field(default_factory=dict)  # class, school, national
    questions: list[TypedQuestion] = field(default_factory=list)


def scale_of(options: list[str]) -> Scale:
    """The scale a stored question's options belong to (the first five-point scale when unsure)."""
    for scale, wording in SCALE_OPTIONS.items():
        if list(wording) == list(options):
            return scale
    if len(options) == 3:
        return Scale.YOUNG
    for scale in (Scale.AGREE, Scale.ALWAYS, Scale.OFTEN):
        if options and options[0] == SCALE_OPTIONS[scale][0]:
            return scale
    return Scale.OFTEN


def _number(text: str, what: str, problems: list[str]) -> float | None:
    try:
        parsed = parse_number(text)
    except ValueError:
        problems.append(tr("survey_form", "{what}: “{text}” is not a number. Write it like 3,7.").format(
            what=what, text=text))
        return None
    return None if parsed is None else parsed[0]


def check_typed(school_class: SchoolClass, typed: TypedResult, survey_year: int | None = None
                ) -> tuple[ResultInput | None, list[str]]:
    """The values to store, or every problem found (each naming the field or question)."""
    problems: list[str] = []
    young = grade_band_for(school_class.grade) == GradeBand.YOUNG
    if typed.answer_count is None or typed.answer_count < 0:
        problems.append(tr("survey_form", "Write the number of answers."))
    high = None
    if typed.high_wellbeing.strip():
        high = _number(typed.high_wellbeing, tr("survey_form", "Share with highest wellbeing"), problems)
        if high is not None and not 0 <= high <= 100:
            problems.append(tr("survey_form", "Share with highest wellbeing: {value} is not between 0 and 100 %.")
                            .format(value=percent(high)))
            high = None
    indicators: dict[Indicator, IndicatorInput] = {}
    for indicator in INDICATOR_ORDER:
        texts = typed.indicators.get(indicator)
        if not texts or not any(t.strip() for t in texts):
            continue
        if young:
            problems.append(tr("survey_form", "Grades 0–3 have no indicator means; leave the indicators empty."))
            break
        numbers = []
        for text, where in zip(texts, (tr("survey_form", "class"), tr("survey_form", "school"),
                                       tr("survey_form", "national"))):
            what = f"{indicator_label(indicator)}, {where}"
            value = _number(text, what, problems) if text.strip() else None
            if value is not None and not 1.0 <= value <= 5.0:
                problems.append(tr("survey_form", "{what}: the mean {value} is outside the scale 1–5.").format(
                    what=what, value=text.strip()))
                value = None
            numbers.append(value)
        indicators[indicator] = IndicatorInput(*numbers)
    questions: list[QuestionInput] = []
    for number, question in enumerate(typed.questions, start=1):
        if question.blank:
            continue
        what = tr("survey_form", "Question {number} ({text})").format(
            number=number, text=question.text.strip() or question.code or "?")
        if not question.text.strip():
            problems.append(tr("survey_form", "{what}: write the question's text.").format(what=what))
            continue
        if young != (question.scale == Scale.YOUNG):
            problems.append(tr("survey_form", "{what}: grades 0–3 have 3 answer options, grades 4–9 have 5.")
                            .format(what=what))
            continue
        options = list(SCALE_OPTIONS[question.scale])
        if len(question.options) == len(options):
            options = list(question.options)
        shares = []
        bad = False
        for option, text in zip(options, list(question.shares) + [""] * len(options)):
            try:
                parsed = parse_number(text)
            except ValueError:
                problems.append(tr("survey_form", "{what}: “{text}” is not a number.").format(what=what, text=text))
                bad = True
                continue
            value = 0.0 if parsed is None else parsed[0]
            if value < 0 or value > 100:
                problems.append(tr("survey_form", "{what}, “{option}”: a share must be between 0 and 100 %.").format(
                    what=what, option=option))
                bad = True
            shares.append(value)
        if bad:
            continue
        if not shares_add_up(shares):
            problems.append(tr("survey_form", "{what}: the shares add up to {total}; they must add up to about "
                                              "100 % (± 2).").format(what=what, total=percent(sum(shares))))
            continue
        count = 0
        if question.answer_count.strip():
            value = _number(question.answer_count, what, problems)
            if value is None or value < 0 or not float(value).is_integer():
                problems.append(tr("survey_form", "{what}: the number of answers must be a whole number.").format(
                    what=what))
                continue
            count = int(value)
        questions.append(QuestionInput(
            code=question.code.strip() or f"S{number:02d}", text=question.text.strip(), options=options,
            option_scores=option_scores(len(options), question.negative), shares=shares, answer_count=count,
            indicator=question.indicator,
        ))
    if problems:
        return None, problems
    return ResultInput(
        survey_year=survey_year if survey_year is not None else school_class.school_year,
        answer_count=typed.answer_count, indicators=indicators, questions=questions, high_wellbeing_pct=high,
    ), []


def save_typed(store: Store, school_class: SchoolClass, typed: TypedResult,
               survey_year: int | None = None) -> WellbeingResult:
    """Check and store a typed result (replacing the class's result for that year) in one operation."""
    values, problems = check_typed(school_class, typed, survey_year)
    if problems or values is None:
        raise RuleError("\n".join(problems))
    return wellbeing.save_result(store, school_class, values)
