"""Class results from the national wellbeing survey (aggregates only) and the rules for showing them."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from app.domain.base import Record
from app.i18n import tr

MIN_ANSWERS_SHOWN = 5  # answer distributions and values for classes with fewer answers are never shown
DEFAULT_HIGH_WELLBEING_CUT = 3.0  # "share with highest wellbeing": a score above this (a setting)


class GradeBand(StrEnum):
    YOUNG = "0-3"  # 20 simpler questions, 3 answer options, no official indicator means
    OLDER = "4-9"  # 40 questions, 5 answer options, four indicators


class Indicator(StrEnum):
    SOCIAL = "social"
    ACADEMIC = "faglig"
    SUPPORT = "støtte"
    CALM = "ro"
    OVERALL = "generel"


INDICATOR_ORDER = (Indicator.SOCIAL, Indicator.ACADEMIC, Indicator.SUPPORT, Indicator.CALM, Indicator.OVERALL)


def indicator_label(indicator: Indicator) -> str:
    return {
        Indicator.SOCIAL: tr("wellbeing", "Social wellbeing"),
        Indicator.ACADEMIC: tr("wellbeing", "Academic wellbeing"),
        Indicator.SUPPORT: tr("wellbeing", "Support and inspiration"),
        Indicator.CALM: tr("wellbeing", "Peace and order"),
        Indicator.OVERALL: tr("wellbeing", "General school wellbeing"),
    }[Indicator(indicator)]


def grade_band_for(grade: int) -> GradeBand:
    return GradeBand.YOUNG if grade <= 3 else GradeBand.OLDER


@dataclass(kw_only=True)
class WellbeingResult(Record):
    class_id: str
    survey_year: int  # first calendar year of the school year the survey ran in
    grade_band: GradeBand
    answer_count: int
    high_wellbeing_pct: float | None = None


@dataclass(kw_only=True)
class IndicatorValue(Record):
    result_id: str
    indicator: Indicator
    class_value: float | None = None
    school_value: float | None = None
    national_value: float | None = None


@dataclass(kw_only=True)
class QuestionDistribution(Record):
    """One question's answer distribution for the class: a share in percent per answer option."""

    result_id: str
    position: int
    code: str
    text: str
    options: list[str] = field(default_factory=list)
    option_scores: list[int] = field(default_factory=list)  # 1 worst .. 5 best (1..3 for grades 0–3)
    shares: list[float] = field(default_factory=list)  # percent, aligned with options
    answer_count: int = 0
    indicator: Indicator | None = None

    def mean_score(self) -> float | None:
        total = sum(self.shares)
        if not self.shares or total <= 0 or len(self.option_scores) != len(self.shares):
            return None
        return sum(s * v for s, v in zip(self.shares, self.option_scores)) / total


@dataclass(kw_only=True)
class StageQuestionDistribution(Record):
    """One question's answer distribution for the whole school's Mellemtrin (4.–6.) or Udskoling (7.–9.), as
    uddannelsesstatistik.dk publishes it: the school's, the municipality's and the country's share in percent
    per answer option. School-level comparison data, never a class's own result."""

    school_id: str
    survey_year: int  # first calendar year of the school year
    stage: str  # "mellemtrin" or "udskoling"
    position: int
    text: str
    options: list[str] = field(default_factory=list)
    option_scores: list[int] = field(default_factory=list)  # 1 worst .. 5 best, as the file's "Svarværdi"
    shares: list[float] = field(default_factory=list)  # the school's, aligned with options
    municipality_shares: list[float] = field(default_factory=list)  # [] when the file has none
    national_shares: list[float] = field(default_factory=list)  # [] when the file has none
    answer_count: int = 0


def may_show_details(answer_count: int) -> bool:
    """The anonymity rule: a class with fewer than five answers shows its count only."""
    return answer_count >= MIN_ANSWERS_SHOWN


def suppression_reason(answer_count: int) -> str:
    if answer_count == 0:  # only comparison values (e.g. from uddannelsesstatistik.dk) are stored for the class
        return tr("wellbeing", "0 answers: the class has no results of its own for this year. Only the school's "
                               "and the country's figures are stored; they are shown beside the class's own "
                               "results once those are entered or imported.")
    return tr(
        "wellbeing",
        "Only {count} answers: results for fewer than 5 answers are not shown, to protect the pupils' anonymity.",
    ).format(count=answer_count)


@dataclass(frozen=True)
class ShownIndicator:
    indicator: Indicator
    class_value: float | None
    school_value: float | None
    national_value: float | None


@dataclass(frozen=True)
class ShownResult:
    """What any screen, PDF or workbook may show of one class result. Build it only with :func:`shown`."""

    survey_year: int
    grade_band: GradeBand
    answer_count: int
    suppressed: bool
    reason: str
    indicators: tuple[ShownIndicator, ...]
    questions: tuple[QuestionDistribution, ...]
    high_wellbeing_pct: float | None


def shown(
    result: WellbeingResult,
    indicators: list[IndicatorValue],
    questions: list[QuestionDistribution],
) -> ShownResult:
    """Apply the anonymity rule once, for every output: below 5 answers no class value and no distribution."""
    ok = may_show_details(result.answer_count)
    by_indicator = {Indicator(v.indicator): v for v in indicators}
    shown_indicators = tuple(
        ShownIndicator(
            indicator=ind,
            class_value=by_indicator[ind].class_value if ok else None,
            school_value=by_indicator[ind].school_value,
            national_value=by_indicator[ind].national_value,
        )
        for ind in INDICATOR_ORDER
        if ind in by_indicator
    )
    return ShownResult(
        survey_year=result.survey_year,
        grade_band=GradeBand(result.grade_band),
        answer_count=result.answer_count,
        suppressed=not ok,
        reason="" if ok else suppression_reason(result.answer_count),
        indicators=shown_indicators,
        questions=tuple(sorted(questions, key=lambda q: q.position)) if ok else (),
        high_wellbeing_pct=result.high_wellbeing_pct if ok else None,
    )


class ScoreBand(StrEnum):
    LOW = "1,0-2,0"
    LOWER_MIDDLE = "2,1-3,0"
    UPPER_MIDDLE = "3,1-4,0"
    HIGH = "4,1-5,0"


def score_band(score: float) -> ScoreBand:
    """The report bands 1.0–2.0, 2.1–3.0, 3.1–4.0, 4.1–5.0, on the score rounded to one decimal."""
    if not 1.0 <= score <= 5.0:
        raise ValueError(f"score {score} is outside 1–5")
    rounded = Decimal(str(score)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if rounded <= 2:
        return ScoreBand.LOW
    if rounded <= 3:
        return ScoreBand.LOWER_MIDDLE
    if rounded <= 4:
        return ScoreBand.UPPER_MIDDLE
    return ScoreBand.HIGH
