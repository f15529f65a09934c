"""Deleting a pupil's personal data when the law asks: pupils who left long enough ago, and "Slet elevdata".

Notes about children may only be kept as long as they are needed. A pupil marked as left more than
:data:`DEFAULT_RETENTION_MONTHS` months ago is listed for deletion. :func:`delete_pupil_data` then removes
the pupil's reviews (with subject assessments), notes, absence records, class memberships and links to
agreements, replaces the name with "[slettet elev]" (also inside the text of every agreement, its
follow-up and its reviews, where the class still needs them), removes the pupil's rows and values from
the change log, and vacuums the file so that the deleted words are gone from its bytes. One change_log
row remains: who erased a pupil's data, and when (without the name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from app.domain.agreement import Agreement, AgreementPupil, AgreementReview
from app.domain.notes import PupilNote
from app.domain.review import AbsenceRecord, PupilReview, SubjectAssessment
from app.domain.school import ClassMembership, Pupil, PupilStatus, SchoolClass, danish_sort_key
from app.i18n import tr
from app.storage import backups, erasure
from app.storage.store import Store
from app.storage.tables import table_of

DEFAULT_RETENTION_MONTHS = 12


def deleted_name() -> str:
    """What replaces a deleted pupil's name: "[slettet elev]"."""
    return tr("deletion", "[deleted pupil]")


@dataclass(frozen=True)
class DueForDeletion:
    pupil: Pupil
    left_on: date
    last_class: str  # e.g. "5.B 2025/26" ("" if the pupil was in no class)


@dataclass
class DeletionReport:
    """What :func:`delete_pupil_data` removed (counts only: no names)."""

    rows_deleted: dict[str, int] = field(default_factory=dict)
    texts_scrubbed: int = 0
    change_log_removed: int = 0
    change_log_scrubbed: int = 0
    wal_emptied: bool = True
    # Texts about *other* pupils that still mention the name (not changed: a person should read them).
    other_mentions: list[tuple[str, str, str]] = field(default_factory=list)  # (table, row id, field)


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
        if pupil.id in erased:
            continue
        due.append(DueForDeletion(pupil, pupil.left_on, _last_class(store, pupil)))
    return sorted(due, key=lambda d: (d.left_on, danish_sort_key(d.pupil.family_name), danish_sort_key(d.pupil.given_name)))


def _last_class(store: Store, pupil: Pupil) -> str:
    classes = store.find(
        SchoolClass, "id IN (SELECT class_id FROM class_membership WHERE pupil_id = ?)", (pupil.id,),
        order_by="school_year DESC",
    )
    return f"{classes[0].name} {classes[0].year.label}" if classes else ""


def name_pattern(pupil: Pupil) -> re.Pattern | None:
    """The pupil's full name, given name and family name as whole words (a Danish genitive -s included)."""
    names = [pupil.full_name, pupil.given_name, pupil.family_name]
    names += [part for part in re.split(r"[\s]+", pupil.family_name or "") if len(part) >= 3]
    names = sorted({n.strip() for n in names if n and len(n.strip()) >= 2}, key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?=(?:s|'s|’s)?(?!\w))")


def delete_pupil_data(store: Store, pupil: Pupil, *, vacuum: bool = True) -> DeletionReport:
    """Erase ``pupil``'s personal data from the file (one action, then a vacuum). Cannot be undone."""
    pupil = store.get(Pupil, pupil.id)
    pattern = name_pattern(pupil)
    placeholder = deleted_name()

    def scrub(text: str) -> str:
        return pattern.sub(placeholder, text) if pattern and text else text

    report = DeletionReport()
    reviews = store.find(PupilReview, "pupil_id = ?", (pupil.id,))
    review_ids = [r.id for r in reviews]
    subject_ids = [
        s.id for review_id in review_ids for s in store.find(SubjectAssessment, "review_id = ?", (review_id,))
    ]
    owned: dict[type, list[str]] = {
        AgreementPupil: [r.id for r in store.find(AgreementPupil, "pupil_id = ?", (pupil.id,))],
        AbsenceRecord: [r.id for r in store.find(AbsenceRecord, "pupil_id = ?", (pupil.id,))],
        PupilNote: [r.id for r in store.find(PupilNote, "pupil_id = ?", (pupil.id,))],
        SubjectAssessment: subject_ids,
        PupilReview: review_ids,
        ClassMembership: [r.id for r in store.find(ClassMembership, "pupil_id = ?", (pupil.id,))],
    }
    words = [w for w in {pupil.given_name, pupil.family_name, pupil.full_name} if w and len(w) >= 2]
    with store.operation(tr("operations", "Delete pupil data"), undoable=False) as op:
        for cls, ids in owned.items():
            report.rows_deleted[table_of(cls)] = erasure.delete_rows(op, table_of(cls), ids)
        for cls, fields in ((Agreement, ("text", "follow_up_note")), (AgreementReview, ("note",))):
            for row_id, name in erasure.rows_mentioning(store, table_of(cls), fields, pattern) if pattern else []:
                current = store.get(cls, row_id)
                erasure.set_values(op, table_of(cls), row_id, **{name: scrub(getattr(current, name))},
                                   updated_at=_now())
                report.texts_scrubbed += 1
        erasure.set_values(
            op, "pupil", pupil.id, given_name=placeholder, family_name="", birth_date=None, updated_at=_now()
        )
        gone = [(table_of(cls), row_id) for cls, ids in owned.items() for row_id in ids] + [("pupil", pupil.id)]
        all_ids = [pupil.id] + [row_id for ids in owned.values() for row_id in ids]
        report.change_log_removed, report.change_log_scrubbed = erasure.purge_change_log(
            op, gone, all_ids, words, scrub
        )
        erasure.log_erasure(op, "pupil", pupil.id)
    if pattern:
        for cls, fields in (
            (PupilReview, ("strengths", "pupil_perspective", "wellbeing_notes", "absence_cause_child",
                           "absence_cause_parents", "tried", "next_steps")),
            (PupilNote, ("text",)),
            (SubjectAssessment, ("goal", "evidence")),
        ):
            report.other_mentions += [
                (table_of(cls), row_id, name) for row_id, name in erasure.rows_mentioning(store, table_of(cls), fields, pattern)
            ]
    if vacuum:
        report.wal_emptied = erasure.vacuum_file(store)
    return report


def forget_old_backups(store: Store, root=None, now: datetime | None = None) -> int:
    """After deleting pupil data: remove the file's earlier backups and upgrade copies (they still hold the
    data, and restoring one would bring it back) and make a fresh backup. Returns how many backups were removed."""
    now = now or datetime.now()
    removed = backups.forget_backups_before(store.path, now, root)
    removed += backups.forget_upgrade_copies(store.path)  # the copies an upgrade left beside the file, too
    backups.make_backup(store, backups.REASON_MANUAL, root, now=now, thin=False)
    return removed


def _now() -> str:
    from app.domain.base import utc_now

    return utc_now()
