"""Merging another copy of the same file into this one, from the copy's operation log (see docs/architecture.md).

Every operation of the other copy (``other``) that this file (``team``) has not seen is applied, field by field,
three-way, inside ONE operation of ``team`` (so one undo takes the whole merge back):

- the common value of a field is the old value of the copy's first unseen change to it; if the team file's
  value still equals it, the copy's last value is taken; if the team file changed it to another value than
  the copy's, the field is in conflict: every version is stored in ``merge_conflict`` (value, who, when) and
  the field shows the highest ranked version (:func:`app.domain.merging.version_rank`);
- a row the copy created is inserted with its current values, read from the copy's tables; one that is the
  same row as one the team file created (the same UNIQUE key, e.g. a pupil's review) is merged into it
  field by field (common value: the column's default), and the copy's id is remembered as an alias;
- a row the copy deleted is deleted, unless the team file changed it since (then it is kept and counted);
- erasure wins: nothing belonging to a pupil erased in the team file is written, and such changes are counted.

The merged operation ids are recorded (``merged_operation``), so merging the same copy again changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.merging import MergeConflict, MergedOperation, version_rank
from app.storage import merge_records as records
from app.storage.mapping import from_row, to_row
from app.storage.store import Store
from app.storage.tables import CLASSES_BY_TABLE

BOOKKEEPING = {"merge_conflict", "merged_operation"}
_STAMPS = {"id", "created_at", "updated_at"}
# Fields that only say who wrote last: when copies differ, the highest ranked version is kept without asking.
QUIET_FIELDS = {"updated_by"}


class _DryRun(Exception):
    """Raised inside the merge's transaction to roll a preview back."""


@dataclass
class ConflictNote:
    """One field in conflict after a merge: the value shown now and the copy's version."""

    table: str
    row_id: str
    field: str
    pupil_id: str | None
    shown: object
    other: object
    other_author: str
    other_at: str


@dataclass
class MergeReport:
    authors: list[str] = field(default_factory=list)  # who made the copy's new changes, most changes first
    operations: int = 0  # the copy's operations this file had not seen
    applied: int = 0  # changed fields, new rows and deleted rows written
    inserted: int = 0
    deleted: int = 0
    conflicts: list[ConflictNote] = field(default_factory=list)
    dropped_erased: int = 0  # changes about erased pupils: never written
    kept_deleted: int = 0  # changes to rows the team file deleted (or rows the team file changed, not deleted)
    pupils: set[str] = field(default_factory=set)  # ids of the pupils whose data changed
    fields: set[tuple[str, str]] = field(default_factory=set)  # (table, field) changed
    erased_in_copy: int = 0  # pupils the copy erased (not carried over: erase them in the team file too)
    operation_id: str | None = None

    @property
    def nothing_new(self) -> bool:
        return self.operations == 0


@dataclass
class _FieldChange:
    base: object
    final: object
    at: str
    author: str


def _decode(value_json):
    return None if value_json is None else json.loads(value_json)


def _encode(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def merge(team: Store, other: Store, *, name: Callable[[list[str]], str], dry_run: bool = False,
          clean_text: Callable[[str], str] | None = None, source_file_id: str = "") -> MergeReport:
    """Merge ``other`` into ``team`` as one operation called ``name(authors)`` (``dry_run``: compute the report, write
    nothing). ``clean_text`` rewrites every incoming text (it removes the names of pupils erased in ``team``).
    The caller has checked that both are copies of the same file at the same schema version."""
    conn = team.conn
    seen = records.seen_operations(conn)
    entries = [e for e in other.change_log() if e.operation_id not in seen]
    new_operations = list(dict.fromkeys(e.operation_id for e in entries))
    new_operations += [o for o in sorted(records.merged_operations(other.conn)) if o not in seen
                       and o not in new_operations]
    report = MergeReport(operations=len(new_operations))
    if not new_operations:
        return report
    authors: dict[str, int] = {}
    for e in entries:
        if e.action in ("insert", "update", "delete") and e.table_name not in BOOKKEEPING:
            authors[e.author] = authors.get(e.author, 0) + 1
    report.erased_in_copy = len({e.row_id for e in entries if e.action == "erase" and e.table_name == "pupil"
                                 and e.field is None})
    report.authors = [a for a, _ in sorted(authors.items(), key=lambda item: (-item[1], item[0])) if a]
    try:
        with team.operation(name(report.authors)) as op:
            _Merger(team, other, op, report, clean_text).run(entries)
            for operation_id in new_operations:
                op.insert(MergedOperation(id=operation_id, source_file_id=source_file_id,
                                          merge_operation_id=op.id))
            report.operation_id = op.id
            if dry_run:
                raise _DryRun
    except _DryRun:
        report.operation_id = None
    return report


class _Merger:
    def __init__(self, team: Store, other: Store, op, report: MergeReport, clean_text):
        self.team, self.other, self.op, self.report = team, other, op, report
        self.conn = team.conn
        self.clean = clean_text
        self.erased = records.erased_rows(self.conn)
        self.erased_pupils = {row_id for table, row_id in self.erased if table == "pupil"}
        self.aliases = records.aliases(self.conn)
        self._pupils: dict[tuple[str, str], str | None] = {}

    # -- planning --------------------------------------------------------------------------------------
    def run(self, entries) -> None:
        inserted: dict[tuple[str, str], None] = {}
        deleted: dict[tuple[str, str], dict] = {}
        changes: dict[tuple[str, str, str], _FieldChange] = {}
        last_action: dict[tuple[str, str], str] = {}
        for e in entries:
            if e.table_name not in CLASSES_BY_TABLE or e.table_name in BOOKKEEPING:
                continue
            key = (e.table_name, e.row_id)
            if e.action == "insert":
                inserted.setdefault(key, None)
                deleted.pop(key, None)
                last_action[key] = "insert"
            elif e.action == "delete":
                deleted[key] = _decode(e.old_value) or {}
                last_action[key] = "delete"
            elif e.action == "update" and e.field:
                change = changes.get((*key, e.field))
                if change is None:
                    changes[(*key, e.field)] = _FieldChange(_decode(e.old_value), _decode(e.new_value), e.at, e.author)
                else:
                    change.final, change.at, change.author = _decode(e.new_value), e.at, e.author
        for key in inserted:
            if last_action.get(key) == "insert":
                self._insert(*key)
        for (table, row_id, name), change in changes.items():
            if last_action.get((table, row_id)) == "delete" or (table, row_id) in inserted:
                continue  # gone in the copy, or inserted above with its current values
            self._field(table, self.aliases.get(row_id, row_id), name, change)
        for key in reversed(list(deleted)):
            if last_action.get(key) == "delete" and key not in inserted:
                self._delete(*key, deleted[key])

    # -- pupils and erasure ----------------------------------------------------------------------------
    def _pupil(self, table: str, row_id: str) -> str | None:
        key = (table, row_id)
        if key not in self._pupils:
            self._pupils[key] = records.pupil_of((self.conn, self.other.conn), table, row_id)
        return self._pupils[key]

    def _is_erased(self, table: str, row_id: str, row: dict | None = None) -> bool:
        if (table, row_id) in self.erased:
            return True
        pupil = self._pupil(table, row_id)
        if pupil is None and row is not None:
            column = records.PUPIL_COLUMN.get(table)
            pupil = row.get(column) if column and column != "id" else None
            if table in records.PUPIL_PARENT:
                column, parent = records.PUPIL_PARENT[table]
                parent_ref = row.get(column)
                parent_id = self.aliases.get(parent_ref, parent_ref) if parent_ref is not None else None
                if (parent, parent_id) in self.erased:
                    return True
                pupil = self._pupil(parent, parent_id) if parent_id is not None else None  # no parent: no pupil
        return pupil in self.erased_pupils

    def _note(self, table: str, row_id: str, name: str | None = None) -> None:
        pupil = self._pupil(table, row_id)
        if pupil:
            self.report.pupils.add(pupil)
        if name:
            self.report.fields.add((table, name))

    def _cleaned(self, value):
        if self.clean is not None and isinstance(value, str) and value:
            return self.clean(value)
        return value

    # -- rows ------------------------------------------------------------------------------------------
    def _insert(self, table: str, row_id: str) -> None:
        if records.row_dict(self.conn, table, row_id) is not None:
            return  # merged before (or the same row made before the copies split)
        row = records.row_dict(self.other.conn, table, row_id)
        if row is None:
            return
        if self._is_erased(table, row_id, row):
            self.report.dropped_erased += 1
            return
        row = {k: self.aliases.get(v, v) if isinstance(v, str) and k != "id" else v for k, v in row.items()}
        row = {k: (v if k in _STAMPS else self._cleaned(v)) for k, v in row.items()}
        record = from_row(CLASSES_BY_TABLE[table], row)
        existing = self.aliases.get(row_id) or records.row_by_key(self.conn, table, row)
        if existing is not None:  # the team file created the same row: merge the two field by field
            if row_id not in self.aliases:
                records.add_alias(self.conn, table, row_id, existing)
                self.aliases[row_id] = existing
            defaults = records.column_defaults(self.conn, table)
            for name, value in row.items():
                if name in _STAMPS or name not in defaults:
                    continue
                self._field(table, existing, name, _FieldChange(defaults[name], value, row.get("updated_at") or "",
                                                                row.get("updated_by") or ""), cleaned=True)
            return
        for column, value in row.items():  # a parent the team file no longer has (deleted there)
            if column.endswith("_id") and isinstance(value, str) and column != "id" and not self._parent_exists(
                    table, column, value):
                self.report.kept_deleted += 1
                return
        self.op.insert(record)
        self.report.inserted += 1
        self.report.applied += 1
        self._note(table, row_id, None)

    def _parent_exists(self, table: str, column: str, value: str) -> bool:
        for _id, _seq, parent, source, target, *_ in self.conn.execute(f"PRAGMA foreign_key_list([{table}])"):
            if source == column:
                return self.conn.execute(f"SELECT count(*) FROM [{parent}] WHERE [{target}] = ?",
                                         (value,)).fetchone()[0] > 0
        return True

    def _delete(self, table: str, row_id: str, old: dict) -> None:
        row_id = self.aliases.get(row_id, row_id)
        current = records.row_dict(self.conn, table, row_id)
        if current is None:
            return
        if self._is_erased(table, row_id):
            self.report.dropped_erased += 1
            return
        changed = any(k not in _STAMPS and k in old and old[k] != v for k, v in current.items())
        if changed:  # the team file typed in it since: a word would be lost, so the row stays
            self.report.kept_deleted += 1
            return
        self._note(table, row_id, None)
        self.op.delete(self.team.get(CLASSES_BY_TABLE[table], row_id))
        self.report.deleted += 1
        self.report.applied += 1

    # -- fields ----------------------------------------------------------------------------------------
    def _field(self, table: str, row_id: str, name: str, change: _FieldChange, cleaned: bool = False) -> None:
        current_row = records.row_dict(self.conn, table, row_id)
        if current_row is None or name not in current_row:
            if name in QUIET_FIELDS:
                return
            if self._is_erased(table, row_id):
                self.report.dropped_erased += 1
            else:
                self.report.kept_deleted += 1
            return
        if self._is_erased(table, row_id):
            self.report.dropped_erased += name not in QUIET_FIELDS
            return
        final = change.final if cleaned else self._cleaned(change.final)
        if final == change.base:
            return  # changed and changed back in the copy
        current = current_row[name]
        final_json = _encode(final)
        waiting = records.conflict_versions(self.conn, table, row_id, name)
        if current == final:
            if records.latest_change(self.conn, table, row_id, name) is not None:
                records.add_origin(self.op, table, row_id, name, final_json, change.at, change.author)
            return
        if self._held(table, row_id, name):  # the team file closed the meeting: its record stays, the text waits
            if name in QUIET_FIELDS:
                return
            self._conflict(table, row_id, name, current, final, change, waiting, write=False)
            return
        if current == change.base and not waiting:
            self._write(table, row_id, name, final)
            records.add_origin(self.op, table, row_id, name, final_json, change.at, change.author)
            if name not in QUIET_FIELDS:
                self.report.applied += 1
                self._note(table, row_id, name)
            return
        if name in QUIET_FIELDS:
            mine = self._current_version(table, row_id, name, current)
            if version_rank(False, change.at, change.author, final_json) > version_rank(*mine, _encode(current)):
                self._write(table, row_id, name, final)
                records.add_origin(self.op, table, row_id, name, final_json, change.at, change.author)
            return
        self._conflict(table, row_id, name, current, final, change, waiting)

    def _current_version(self, table: str, row_id: str, name: str, value) -> tuple[bool, str, str]:
        """(typed in this file, when, who) of the value the field holds now."""
        value_json = _encode(value)
        latest = records.latest_change(self.conn, table, row_id, name)
        if latest is None:
            return True, "", ""
        operation_id, at, author = latest
        if records.is_merge_of(self.conn, operation_id, table, row_id, name):
            found = records.origins(self.conn, table, row_id, name, value_json)
            if found:
                at, author = max(found)
                return False, at, author
        return True, at, author

    def _held(self, table: str, row_id: str, name: str) -> bool:
        from app.domain.conference import ConferenceStatus

        if table == "conference" and name == "status":
            return False  # reopening is the copy's own decision, asked like any field changed on both sides
        return records.in_held_conference(self.conn, table, row_id, ConferenceStatus.HELD.value)

    def _conflict(self, table, row_id, name, current, final, change: _FieldChange, waiting: list[dict],
                  write: bool = True) -> None:
        pupil = self._pupil(table, row_id)
        versions = {v["value"]: v for v in waiting}
        current_json, final_json = _encode(current), _encode(final)
        if current_json not in versions:
            from_team, at, author = self._current_version(table, row_id, name, current)
            versions[current_json] = self._store_version(
                table, row_id, name, pupil, current_json, author, at, from_team
            )
        if final_json not in versions:
            versions[final_json] = self._store_version(table, row_id, name, pupil, final_json, change.author,
                                                       change.at, False)
        elif not versions[final_json]["from_team"] and (change.at, change.author) > (
                versions[final_json]["changed_at"], versions[final_json]["author"]):
            record = self.team.get(MergeConflict, versions[final_json]["id"])
            self.op.update(record, changed_at=change.at, author=change.author)
            versions[final_json].update(changed_at=change.at, author=change.author)
        winner = max(versions.values(), key=lambda v: version_rank(bool(v["from_team"]), v["changed_at"],
                                                                    v["author"], v["value"]))
        if not write:
            winner = versions[current_json]
        if winner["value"] != current_json:
            self._write(table, row_id, name, json.loads(winner["value"]))
            records.add_origin(self.op, table, row_id, name, winner["value"], winner["changed_at"], winner["author"])
        self.report.conflicts.append(ConflictNote(table, row_id, name, pupil, json.loads(winner["value"]), final,
                                                  change.author, change.at))
        self._note(table, row_id, name)

    def _store_version(self, table, row_id, name, pupil, value_json, author, at, from_team) -> dict:
        record = self.op.insert(MergeConflict(table_name=table, row_id=row_id, field=name, pupil_id=pupil,
                                              value=value_json, author=author or "", changed_at=at or "",
                                              from_team=from_team))
        return {"id": record.id, "value": value_json, "author": record.author, "changed_at": record.changed_at,
                "from_team": from_team}

    def _write(self, table: str, row_id: str, name: str, value) -> None:
        cls = CLASSES_BY_TABLE[table]
        current = self.team.get(cls, row_id)
        raw = to_row(current)
        raw[name] = value
        self.op.update(current, **{name: getattr(from_row(cls, raw), name)})
