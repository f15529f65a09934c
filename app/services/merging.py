"""Preparing on several laptops and merging the copies: the use cases behind Filer → "Forbered på en anden
computer" and the ``copy``, ``changes`` and ``merge`` commands.

- :func:`prepare_copy`: an encrypted copy that carries the team file's identity (optionally only some classes);
- :func:`write_changes`: a small change package with only what a laptop changed;
- :func:`merge_file`: merge a copy or a package into the open team file (``dry_run`` for the preview);
- :func:`waiting_conflicts` and :func:`resolve_conflict`: the conflict list and choosing a version;
- :func:`conflict_copies`: synced-folder conflict copies lying beside a file.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.domain.base import RuleError
from app.domain.formatting import date_and_time
from app.domain.merging import MergeConflict, possessive
from app.domain.school import Pupil, normalize_class_name
from app.i18n import tr
from app.services.files import save_copy, with_suffix
from app.storage import merge_files, merge_records as records, sqlcipher
from app.storage.database import FILE_SUFFIX, backup_file, open_database, open_read_only
from app.storage.errors import StorageError
from app.storage.merge import MergeReport, merge
from app.storage.migrations import LATEST_VERSION
from app.storage.store import Store
from app.storage.tables import CLASSES_BY_TABLE


class MergeRefused(StorageError):
    """The other file cannot be merged into this one (another school's file, a newer version)."""


# -- making the files that travel ------------------------------------------------------------------------
def prepare_copy(store_or_path, out: str | Path, passphrase: str | None = None,
                 classes: list[str] | None = None) -> Path:
    """A copy for preparation on another computer: encrypted like the team file, with the team file's identity
    (so it can be merged back, and only into a copy of the same file), its own file id and an empty log.
    ``classes`` ("5.B", …): only those classes' pupils are in the copy."""
    wanted = [normalize_class_name(name) for name in classes or []]
    out = with_suffix(out)
    if out.exists():
        raise StorageError(tr("storage", "“{name}” already exists. Choose another name.").format(name=out.name))
    store, close = _readable(store_or_path, passphrase)
    try:
        passphrase = store.passphrase if store.encrypted else None
        lineage = records.lineage_of(store) or ""
        team_id = merge_files.file_id(store)
        class_ids = None
        if wanted:
            found = merge_files.class_ids_by_name(store, wanted)
            missing = [f"{grade}.{letter}" for grade, letter in wanted if (grade, letter) not in found]
            if missing:
                raise RuleError(tr("merge", "The file has no class {names}. Check the class names.").format(
                    names=", ".join(missing)))
            class_ids = list(found.values())

        def make(temporary: Path) -> None:
            save_copy(store, temporary, passphrase)
            merge_files.prepare_file(temporary, passphrase, lineage=lineage, team_file_id=team_id,
                                     class_ids=class_ids)

        _write_through_temporary(out, "preparing", make)
    finally:
        if close:
            store.close(checkpoint=False)
    return out


def write_changes(store_or_path, out: str | Path, passphrase: str | None = None) -> Path:
    """A change package: only what this copy changed (its log and the rows it created), encrypted like it."""
    out = with_suffix(out)
    if out.exists():
        raise StorageError(tr("storage", "“{name}” already exists. Choose another name.").format(name=out.name))
    store, close = _readable(store_or_path, passphrase)
    try:
        passphrase = store.passphrase if store.encrypted else None

        def make(temporary: Path) -> None:
            backup_file(store, temporary, passphrase)
            merge_files.package_file(temporary, passphrase)

        _write_through_temporary(out, "packing", make)
    finally:
        if close:
            store.close(checkpoint=False)
    return out


def _write_through_temporary(out: Path, tag: str, make: Callable[[Path], None]) -> None:
    """``make`` writes the file under a temporary name beside ``out``, which then replaces ``out`` in one step:
    a crash or a full disk never leaves a half-written copy under the real name."""
    temporary = out.with_name(f".{out.name}.{tag}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        make(temporary)
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        _drop_sidecars(temporary)
        raise


def _readable(store_or_path, passphrase):
    if isinstance(store_or_path, Store):
        return store_or_path, False
    return open_read_only(store_or_path, passphrase), True


def _drop_sidecars(path: Path) -> None:
    sqlcipher.remove_side_files(path)


# -- merging ----------------------------------------------------------------------------------------------
def merge_name(authors: list[str]) -> str:
    """The merge's name in the log: "Flettet ind: Henrik Østergaards forberedelse"."""
    whose = possessive(authors[0]) if authors else tr("merge", "a copy's")
    return tr("operations", "Merged in: {whose} preparation").format(whose=whose)


def merge_file(team: Store, path: str | Path, passphrase: str | None = None, *,
               dry_run: bool = False) -> MergeReport:
    """Merge the copy or change package ``path`` into the open ``team`` file as one undoable operation.
    ``passphrase``: the other file's (None: the team file's). Refuses another school's file or a newer one."""
    path = Path(path)
    if passphrase is None and team.encrypted:
        passphrase = team.passphrase
    with _opened_other(path, passphrase) as other:
        team_lineage = records.lineage_of(team)
        if not team_lineage or records.lineage_of(other) != team_lineage:
            raise MergeRefused(tr(
                "merge", "“{name}” is not a copy of this file (it belongs to another school or another team's "
                         "file), so nothing has been merged. Choose a copy made from this file.",
            ).format(name=path.name))
        if path.resolve() == Path(team.path).resolve():
            raise MergeRefused(tr("merge", "“{name}” is this file itself. Choose the copy from the other computer.")
                               .format(name=path.name))
        clean = _erased_name_cleaner(team, other)
        return merge(team, other, name=merge_name, dry_run=dry_run, clean_text=clean,
                     source_file_id=merge_files.file_id(other))


class _opened_other:
    """The other file, read-only; an older version is upgraded in a temporary copy first (never in place)."""

    def __init__(self, path: Path, passphrase: str | None):
        self.path, self.passphrase = path, passphrase
        self.folder: str | None = None
        self.store: Store | None = None

    def __enter__(self) -> Store:
        try:
            store = open_read_only(self.path, self.passphrase)
        except StorageError as error:
            if type(error).__name__ == "NewerVersionError":
                raise MergeRefused(tr(
                    "merge", "“{name}” was saved by a newer version of Klassekonference, so it cannot be merged into "
                             "this file. Install the newest version on this computer, then merge again.").format(
                    name=self.path.name)) from error
            raise
        if store.version < LATEST_VERSION:
            self.folder = tempfile.mkdtemp(prefix="klassekonference-merge-")
            upgraded = Path(self.folder) / f"kopi{FILE_SUFFIX}"
            passphrase = store.passphrase if store.encrypted else None
            backup_file(store, upgraded, passphrase)
            store.close(checkpoint=False)
            store = open_database(upgraded, passphrase=passphrase, lock=False)
        self.store = store
        return store

    def __exit__(self, *exc) -> None:
        if self.store is not None and self.store.is_open:
            self.store.close(checkpoint=False)
        if self.folder:
            shutil.rmtree(self.folder, ignore_errors=True)


def _erased_name_cleaner(team: Store, other: Store):
    """A function that removes, from a text coming from ``other``, the names of pupils erased in ``team``
    (``other`` still knows their names). None when no pupil was erased."""
    erased = {row_id for table, row_id in records.erased_rows(team) if table == "pupil"}
    present = [p for p in other.find(Pupil) if p.id in erased]
    if not present:
        return None
    from app.services.mentions import finder_for
    from app.services.pupil_erasure import scrubber

    finder = finder_for(other)
    scrubs = [scrubber(finder, pupil.id) for pupil in present]

    def clean(text: str) -> str:
        for scrub in scrubs:
            text = scrub(text)
        return text

    return clean


# -- conflicts --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Version:
    value: object
    author: str
    changed_at: str
    from_team: bool


@dataclass(frozen=True)
class WaitingConflict:
    """A field with two or more versions, waiting for someone to choose. ``shown``: what it holds now."""

    table: str
    row_id: str
    field: str
    pupil_id: str | None
    pupil_name: str
    shown: object
    versions: tuple[Version, ...]


def waiting_conflicts(store: Store) -> list[WaitingConflict]:
    groups: dict[tuple[str, str, str], list[MergeConflict]] = {}
    for version in store.find(MergeConflict, order_by="table_name, row_id, field, from_team DESC, changed_at"):
        groups.setdefault((version.table_name, version.row_id, version.field), []).append(version)
    waiting = []
    for (table, row_id, name), versions in groups.items():
        row = records.row_dict(store, table, row_id)
        if row is None:
            continue
        pupil_id = versions[0].pupil_id
        pupil_name = ""
        if pupil_id:
            try:
                pupil = store.get(Pupil, pupil_id)
                pupil_name = f"{pupil.given_name} {pupil.family_name}".strip()
            except KeyError:
                pass
        waiting.append(WaitingConflict(table, row_id, name, pupil_id, pupil_name, row.get(name), tuple(
            Version(json.loads(v.value), v.author, v.changed_at, v.from_team) for v in versions)))
    return waiting


def resolve_conflict(store: Store, table: str, row_id: str, field: str, value) -> None:
    """Keep ``value`` (one of the versions, or an edited text) in the field; the conflict is gone. One undoable
    operation."""
    cls = CLASSES_BY_TABLE.get(table)
    if cls is None:
        raise RuleError(tr("merge", "This conflict cannot be resolved here."))
    with store.operation(tr("operations", "Resolve conflict")) as op:
        current = store.get(cls, row_id)
        from app.storage.mapping import from_row, to_row

        raw = to_row(current)
        raw[field] = value
        op.update(current, **{field: getattr(from_row(cls, raw), field)})
        for version in store.find(MergeConflict, table_name=table, row_id=row_id, field=field):
            op.delete(version)


# -- synced-folder conflict copies ------------------------------------------------------------------------
_CONFLICT_PATTERNS = (
    r"-[A-Za-z0-9_.-]+",  # OneDrive: "Skole-LAPTOP-7"
    r" \(\d+\)",  # "Skole (1)"
    r" \((?:[^()]*\s)?(?:conflicted copy|konfliktkopi|in konflikt)[^()]*\)",  # Dropbox and friends
    r" - [^/\\]*(?:kopi|copy|konflikt|conflict)[^/\\]*",
)


def conflict_copies(path: str | Path) -> list[Path]:
    """Files beside ``path`` whose names a synced folder gives to a conflict copy of it
    ("Skole-LAPTOP-7.klassekonference", "Skole (1).klassekonference", "Skole (conflicted copy).klassekonference")."""
    path = Path(path)
    stem = re.escape(path.stem)
    patterns = [re.compile(stem + tail + re.escape(path.suffix) + r"\Z", re.IGNORECASE) for tail in _CONFLICT_PATTERNS]
    found = []
    try:
        candidates = sorted(path.parent.iterdir())
    except OSError:
        return []
    for candidate in candidates:
        if candidate == path or not candidate.is_file() or "før opgradering" in candidate.name:
            continue
        if any(p.match(candidate.name) for p in patterns):
            found.append(candidate)
    return found


# -- what a merge did, in words -------------------------------------------------------------------------
def field_label(table: str, field: str, *, short: bool = False) -> str:
    """ "Elevgennemgang: Styrker og ressourcer" (``short``: "Styrker og ressourcer")."""
    from app.services.change_log import _field_labels, _table_labels

    name = _field_labels().get(field, field)
    return name if short else f"{_table_labels().get(table, table)}: {name}"


def pupil_names(store: Store, ids) -> list[str]:
    names = []
    for pupil_id in ids:
        try:
            pupil = store.get(Pupil, pupil_id)
        except KeyError:
            continue
        names.append(f"{pupil.given_name} {pupil.family_name}".strip())
    return sorted(names, key=str.casefold)


def is_free_text(table: str, field: str) -> bool:
    """A field someone types in freely (an edited combination may be kept); a status, flag, number or date is
    chosen from the versions only."""
    import typing

    cls = CLASSES_BY_TABLE.get(table)
    if cls is None:
        return False
    return typing.get_type_hints(cls).get(field) is str


def version_text(table: str, field: str, value) -> str:
    """A version as the user reads it: "Ja"/"Nej" for a flag, the text itself otherwise."""
    import typing

    cls = CLASSES_BY_TABLE.get(table)
    hint = typing.get_type_hints(cls).get(field) if cls is not None else None
    if hint is bool or isinstance(value, bool):
        return tr("merge", "Yes") if value else tr("merge", "No")
    label = _status_labels().get(_unwrap(hint))
    if label is not None and value is not None:
        try:
            return label(_unwrap(hint)(value))
        except ValueError:
            pass
    return "" if value is None else str(value)


def _unwrap(hint):
    import types
    import typing

    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        return args[0] if len(args) == 1 else hint
    return hint


def _status_labels() -> dict:
    from app.domain.agreement import AgreementStatus, agreement_status_label
    from app.domain.conference import ConferenceStatus, conference_status_label
    from app.domain.review import SubjectStatus, subject_status_label

    return {SubjectStatus: subject_status_label, AgreementStatus: agreement_status_label,
            ConferenceStatus: conference_status_label}


def shown_text(value) -> str:
    if value is None or value == "":
        return tr("merge", "(empty)")
    text = str(value).replace("\n", " ⏎ ")
    return text if len(text) <= 70 else text[:69] + "…"


def report_lines(store: Store, report: MergeReport, name: str) -> list[str]:
    """The merge (or its preview) in Danish sentences: what, from whom, which pupils and fields, conflicts."""
    if report.nothing_new:
        return [tr("merge", "“{name}” holds nothing new: everything in it is already in this file.").format(name=name)]
    lines = [tr("merge", "From: {authors}").format(authors=", ".join(report.authors) or tr("merge", "unknown"))]
    lines.append(tr("merge", "Changes applied: {count}").format(count=report.applied))
    pupils = pupil_names(store, report.pupils)
    if pupils:
        lines.append(tr("merge", "Pupils: {names}").format(names=", ".join(pupils)))
    fields = sorted({field_label(t, f) for t, f in report.fields})
    if fields:
        lines.append(tr("merge", "Fields: {names}").format(names=", ".join(fields)))
    lines.append(tr("merge", "Conflicts: {count}").format(count=len(report.conflicts)))
    for conflict in report.conflicts:
        who = pupil_names(store, [conflict.pupil_id]) if conflict.pupil_id else []
        lines.append("  • " + tr("merge", "{pupil}, {field}: shown “{shown}”, {whose} version “{other}”").format(
            pupil=who[0] if who else "–", field=field_label(conflict.table, conflict.field),
            shown=shown_text(conflict.shown),
            whose=possessive(conflict.other_author) if conflict.other_author else tr("merge", "the copy's"),
            other=shown_text(conflict.other)))
    if report.dropped_erased:
        lines.append(tr("merge", "Dropped because the pupil has been erased in this file: {count}").format(
            count=report.dropped_erased))
    if report.kept_deleted:
        lines.append(tr("merge", "Not merged because the row was deleted or changed in this file: {count}").format(
            count=report.kept_deleted))
    if report.erased_in_copy:
        lines.append(tr("merge", "Pupils erased in the copy: {count}. Erase them in this file too (File › Delete "
                                 "pupil data…).").format(count=report.erased_in_copy))
    return lines


def when_text(at: str) -> str:
    """A stored UTC time as the user reads it: "20.11.2026 kl. 09.15" (local time)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    if not at:
        return ""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    return date_and_time(moment.astimezone(ZoneInfo("Europe/Copenhagen")))


def class_names(store: Store) -> list[str]:
    """The classes of the newest school year, for choosing which go into a copy ("5.B")."""
    from app.domain.school import SchoolClass

    classes = store.find(SchoolClass, order_by="school_year DESC, grade, letter")
    if not classes:
        return []
    newest = classes[0].school_year
    return [c.name for c in classes if c.school_year == newest]
