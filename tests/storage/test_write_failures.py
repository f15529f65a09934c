"""A full disk, a read-only folder, a drive that disappears: a clear message, nothing stored is lost, retry works."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess

import pytest

from app.domain.school import Pupil
from app.services import reviews
from app.services.files import new_file
from app.storage.database import open_database
from app.storage.write_errors import DiskFullError, DriveGoneError, ReadOnlyError, WriteFailedError

LONG_NOTE = "Mor fortalte på mødet, at det går bedre derhjemme. " * 400  # needs new pages in the file


def _notes(store) -> list[str]:
    return [row["text"] for row in store.query("SELECT text FROM pupil_note ORDER BY created_at")]


def test_a_full_disk_rolls_back_says_so_and_the_retry_succeeds(demo_file):
    store = open_database(demo_file)
    try:
        pupil = store.find(Pupil)[0]
        before = _notes(store)
        log_rows = store.scalar("SELECT count(*) FROM change_log")
        pages = store.scalar("PRAGMA page_count")
        store.conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: the file cannot grow

        with pytest.raises(DiskFullError) as raised:
            reviews.add_note(store, pupil, LONG_NOTE)

        error = raised.value
        assert isinstance(error, WriteFailedError) and error.reason == "full"
        assert demo_file.name in str(error)
        assert "Traceback" not in str(error) and "sqlite" not in str(error).lower()
        assert _notes(store) == before  # rolled back; nothing already stored lost
        assert store.scalar("SELECT count(*) FROM change_log") == log_rows
        assert not store.conn.in_transaction

        store.conn.execute("PRAGMA max_page_count = 4294967294")  # space freed: the same edit, again
        reviews.add_note(store, pupil, LONG_NOTE)
        assert _notes(store)[-1] == LONG_NOTE.strip()
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_a_read_only_file_says_so_and_loses_nothing(demo_file):
    store = open_database(demo_file)
    try:
        before = _notes(store)
        store.conn.execute("PRAGMA query_only = ON")  # what a write-protected USB stick answers
        with pytest.raises(ReadOnlyError) as raised:
            reviews.add_note(store, store.find(Pupil)[0], "En note.")
        assert raised.value.reason == "readonly"
        assert demo_file.name in str(raised.value)
        store.conn.execute("PRAGMA query_only = OFF")
        assert _notes(store) == before
    finally:
        store.close()


class _CommitFails:
    """A connection whose COMMIT fails as when the drive with the file is pulled out."""

    def __init__(self, conn, message: str):
        self._conn = conn
        self._message = message

    def execute(self, sql, *args):
        if sql.strip().upper() == "COMMIT":
            raise sqlite3.OperationalError(self._message)
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.mark.parametrize(
    ("message", "kind"),
    [("disk I/O error", DriveGoneError), ("database or disk is full", DiskFullError)],
)
def test_a_failure_at_commit_rolls_the_whole_action_back(demo_file, message, kind):
    store = open_database(demo_file)
    real = store.conn
    try:
        pupil = store.find(Pupil)[0]
        before = _notes(store)
        store.conn = _CommitFails(real, message)
        with pytest.raises(kind):
            reviews.add_note(store, pupil, "Skrevet lige før USB-stikket blev trukket ud.")
        store.conn = real
        assert _notes(store) == before
        assert not real.in_transaction
        reviews.add_note(store, pupil, "Skrevet lige før USB-stikket blev trukket ud.")
        assert _notes(store)[-1] == "Skrevet lige før USB-stikket blev trukket ud."
    finally:
        store.conn = real
        store.close()


def test_other_errors_are_not_disguised_as_disk_trouble(demo_file):
    store = open_database(demo_file)
    try:
        with pytest.raises(sqlite3.IntegrityError), store.operation("Forkert"):
            store.conn.execute("INSERT INTO pupil (id, created_at, updated_at, school_id, given_name, family_name)"
                               " VALUES ('x', '', '', 'no-such-school', 'A', 'B')")
    finally:
        store.close()


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 2 MB file system (tmpfs), where the machine lets the tests mount one."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tiny file system needs root")
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_really_full_disk(tiny_disk):
    path = new_file(tiny_disk / "Skolen.klassekonference", "Engbakkeskolen")
    store = open_database(path)
    try:
        from app.services import school

        klass = school.add_class(store, "5.B", 2026)
        pupil = school.add_pupil(store, klass, "Alma", "Søgaard")
        filler = tiny_disk / "fyld.bin"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)  # something else fills the disk
        try:
            while os.write(fd, b"\0" * 4096):
                pass
        except OSError:
            pass
        finally:
            os.close(fd)
        os.truncate(filler, filler.stat().st_size - 48 * 1024)  # a little room: some notes fit, then no more
        saved = []
        with pytest.raises(DiskFullError):
            for number in range(200):
                reviews.add_note(store, pupil, f"Note {number}: " + "x" * 3000)
                saved.append(number)
        stored = [row["text"].split(":")[0] for row in store.query("SELECT text FROM pupil_note ORDER BY created_at")]
        assert saved and stored == [f"Note {n}" for n in saved]  # every saved note is there, the failed one not
        filler.unlink()  # space freed: the retry works
        reviews.add_note(store, pupil, "Efter oprydning.")
        assert store.integrity_problems() == []
    finally:
        store.close()
    store = open_database(path)
    try:
        assert store.scalar("SELECT count(*) FROM pupil_note") == len(saved) + 1
    finally:
        store.close()

