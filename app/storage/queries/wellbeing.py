"""Wellbeing survey results, their indicator values and question distributions."""

from __future__ import annotations

from app.domain.wellbeing import WellbeingResult
from app.storage.queries.school import IN_COHORT
from app.storage.store import Store


def results_of_cohort(store: Store, cohort_id: str) -> list[WellbeingResult]:
    """The cohort's results over the years, oldest first."""
    return store.find(WellbeingResult, IN_COHORT, (cohort_id,), order_by="survey_year")


def template_result_id(store: Store, grade_band: str) -> str | None:
    """The result whose questions serve as the survey's questions for a grade band: the newest survey year's,
    and of those the one with the most questions. None when no result of the band has questions."""
    rows = store.query(
        "SELECT r.id FROM wellbeing_result r WHERE r.grade_band = ? AND EXISTS "
        "(SELECT 1 FROM question_distribution q WHERE q.result_id = r.id) ORDER BY r.survey_year DESC, "
        "(SELECT count(*) FROM question_distribution q WHERE q.result_id = r.id) DESC LIMIT 1",
        (grade_band,),
    )
    return rows[0]["id"] if rows else None


def question_wording(store: Store, cohort_id: str, codes: list[str]) -> dict[str, tuple[str, int]]:
    """Question code -> (text, position) from the newest of the cohort's results that has the question."""
    questions: dict[str, tuple[str, int]] = {}
    if not codes:
        return questions
    for row in store.query(
        "SELECT q.code, q.text, q.position FROM question_distribution q"
        " JOIN wellbeing_result r ON r.id = q.result_id"
        " JOIN school_class c ON c.id = r.class_id"
        f" WHERE c.cohort_id = ? AND q.code IN ({','.join('?' * len(codes))})"
        " ORDER BY r.survey_year DESC, r.created_at DESC",
        [cohort_id, *codes],
    ):
        questions.setdefault(row["code"], (row["text"], row["position"]))
    return questions
