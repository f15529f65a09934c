"""Named reads about agreements (the SQL stays in storage; services call these)."""

from __future__ import annotations

from datetime import date

from app.domain.agreement import Agreement
from app.storage.store import Store


def agreements_of_cohorts(store: Store, cohort_ids: list[str]) -> list[Agreement]:
    """Every agreement made for a class of these cohorts, in any school year."""
    if not cohort_ids:
        return []
    marks = ",".join("?" * len(cohort_ids))
    return store.find(Agreement, f"class_id IN (SELECT id FROM school_class WHERE cohort_id IN ({marks}))",
                      list(cohort_ids))


def conference_dates(store: Store) -> dict[str, date]:
    """Conference id -> the day it is held."""
    return {row["id"]: date.fromisoformat(row["held_on"]) for row in store.query("SELECT id, held_on FROM conference")}


def reviewed_at(store: Store, conference_id: str) -> set[str]:
    """Ids of the agreements given an outcome at this conference."""
    return {row["agreement_id"] for row in
            store.query("SELECT agreement_id FROM agreement_review WHERE conference_id = ?", (conference_id,))}
