"""The chart data: one source for screen and paper, built only from ShownResult (the anonymity rule)."""

from __future__ import annotations

import re

import pytest

from app.domain.charts import (
    BANDS,
    answers_text,
    indicator_chart,
    option_legend,
    question_chart,
    trend_chart,
)
from app.domain.wellbeing import (
    GradeBand,
    Indicator,
    IndicatorValue,
    QuestionDistribution,
    ScoreBand,
    WellbeingResult,
    shown,
)

FIVE = ["Meget tit", "Tit", "En gang imellem", "Sjældent", "Aldrig"]
THREE = ["Ja, meget", "Ja, lidt", "Nej"]
DECIMAL = re.compile(r"\d,\d")


def _shown(count: int, year: int = 2026, values: dict | None = None, band=GradeBand.OLDER, questions=None,
           high: float | None = 87.0):
    result = WellbeingResult(class_id="c", survey_year=year, grade_band=band, answer_count=count,
                             high_wellbeing_pct=high)
    values = values if values is not None else {
        Indicator.SOCIAL: (4.14, 4.0, 4.0), Indicator.ACADEMIC: (3.5, 3.7, 3.6), Indicator.SUPPORT: (3.2, 3.3, 3.2),
        Indicator.CALM: (3.46, 3.9, 3.8), Indicator.OVERALL: (3.6, 3.7, 3.7),
    }
    indicators = [IndicatorValue(result_id=result.id, indicator=k, class_value=v[0], school_value=v[1],
                                 national_value=v[2]) for k, v in values.items()]
    return shown(result, indicators, questions(result.id) if questions else [])


def _questions(result_id: str) -> list[QuestionDistribution]:
    return [
        QuestionDistribution(result_id=result_id, position=0, code="A01", text="Er du glad for din skole?",
                             options=FIVE, option_scores=[5, 4, 3, 2, 1], shares=[40, 40, 20, 0, 0], answer_count=23,
                             indicator=Indicator.SOCIAL),
        QuestionDistribution(result_id=result_id, position=1, code="A04", text="Er du blevet mobbet i dette skoleår?",
                             options=FIVE, option_scores=[1, 2, 3, 4, 5], shares=[10, 20, 30, 20, 20], answer_count=23),
        QuestionDistribution(result_id=result_id, position=2, code="A07", text="Er undervisningen spændende?",
                             options=FIVE, option_scores=[5, 4, 3, 2, 1], shares=[0, 10, 30, 40, 20], answer_count=22),
    ]


def test_indicator_bars_carry_danish_values_bands_school_national_and_change():
    chart = indicator_chart(_shown(23), _shown(22, year=2025, values={
        Indicator.SOCIAL: (3.9, 4.0, 4.0), Indicator.ACADEMIC: (3.6, 3.6, 3.6), Indicator.CALM: (3.46, 3.8, 3.8),
    }))
    assert [bar.indicator for bar in chart.bars] == [Indicator.SOCIAL, Indicator.ACADEMIC, Indicator.SUPPORT,
                                                     Indicator.CALM, Indicator.OVERALL]
    social = chart.bars[0]
    assert social.value == 4.1 and social.value_text == "4,1"
    assert social.band == ScoreBand.HIGH
    assert (social.school_text, social.national_text) == ("4,0", "4,0")
    assert social.change_text == "+0,2"
    assert chart.bars[1].change_text == "\u22120,1"  # a real minus sign, not a hyphen
    assert chart.bars[2].change is None  # no value last year
    assert chart.bars[3].change_text == "0,0"
    assert chart.previous_year_label == "2025/26"
    assert chart.year_label == "2026/27"
    assert chart.high_wellbeing_text == "87,0 %"
    assert chart.answers_text == answers_text(23)
    assert not chart.suppressed and chart.note == ""


def test_score_bands_are_background_ranges_on_the_axis_in_report_order():
    assert [b.label for b in BANDS] == ["1,0–2,0", "2,1–3,0", "3,1–4,0", "4,1–5,0"]
    assert BANDS[0].low == 1.0 and BANDS[-1].high == 5.0
    for value, band in ((2.0, ScoreBand.LOW), (2.1, ScoreBand.LOWER_MIDDLE), (3.0, ScoreBand.LOWER_MIDDLE),
                        (3.1, ScoreBand.UPPER_MIDDLE), (4.1, ScoreBand.HIGH)):
        drawn_in = next(b for b in BANDS if b.low <= value < b.high or value == b.high == 5.0)
        assert drawn_in.band == band


@pytest.mark.parametrize("count", [0, 1, 4])
def test_below_five_answers_the_chart_holds_only_the_count_and_the_reason(count):
    current = _shown(count, questions=_questions)
    chart = indicator_chart(current, _shown(22, year=2025))
    assert chart.suppressed
    assert chart.bars == ()
    assert chart.high_wellbeing_pct is None and chart.high_wellbeing_text == ""
    assert chart.note == current.reason and str(count) in chart.reason
    assert chart.answers_text == answers_text(count)
    assert not any(DECIMAL.search(text) for text in chart.texts())
    assert question_chart(current) == []


def test_a_suppressed_previous_year_gives_no_change():
    chart = indicator_chart(_shown(23), _shown(3, year=2025))
    assert all(bar.change is None and bar.change_text == "" for bar in chart.bars)
    assert chart.previous_year_label == ""


def test_grades_0_to_3_have_no_indicator_bars_but_a_note():
    chart = indicator_chart(_shown(17, values={}, band=GradeBand.YOUNG, high=None))
    assert chart.young and chart.bars == () and chart.note


def test_questions_lowest_scoring_first_with_segments_from_worst_to_best():
    bars = question_chart(_shown(23, questions=_questions))
    assert [bar.code for bar in bars] == ["A07", "A04", "A01"]  # means 2,3 / 3,2 / 4,2
    assert bars[0].mean_text == "2,3"
    mobbet = bars[1]
    assert [s.option for s in mobbet.segments] == FIVE  # negative item: "Meget tit" is the worst answer
    happy = bars[2]
    assert [s.option for s in happy.segments] == FIVE[::-1]
    assert [s.share_text for s in happy.segments] == ["0,0 %", "0,0 %", "20,0 %", "40,0 %", "40,0 %"]
    assert happy.indicator == Indicator.SOCIAL and happy.indicator_label
    assert happy.answers_text == answers_text(23)
    assert happy.segments[0].color != happy.segments[-1].color
    assert len(option_legend(bars)) == 5


def test_three_option_questions_for_grades_0_to_3():
    def young(result_id):
        return [QuestionDistribution(result_id=result_id, position=0, code="I01", text="Er du glad for din skole?",
                                     options=THREE, option_scores=[3, 2, 1], shares=[70.6, 29.4, 0], answer_count=17)]

    bars = question_chart(_shown(17, values={}, band=GradeBand.YOUNG, questions=young, high=None))
    assert len(bars) == 1 and bars[0].option_count == 3
    assert [s.option for s in bars[0].segments] == ["Nej", "Ja, lidt", "Ja, meget"]
    assert bars[0].mean_text == "2,7"


def test_trend_follows_the_cohort_and_leaves_suppressed_years_empty():
    results = [_shown(23, year=2026), _shown(4, year=2025), _shown(19, year=2024)]
    chart = trend_chart(results, {2024: "3.A", 2025: "4.A", 2026: "5.A"})
    assert [y.label for y in chart.years] == ["3.A 2024/25", "4.A 2025/26", "5.A 2026/27"]
    assert chart.years[1].suppressed and chart.years[1].note
    social = next(s for s in chart.series if s.indicator == Indicator.SOCIAL)
    assert social.values == (4.1, None, 4.1)
    assert social.value_texts == ("4,1", "", "4,1")
    assert chart.has_values


def test_trend_without_values_says_so():
    assert not trend_chart([]).has_values and trend_chart([]).note
    only_hidden = trend_chart([_shown(2)])
    assert not only_hidden.has_values
    assert not any(DECIMAL.search(text) for text in only_hidden.texts())
