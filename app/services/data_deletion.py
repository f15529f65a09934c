"""Deleting a pupil's personal data when the law asks: pupils who left long enough ago, and "Slet elevdata".

Notes about children may only be kept as long as they are needed. A pupil marked as left more than
:data:`DEFAULT_RETENTION_MONTHS` months ago is listed for deletion. The erasure itself (a preview of every
text that will change, then one logged operation, the change log, the import memory, free pages and
backups) is in :mod:`app.services.pupil_erasure`; the names below are kept for the callers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.school import Pupil, PupilStatus, SchoolClass, danish_sort_key
from app.i18n import tr
from app.storage import erasure
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
    return bool(
        store.scalar(
            "SELECT 1 FROM change_log WHERE table_name = 'pupil' AND row_id = ? AND action = ?",
            (pupil.id, erasure.ERASE_ACTION),
        )
    )


def pupils_due_for_deletion(
    store: Store, today: date | None = None, months: int = DEFAULT_RETENTION_MONTHS
) -> list[DueForDeletion]:
    """Pupils marked as left on or before ``months`` months ago whose data has not been deleted, oldest first."""
    today = today or date.today()
    cutoff = retention_cutoff(today, months)
    erased = {
        row["row_id"]
        for row in store.query(
            "SELECT row_id FROM change_log WHERE table_name = 'pupil' AND action = ?", (erasure.ERASE_ACTION,)
        )
    }
    due = []
    for pupil in store.find(Pupil, "status = ? AND left_on IS NOT NULL AND left_on <= ?",
                            (PupilStatus.LEFT.value, cutoff.isoformat())):
        if pupil.id in erased or pupil.left_on is None:  # (the query asks for a leaving date)
            continue
        due.append(DueForDeletion(pupil, pupil.left_on, _last_class(store, pupil)))
    return sorted(
        due, key=lambda d: (d.left_on, danish_sort_key(d.pupil.family_name), danish_sort_key(d.pupil.given_name))
    )


def _last_class(store: Store, pupil: Pupil) -> str:
    classes = store.find(
        SchoolClass, "id IN (SELECT class_id FROM class_membership WHERE pupil_id = ?)", (pupil.id,),
        order_by="school_year DESC",
    )
    return f"{classes[0].name} {classes[0].year.label}" if classes else ""




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
