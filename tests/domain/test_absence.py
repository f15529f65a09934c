"""The legal marks for unlawful absence and the common mark for worrying total absence."""

from __future__ import annotations

import pytest

from app.domain.absence import AbsenceMark, absence_mark_label, assess_absence


@pytest.mark.parametrize(
    "unlawful, marks",
    [
        (0.0, ()),
        (9.9, ()),
        (10.0, (AbsenceMark.WARN_PARENTS,)),
        (14.9, (AbsenceMark.WARN_PARENTS,)),
        (15.0, (AbsenceMark.WARN_PARENTS, AbsenceMark.REPORT_MUNICIPALITY)),
        (40.0, (AbsenceMark.WARN_PARENTS, AbsenceMark.REPORT_MUNICIPALITY)),
    ],
)
def test_unlawful_absence_marks(unlawful, marks):
    assessment = assess_absence(total_pct=None, unlawful_pct=unlawful)
    assert assessment.marks == marks
    assert assessment.any == bool(marks)


@pytest.mark.parametrize("total, worrying", [(0.0, False), (9.9, False), (10.0, False), (10.1, True), (55.0, True)])
def test_total_absence_is_worrying_only_above_ten_percent(total, worrying):
    assessment = assess_absence(total_pct=total, unlawful_pct=None)
    assert (AbsenceMark.WORRYING_TOTAL in assessment.marks) == worrying
    assert assessment.any == worrying


def test_marks_combine():
    assessment = assess_absence(total_pct=18.0, unlawful_pct=15.0)
    assert set(assessment.marks) == {
        AbsenceMark.WORRYING_TOTAL,
        AbsenceMark.WARN_PARENTS,
        AbsenceMark.REPORT_MUNICIPALITY,
    }


def test_missing_figures_give_no_marks():
    assessment = assess_absence(None, None)
    assert assessment.marks == ()
    assert not assessment.any


def test_every_mark_has_a_distinct_readable_label():
    labels = [absence_mark_label(mark) for mark in AbsenceMark]
    assert all(isinstance(label, str) and label.strip() for label in labels)
    assert len(set(labels)) == len(labels)
