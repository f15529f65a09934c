"""The change log of one pupil: who changed what, when, from what to what. Shown on screen, never printed.

Covers the pupil's own record, their reviews, the subject assessments of those reviews, their notes and
their absence records, including rows that were deleted later (found through the logged values).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime

from app.domain.formatting import plain_number, short_date
from app.domain.notes import ChangeLogEntry, PupilNote
from app.domain.review import AbsenceRecord, PupilReview, SubjectAssessment
from app.domain.school import Pupil
from app.i18n import tr
from app.storage import change_log
from app.storage.store import Store


@dataclass(frozen=True)
class ChangeLogLine:
    at: datetime  # local time
    author: str
    operation: str  # the readable name of the user action
    what: str  # e.g. "Elevgennemgang: Styrker og ressourcer"
    old: str
    new: str
    entry: ChangeLogEntry


def _table_labels() -> dict[str, str]:
    return {
        "pupil": tr("changelog", "Pupil"),
        "pupil_review": tr("changelog", "Pupil review"),
        "subject_assessment": tr("changelog", "Subject"),
        "pupil_note": tr("changelog", "Note"),
        "absence_record": tr("changelog", "Absence"),
    }


def _field_labels() -> dict[str, str]:
    return {
        "given_name": tr("changelog", "Given name"),
        "family_name": tr("changelog", "Family name"),
        "birth_date": tr("changelog", "Birth date"),
        "status": tr("changelog", "Status"),
        "left_on": tr("changelog", "Left on"),
        "needs_discussion": tr("changelog", "Needs discussion"),
        "strengths": tr("changelog", "Strengths and resources"),
        "pupil_perspective": tr("changelog", "The pupil's perspective"),
        "wellbeing_notes": tr("changelog", "Wellbeing and social situation"),
        "absence_period_start": tr("changelog", "Absence period from"),
        "absence_period_end": tr("changelog", "Absence period to"),
        "absence_total_pct": tr("changelog", "Total absence (%)"),
        "absence_unlawful_pct": tr("changelog", "Unlawful absence (%)"),
        "absence_cause_child": tr("changelog", "The child's view of the cause"),
        "absence_cause_parents": tr("changelog", "The parents' view of the cause"),
        "tried": tr("changelog", "What has been tried"),
        "next_steps": tr("changelog", "Next steps"),
        "conclusion": tr("changelog", "Conclusion"),
        "discussed": tr("changelog", "Discussed"),
        "updated_by": tr("changelog", "Written by"),
        "goal": tr("changelog", "Goal"),
        "evidence": tr("changelog", "Evidence"),
        "subject": tr("changelog", "Subject"),
        "text": tr("changelog", "Text"),
        "confidential": tr("changelog", "Confidential"),
        "conference_id": tr("changelog", "Conference"),
        "total_pct": tr("changelog", "Total absence (%)"),
        "unlawful_pct": tr("changelog", "Unlawful absence (%)"),
        "sick_pct": tr("changelog", "Sickness absence (%)"),
    }


def _rows_holding(store: Store, table: str, key: str, value: str) -> set[str]:
    """Row ids of ``table`` whose logged whole row had ``key`` = ``value`` (rows deleted since)."""
    return change_log.rows_logged_with(store, table, key, value)


_YES_NO_FIELDS = {"needs_discussion", "discussed", "confidential"}


def _show(value: str | None, field: str | None = None) -> str:
    if value is None:
        return "–"
    try:
        decoded = json.loads(value)
    except (TypeError, ValueError):
        return str(value)
    if decoded is None or decoded == "":
        return "–"
    if field in _YES_NO_FIELDS or isinstance(decoded, bool):
        return tr("changelog", "yes") if decoded else tr("changelog", "no")
    if isinstance(decoded, float):
        return plain_number(decoded, 6)
    if isinstance(decoded, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", decoded):
        return short_date(date.fromisoformat(decoded))
    return str(decoded)


def _local(stamp: str) -> datetime:
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return datetime.min
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().replace(tzinfo=None)


def _inserted_detail(entry: ChangeLogEntry) -> str:
    """The note's text or the subject's name of a created row (what a reader needs to recognise it)."""
    key = {"pupil_note": "text", "subject_assessment": "subject"}.get(entry.table_name)
    if not key or not entry.new_value:
        return ""
    try:
        return str(json.loads(entry.new_value).get(key) or "")
    except (TypeError, ValueError, AttributeError):
        return ""


def _line(entry: ChangeLogEntry) -> ChangeLogLine:
    table = _table_labels().get(entry.table_name, entry.table_name)
    if entry.action == "insert":
        what, old, new = table, "", tr("changelog", "created")
        detail = _inserted_detail(entry)
        if detail:
            new = tr("changelog", "created: {text}").format(text=detail)
    elif entry.action == "delete":
        what, old, new = table, "", tr("changelog", "deleted")
    elif entry.action == "erase" and entry.field:  # a text where an erased pupil's name was replaced
        field = _field_labels().get(entry.field, entry.field)
        what, old, new = f"{table}: {field}", "", tr("changelog", "a deleted pupil's name replaced")
    elif entry.action == "erase":
        what, old, new = table, "", tr("changelog", "personal data deleted")
    else:
        field = _field_labels().get(entry.field or "", entry.field or "")
        what = f"{table}: {field}" if field else table
        old, new = _show(entry.old_value, entry.field), _show(entry.new_value, entry.field)
    return ChangeLogLine(
        at=_local(entry.at), author=entry.author, operation=entry.operation, what=what, old=old, new=new, entry=entry
    )


def change_log_for_pupil(store: Store, pupil: Pupil) -> list[ChangeLogLine]:
    """Every logged change to the pupil, their reviews, subject assessments, notes and absence, newest first."""
    reviews = {r.id for r in store.find(PupilReview, pupil_id=pupil.id)}
    reviews |= _rows_holding(store, "pupil_review", "pupil_id", pupil.id)
    wanted: dict[str, set[str]] = {"pupil": {pupil.id}, "pupil_review": reviews}
    subjects: set[str] = set()
    for review_id in reviews:
        subjects |= {s.id for s in store.find(SubjectAssessment, review_id=review_id)}
        subjects |= _rows_holding(store, "subject_assessment", "review_id", review_id)
    wanted["subject_assessment"] = subjects
    for table, cls in (("pupil_note", PupilNote), ("absence_record", AbsenceRecord)):
        current = {row.id for row in store.find(cls, pupil_id=pupil.id)}
        wanted[table] = current | _rows_holding(store, table, "pupil_id", pupil.id)
    entries: list[ChangeLogEntry] = []
    for table, ids in wanted.items():
        if ids:
            entries += store.change_log(table, sorted(ids))
    entries.sort(key=lambda e: e.id or 0, reverse=True)
    return [_line(entry) for entry in entries]
