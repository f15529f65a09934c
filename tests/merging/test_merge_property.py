"""Several laptops edit copies of one file at random; merging all copies in any order gives the same file.

Checked for every order of the copies: the same values in every table (timestamps aside), the same waiting
conflicts (table, row, field, value) and the same merged operations; every text typed anywhere is in the
result or in the conflict list; and nothing of a pupil erased in the team file is anywhere in the result.
"""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from app.domain.notes import PupilNote
from app.domain.review import PupilReview
from app.services import merging, reviews
from app.services.import_memory import ImportMemory
from app.services.pupil_erasure import delete_pupil_data
from tests.merging.edits import opened, pupil_named, review_for
from tests.merging.school import PUPILS, raw_copy

FIELDS = ("strengths", "tried", "next_steps", "wellbeing_notes")
TEXTS = ("Læser godt", "Hjælpsom i frikvarteret", "Sofies bedste ven", "Går til fodbold – 3 gange om ugen",
         "Leger med Clara", "Mangler overblik\nmen prøver", "", "Æ, ø og å: «citat»")
GIVEN = [given_name for given_name, _ in PUPILS]
ERASED = "Clara"

edit = st.one_of(
    st.tuples(st.just("field"), st.sampled_from(GIVEN), st.sampled_from(FIELDS), st.sampled_from(TEXTS)),
    st.tuples(st.just("note"), st.sampled_from(GIVEN), st.just(""), st.sampled_from([t for t in TEXTS if t])),
    st.tuples(st.just("subject"), st.sampled_from(GIVEN), st.sampled_from(["Dansk", "Matematik"]),
              st.sampled_from([t for t in TEXTS if t])),
)
laptop = st.lists(edit, max_size=6)


def _apply(path: Path, author: str, edits) -> dict:
    """Make the edits as ``author``; return what they left: {(given, field): text} and the notes typed."""
    typed: dict = {}
    with opened(path, author) as store:
        for kind, given_name, name, text in edits:
            if kind == "field":
                conference, review = review_for(store, given_name)
                reviews.update_review(store, conference, review, **{name: text})
                typed[(given_name, name)] = text
            elif kind == "subject":  # a subject goal: a new row the first time on each laptop
                conference, review = review_for(store, given_name)
                reviews.set_subject(store, conference, review, name, goal=text)
                typed[("subject", given_name, name)] = text
            else:
                reviews.add_note(store, pupil_named(store, given_name), text)
                typed.setdefault(("notes", given_name), []).append(text)
    return typed


def _snapshot(path: Path) -> tuple:
    with opened(path) as store:
        tables = {}
        for table in ("pupil", "pupil_review", "pupil_note", "subject_assessment", "class_membership"):
            rows = store.query(f"SELECT * FROM [{table}] ORDER BY id")
            tables[table] = [tuple((k, v) for k, v in row.items() if k != "updated_at") for row in rows]
        conflicts = {(r["table_name"], r["row_id"], r["field"], r["value"]) for r in store.query(
            "SELECT table_name, row_id, field, value FROM merge_conflict")}
        merged = {r["id"] for r in store.query("SELECT id FROM merged_operation")}
    return tables, frozenset(conflicts), frozenset(merged)


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(laptops=st.lists(laptop, min_size=2, max_size=3), team_edits=laptop, erase=st.booleans())
def test_merging_in_any_order_gives_the_same_file(school_template, tmp_path_factory, laptops, team_edits, erase):
    folder = tmp_path_factory.mktemp("orders")
    start = folder / "Skole.klassekonference"
    shutil.copyfile(school_template, start)
    # The first laptop's copy is a synced folder's byte copy (the whole log), the others copies for preparation.
    copies = [raw_copy(start, "Skole-LAPTOP-0.klassekonference")]
    copies += [merging.prepare_copy(start, folder / f"Laptop {i}.klassekonference") for i in range(1, len(laptops))]
    typed = [_apply(copy, f"Lærer {i} Ærø", edits) for i, (copy, edits) in enumerate(zip(copies, laptops))]
    typed.append(_apply(start, "Kontoret", team_edits))
    # The second laptop sends a change package instead of its copy: it must merge the same.
    sources = list(copies)
    if len(copies) > 1:
        sources[1] = merging.write_changes(copies[1], folder / "Laptop 1 ændringer.klassekonference")
    erased_id = None
    if erase:
        with opened(start, "Kontoret") as store:
            erased_id = pupil_named(store, ERASED).id
            delete_pupil_data(store, pupil_named(store, ERASED), vacuum=False,
                              memory=ImportMemory(folder / "memory.json"))
    results = []
    for number, order in enumerate(itertools.permutations(range(len(copies)))):
        team = folder / f"Orden {number}.klassekonference"
        shutil.copyfile(start, team)
        with opened(team, "Kontoret") as store:
            for index in order:
                merging.merge_file(store, sources[index])
            again = [merging.merge_file(store, copy) for copy in copies + sources]
            assert all(report.nothing_new for report in again)
        results.append((team, _snapshot(team)))
    first_path, first = results[0]
    for _path, snapshot in results[1:]:
        assert snapshot == first
    _check_every_text_kept(first_path, typed, erase)
    if erase:
        _check_nothing_of_the_erased_pupil(first_path, erased_id)


def _scrubbed(text: str, erase: bool) -> str:
    return text.replace(ERASED, "[slettet elev]") if erase else text


def _check_every_text_kept(path: Path, typed: list[dict], erase: bool) -> None:
    with opened(path) as store:
        conflicts = {}
        for row in store.query("SELECT row_id, field, value FROM merge_conflict"):
            conflicts.setdefault((row["row_id"], row["field"]), set()).add(row["value"])
        notes = [n.text for n in store.find(PupilNote)]
        goals = {}
        for row in store.query("SELECT s.subject, s.goal, r.pupil_id FROM subject_assessment s JOIN pupil_review r"
                               " ON r.id = s.review_id"):
            goals.setdefault((row["pupil_id"], row["subject"]), set()).add(row["goal"])
        for side in typed:
            for key, text in side.items():
                given_name = key[1] if key[0] in ("notes", "subject") else key[0]
                if erase and given_name == ERASED:
                    continue
                if key[0] == "notes":
                    for note in text:
                        assert _scrubbed(note, erase) in notes
                    continue
                if key[0] == "subject":
                    pupil_id = pupil_named(store, given_name).id
                    waiting_goals = {json.loads(v) for (row_id, f), vs in conflicts.items() if f == "goal" for v in vs}
                    assert _scrubbed(text, erase) in goals.get((pupil_id, key[2]), set()) | waiting_goals
                    continue
                review = review_for(store, given_name)[1]
                shown = getattr(review, key[1])
                waiting = {json.loads(v) for v in conflicts.get((review.id, key[1]), set())}
                assert _scrubbed(text, erase) == shown or _scrubbed(text, erase) in waiting or text == ""


def _check_nothing_of_the_erased_pupil(path: Path, pupil_id: str) -> None:
    with opened(path) as store:
        assert store.find(PupilReview, "pupil_id = ?", (pupil_id,)) == []
        assert store.find(PupilNote, "pupil_id = ?", (pupil_id,)) == []
        assert store.query("SELECT * FROM merge_conflict WHERE pupil_id = ?", (pupil_id,)) == []
        dump = "\n".join(store.conn.iterdump())
    assert ERASED not in dump and "Østergaard" not in dump
