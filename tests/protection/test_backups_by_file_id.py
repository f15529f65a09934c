"""Backups are kept per file id (in app_meta), not per name: two "Demoskole" files never share or thin
each other's backups. The id is set on a writable open and only read on a read-only one."""

from __future__ import annotations

import shutil
from pathlib import Path

from app.services.files import check_file, save_copy
from app.storage.backups import list_backups, make_backup
from app.storage.database import open_database

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_two_files_with_the_same_name_keep_separate_backups(tmp_path, demo_template):
    root = tmp_path / "backups"
    first = tmp_path / "a" / "Demoskole.klassekonference"
    second = tmp_path / "b" / "Demoskole.klassekonference"
    for path in (first, second):
        path.parent.mkdir()
    shutil.copy(demo_template, first)
    store = open_database(first)
    made_first = make_backup(store, "manuel", root)
    store.close()
    save_copy(first, second)  # a copy is another file with its own id
    store = open_database(second)
    made_second = make_backup(store, "manuel", root)
    store.close()
    assert [b.path for b in list_backups(first, root)] == [made_first]
    assert [b.path for b in list_backups(second, root)] == [made_second]


def test_a_read_only_check_does_not_give_an_old_file_an_id(tmp_path):
    target = tmp_path / "gammel.klassekonference"
    shutil.copy(FIXTURES / "schema_v1.klassekonference", target)
    before = target.read_bytes()
    assert check_file(target).error is None
    assert target.read_bytes() == before
    store = open_database(target)
    try:
        assert store.scalar("SELECT value FROM app_meta WHERE key = 'file_id'")
    finally:
        store.close()
