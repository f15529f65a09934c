"""Setting up a school: the school itself, staff, classes, pupils and class memberships."""

from __future__ import annotations

from datetime import date

from app.domain.base import RuleError, new_id
from app.domain.school import (
    ClassMembership,
    Pupil,
    PupilStatus,
    Role,
    School,
    SchoolClass,
    SchoolYear,
    StaffMember,
    danish_sort_key,
    next_year_class_values,
    normalize_class_name,
)
from app.i18n import tr
from app.storage.queries import people, school as school_queries
from app.storage.store import Store


def the_school(store: Store) -> School:
    """The file's school (a file holds one school's or one team's data)."""
    schools = school_queries.schools(store)
    if not schools:
        raise RuleError(tr("errors", "The file has no school yet."))
    return schools[0]


def create_school(store: Store, name: str, municipality: str = "") -> School:
    name = name.strip()
    if not name:
        raise RuleError(tr("errors", "The school needs a name."))
    with store.operation(tr("operations", "Create school")) as op:
        return op.insert(School(name=name, municipality=municipality.strip()))


def add_staff(store: Store, name: str, role: Role = Role.TEACHER, initials: str = "") -> StaffMember:
    school = the_school(store)
    if not name.strip():
        raise RuleError(tr("errors", "A staff member needs a name."))
    initials = initials or "".join(part[0] for part in name.split())[:4].upper()
    with store.operation(tr("operations", "Add staff member")) as op:
        return op.insert(StaffMember(school_id=school.id, name=name.strip(), initials=initials, role=role))


def add_class(store: Store, name: str, school_year: int) -> SchoolClass:
    school = the_school(store)
    grade, letter = normalize_class_name(name)
    existing = school_queries.class_named(store, school_year, grade, letter, school.id)
    if existing:
        raise RuleError(tr("errors", "The class {name} already exists in this school year.").format(name=existing.name))
    with store.operation(tr("operations", "Add class")) as op:
        return op.insert(
            SchoolClass(school_id=school.id, grade=grade, letter=letter, school_year=school_year, cohort_id=new_id())
        )


def add_pupil(
    store: Store, school_class: SchoolClass, given_name: str, family_name: str, birth_date: date | None = None,
    call_name: str = "",
) -> Pupil:
    school = the_school(store)
    if not (given_name.strip() or family_name.strip()):
        raise RuleError(tr("errors", "A pupil needs a name."))
    with store.operation(tr("operations", "Add pupil")) as op:
        pupil = op.insert(
            Pupil(school_id=school.id, given_name=given_name.strip(), family_name=family_name.strip(),
                  birth_date=birth_date, call_name=call_name.strip())
        )
        op.insert(ClassMembership(class_id=school_class.id, pupil_id=pupil.id))
        return pupil


def mark_pupil_left(store: Store, pupil: Pupil, on: date) -> Pupil:
    with store.operation(tr("operations", "Mark pupil as left")) as op:
        return op.update(pupil, status=PupilStatus.LEFT, left_on=on)


def move_class_up(store: Store, school_class: SchoolClass) -> SchoolClass:
    """The class one school year later (5.B -> 6.B), with its active pupils. History stays with the cohort."""
    values = next_year_class_values(school_class)
    clash = school_queries.class_named(store, values["school_year"], values["grade"], values["letter"],
                                       values["school_id"])
    if clash:
        raise RuleError(
            tr("errors", "The class {name} already exists in the next school year.").format(name=clash.name)
        )
    with store.operation(tr("operations", "Move class up to next school year")) as op:
        moved = op.insert(SchoolClass(**values))
        for pupil in pupils_of_class(store, school_class):
            if pupil.status == PupilStatus.ACTIVE:
                op.insert(ClassMembership(class_id=moved.id, pupil_id=pupil.id))
        return moved


def pupils_of_class(store: Store, school_class: SchoolClass, *, include_left: bool = True) -> list[Pupil]:
    pupils = people.pupils_in_class(store, school_class, active_only=not include_left)
    return sorted(pupils, key=lambda p: (danish_sort_key(p.given_name), danish_sort_key(p.family_name)))


def classes_of_year(store: Store, school_year: int) -> list[SchoolClass]:
    return school_queries.classes_of_year(store, school_year)


def school_years(store: Store) -> list[int]:
    return school_queries.school_years(store)


def cohort_classes(store: Store, school_class: SchoolClass) -> list[SchoolClass]:
    """The same group of pupils across school years, oldest first (4.B 2024/25, 5.B 2025/26, ...)."""
    return school_queries.cohort_classes(store, school_class.cohort_id)


def staff(store: Store, *, active_only: bool = True) -> list[StaffMember]:
    members = school_queries.staff_members(store, active_only=active_only)
    return sorted(members, key=lambda m: danish_sort_key(m.name))


def class_sizes(store: Store, classes: list[SchoolClass]) -> dict[str, int]:
    """Number of active pupils per class id."""
    if not classes:
        return {}
    return people.active_class_sizes(store, classes)


def default_school_year(store: Store, today: date) -> int:
    """The school year to show first: today's, if the file has classes in it, else the newest one."""
    years = school_years(store)
    current = SchoolYear.of(today).start_year
    if not years or current in years:
        return current
    return max(years)
