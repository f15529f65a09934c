"""The school, its classes and school years, and its staff."""

from __future__ import annotations

from app.domain.school import School, SchoolClass, StaffMember
from app.storage.store import Store

# The cohort rule: a class and the same pupils' classes in other school years share a cohort id.
IN_COHORT = "class_id IN (SELECT id FROM school_class WHERE cohort_id = ?)"


def schools(store: Store) -> list[School]:
    return store.find(School, order_by="created_at")


def class_named(store: Store, school_year: int, grade: int, letter: str, school_id: str | None = None
                ) -> SchoolClass | None:
    if school_id is None:
        return store.find_one(SchoolClass, school_year=school_year, grade=grade, letter=letter)
    return store.find_one(SchoolClass, school_id=school_id, school_year=school_year, grade=grade, letter=letter)


def classes_of_year(store: Store, school_year: int) -> list[SchoolClass]:
    return store.find(SchoolClass, school_year=school_year, order_by="grade, letter")


def classes_of_years(store: Store, school_id: str, years: list[int]) -> list[SchoolClass]:
    return store.find(SchoolClass, school_id=school_id, school_year=list(years))


def classes_of_grades(store: Store, school_year: int, grades: list[int] | tuple[int, ...]) -> list[SchoolClass]:
    return store.find(SchoolClass, school_year=school_year, grade=list(grades))


def school_years(store: Store) -> list[int]:
    return [row["school_year"] for row in store.query("SELECT DISTINCT school_year FROM school_class ORDER BY 1")]


def cohort_classes(store: Store, cohort_id: str) -> list[SchoolClass]:
    """The same group of pupils across school years, oldest first."""
    return store.find(SchoolClass, cohort_id=cohort_id, order_by="school_year")


def staff_members(store: Store, *, active_only: bool = False) -> list[StaffMember]:
    return store.find(StaffMember, active=True) if active_only else store.find(StaffMember)


def staff_names(store: Store) -> dict[str, str]:
    """Staff id -> name (every staff member, also those no longer active)."""
    return {row["id"]: row["name"] for row in store.query("SELECT id, name FROM staff_member")}
