"""Conferences, their classes, participants and agenda."""

from __future__ import annotations

from datetime import date

from app.domain.conference import Conference, ConferenceParticipant
from app.domain.school import SchoolClass
from app.storage.store import Store


def classes_of_conference(store: Store, conference_id: str) -> list[SchoolClass]:
    return store.find(SchoolClass, "id IN (SELECT class_id FROM conference_class WHERE conference_id = ?)",
                      (conference_id,), order_by="grade, letter")


def conferences_of_cohort(store: Store, cohort_id: str) -> list[Conference]:
    """Every conference of a cohort's classes (all its school years), oldest first."""
    return store.find(
        Conference,
        "id IN (SELECT conference_id FROM conference_class cc JOIN school_class sc ON sc.id = cc.class_id"
        " WHERE sc.cohort_id = ?)",
        (cohort_id,),
        order_by="held_on, created_at",
    )


def conference_dates(store: Store) -> dict[str, date]:
    """Conference id -> the day it is held."""
    return {row["id"]: date.fromisoformat(row["held_on"]) for row in store.query("SELECT id, held_on FROM conference")}


def guest_names(store: Store) -> set[str]:
    """Names of the participants who are not staff members (guests of a conference), stripped."""
    return {p.name.strip() for p in store.find(ConferenceParticipant, staff_id=None)}
