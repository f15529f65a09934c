"""Pupils and class memberships.

The membership rule (migration 2): a pupil's membership of a class ends at its ``left_on``; a pupil who
moved within a school year has two memberships that year. The one that counts for that year is the one
without ``left_on`` (still in the class), else the one that ended last; ties go to the newest membership.
:data:`_COUNTS` (the rule as one SQL condition) is the only place that states it; :func:`placements`, the
class lists and the class sizes all use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.school import ClassMembership, Pupil, PupilStatus, SchoolClass
from app.storage.store import Store


@dataclass(frozen=True)
class Placement:
    """The class a pupil belongs to in one school year (one per pupil and school year)."""

    pupil_id: str
    class_id: str
    grade: int
    letter: str
    school_year: int
    left_on: date | None  # set when the pupil moved on from this class (to no other class that year)


# The rule as an SQL condition on a membership ``m`` joined to its class ``c``: no other membership of the
# same pupil in a class of the same school year beats it. Better: without left_on, then the later left_on,
# then the newer membership. Every membership read below uses it.
_COUNTS = """NOT EXISTS (
  SELECT 1 FROM class_membership m2 JOIN school_class c2 ON c2.id = m2.class_id
  WHERE m2.pupil_id = m.pupil_id AND c2.school_year = c.school_year AND m2.id != m.id
    AND (m2.left_on IS NULL, ifnull(m2.left_on, ''), m2.created_at, m2.rowid)
      > (m.left_on IS NULL, ifnull(m.left_on, ''), m.created_at, m.rowid))"""


def placements(store: Store, *, school_id: str | None = None, school_year: int | None = None,
               pupil_ids: list[str] | None = None) -> list[Placement]:
    """Each pupil's one class per school year (see the module's rule), optionally for one school, one school
    year or some pupils only."""
    clauses: list[str] = []
    params: list = []
    if school_id is not None:
        clauses.append("c.school_id = ?")
        params.append(school_id)
    if school_year is not None:
        clauses.append("c.school_year = ?")
        params.append(school_year)
    if pupil_ids is not None:
        if not pupil_ids:
            return []
        clauses.append(f"m.pupil_id IN ({','.join('?' * len(pupil_ids))})")
        params.extend(pupil_ids)
    clauses.append(_COUNTS)
    return [
        Placement(row["pupil_id"], row["class_id"], row["grade"], row["letter"], row["school_year"],
                  date.fromisoformat(row["left_on"]) if row["left_on"] else None)
        for row in store.query(
            "SELECT m.pupil_id, m.class_id, c.grade, c.letter, c.school_year, m.left_on FROM class_membership m"
            " JOIN school_class c ON c.id = m.class_id WHERE " + " AND ".join(clauses), params)
    ]


_MEMBERS = ("SELECT m.pupil_id FROM class_membership m JOIN school_class c ON c.id = m.class_id"
            f" WHERE m.class_id = ? AND m.left_on IS NULL AND {_COUNTS}")


def pupils_in_class(store: Store, school_class: SchoolClass, *, active_only: bool = False) -> list[Pupil]:
    """The class's pupils (unsorted); ``active_only`` leaves out pupils marked as left the school."""
    where = f"id IN ({_MEMBERS})"
    if active_only:
        return store.find(Pupil, where + " AND status = ?", (school_class.id, PupilStatus.ACTIVE.value))
    return store.find(Pupil, where, (school_class.id,))


def active_class_sizes(store: Store, classes: list[SchoolClass]) -> dict[str, int]:
    """Number of active pupils per class id (classes without pupils are left out)."""
    if not classes:
        return {}
    marks = ",".join("?" * len(classes))
    rows = store.query(
        "SELECT m.class_id, count(*) AS n FROM class_membership m JOIN school_class c ON c.id = m.class_id"
        " JOIN pupil p ON p.id = m.pupil_id"
        f" WHERE p.status = ? AND m.left_on IS NULL AND m.class_id IN ({marks}) AND {_COUNTS} GROUP BY m.class_id",
        [PupilStatus.ACTIVE.value, *[c.id for c in classes]],
    )
    return {row["class_id"]: row["n"] for row in rows}


def last_class(store: Store, pupil_id: str) -> SchoolClass | None:
    """The class the pupil was in last: the newest school year's placement."""
    found = placements(store, pupil_ids=[pupil_id])
    if not found:
        return None
    newest = max(found, key=lambda p: p.school_year)
    return store.get(SchoolClass, newest.class_id)


def classes_by_pupil(store: Store, school_id: str) -> dict[str, set[tuple[int, str, int]]]:
    """Pupil id -> {(grade, letter, school year)}: each pupil's class in each school year (the rule above)."""
    classes: dict[str, set[tuple[int, str, int]]] = {}
    for p in placements(store, school_id=school_id):
        classes.setdefault(p.pupil_id, set()).add((p.grade, p.letter, p.school_year))
    return classes


def every_class_by_pupil(store: Store, school_id: str) -> dict[str, set[tuple[int, str, int]]]:
    """Pupil id -> every class the pupil was ever in, also the ones left within a school year."""
    classes: dict[str, set[tuple[int, str, int]]] = {}
    for row in store.query(
        "SELECT m.pupil_id, c.grade, c.letter, c.school_year FROM class_membership m"
        " JOIN school_class c ON c.id = m.class_id WHERE c.school_id = ?", (school_id,)
    ):
        classes.setdefault(row["pupil_id"], set()).add((row["grade"], row["letter"], row["school_year"]))
    return classes


def open_placements(store: Store, school_id: str, school_years: list[int]) -> list[dict]:
    """Rows (pupil_id, class_id, grade, letter, school_year) of each pupil's class in these school years,
    where the pupil has not left it (the rule above: one row per pupil and year at most)."""
    return [
        {"pupil_id": p.pupil_id, "class_id": p.class_id, "grade": p.grade, "letter": p.letter,
         "school_year": p.school_year}
        for year in school_years
        for p in placements(store, school_id=school_id, school_year=year) if p.left_on is None
    ]


def pupils_in_any_class(store: Store, school_id: str) -> set[str]:
    """Ids of the pupils with a class they have not left, in any school year."""
    return {row["pupil_id"] for row in store.query(
        "SELECT DISTINCT m.pupil_id FROM class_membership m JOIN school_class c ON c.id = m.class_id"
        " WHERE c.school_id = ? AND m.left_on IS NULL", (school_id,))}


def open_memberships_elsewhere(store: Store, pupil_id: str, class_id: str, school_year: int) -> list[ClassMembership]:
    """The pupil's memberships not left in other classes of the same school year (left when moving class)."""
    return store.find(
        ClassMembership,
        "pupil_id = ? AND left_on IS NULL AND class_id != ? AND class_id IN"
        " (SELECT id FROM school_class WHERE school_year = ?)",
        (pupil_id, class_id, school_year),
    )


def left_pupils_until(store: Store, cutoff: date) -> list[Pupil]:
    """Pupils marked as left the school on or before ``cutoff``."""
    return store.find(Pupil, "status = ? AND left_on IS NOT NULL AND left_on <= ?",
                      (PupilStatus.LEFT.value, cutoff.isoformat()))


def pupils_of_agreement(store: Store, agreement_id: str) -> list[Pupil]:
    return store.find(Pupil, "id IN (SELECT pupil_id FROM agreement_pupil WHERE agreement_id = ?)", (agreement_id,))


def pupils_reviewed_at(store: Store, conference_id: str) -> list[Pupil]:
    """The pupils with a review at this conference."""
    return store.find(Pupil, "id IN (SELECT pupil_id FROM pupil_review WHERE conference_id = ?)", (conference_id,))


def roster_fingerprint(store: Store) -> tuple:
    """Changes to pupils, classes or memberships after a roster preview make it stale: this tells them."""
    return tuple(
        store.scalar(f"SELECT count(*) || '|' || ifnull(max(updated_at), '') FROM [{table}]")
        for table in ("pupil", "class_membership", "school_class")
    )
