"""Erasing one pupil: a preview of every text that will change, then one logged operation, then the copies.

:func:`erasure_preview` lists, before anything happens, what will be deleted (the pupil's own reviews, notes,
absence records, memberships and agreement links, as counts) and every other text that names the pupil,
before and after ("Claras mor" -> "[slettet elevs] mor"). Names are found by the school's one
:class:`MentionFinder`, so only mentions that can only mean this pupil change: "Søren Ærø Lund" (staff),
"Nielsen-familiens hund" and another pupil's "Clara" stay as they are. Names that *may* mean the pupil
("Clara" when two pupils are called Clara) are listed for a person to read, and left.

:func:`delete_pupil_data` does exactly that in one operation named "Slet elevdata" (secure_delete on), logs
one "erase" row per changed text (no values: they are what must disappear), removes the pupil's rows from
the change log and scrubs the name out of the rest (decoding the JSON the values are stored in, so a name
after a line break, stored as ``\\n``, is found too), forgets import-memory entries whose headers hold the
name, and vacuums the file. :func:`finish_erasure` then removes the older backups (and the copies kept
before a schema upgrade) and makes a fresh one. Every step that fails (a full disk) is reported in Danish,
saying what still holds the data; calling :func:`finish_erasure` again retries. Nothing reports success
before everything is done.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.domain.agreement import Agreement, AgreementPupil, AgreementReview
from app.domain.conference import AgendaItem
from app.domain.formatting import plural
from app.domain.mentions import MentionFinder, normalize, replace_mentions, with_possessive
from app.domain.merging import MergeConflict
from app.domain.notes import PupilNote
from app.domain.review import AbsenceRecord, PupilReview, SubjectAssessment
from app.domain.school import ClassMembership, Pupil
from app.i18n import tr
from app.services.import_memory import ImportMemory
from app.services.mentions import finder_for
from app.storage import backups, erasure, merge_records
from app.storage.queries import reviews as review_queries
from app.storage.store import Store
from app.storage.tables import table_of

log = logging.getLogger(__name__)

# Every free text of the file that may name a pupil: (class, fields).
FREE_TEXTS: tuple[tuple[type, tuple[str, ...]], ...] = (
    (Agreement, ("text", "follow_up_note")),
    (AgreementReview, ("note",)),
    (PupilReview, ("strengths", "pupil_perspective", "wellbeing_notes", "absence_cause_child",
                   "absence_cause_parents", "tried", "next_steps")),
    (SubjectAssessment, ("goal", "evidence")),
    (PupilNote, ("text",)),
    (AgendaItem, ("title",)),
)


def deleted_name() -> str:
    """What replaces a deleted pupil's name: "[slettet elev]"."""
    return tr("deletion", "[deleted pupil]")


def _place(table: str) -> str:
    return {
        "agreement": tr("deletion", "Agreement"),
        "agreement_review": tr("deletion", "Follow-up on an agreement"),
        "pupil_review": tr("deletion", "Another pupil's review"),
        "subject_assessment": tr("deletion", "Another pupil's subject goal"),
        "pupil_note": tr("deletion", "Note about another pupil"),
        "agenda_item": tr("deletion", "Agenda item"),
    }.get(table, table)


@dataclass(frozen=True)
class TextChange:
    """One text outside the pupil's own records that names the pupil: before and after the erasure."""

    table: str
    row_id: str
    field: str
    before: str
    after: str

    @property
    def place(self) -> str:
        return _place(self.table)


@dataclass
class ErasurePreview:
    pupil_id: str
    rows: dict[str, int]  # table -> rows of the pupil's own that are deleted
    changes: list[TextChange]  # texts that will change (only mentions that can only mean this pupil)
    unsure: list[TextChange]  # texts with a name that may mean this pupil: not changed, for a person to read


@dataclass
class DeletionReport:
    """What :func:`delete_pupil_data` removed (counts only: no names), and what still holds the data."""

    rows_deleted: dict[str, int] = field(default_factory=dict)
    texts_scrubbed: int = 0
    change_log_removed: int = 0
    change_log_scrubbed: int = 0
    import_memory_forgotten: int = 0
    wal_emptied: bool = True
    changes: list[TextChange] = field(default_factory=list)
    # Texts that may still mean the pupil (a shared given name): not changed, a person should read them.
    other_mentions: list[tuple[str, str, str]] = field(default_factory=list)  # (table, row id, field)
    remaining: list[str] = field(default_factory=list)  # Danish sentences: where the data still is

    @property
    def complete(self) -> bool:
        return not self.remaining


# -- the preview ---------------------------------------------------------------------------------------
def _owned(store: Store, pupil: Pupil) -> dict[type, list[str]]:
    reviews = [r.id for r in store.find(PupilReview, pupil_id=pupil.id)]
    subjects = [s.id for s in review_queries.subjects_of_pupil(store, pupil.id)]
    return {
        AgreementPupil: [r.id for r in store.find(AgreementPupil, pupil_id=pupil.id)],
        AbsenceRecord: [r.id for r in store.find(AbsenceRecord, pupil_id=pupil.id)],
        PupilNote: [r.id for r in store.find(PupilNote, pupil_id=pupil.id)],
        SubjectAssessment: subjects,
        PupilReview: reviews,
        ClassMembership: [r.id for r in store.find(ClassMembership, pupil_id=pupil.id)],
        MergeConflict: [r.id for r in store.find(MergeConflict, pupil_id=pupil.id)],
    }


def scrubber(finder: MentionFinder, pupil_id: str):
    """text -> text with every mention that can only mean ``pupil_id`` replaced by "[slettet elev]"."""
    placeholder = deleted_name()

    def scrub(text: str) -> str:
        if not text:
            return text
        return replace_mentions(text, finder.mentions_of(pupil_id, text),
                                lambda mention: with_possessive(placeholder, mention))

    return scrub


def erasure_preview(store: Store, pupil: Pupil, finder: MentionFinder | None = None) -> ErasurePreview:
    """What erasing ``pupil`` will delete and change (nothing is written)."""
    pupil = store.get(Pupil, pupil.id)
    finder = finder or finder_for(store)
    scrub = scrubber(finder, pupil.id)
    owned = _owned(store, pupil)
    owned_ids = {row_id for ids in owned.values() for row_id in ids}
    words = name_words(finder, pupil.id)
    changes, unsure = [], []
    for cls, fields in FREE_TEXTS:
        table = table_of(cls)
        for row in erasure.text_rows(store, table, fields):
            if row[0] in owned_ids:
                continue  # deleted as a whole
            for name, value in zip(fields, row[1:]):
                if not isinstance(value, str) or not value.strip():
                    continue
                folded = normalize(value)
                if not any(word in folded for word in words):
                    continue  # none of the pupil's names is in it (most texts): no need to look closer
                after = scrub(value)
                if after != value:
                    changes.append(TextChange(table, row[0], name, value, after))
                if finder.ambiguous_mentions_of(pupil.id, after):
                    unsure.append(TextChange(table, row[0], name, value, after))
    rows = {table_of(cls): len(ids) for cls, ids in owned.items()}
    return ErasurePreview(pupil_id=pupil.id, rows=rows, changes=changes, unsure=unsure)


# -- the erasure ---------------------------------------------------------------------------------------
def scrub_logged_value(value: str | None, scrub) -> str | None:
    """A change_log value (JSON) with the name scrubbed from every text inside it, re-encoded."""
    if not value:
        return value
    try:
        decoded = json.loads(value)
    except ValueError:
        return scrub(value)
    cleaned = _scrub_json(decoded, scrub)
    return value if cleaned == decoded else json.dumps(cleaned, ensure_ascii=False)


def _scrub_json(value, scrub):
    if isinstance(value, str):
        return scrub(value)
    if isinstance(value, dict):
        return {key: _scrub_json(item, scrub) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub_json(item, scrub) for item in value]
    return value


def _scrub_change_log(op, scrub, words: set[str]) -> int:
    """Scrub every remaining change_log value that may hold the name. Returns how many rows changed."""

    def may_hold(old, new) -> bool:
        folded = normalize(f"{old or ''} {new or ''}")
        return any(word in folded for word in words)

    return erasure.rewrite_change_log(op, may_hold, lambda value: scrub_logged_value(value, scrub))


def name_words(finder: MentionFinder, pupil_id: str) -> set[str]:
    """The pupil's name parts, normalized (to find texts and import-memory entries that may hold them)."""
    from app.domain.mentions import name_forms

    person = finder.people[pupil_id]
    full, parts = name_forms(person)
    return {normalize(word) for form in full | parts for word in form.split() if len(word) >= 2}


def delete_pupil_data(store: Store, pupil: Pupil, *, vacuum: bool = True,
                      memory: ImportMemory | None = None) -> DeletionReport:
    """Erase ``pupil`` (see the module's docstring). Cannot be undone. ``report.remaining`` lists, in Danish,
    whatever still holds the data when a step failed (then call :func:`finish_erasure` to retry)."""
    pupil = store.get(Pupil, pupil.id)
    finder = finder_for(store)
    preview = erasure_preview(store, pupil, finder)
    scrub = scrubber(finder, pupil.id)
    words = name_words(finder, pupil.id)
    owned = _owned(store, pupil)
    report = DeletionReport(changes=list(preview.changes))
    report.other_mentions = [(c.table, c.row_id, c.field) for c in preview.unsure]
    placeholder = deleted_name()
    erasure.secure_delete_on(store)  # freed pages are overwritten even before the vacuum
    with store.operation(tr("operations", "Delete pupil data"), undoable=False) as op:
        for cls, ids in owned.items():
            report.rows_deleted[table_of(cls)] = erasure.delete_rows(op, table_of(cls), ids)
        for change in preview.changes:
            erasure.set_values(op, change.table, change.row_id, **{change.field: change.after},
                               updated_at=_now())
            erasure.log_erasure(op, change.table, change.row_id, change.field)
            report.texts_scrubbed += 1
        erasure.set_values(op, "pupil", pupil.id, given_name=placeholder, family_name="", call_name="",
                           birth_date=None, updated_at=_now())
        gone = [(table_of(cls), row_id) for cls, ids in owned.items() for row_id in ids] + [("pupil", pupil.id)]
        all_ids = [pupil.id] + [row_id for ids in owned.values() for row_id in ids]
        merge_records.remember_erasure(op, gone, all_ids)  # ids only: no copy brings the pupil back
        report.change_log_removed, _ = erasure.purge_change_log(op, gone, all_ids, [], scrub)
        report.change_log_scrubbed = _scrub_change_log(op, scrub, words)
        report.texts_scrubbed += merge_records.rewrite_conflict_values(  # versions waiting after a merge
            op, lambda value: any(word in normalize(value or "") for word in words),
            lambda value: scrub_logged_value(value, scrub))
        erasure.log_erasure(op, "pupil", pupil.id)
    memory = memory if memory is not None else ImportMemory()
    try:
        report.import_memory_forgotten = memory.forget_words(words)
    except OSError as error:
        log.error("import memory not cleaned after an erasure: %s", type(error).__name__)
        report.remaining.append(tr("deletion", "The remembered column choices for imports ({path}) could not "
                                               "be cleaned.").format(path=memory.path))
    if vacuum:
        report.wal_emptied, problem = _vacuum(store)
        if problem:
            report.remaining.append(problem)
    return report


def _vacuum(store: Store) -> tuple[bool, str | None]:
    """(WAL emptied, a Danish sentence if the deleted text may still be in the file's free space)."""
    try:
        return erasure.vacuum_file(store), None
    except Exception as error:  # the database's errors: a full disk above all
        if type(error).__name__ not in ("OperationalError", "DatabaseError") and not isinstance(error, OSError):
            raise
        log.error("vacuum after an erasure failed: %s", error)
        return False, tr(
            "deletion",
            "The deleted text may still be in the free space inside the file “{name}”, because the file could "
            "not be rebuilt (is the disk full?).",
        ).format(name=store.path.name)


def upgrade_copies(path: Path) -> list[Path]:
    """The copies made beside the file before a schema upgrade ("… (før opgradering fra v1 …)")."""
    return sorted(path.parent.glob(f"{path.stem} (før opgradering fra v*){path.suffix}"))


def forget_old_backups(store: Store, root=None, now: datetime | None = None) -> int:
    """Remove the file's earlier backups (they still hold the data) and make a fresh backup. Raises what the
    backup module raises; :func:`finish_erasure` is the version that reports instead."""
    now = now or datetime.now()
    removed = backups.forget_backups_before(store.path, now, root)
    for copy in upgrade_copies(Path(store.path)):
        copy.unlink(missing_ok=True)
        removed += 1
    backups.make_backup(store, backups.REASON_MANUAL, root, now=now, thin=False)
    return removed


def finish_erasure(store: Store, root=None, now: datetime | None = None) -> list[str]:
    """Rebuild the file, remove the older backups and make a fresh one. Returns, in Danish, what still
    holds erased data (empty: everything is done). Safe to call again after freeing space."""
    remaining = []
    _, problem = _vacuum(store)
    if problem:
        remaining.append(problem)
    now = now or datetime.now()
    try:
        backups.forget_backups_before(store.path, now, root)
    except OSError as error:
        log.error("removing old backups after an erasure failed: %s", type(error).__name__)
    for copy in upgrade_copies(Path(store.path)):
        try:
            copy.unlink(missing_ok=True)
        except OSError:
            remaining.append(tr("deletion", "The copy “{name}” made before an upgrade could not be "
                                            "deleted.").format(name=copy.name))
    left = [b for b in backups.list_backups(store.path, root) if b.taken_at < now]
    if left:
        remaining.append(plural(len(left), tr("deletion", "{count} older backup still holds the data and could not "
                                                          "be deleted."),
                                tr("deletion", "{count} older backups still hold the data and could not be deleted.")))
    try:
        backups.make_backup(store, backups.REASON_MANUAL, root, now=now, thin=False)
    except Exception as error:  # a full disk: the file itself is fine, only the fresh backup is missing
        log.error("fresh backup after an erasure failed: %s", type(error).__name__)
        remaining.append(tr("deletion", "No fresh backup could be made (is the disk full?). The file itself "
                                        "is saved."))
    return remaining


def incomplete_message(remaining: list[str]) -> str:
    """The Danish message when an erasure is not finished: what remains, and what to do."""
    return "\n".join(
        [tr("deletion", "The pupil's data has been deleted from the file, but the erasure is not finished:")]
        + [f"• {line}" for line in remaining]
        + [tr("deletion", "Free some space on the disk (empty the recycle bin, delete large files), then "
                          "choose “Try again”.")]
    )


def _now() -> str:
    from app.domain.base import utc_now

    return utc_now()
