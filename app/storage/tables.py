"""Which table holds which domain dataclass."""

from __future__ import annotations

from app.domain.agreement import Agreement, AgreementPupil, AgreementReview
from app.domain.base import Record
from app.domain.conference import AgendaItem, Conference, ConferenceClass, ConferenceParticipant
from app.domain.merging import MergeConflict, MergedOperation
from app.domain.notes import PupilNote
from app.domain.review import AbsenceRecord, PupilReview, SubjectAssessment
from app.domain.school import ClassMembership, Pupil, School, SchoolClass, StaffMember
from app.domain.wellbeing import IndicatorValue, QuestionDistribution, StageQuestionDistribution, WellbeingResult

TABLES: dict[type[Record], str] = {
    School: "school",
    SchoolClass: "school_class",
    Pupil: "pupil",
    ClassMembership: "class_membership",
    StaffMember: "staff_member",
    Conference: "conference",
    ConferenceClass: "conference_class",
    ConferenceParticipant: "conference_participant",
    AgendaItem: "agenda_item",
    PupilReview: "pupil_review",
    SubjectAssessment: "subject_assessment",
    AbsenceRecord: "absence_record",
    WellbeingResult: "wellbeing_result",
    IndicatorValue: "indicator_value",
    QuestionDistribution: "question_distribution",
    StageQuestionDistribution: "stage_question_distribution",
    Agreement: "agreement",
    AgreementPupil: "agreement_pupil",
    AgreementReview: "agreement_review",
    PupilNote: "pupil_note",
    MergeConflict: "merge_conflict",
    MergedOperation: "merged_operation",
}

CLASSES_BY_TABLE: dict[str, type[Record]] = {table: cls for cls, table in TABLES.items()}


def table_of(cls_or_obj) -> str:
    cls = cls_or_obj if isinstance(cls_or_obj, type) else type(cls_or_obj)
    return TABLES[cls]
