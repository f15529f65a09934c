"""Merging prepared copies: the stored conflict versions, the merged operations, and the rule that picks the
value shown while a conflict waits.

A conflict is the set of versions of one field (table, row, field) that copies typed differently since they
split. Each version is one :class:`MergeConflict` row. While the conflict waits, the field shows the version
that :func:`version_rank` ranks highest: a version typed in the team file itself first ("documents print the
team file's version"), then the newest edit by the time it was typed, then the author's name and the value as
tie-breaks. The rank depends only on the version, never on the order in which copies were merged, so merging
the same copies in any order shows the same value and lists the same versions.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.base import Record


@dataclass(kw_only=True)
class MergeConflict(Record):
    """One version of a field that copies changed to different values. ``value`` is the stored value as JSON."""

    table_name: str
    row_id: str
    field: str
    pupil_id: str | None = None
    value: str
    author: str = ""
    changed_at: str = ""
    from_team: bool = False


@dataclass(kw_only=True)
class MergedOperation(Record):
    """An operation of another copy (``id`` is that operation's id) that a merge brought into this file."""

    source_file_id: str = ""
    merge_operation_id: str = ""


def version_rank(from_team: bool, changed_at: str, author: str, value: str) -> tuple:
    """The order of a field's versions: the highest is shown until someone chooses (see the module)."""
    return (1 if from_team else 0, changed_at or "", author or "", value)


def possessive(name: str) -> str:
    """Danish genitive: "Henrik Østergaards", "Lars'" (a name ending in s, x or z takes an apostrophe)."""
    name = name.strip()
    if not name:
        return name
    return name + ("'" if name[-1].lower() in "sxz" else "s")
