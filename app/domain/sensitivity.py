"""Which parts of a pupil's review are sensitive: one list, used by the projector-safe view and by handouts.

Sensitive texts never reach a projector (F8), a handout for parents or the class, or a log file, unless the user
asked for exactly that (the team's own minutes). Strengths, the pupil's own perspective and subject goals are
what the team talks about on the screen; they are not in this list.
"""

from __future__ import annotations

from app.domain.notes import PupilNote

# PupilReview fields: social wellbeing, what has been tried, next steps and the meeting's conclusion (they may
# name a report to the municipality), and everything about absence.
SENSITIVE_REVIEW_FIELDS: tuple[str, ...] = (
    "wellbeing_notes",
    "tried",
    "next_steps",
    "conclusion",  # the meeting's conclusion may name a report to the municipality too
    "absence_total_pct",
    "absence_unlawful_pct",
    "absence_cause_child",
    "absence_cause_parents",
)

# Imported absence per period (the absence_record table) is sensitive as a whole.
SENSITIVE_TABLES: tuple[str, ...] = ("absence_record",)


def is_sensitive_field(field: str) -> bool:
    return field in SENSITIVE_REVIEW_FIELDS


def is_sensitive_note(note: PupilNote) -> bool:
    """A note marked confidential (the default for a new note)."""
    return bool(note.confidential)
