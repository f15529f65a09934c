"""A file open in another running copy is not opened for writing twice; a stale lock can be taken over."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.school import Pupil
from app.services import reviews
from app.storage import lock
from app.storage.database import open_database
from app.storage.errors import StorageError
from app.storage.lock import FileLockedError, FileLockLostError, LockInfo, lock_path

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys
    from app.storage.database import open_database
    store = open_database(sys.argv[1])
    store.author = "Mette Lund"
    print("READY", flush=True)
    sys.stdin.readline()
    store.close()
    print("CLOSED", flush=True)
    """
)


def _foreign_lock(path: Path, *, host: str, pid: int, heartbeat: datetime, opened_at: datetime | None = None) -> None:
    info = LockInfo(
        host=host, user="anne", pid=pid, app_started=heartbeat - timedelta(hours=1),
        opened_at=opened_at or heartbeat - timedelta(minutes=30), heartbeat=heartbeat, token="someone-else",
    )
    lock_path(path).write_text(info.to_json(), encoding="utf-8")


def test_a_second_copy_is_refused_with_who_and_since(demo_file):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_file)], cwd=ROOT, env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "READY", holder.stderr.read()
        with pytest.raises(FileLockedError) as raised:
            open_database(demo_file)
        error = raised.value
        assert error.stale is False
        assert error.holder.pid == holder.pid
        assert error.holder.host == socket.gethostname()
        assert error.holder.writer == "Mette Lund"
        message = str(error)
        assert demo_file.name in message and "Mette Lund" in message
        since = error.holder.opened_at.astimezone()
        assert f"{since.hour:02d}.{since.minute:02d}" in message
        assert "Traceback" not in message
        # Taking over is only for stale locks: a live copy is never overwritten.
        with pytest.raises(FileLockedError):
            open_database(demo_file, take_over_lock=True)
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "CLOSED"
    finally:
        holder.kill()
        holder.wait(timeout=10)
    assert not lock_path(demo_file).exists()
    store = open_database(demo_file)  # free again
    store.close()


def test_one_program_may_open_its_own_file_twice_and_the_lock_goes_with_the_last(demo_file):
    first = open_database(demo_file)
    second = open_database(demo_file)
    assert lock_path(demo_file).exists()
    assert lock.is_open_here(demo_file)
    first.close()
    assert lock_path(demo_file).exists()
    second.close()
    assert not lock_path(demo_file).exists()
    assert not lock.is_open_here(demo_file)


def test_a_lock_left_by_a_dead_process_on_this_computer_is_taken_over_at_once(demo_file):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(finished.stdout)
    _foreign_lock(demo_file, host=socket.gethostname(), pid=dead_pid, heartbeat=datetime.now(UTC))
    store = open_database(demo_file)
    try:
        assert lock.read_lock(demo_file).pid == os.getpid()
    finally:
        store.close()


def test_a_stale_lock_from_another_computer_needs_the_users_consent(demo_file):
    old = datetime.now(UTC) - lock.STALE_AFTER - timedelta(minutes=1)
    _foreign_lock(demo_file, host="LÆRERVÆRELSE-PC", pid=4242, heartbeat=old)
    with pytest.raises(FileLockedError) as raised:
        open_database(demo_file)
    assert raised.value.stale is True
    assert raised.value.holder.host == "LÆRERVÆRELSE-PC"
    assert "LÆRERVÆRELSE-PC" in str(raised.value)
    store = open_database(demo_file, take_over_lock=True)
    try:
        assert lock.read_lock(demo_file).token != "someone-else"
    finally:
        store.close()


def test_a_live_lock_from_another_computer_is_refused_even_when_taking_over(demo_file):
    _foreign_lock(demo_file, host="LÆRERVÆRELSE-PC", pid=4242, heartbeat=datetime.now(UTC))
    with pytest.raises(FileLockedError) as raised:
        open_database(demo_file, take_over_lock=True)
    assert raised.value.stale is False
    assert lock_path(demo_file).exists()


def test_the_heartbeat_keeps_a_lock_fresh(demo_file):
    store = open_database(demo_file)
    try:
        start = lock.read_lock(demo_file)
        later = start.heartbeat + timedelta(minutes=6)
        assert lock.is_stale(start, now=later) is True  # had nobody renewed it
        assert store.lock.refresh(now=later)  # what the heartbeat thread does every minute
        renewed = lock.read_lock(demo_file)
        assert renewed.heartbeat == later.replace(microsecond=0) or renewed.heartbeat >= later - timedelta(seconds=1)
        assert renewed.opened_at == start.opened_at
        assert lock.is_stale(renewed, now=later + timedelta(minutes=1)) is False
    finally:
        store.close()


def test_after_being_taken_over_this_copy_writes_nothing(demo_file):
    store = open_database(demo_file)
    try:
        pupil = store.find(Pupil)[0]
        _foreign_lock(demo_file, host="LÆRERVÆRELSE-PC", pid=4242, heartbeat=datetime.now(UTC))
        notes_before = store.scalar("SELECT count(*) FROM pupil_note")
        with pytest.raises(FileLockLostError) as raised:
            reviews.add_note(store, pupil, "Skrevet efter at låsen var overtaget.")
        assert "LÆRERVÆRELSE-PC" in str(raised.value)
        assert store.scalar("SELECT count(*) FROM pupil_note") == notes_before
        assert store.lock.refresh() is False  # the heartbeat does not take it back either
    finally:
        store.close()
    assert json.loads(lock_path(demo_file).read_text(encoding="utf-8"))["token"] == "someone-else"


def test_an_unreadable_old_lock_file_is_taken_over(demo_file):
    target = lock_path(demo_file)
    target.write_bytes(b"\x00garbage")
    old = datetime.now().timestamp() - 60
    os.utime(target, (old, old))
    store = open_database(demo_file)
    try:
        assert lock.read_lock(demo_file).pid == os.getpid()
    finally:
        store.close()


def test_check_without_a_lock_reads_a_file_open_elsewhere(demo_file):
    _foreign_lock(demo_file, host="LÆRERVÆRELSE-PC", pid=4242, heartbeat=datetime.now(UTC))
    store = open_database(demo_file, lock=False)
    try:
        assert store.integrity_problems() == []
    finally:
        store.close()
    assert lock.read_lock(demo_file).token == "someone-else"


def test_a_folder_that_cannot_be_written_gives_a_message_not_a_crash(demo_file, monkeypatch):
    def read_only(*_args, **_kwargs):
        raise PermissionError(13, "Read-only file system")

    monkeypatch.setattr(lock, "_create_exclusively", read_only)
    with pytest.raises(StorageError) as raised:
        open_database(demo_file)
    assert demo_file.name in str(raised.value)
    assert not lock.is_open_here(demo_file)
