"""Deleting a pupil's personal data when the law asks: pupils who left long enough ago, and "Slet elevdata".

Notes about children may only be kept as long as they are needed. A pupil marked as left more than
:data:`DEFAULT_RETENTION_MONTHS` months ago is listed for deletion. The erasure itself (a preview of every
text that will change, then one logged operation, the change log, the import memory, free pages and
backups) is in :mod:`app.services.pupil_erasure`; the names below are kept for the callers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.school import Pupil, danish_sort_key
from app.i18n import tr
from app.storage import change_log, erasure
from app.storage.queries import people
from app.storage.store import Store

DEFAULT_RETENTION_MONTHS = 12


def deleted_name() -> str:
    """What replaces a deleted pupil's name: "[slettet elev]"."""
    return tr("deletion", "[deleted pupil]")


@dataclass(frozen=True)
class DueForDeletion:
    pupil: Pupil
    left_on: date
    last_class: str  # e.g. "5.B 2025/26" ("" if the pupil was in no class)


def retention_cutoff(today: date, months: int = DEFAULT_RETENTION_MONTHS) -> date:
    """The day ``months`` calendar months before ``today`` (the 31st becomes the month's last day)."""
    month_index = today.year * 12 + (today.month - 1) - months
    year, month = divmod(month_index, 12)
    month += 1
    for day in range(today.day, 27, -1):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return date(year, month, min(today.day, 28))


def is_erased(store: Store, pupil: Pupil) -> bool:
    return change_log.has_action(store, "pupil", pupil.id, erasure.ERASE_ACTION)


def pupils_due_for_deletion(
    store: Store, today: date | None = None, months: int = DEFAULT_RETENTION_MONTHS
) -> list[DueForDeletion]:
    """Pupils marked as left on or before ``months`` months ago whose data has not been deleted, oldest first."""
    today = today or date.today()
    cutoff = retention_cutoff(today, months)
    erased = change_log.row_ids_with_action(store, "pupil", erasure.ERASE_ACTION)
    due = []
    for pupil in people.left_pupils_until(store, cutoff):
        if pupil.id in erased:
            continue
        assert pupil.left_on is not None  # left_pupils_until finds only pupils with a leaving date
        due.append(DueForDeletion(pupil, pupil.left_on, _last_class(store, pupil)))
    return sorted(
        due, key=lambda d: (d.left_on, danish_sort_key(d.pupil.family_name), danish_sort_key(d.pupil.given_name))
    )


def _last_class(store: Store, pupil: Pupil) -> str:
    """The class the pupil was in last (moved within the last school year: the class moved to)."""
    last = people.last_class(store, pupil.id)
    return f"{last.name} {last.year.label}" if last else ""




# The erasure lives in its own module; these names stay for the callers (the dialog, the tests).
from app.services.pupil_erasure import (  # noqa: E402
    DeletionReport,
    ErasurePreview,
    delete_pupil_data,
    erasure_preview,
    finish_erasure,
    forget_old_backups,
)

__all__ = [
    "DEFAULT_RETENTION_MONTHS", "DeletionReport", "DueForDeletion", "ErasurePreview", "delete_pupil_data",
    "deleted_name", "erasure_preview", "finish_erasure", "forget_old_backups", "is_erased",
    "pupils_due_for_deletion", "retention_cutoff",
]
