"""Reading the change log. Services never see its layout: only these functions and ``Store.change_log``."""

from __future__ import annotations

import json

from app.storage.store import Store


def rows_logged_with(store: Store, table: str, key: str, value: str) -> set[str]:
    """Row ids of ``table`` whose logged insert or delete had ``key`` = ``value`` (rows deleted since too)."""
    pattern = "%" + json.dumps({key: value}, ensure_ascii=False)[1:-1] + "%"
    return {
        row["row_id"]
        for row in store.query(
            "SELECT DISTINCT row_id FROM change_log WHERE table_name = ? AND action IN ('insert', 'delete')"
            " AND (new_value LIKE ? OR old_value LIKE ?)",
            (table, pattern, pattern),
        )
    }


def rows_with_action(store: Store, table: str, action: str) -> set[str]:
    """Ids of the rows of ``table`` with a logged change of this ``action`` (such as the erasure mark)."""
    return {row["row_id"] for row in store.query(
        "SELECT DISTINCT row_id FROM change_log WHERE table_name = ? AND action = ?", (table, action))}


def has_action(store: Store, table: str, row_id: str, action: str) -> bool:
    return bool(store.scalar("SELECT 1 FROM change_log WHERE table_name = ? AND row_id = ? AND action = ?",
                             (table, row_id, action)))


def first_old_values_since(store: Store, table: str, row_ids: list[str], since: str) -> dict[tuple[str, str], str | None]:
    """(row id, field) -> the value (as logged, JSON) a field had before its first change after ``since``
    (an ISO time stamp): the rows as they stood at that moment."""
    logged: dict[tuple[str, str], str | None] = {}
    if not row_ids:
        return logged
    marks = ",".join("?" * len(row_ids))
    for row in store.query(
        "SELECT row_id, field, old_value FROM change_log WHERE table_name = ? AND action = 'update' "
        f"AND at > ? AND row_id IN ({marks}) ORDER BY id", (table, since, *row_ids),
    ):
        logged.setdefault((row["row_id"], row["field"]), row["old_value"])
    return logged
