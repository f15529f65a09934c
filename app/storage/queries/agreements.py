"""Agreements, their pupils and their reviews."""

from __future__ import annotations

from datetime import date

from app.domain.agreement import Agreement, AgreementPupil
from app.storage.queries.school import IN_COHORT
from app.storage.store import Store


def agreements_of_cohorts(store: Store, cohort_ids: list[str]) -> list[Agreement]:
    """Every agreement made for a class of these cohorts, in any school year."""
    if not cohort_ids:
        return []
    marks = ",".join("?" * len(cohort_ids))
    return store.find(Agreement, f"class_id IN (SELECT id FROM school_class WHERE cohort_id IN ({marks}))",
                      list(cohort_ids))


def agreements_of_cohort(store: Store, cohort_id: str, *, by_deadline: bool = False) -> list[Agreement]:
    """Every agreement made for a class of the cohort; ``by_deadline``: soonest deadline first (none last),
    then the oldest."""
    found = store.find(Agreement, IN_COHORT, (cohort_id,), order_by="created_at")
    if by_deadline:
        found.sort(key=lambda a: (a.deadline is None, a.deadline or date.min))  # stable: created_at within
    return found


def survey_linked_agreements(store: Store, cohort_id: str) -> list[Agreement]:
    """The cohort's agreements that answer a wellbeing indicator or question."""
    return store.find(
        Agreement, f"{IN_COHORT} AND (COALESCE(indicator, '') != '' OR COALESCE(question_code, '') != '')", (cohort_id,)
    )


def agreements_with_pupils(store: Store, cohort_id: str) -> set[str]:
    """Ids of the cohort's agreements that concern named pupils."""
    return {row["agreement_id"] for row in store.query(
        "SELECT DISTINCT agreement_id FROM agreement_pupil"
        f" WHERE agreement_id IN (SELECT id FROM agreement WHERE {IN_COHORT})",
        (cohort_id,))}


def links_of_classes(store: Store, class_ids: list[str]) -> list[AgreementPupil]:
    """The pupil links of every agreement made for these classes."""
    if not class_ids:
        return []
    marks = ",".join("?" * len(class_ids))
    return store.find(AgreementPupil, f"agreement_id IN (SELECT id FROM agreement WHERE class_id IN ({marks}))",
                      list(class_ids))


def pupil_names_by_agreement(store: Store, agreement_ids: list[str]) -> dict[str, list[str]]:
    """Agreement id -> the full names of the pupils it concerns (unsorted)."""
    names: dict[str, list[str]] = {}
    if not agreement_ids:
        return names
    marks = ",".join("?" * len(agreement_ids))
    for row in store.query(
        "SELECT ap.agreement_id, p.given_name || ' ' || p.family_name AS name FROM agreement_pupil ap"
        f" JOIN pupil p ON p.id = ap.pupil_id WHERE ap.agreement_id IN ({marks})",
        list(agreement_ids),
    ):
        names.setdefault(row["agreement_id"], []).append(row["name"].strip())
    return names


def reviewed_at(store: Store, conference_id: str) -> set[str]:
    """Ids of the agreements given an outcome at this conference."""
    return {row["agreement_id"] for row in
            store.query("SELECT agreement_id FROM agreement_review WHERE conference_id = ?", (conference_id,))}


def latest_outcomes_until(store: Store, cohort_id: str, until: date) -> dict[str, str]:
    """Agreement id -> the status given at its latest review at a conference held on or before ``until``."""
    status: dict[str, str] = {}
    for row in store.query(
        "SELECT r.agreement_id, r.status FROM agreement_review r JOIN conference c ON c.id = r.conference_id"
        f" WHERE r.agreement_id IN (SELECT id FROM agreement WHERE {IN_COHORT}) AND c.held_on <= ?"
        " ORDER BY c.held_on, r.updated_at",
        (cohort_id, until.isoformat()),
    ):
        status[row["agreement_id"]] = row["status"]  # the latest wins
    return status
