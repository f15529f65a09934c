"""The school's answer distributions per question for Mellemtrin and Udskoling (from uddannelsesstatistik.dk's
question cube): school-level comparison data, stored per school year and stage, never a class's result."""

from __future__ import annotations

from app.domain.wellbeing import StageQuestionDistribution
from app.i18n import tr
from app.services.school import the_school
from app.services.survey_question_cube import CubeQuestion, StageQuestions
from app.storage.store import Store


def _r(values: list[float]) -> tuple:
    return tuple(round(float(v), 4) for v in values)


def _snapshot(questions) -> tuple:
    return tuple((q.text, tuple(q.options), tuple(int(s) for s in q.option_scores), _r(q.shares),
                  _r(q.municipality_shares), _r(q.national_shares), int(q.answer_count)) for q in questions)


def stage_questions(store: Store, survey_year: int, stage: str) -> list[StageQuestionDistribution]:
    """The stored distributions of one stage and school year, in the file's order."""
    return store.find(StageQuestionDistribution, survey_year=survey_year, stage=stage, order_by="position")


def is_stored(store: Store, values: StageQuestions) -> bool | None:
    """True: stored exactly so; False: other distributions are stored (they are replaced); None: none stored."""
    stored = stage_questions(store, values.school_year, values.stage)
    if not stored:
        return None
    return _snapshot(stored) == _snapshot(values.questions)


def save_stage_questions(store: Store, items: list[StageQuestions]) -> None:
    """Store (or replace) the distributions of each stage and school year, all in ONE operation."""
    school = the_school(store)
    with store.operation(tr("operations", "Import the school's answer distributions")) as op:
        for values in items:
            for old in stage_questions(store, values.school_year, values.stage):
                op.delete(old)
            for position, question in enumerate(values.questions):
                op.insert(_record(school.id, values, position, question))


def _record(school_id: str, values: StageQuestions, position: int, question: CubeQuestion) -> StageQuestionDistribution:
    return StageQuestionDistribution(
        school_id=school_id, survey_year=values.school_year, stage=values.stage, position=position,
        text=question.text, options=list(question.options), option_scores=list(question.option_scores),
        shares=list(question.shares), municipality_shares=list(question.municipality_shares),
        national_shares=list(question.national_shares), answer_count=question.answer_count,
    )
