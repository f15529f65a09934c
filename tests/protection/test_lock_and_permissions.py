"""A lock with a future heartbeat can be taken over after consent; failed lock attempts leave no temp files;
files, WAL and backups are readable by the owner only."""

from __future__ import annotations

import errno
import os
import stat
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.storage import lock
from app.storage.database import open_database
from app.storage.errors import StorageError
from app.storage.lock import FileLockedError, LockInfo, lock_path

PASSPHRASE = "blå cykel spiser syv pærer"


@pytest.mark.parametrize("ahead", [timedelta(minutes=30), timedelta(days=400)])
def test_a_lock_from_a_computer_with_a_wrong_clock_is_offered_for_takeover(demo_file, ahead):
    now = datetime.now(UTC)
    info = LockInfo(host="LÆRERVÆRELSE-PC", user="anne", pid=4242, app_started=now + ahead,
                    opened_at=now + ahead, heartbeat=now + ahead, token="someone-else")
    lock_path(demo_file).write_text(info.to_json(), encoding="utf-8")
    with pytest.raises(FileLockedError) as raised:
        open_database(demo_file)  # never silently: the user confirms first
    assert raised.value.stale is True
    store = open_database(demo_file, take_over_lock=True)
    try:
        assert lock.read_lock(demo_file).token != "someone-else"
    finally:
        store.close()


def test_a_full_disk_is_reported_as_full_and_leaves_no_temp_file(demo_file, monkeypatch):
    real = Path.write_text

    def full(self, text, *args, **kwargs):
        real(self, text[:5], *args, **kwargs)  # half written, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    for _ in range(3):
        with pytest.raises(StorageError) as raised:
            lock.acquire(demo_file)
        assert "fuld" in str(raised.value) and "skrivebeskyttet" not in str(raised.value)
    monkeypatch.undo()
    assert not [p.name for p in demo_file.parent.iterdir() if p.name.endswith(".tmp")]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize("passphrase", [None, PASSPHRASE])
def test_files_wal_and_backups_are_for_the_owner_only(tmp_path, monkeypatch, passphrase):
    from app.services.school import create_school
    from app.storage.backups import make_backup

    monkeypatch.setenv("KLASSEKONFERENCE_BACKUP_DIR", str(tmp_path / "backups"))
    old = os.umask(0o022)
    try:
        path = tmp_path / "skole.klassekonference"
        store = open_database(path, create=True, passphrase=passphrase)
        create_school(store, "Ærøskolen")
        made = make_backup(store, "manuel", tmp_path / "backups")
        wal = path.with_name(path.name + "-wal")
        for item in [path, wal, made]:
            if item.exists():
                assert _mode(item) == 0o600, item.name
        store.close()
    finally:
        os.umask(old)
