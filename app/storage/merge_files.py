"""Making the files that travel between laptops: a copy for preparation and a change package.

Both are SQLite files with the full schema, encrypted like the team file (they are made by SQLite's backup
API from it and then trimmed here, on their own connection, before anyone can open them). Nothing in them is
logged: the trimming is not a change anyone made, so it never travels back in a merge.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.base import utc_now
from app.storage import change_log, merge_records as records, sqlcipher
from app.storage.sqlcipher import connection_of
from app.storage.tables import TABLES

KIND_PREPARATION = "preparation"
KIND_CHANGES = "changes"
_BOOKKEEPING_PLAIN = ("merge_origin", "merge_alias")


def start_preparation(conn, *, lineage: str, team_file_id: str, class_ids: list[str] | None) -> None:
    """Turn a fresh copy of the team file into a copy for preparation: it keeps the team file's lineage, its
    log starts empty (so it holds only what is done on the laptop), waiting conflicts stay in the team file,
    and with ``class_ids`` only those classes' pupils are in it."""
    conn = connection_of(conn)
    conn.execute("PRAGMA journal_mode = DELETE")  # everything in the file itself before it is renamed
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")
    try:
        if class_ids:
            _keep_classes(conn, class_ids)
        change_log.clear_log(conn)
        for table in ("merge_conflict", "merged_operation", *_BOOKKEEPING_PLAIN):
            conn.execute(f"DELETE FROM [{table}]")
        records.set_meta(conn, "lineage_id", lineage)
        records.set_meta(conn, "prepared_from", team_file_id)
        records.set_meta(conn, "prepared_at", utc_now())
        records.set_meta(conn, "kind", KIND_PREPARATION)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("VACUUM")


def _keep_classes(conn, class_ids: list[str]) -> None:
    conn = connection_of(conn)
    marks = ",".join("?" * len(class_ids))
    # Pupils in none of the chosen classes go, with everything of theirs (the schema cascades).
    conn.execute(
        f"DELETE FROM pupil WHERE id NOT IN (SELECT pupil_id FROM class_membership WHERE class_id IN ({marks}))",
        class_ids)
    # Agreements of other classes name other pupils: they go too.
    conn.execute(f"DELETE FROM agreement WHERE class_id NOT IN ({marks})", class_ids)


def class_ids_by_name(conn, wanted: list[tuple[int, str]]) -> dict[tuple[int, str], str]:
    """(grade, letter) -> the id of that class in the newest school year that has it."""
    conn = connection_of(conn)
    found: dict[tuple[int, str], str] = {}
    for class_id, grade, letter, _year in conn.execute(
            "SELECT id, grade, letter, school_year FROM school_class ORDER BY school_year"):
        if (grade, letter.upper()) in wanted:
            found[(grade, letter.upper())] = class_id
    return found


def make_package(conn) -> None:
    """Turn a copy of a laptop's file into a change package: its change log, the rows its operations created
    (their current values: a merge reads them from here), the operations it merged from others, and the
    pupils' names (so a merge can find a name of a pupil erased in the team file in a text). Nothing else."""
    conn = connection_of(conn)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("BEGIN IMMEDIATE")
    try:
        change_log.store_new_values(conn)  # the rows they would be read back from do not travel
        conn.execute("CREATE TEMP TABLE keep AS SELECT DISTINCT table_name, row_id FROM change_log"
                     " WHERE action = 'insert'")
        for table in TABLES.values():
            if table in ("pupil", "merged_operation", "school"):
                continue
            conn.execute(f"DELETE FROM [{table}] WHERE id NOT IN (SELECT row_id FROM keep WHERE table_name = ?)",
                         (table,))
        conn.execute("UPDATE pupil SET birth_date = NULL")
        for table in _BOOKKEEPING_PLAIN + ("erased_row", "erased_operation"):
            conn.execute(f"DELETE FROM [{table}]")
        records.set_meta(conn, "kind", KIND_CHANGES)
        records.set_meta(conn, "packaged_at", utc_now())
        conn.execute("DROP TABLE temp.keep")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("VACUUM")


def file_kind(conn) -> str:
    conn = connection_of(conn)
    return records.meta_value(conn, "kind") or ""


def file_id(conn) -> str:
    conn = connection_of(conn)
    return records.meta_value(conn, "file_id") or ""


def prepare_file(path: Path, passphrase: str | None, *, lineage: str, team_file_id: str,
                 class_ids: list[str] | None) -> None:
    """:func:`start_preparation` on the (closed) file ``path``, through a connection of its own."""
    conn = sqlcipher.connect(path, passphrase)
    try:
        start_preparation(conn, lineage=lineage, team_file_id=team_file_id, class_ids=class_ids)
    finally:
        conn.close()
    sqlcipher.remove_side_files(path)


def package_file(path: Path, passphrase: str | None) -> None:
    """:func:`make_package` on the (closed) file ``path``, through a connection of its own."""
    conn = sqlcipher.connect(path, passphrase)
    try:
        make_package(conn)
    finally:
        conn.close()
    sqlcipher.remove_side_files(path)
