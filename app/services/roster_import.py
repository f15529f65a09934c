"""Importing pupil lists: read the file, guess the columns, preview, then apply in one transaction.

    source = read_roster(path, memory=memory)        # reads the file, guesses (or recalls) the columns
    preview = build_preview(store, source, 2026)      # nothing written: new / changed / leaving per class
    result = apply_roster_import(store, preview)      # one operation; marks leavers as left, deletes nothing

Pupils are matched to the file's existing pupils by name and birth date, then by name alone (only when
one side has no birth date). A pupil who is no longer on the list of a class is marked as left
("udmeldt"); an import never deletes anything. A CPR column is never read (see :func:`cpr_warning`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from app.domain.base import RuleError, new_id
from app.domain.formatting import plural
from app.domain.school import ClassMembership, Pupil, PupilStatus, SchoolClass, class_name, danish_sort_key
from app.i18n import tr
from app.services.import_columns import name_key
from app.services.import_memory import ImportMemory
from app.services.import_problems import ImportProblem, Severity, refused
from app.services.roster_file import (  # noqa: F401  (re-exported: one import point for callers)
    BIRTH,
    CLASS,
    FAMILY,
    FIELDS,
    FULL,
    GIVEN,
    MEMORY_KIND,
    RosterRow,
    RosterSource,
    check_columns,
    cpr_warning,
    field_label,
    read_roster,
    read_rows,
    row_problems_error,
    skipped_rows_note,
)
from app.services.school import the_school
from app.services.tabular import TableError, refusing
from app.storage.queries import people, school as school_queries
from app.storage.store import Store


class EntryKind(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    UNCHANGED = "unchanged"
    LEAVING = "leaving"


def entry_kind_label(kind: EntryKind) -> str:
    return {
        EntryKind.NEW: tr("import", "New"),
        EntryKind.CHANGED: tr("import", "Changed"),
        EntryKind.UNCHANGED: tr("import", "Unchanged"),
        EntryKind.LEAVING: tr("import", "Leaves (marked as left)"),
    }[EntryKind(kind)]


@dataclass
class PreviewEntry:
    kind: EntryKind
    class_name: str
    given_name: str
    family_name: str
    birth_date: date | None
    row: int | None = None  # row in the file (None for a pupil who leaves)
    pupil_id: str | None = None  # the existing pupil, if matched
    changes: list[str] = field(default_factory=list)  # readable, e.g. "fødselsdato tilføjet"
    updates: dict = field(default_factory=dict)
    add_membership: bool = False

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


@dataclass
class ClassPreview:
    grade: int
    letter: str
    class_id: str | None  # None: the class is created by the import
    cohort_id: str
    entries: list[PreviewEntry] = field(default_factory=list)

    @property
    def name(self) -> str:
        return class_name(self.grade, self.letter)

    def of_kind(self, kind: EntryKind) -> list[PreviewEntry]:
        return [e for e in self.entries if e.kind == kind]


@dataclass
class RosterPreview:
    source: RosterSource
    school_year: int
    columns: dict[str, int | None]
    classes: list[ClassPreview]
    warnings: list[str]
    skipped_rows: int
    fingerprint: tuple
    problems: list[ImportProblem] = field(default_factory=list)  # rows that cannot be read or need a look

    @property
    def bad_rows(self) -> list[ImportProblem]:
        """The rows that cannot be read (left out only when the user agrees), each with its place."""
        return refused(self.problems)

    @property
    def bad_rows_note(self) -> str | None:
        return skipped_rows_note(self.source, self.bad_rows) if self.bad_rows else None

    @property
    def entries(self) -> list[PreviewEntry]:
        return [e for c in self.classes for e in c.entries]

    def count(self, kind: EntryKind) -> int:
        return sum(1 for e in self.entries if e.kind == kind)

    @property
    def counts(self) -> dict[EntryKind, int]:
        return {kind: self.count(kind) for kind in EntryKind}

    @property
    def new_classes(self) -> list[str]:
        return [c.name for c in self.classes if c.class_id is None]

    @property
    def cpr_warning(self) -> str | None:
        return cpr_warning(self.source)


@dataclass
class RosterResult:
    operation_id: str
    new: int
    changed: int
    unchanged: int
    left: int
    classes_created: list[str]


def _fingerprint(store: Store) -> tuple:
    """Changes to pupils, classes or memberships after the preview make it stale."""
    return people.roster_fingerprint(store)


def build_preview(store: Store, source: RosterSource, school_year: int, *, columns: dict | None = None,
                  default_class: str | None = None, only_class: str | None = None) -> RosterPreview:
    """What an import would do, per class: new, changed, unchanged and leaving pupils. Writes nothing."""
    school = the_school(store)
    columns = dict(source.columns if columns is None else columns)
    with refusing(source.name):
        rows, warnings, skipped, problems = read_rows(source, columns, default_class=default_class,
                                                      only_class=only_class)
    if refused(problems) and not rows:
        raise row_problems_error(source, problems)
    if not rows:
        raise TableError(tr("import", "There are no pupils to import in “{name}”.").format(name=source.name),
                         kind="no_pupils")
    classes = {(c.grade, c.letter, c.school_year): c
               for c in school_queries.classes_of_years(store, school.id, [school_year, school_year - 1])}
    membership_rows = people.open_placements(store, school.id, [school_year - 1, school_year])
    placed_anywhere = people.pupils_in_any_class(store, school.id)
    classes_of: dict[str, list[dict]] = {}
    members: dict[str, set[str]] = {}
    for membership in membership_rows:
        classes_of.setdefault(membership["pupil_id"], []).append(membership)
        members.setdefault(membership["class_id"], set()).add(membership["pupil_id"])
    pupils = {p.id: p for p in store.find(Pupil, school_id=school.id)}
    by_key: dict[str, list[Pupil]] = {}
    for known in pupils.values():
        by_key.setdefault(_key(known), []).append(known)

    previews: dict[tuple[int, str], ClassPreview] = {}
    base: dict[tuple[int, str], set[str]] = {}
    for grade, letter in sorted({r.class_key for r in rows}):
        current = classes.get((grade, letter, school_year))
        earlier = classes.get((grade - 1, letter, school_year - 1))
        cohort = current.cohort_id if current else earlier.cohort_id if earlier else new_id()
        previews[(grade, letter)] = ClassPreview(grade, letter, current.id if current else None, cohort)
        source_class = current if current is not None and members.get(current.id) else earlier
        base[(grade, letter)] = set(members.get(source_class.id, ())) if source_class is not None else set()
        if source_class is not None:
            base[(grade, letter)] = {pid for pid in base[(grade, letter)]
                                     if _belongs_to(classes_of.get(pid, []), source_class, school_year)}

    claimed: set[str] = set()
    for row in rows:
        preview = previews[row.class_key]
        pupil, ambiguous = _match(row, by_key.get(row.key, []), claimed, base[row.class_key], pupils)
        if ambiguous:
            problems.append(ImportProblem(
                tr("import", "There are several pupils called {name}; a new pupil is made. Add birth dates to the "
                             "file to tell them apart.").format(name=row.full_name),
                row.sheet if source.table.kind != "csv" else None, row.row, file=source.name,
                severity=Severity.WARNING))
        if pupil is None:
            preview.entries.append(PreviewEntry(EntryKind.NEW, preview.name, row.given_name, row.family_name,
                                                row.birth_date, row.row, add_membership=True))
            continue
        claimed.add(pupil.id)
        preview.entries.append(_compare(row, pupil, preview, school_year, classes_of.get(pupil.id, []), members,
                                                pupil.id in placed_anywhere))

    for key, preview in previews.items():
        for pupil_id in sorted(base[key] - claimed, key=lambda pid: danish_sort_key(pupils[pid].full_name)):
            pupil = pupils[pupil_id]
            if pupil.status != PupilStatus.ACTIVE:
                continue
            preview.entries.append(PreviewEntry(EntryKind.LEAVING, preview.name, pupil.given_name, pupil.family_name,
                                                pupil.birth_date, pupil_id=pupil.id))
    order = {EntryKind.NEW: 0, EntryKind.CHANGED: 1, EntryKind.LEAVING: 2, EntryKind.UNCHANGED: 3}
    for preview in previews.values():
        preview.entries.sort(
            key=lambda e: (order[e.kind], danish_sort_key(e.given_name), danish_sort_key(e.family_name))
        )
    if not source.header_found and source.layout != "tabulex":
        warnings.append(tr("import", "The list has no header row: every row is read as a pupil, and the columns are "
                                     "guessed from the values. Check the columns before importing."))
    if source.layout == "tabulex":
        warnings.append(tr("import", "The file is a pupil export from Tabulex (Elev.txt). Names and classes are read; "
                                     "the CPR numbers and addresses in it are not."))
    if skipped:
        warnings.append(plural(skipped, tr("import", "{count} row for another class is left out."),
                               tr("import", "{count} rows for other classes are left out.")))
    if source.ignored_sheets:
        warnings.append(tr("import", "These sheets have other columns and are left out: {sheets}.").format(
            sheets=", ".join(f"“{name}”" for name in source.ignored_sheets)))
    problems.sort(key=lambda p: (p.sheet or "", p.row or 0))
    return RosterPreview(source, school_year, columns, list(previews.values()), warnings, skipped, _fingerprint(store),
                         problems)


def _belongs_to(memberships: list[dict], school_class: SchoolClass, school_year: int) -> bool:
    """Is the class the pupil's latest class? (A pupil who moved on to another class does not leave this one.)"""
    this_year = [m for m in memberships if m["school_year"] == school_year]  # one at most: the class that counts
    if school_class.school_year != school_year:
        return not this_year
    return any(m["class_id"] == school_class.id for m in this_year)


def _key(pupil: Pupil) -> str:
    return name_key(pupil.given_name, pupil.family_name)


def _match(row: RosterRow, candidates: list[Pupil], claimed: set[str], base: set[str],
           pupils: dict[str, Pupil]) -> tuple[Pupil | None, bool]:
    """The existing pupil for a row: same name and birth date, else same name where one birth date is unknown."""
    free = [p for p in candidates if p.id not in claimed]
    if row.birth_date is not None:
        exact = [p for p in free if p.birth_date == row.birth_date]
        free = exact or [p for p in free if p.birth_date is None]
    if not free:
        return None, False

    def rank(pupil: Pupil) -> int:
        return 0 if pupil.id in base else 1 if pupil.status == PupilStatus.ACTIVE else 2

    best = min(rank(p) for p in free)
    top = [p for p in free if rank(p) == best]
    if len(top) > 1:
        return None, True
    return top[0], False


def _compare(row: RosterRow, pupil: Pupil, preview: ClassPreview, school_year: int, memberships: list[dict],
             members: dict[str, set[str]], placed_anywhere: bool) -> PreviewEntry:
    """``memberships``: the pupil's classes this and last school year; ``placed_anywhere``: the pupil has a
    class (not left) in some school year."""
    updates: dict = {}
    changes: list[str] = []
    if row.birth_date and pupil.birth_date is None:
        updates["birth_date"] = row.birth_date
        changes.append(tr("import", "birth date added"))
    written = (row.given_name.casefold(), row.family_name.casefold())
    if row.name_split_known and written != (pupil.given_name.casefold(), pupil.family_name.casefold()):
        updates.update(given_name=row.given_name, family_name=row.family_name)
        changes.append(tr("import", "name written as “{name}”").format(name=row.full_name))
    if pupil.status != PupilStatus.ACTIVE:
        updates.update(status=PupilStatus.ACTIVE, left_on=None)
        changes.append(tr("import", "back again (was marked as left)"))
    in_class = preview.class_id is not None and pupil.id in members.get(preview.class_id, ())
    if not in_class:
        this_year = [m for m in memberships if m["school_year"] == school_year]
        last_year = [m for m in memberships if m["school_year"] == school_year - 1]
        follows = any(m["grade"] == preview.grade - 1 and m["letter"] == preview.letter for m in last_year)
        if this_year:
            names = ", ".join(class_name(m["grade"], m["letter"]) for m in this_year)
            changes.append(tr("import", "moves from {old}").format(old=names))
        elif last_year and not follows:
            names = ", ".join(class_name(m["grade"], m["letter"]) for m in last_year)
            changes.append(tr("import", "new in the class (last year {old})").format(old=names))
        elif not last_year and pupil.status == PupilStatus.ACTIVE and not placed_anywhere:
            changes.append(tr("import", "new in the class"))
    kind = EntryKind.CHANGED if changes else EntryKind.UNCHANGED
    return PreviewEntry(kind, preview.name, row.given_name, row.family_name, row.birth_date or pupil.birth_date,
                        row.row, pupil.id, changes, updates, add_membership=not in_class)


def apply_roster_import(store: Store, preview: RosterPreview, *, today: date | None = None,
                        memory: ImportMemory | None = None) -> RosterResult:
    """Write what the preview shows, as one operation. Refuses if the file changed since the preview."""
    if _fingerprint(store) != preview.fingerprint:
        raise RuleError(tr("import", "The pupils in the file have changed since the preview was made. Read the list "
                                     "again to see an up-to-date preview."))
    today = today or date.today()
    school = the_school(store)
    created: list[str] = []
    with store.operation(tr("operations", "Import pupil list")) as op:
        for class_preview in preview.classes:
            if class_preview.class_id is None:
                made = op.insert(SchoolClass(
                    school_id=school.id, grade=class_preview.grade, letter=class_preview.letter,
                    school_year=preview.school_year, cohort_id=class_preview.cohort_id,
                ))
                class_preview.class_id = made.id
                created.append(made.name)
            for entry in class_preview.entries:
                _apply_entry(store, op, school.id, class_preview.class_id, entry, today)
    counts = preview.counts
    if memory is not None:
        memory.remember(MEMORY_KIND, preview.source.shape, preview.columns)
    return RosterResult(op.id, counts[EntryKind.NEW], counts[EntryKind.CHANGED], counts[EntryKind.UNCHANGED],
                        counts[EntryKind.LEAVING], created)


def _apply_entry(store: Store, op, school_id: str, class_id: str, entry: PreviewEntry, today: date) -> None:
    if entry.kind == EntryKind.NEW:
        pupil = op.insert(Pupil(school_id=school_id, given_name=entry.given_name, family_name=entry.family_name,
                                birth_date=entry.birth_date))
        entry.pupil_id = pupil.id
        op.insert(ClassMembership(class_id=class_id, pupil_id=pupil.id))
        return
    assert entry.pupil_id is not None  # every entry but a new pupil's names a stored pupil
    pupil = store.get(Pupil, entry.pupil_id)
    if entry.kind == EntryKind.LEAVING:
        op.update(pupil, status=PupilStatus.LEFT, left_on=today)
        return
    if entry.updates:
        op.update(pupil, **entry.updates)
    if entry.add_membership:
        school_year = store.get(SchoolClass, class_id).school_year
        for old in people.open_memberships_elsewhere(store, pupil.id, class_id, school_year):
            op.update(old, left_on=today)  # moved within the school year: the old class keeps the history
        earlier = store.find_one(ClassMembership, pupil_id=pupil.id, class_id=class_id)
        if earlier is not None:  # back in a class the pupil left earlier: the membership is reopened
            if earlier.left_on is not None:
                op.update(earlier, left_on=None)
        else:
            op.insert(ClassMembership(class_id=class_id, pupil_id=pupil.id))


def import_roster(store: Store, path: str | Path, school_year: int, *, default_class: str | None = None,
                  only_class: str | None = None, today: date | None = None, memory: ImportMemory | None = None,
                  skip_bad_rows: bool = False) -> tuple[RosterPreview, RosterResult]:
    """Read, preview and apply in one go (the command line). Uses a remembered column choice if there is one.
    Rows that cannot be read refuse the whole list unless ``skip_bad_rows`` (then the rest is imported)."""
    source = read_roster(path, memory=memory)
    preview = build_preview(store, source, school_year, default_class=default_class, only_class=only_class)
    if preview.bad_rows and not skip_bad_rows:
        raise row_problems_error(source, preview.bad_rows)
    return preview, apply_roster_import(store, preview, today=today)
