"""The anonymity rule, the report score bands and a question's mean score."""

from __future__ import annotations

import pytest

from app.domain.wellbeing import (
    GradeBand,
    Indicator,
    IndicatorValue,
    QuestionDistribution,
    ScoreBand,
    WellbeingResult,
    score_band,
    shown,
)

FIVE_OPTIONS = ["Meget tit", "Tit", "En gang imellem", "Sjældent", "Aldrig"]


def _result(answer_count: int) -> WellbeingResult:
    return WellbeingResult(
        class_id="c1", survey_year=2025, grade_band=GradeBand.OLDER, answer_count=answer_count, high_wellbeing_pct=80.0
    )


def _indicators(result_id: str) -> list[IndicatorValue]:
    # deliberately not in report order
    return [
        IndicatorValue(result_id=result_id, indicator=Indicator.CALM, class_value=3.4, school_value=3.7,
                       national_value=3.8),
        IndicatorValue(result_id=result_id, indicator=Indicator.SOCIAL, class_value=4.2, school_value=4.0,
                       national_value=4.0),
        IndicatorValue(result_id=result_id, indicator=Indicator.SUPPORT, class_value=3.1, school_value=3.3,
                       national_value=3.2),
    ]


def _questions(result_id: str) -> list[QuestionDistribution]:
    return [
        QuestionDistribution(
            result_id=result_id, position=2, code="q2", text="Er du glad for din klasse?",
            options=FIVE_OPTIONS, option_scores=[5, 4, 3, 2, 1], shares=[40, 40, 20, 0, 0], answer_count=5,
        ),
        QuestionDistribution(
            result_id=result_id, position=1, code="q1", text="Er du glad for din skole?",
            options=FIVE_OPTIONS, option_scores=[5, 4, 3, 2, 1], shares=[20, 20, 20, 20, 20], answer_count=5,
        ),
    ]


def _shown(answer_count: int):
    result = _result(answer_count)
    return shown(result, _indicators(result.id), _questions(result.id))


@pytest.mark.parametrize("count", [0, 1, 4])
def test_fewer_than_five_answers_hide_every_class_figure(count):
    view = _shown(count)
    assert view.suppressed
    assert view.answer_count == count
    assert all(ind.class_value is None for ind in view.indicators)
    assert view.questions == ()
    assert view.high_wellbeing_pct is None
    assert str(count) in view.reason


def test_suppressed_result_still_shows_school_and_national_values():
    view = _shown(4)
    by_ind = {ind.indicator: ind for ind in view.indicators}
    assert set(by_ind) == {Indicator.SOCIAL, Indicator.SUPPORT, Indicator.CALM}
    assert by_ind[Indicator.SOCIAL].school_value == 4.0
    assert by_ind[Indicator.SOCIAL].national_value == 4.0
    assert by_ind[Indicator.CALM].school_value == 3.7
    assert by_ind[Indicator.CALM].national_value == 3.8


def test_five_answers_show_everything():
    view = _shown(5)
    assert not view.suppressed
    assert view.reason == ""
    assert view.high_wellbeing_pct == 80.0
    by_ind = {ind.indicator: ind for ind in view.indicators}
    assert by_ind[Indicator.SOCIAL].class_value == 4.2
    assert by_ind[Indicator.SUPPORT].class_value == 3.1
    assert by_ind[Indicator.CALM].class_value == 3.4
    assert [q.code for q in view.questions] == ["q1", "q2"]  # ordered by position
    assert view.questions[1].shares == [40, 40, 20, 0, 0]


def test_indicators_come_in_report_order():
    view = _shown(20)
    assert [ind.indicator for ind in view.indicators] == [Indicator.SOCIAL, Indicator.SUPPORT, Indicator.CALM]


# -- score bands --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "score, band",
    [
        (1.0, ScoreBand.LOW),
        (2.0, ScoreBand.LOW),
        (2.04, ScoreBand.LOW),
        (2.05, ScoreBand.LOWER_MIDDLE),
        (2.1, ScoreBand.LOWER_MIDDLE),
        (3.0, ScoreBand.LOWER_MIDDLE),
        (3.04, ScoreBand.LOWER_MIDDLE),
        (3.05, ScoreBand.UPPER_MIDDLE),
        (4.0, ScoreBand.UPPER_MIDDLE),
        (4.05, ScoreBand.HIGH),
        (4.1, ScoreBand.HIGH),
        (5.0, ScoreBand.HIGH),
    ],
)
def test_score_band_boundaries(score, band):
    assert score_band(score) == band


@pytest.mark.parametrize("score", [0.0, 0.99, 5.01, 6.0, -3.0, float("nan")])
def test_score_band_outside_scale_raises(score):
    with pytest.raises(ValueError):
        score_band(score)


# -- mean score ---------------------------------------------------------------------------------


def _question(shares, scores=(5, 4, 3, 2, 1)) -> QuestionDistribution:
    return QuestionDistribution(
        result_id="r", position=0, code="q", text="?", options=FIVE_OPTIONS[: len(shares)],
        option_scores=list(scores), shares=list(shares),
    )


def test_mean_score_weights_scores_by_shares():
    assert _question([20, 20, 20, 20, 20]).mean_score() == pytest.approx(3.0)
    assert _question([100, 0, 0, 0, 0]).mean_score() == pytest.approx(5.0)
    assert _question([50, 0, 0, 0, 50]).mean_score() == pytest.approx(3.0)
    assert _question([40, 40, 20, 0, 0]).mean_score() == pytest.approx(4.2)


def test_mean_score_uses_the_given_scores_for_reversed_items():
    # a negative item ("Er du blevet mobbet?"): "Meget tit" is the worst answer
    assert _question([100, 0, 0, 0, 0], scores=(1, 2, 3, 4, 5)).mean_score() == pytest.approx(1.0)


def test_mean_score_ignores_shares_not_summing_to_100():
    # "Jeg ønsker ikke at svare" is no answer: shares of the answers given are re-weighted
    assert _question([30, 0, 0, 0, 30]).mean_score() == pytest.approx(3.0)


def test_mean_score_three_option_scale():
    assert _question([50, 50, 0], scores=(3, 2, 1)).mean_score() == pytest.approx(2.5)


@pytest.mark.parametrize(
    "shares, scores",
    [([], []), ([0, 0, 0, 0, 0], [5, 4, 3, 2, 1]), ([50, 50], [5, 4, 3])],
)
def test_mean_score_is_none_without_usable_data(shares, scores):
    assert _question(shares, scores).mean_score() is None
