""""Nyt skoleår": every class moves up a grade with its pupils; the oldest grades leave school.

Grade 9 is the last grade of the folkeskole and 10. klasse is a one-year option after it, so the pupils of
grades 9 and 10 are marked as left ("udmeldt") at the end of the school year and their classes do not
move on. Everything else (the classes of the year, agreements, reviews, notes) stays as it is: the moved
class belongs to the same cohort, so its history follows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.domain.base import RuleError
from app.domain.school import PupilStatus, SchoolClass, SchoolYear
from app.i18n import tr
from app.services.school import classes_of_year, move_class_up, pupils_of_class, the_school
from app.storage.store import Store

LEAVING_GRADES = frozenset({9, 10})


@dataclass
class NewYearPlan:
    school_year: int
    moving: list[SchoolClass] = field(default_factory=list)  # these classes move up a grade
    leaving: list[SchoolClass] = field(default_factory=list)  # these classes' pupils leave school
    pupils_moving: int = 0
    pupils_leaving: int = 0

    @property
    def next_year(self) -> int:
        return self.school_year + 1


@dataclass
class NewYearResult:
    operation_id: str
    new_classes: list[SchoolClass]
    pupils_moved: int
    pupils_left: int


def plan_new_school_year(store: Store, school_year: int) -> NewYearPlan:
    """What "Nyt skoleår" would do from ``school_year`` to the next one. Raises RuleError if it cannot."""
    school = the_school(store)
    classes = [c for c in classes_of_year(store, school_year) if c.school_id == school.id]
    if not classes:
        raise RuleError(tr("errors", "There are no classes in the school year {year}.").format(
            year=SchoolYear(school_year).long_label))
    following = classes_of_year(store, school_year + 1)
    if following:
        raise RuleError(
            tr("errors", "The school year {year} already has classes ({classes}). “New school year” can only be "
                         "started once: add the missing classes by hand or import the pupil lists instead.").format(
                year=SchoolYear(school_year + 1).long_label, classes=", ".join(c.name for c in following[:6])
                + (" …" if len(following) > 6 else "")))
    plan = NewYearPlan(school_year)
    for school_class in classes:
        active = sum(1 for p in pupils_of_class(store, school_class, include_left=False))
        if school_class.grade in LEAVING_GRADES:
            plan.leaving.append(school_class)
            plan.pupils_leaving += active
        else:
            plan.moving.append(school_class)
            plan.pupils_moving += active
    return plan


def start_new_school_year(store: Store, school_year: int, *, left_on: date | None = None) -> NewYearResult:
    """Move every class of ``school_year`` up a grade and mark the pupils of grades 9 and 10 as left.

    One operation: if anything fails, nothing is changed. ``left_on`` defaults to the last day of the year.
    """
    plan = plan_new_school_year(store, school_year)
    left_on = left_on or SchoolYear(school_year).last_day
    moved: list[SchoolClass] = []
    left = 0
    with store.operation(tr("operations", "New school year")) as op:
        for school_class in plan.moving:
            moved.append(move_class_up(store, school_class))
        for school_class in plan.leaving:
            for pupil in pupils_of_class(store, school_class, include_left=False):
                if pupil.status == PupilStatus.ACTIVE:
                    op.update(pupil, status=PupilStatus.LEFT, left_on=left_on)
                    left += 1
    return NewYearResult(op.id, moved, plan.pupils_moving, left)
