"""Erasure when the disk is full: it says what remains and never reports success early; retrying finishes.
The import memory never keeps a pupil's name, and forgets one after an erasure."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta

import pytest

from app.domain.school import Pupil
from app.services import data_deletion
from app.services.import_memory import ImportMemory, looks_like_data_row
from app.services.mentions import finder_for, projector_text
from app.services.pupil_erasure import incomplete_message, scrub_logged_value
from app.services.roster_file import read_roster
from app.storage import backups, erasure
from app.storage.database import open_database


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    store.author = "Henrik Madsen"
    yield store
    store.close()


def _pupil(store, given):
    return store.find_one(Pupil, "given_name = ?", (given,))


def _full(store):
    raise sqlite3.OperationalError("database or disk is full")


def test_a_full_disk_during_the_vacuum_is_reported_with_what_remains(store, tmp_path, monkeypatch):
    monkeypatch.setattr(erasure, "vacuum_file", _full)
    report = data_deletion.delete_pupil_data(store, _pupil(store, "Hjalte"), memory=ImportMemory(tmp_path / "m"))
    assert not report.complete
    assert len(report.remaining) == 1 and "frie plads" in report.remaining[0]
    message = incomplete_message(report.remaining)
    assert "ikke færdig" in message and "Prøv igen" in message and "OperationalError" not in message
    # The erasure itself is committed and whole: the name is gone from every table.
    assert store.get(Pupil, _pupil(store, "[slettet elev]").id).family_name == ""
    assert store.integrity_problems() == []


def test_finish_erasure_retries_until_backups_and_upgrade_copies_are_gone(store, tmp_path, monkeypatch):
    root = tmp_path / "backups"
    backups.make_backup(store, backups.REASON_OPEN, root, now=datetime.now() - timedelta(hours=1))
    copy = store.path.with_name(f"{store.path.stem} (før opgradering fra v1 20260101-120000){store.path.suffix}")
    copy.write_bytes(store.path.read_bytes())
    data_deletion.delete_pupil_data(store, _pupil(store, "Hjalte"), vacuum=False,
                                    memory=ImportMemory(tmp_path / "m"))
    monkeypatch.setattr(erasure, "vacuum_file", _full)
    monkeypatch.setattr(backups, "make_backup", lambda *a, **k: _full(None))
    remaining = data_deletion.finish_erasure(store, root)
    assert any("frie plads" in line for line in remaining)
    assert any("sikkerhedskopi" in line for line in remaining)
    monkeypatch.undo()
    assert data_deletion.finish_erasure(store, root) == []
    assert not copy.exists()
    left = backups.list_backups(store.path, root)
    assert len(left) == 1 and b"Hjalte" not in left[0].path.read_bytes()


def test_the_change_log_is_scrubbed_through_its_json_encoding():
    finder = finder_for_names()
    scrub = data_deletion_scrubber(finder)
    logged = json.dumps("Mor ringede.\nClara var syg. Claras bror også.", ensure_ascii=False)
    assert "\\nClara" in logged
    cleaned = scrub_logged_value(logged, scrub)
    assert "Clara" not in cleaned
    assert json.loads(cleaned) == "Mor ringede.\n[slettet elev] var syg. [slettet elevs] bror også."
    row = json.dumps({"text": "Søren Ærø Lund og Clara", "id": "x"}, ensure_ascii=True)  # escaped letters too
    assert json.loads(scrub_logged_value(row, scrub)) == {"text": "Søren Ærø Lund og [slettet elev]", "id": "x"}


def finder_for_names():
    from app.domain.mentions import MentionFinder, Person

    return MentionFinder([Person("c", "Clara", "Ærø Nielsen"), Person("s", "Søren Ærø Lund", staff=True)])


def data_deletion_scrubber(finder):
    from app.services.pupil_erasure import scrubber

    return scrubber(finder, "c")


# -- the import memory ---------------------------------------------------------------------------------
def _csv(path, rows):
    path.write_text("\n".join(";".join(row) for row in rows), encoding="utf-8")
    return path


@pytest.mark.parametrize("rows", [
    [["Clara", "Ærø Nielsen", "B"], ["Sofie", "Lund", "B"], ["Hjalte", "Berg", "A"]],
    [["Clara Ærø Nielsen", "Mor"], ["Sofie Lund", "Far"], ["Hjalte Berg", "Mor"]],
    [["Ærø Nielsen, Clara", "5.B"], ["Lund, Sofie", "5.B"]],
])
def test_a_list_without_a_header_row_never_reaches_the_import_memory(tmp_path, rows):
    memory = ImportMemory(tmp_path / "mem.json")
    source = read_roster(_csv(tmp_path / "liste.csv", rows), memory=memory)
    assert source.shape is None
    memory.remember("roster", source.shape, source.columns)
    assert not memory.path.exists() or "Clara" not in memory.path.read_text(encoding="utf-8")


def test_a_real_header_that_is_not_recognised_is_still_remembered():
    assert not looks_like_data_row(["Barn", "Gruppe"], [["Ærø, Åse", "5.B"], ["Lund, Bo", "5.A"]])
    assert looks_like_data_row(["Clara", "Nielsen"], [["Sofie", "Lund"], ["Bo", "Berg"]])


def test_erasure_forgets_import_memory_entries_that_hold_the_name(store, tmp_path):
    memory = ImportMemory(tmp_path / "mem.json")
    memory.remember("roster", ("hjalte", "ødum", "klasse"), {"given": 0})
    memory.remember("absence", ("elev", "fravær"), {"name": 0})
    report = data_deletion.delete_pupil_data(store, _pupil(store, "Hjalte"), vacuum=False, memory=memory)
    assert report.import_memory_forgotten == 1
    saved = memory.path.read_text(encoding="utf-8")
    assert "hjalte" not in saved and "fravær" in saved


# -- the projector view ------------------------------------------------------------------------------
def test_the_projector_text_names_only_the_pupil_shown(store):
    hjalte = _pupil(store, "Hjalte")
    clara = _pupil(store, "Clara")
    text = f"{hjalte.given_name}s far og {clara.given_name}s mor"
    assert projector_text(store, text, hjalte.id) == f"{hjalte.given_name}s far og [en klassekammerats] mor"
    assert projector_text(store, text) == "[en elevs] far og [en elevs] mor"
    assert finder_for(store).find("") == []


def test_secure_delete_is_on_while_erasing(store, tmp_path):
    data_deletion.delete_pupil_data(store, _pupil(store, "Hjalte"), vacuum=False, memory=ImportMemory(tmp_path / "m"))
    assert store.scalar("PRAGMA secure_delete") == 1
