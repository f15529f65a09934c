"""Notes on a pupil and the change log."""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.base import Record


@dataclass(kw_only=True)
class PupilNote(Record):
    pupil_id: str
    conference_id: str | None = None
    author: str = ""
    text: str
    confidential: bool = False


@dataclass(kw_only=True)
class ChangeLogEntry:
    """One changed value, written in the same transaction as the change. Never printed."""

    id: int | None = None
    operation_id: str
    operation: str  # the readable name of the user action, e.g. "Redigér styrker"
    at: str
    author: str = ""
    table_name: str
    row_id: str
    action: str  # insert | update | delete
    field: str | None = None
    old_value: str | None = None
    new_value: str | None = None
