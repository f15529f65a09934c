"""The app's own log file: a scripted session leaves operation names and error classes, never a pupil's name."""

from __future__ import annotations

import json
import logging
import sys

import pytest

from app import logging_setup
from app.domain.agreement import ResponsibleKind
from app.domain.base import RuleError
from app.domain.conference import Conference, ConferenceStatus
from app.domain.school import Pupil
from app.resources import resource_path
from app.services import agreements, reviews
from app.storage.auto_backup import AutoBackup
from app.storage.database import open_database
from app.storage.write_errors import DiskFullError


def _private_words() -> set[str]:
    """Every demo pupil's names and every note and review text of the demo."""
    content = json.loads(resource_path("demo", "demo_school.json").read_text(encoding="utf-8"))
    words: set[str] = set()
    for school_class in content["classes"]:
        for pupil in school_class["pupils"] + school_class.get("joined_this_year", []):
            words |= {pupil["given_name"], pupil["family_name"], f"{pupil['given_name']} {pupil['family_name']}"}
    for note in content["notes"]:
        words.add(note["text"][:40])
    for conference in ("held_conference", "planned_conference"):
        for review in content[conference]["reviews"].values():
            words |= {review[f][:40] for f in ("strengths", "wellbeing_notes", "next_steps") if review.get(f)}
    return {w for w in words if len(w) >= 3}


@pytest.fixture
def log_file(tmp_path):
    path = logging_setup.setup_logging(tmp_path / "logs", level=logging.DEBUG)
    yield path
    logging_setup.shutdown_logging()


def test_a_scripted_session_leaves_no_names_or_note_texts_in_the_log(demo_file, tmp_path, log_file, monkeypatch):
    store = open_database(demo_file)
    store.author = "Mette Lund"
    auto = AutoBackup(store, tmp_path / "backups")
    auto.on_open()
    planned = next(c for c in store.find(Conference) if c.status == ConferenceStatus.PLANNED)
    pupils = store.find(Pupil, "id IN (SELECT pupil_id FROM pupil_review WHERE conference_id = ?)", (planned.id,))
    for pupil in pupils[:5]:
        review = reviews.review_of(store, planned, pupil)
        reviews.update_review(store, planned, review, strengths=f"{pupil.given_name} hjælper andre i pauserne.")
    hjalte = next(p for p in pupils if p.given_name == "Hjalte")
    reviews.add_note(store, hjalte, "Hjalte Ødum var glad i dag.", confidential=True)
    from app.services.conferences import classes_of_conference

    agreements.add_agreement(
        store, planned, classes_of_conference(store, planned)[0], "Hjalte får en fast makker i frikvarteret.",
        pupils=[hjalte], responsible=ResponsibleKind.PARENTS,
    )
    with pytest.raises(RuleError):
        reviews.add_note(store, hjalte, "   ")
    store.conn.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count')}")
    with pytest.raises(DiskFullError):
        reviews.add_note(store, hjalte, "Hjalte Ødum " * 3000)
    store.conn.execute("PRAGMA max_page_count = 4294967294")
    try:  # an error whose message holds a name, logged with its traceback
        raise ValueError("Hjalte Ødum kunne ikke findes")
    except ValueError:
        logging.getLogger("app.test").exception("lookup failed")
    monkeypatch.setattr(logging_setup, "_previous_hook", lambda *args: None)
    try:
        raise KeyError("Clara Ærø Nielsen")
    except KeyError:
        logging_setup._log_uncaught(*sys.exc_info())  # what an uncaught exception goes through
    auto.tick()
    auto.on_close()
    store.close()
    for handler in logging.getLogger("app").handlers:
        handler.flush()

    text = log_file.read_text(encoding="utf-8")

    found = sorted(word for word in _private_words() if word in text)
    assert found == []
    # It is a useful log all the same: operations, counts, error classes.
    assert "Redigér elevgennemgang" in text
    assert "DiskFullError" in text
    assert "ValueError" in text and "KeyError" in text
    assert "backup made" in text


def test_the_log_folder_is_the_users_log_folder_by_default(monkeypatch):
    monkeypatch.delenv(logging_setup.LOG_DIR_ENV, raising=False)
    assert "Klassekonference" in str(logging_setup.log_folder())
