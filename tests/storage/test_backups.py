"""Automatic backups: made on open, every 10 minutes with changes and on close, thinned, listed and restored."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.school import Pupil
from app.services import reviews
from app.services.school import create_school
from app.storage import backups
from app.storage.auto_backup import AutoBackup
from app.storage.backups import backup_folder, list_backups, make_backup, restore_backup, thin_backups
from app.storage.database import open_database
from app.storage.encryption import create_encrypted, is_encrypted
from app.storage.errors import DamagedFileError, WrongPassphraseError
from app.storage.lock import FileLockedError


@pytest.fixture
def root(tmp_path) -> Path:
    return tmp_path / "backups"


def _note_count(path: Path, passphrase: str | None = None) -> int:
    store = open_database(path, passphrase=passphrase)
    try:
        return store.scalar("SELECT count(*) FROM pupil_note")
    finally:
        store.close()


def test_backups_on_open_every_ten_minutes_with_changes_and_on_close(demo_file, root):
    store = open_database(demo_file)
    auto = AutoBackup(store, root)
    first = auto.on_open()
    assert first is not None and first.parent == backup_folder(demo_file, root)
    assert auto.tick() is None  # nothing changed
    reviews.add_note(store, store.find(Pupil)[0], "Ringede til mor.")
    second = auto.tick()
    assert second is not None
    assert auto.tick() is None
    assert auto.on_close() is None  # nothing new since the last backup
    reviews.add_note(store, store.find(Pupil)[0], "Endnu en note.")
    third = auto.on_close()
    assert third is not None
    notes = store.scalar("SELECT count(*) FROM pupil_note")
    store.close()
    listed = list_backups(demo_file, root)
    assert [b.path for b in listed] == [third, second, first]  # newest first
    assert len({b.reason for b in listed}) == 3  # "ved lukning", "automatisk", "ved åbning"
    assert _note_count(third) == notes
    assert _note_count(first) == notes - 2
    assert not list(root.rglob("*.tmp"))


def test_a_backup_of_an_encrypted_file_is_encrypted_with_the_same_key(tmp_path, root):
    path = tmp_path / "skole.klassekonference"
    store = create_encrypted(path, "fire ord er bedre end tre")
    create_school(store, "Engbakkeskolen")
    backup = make_backup(store, backups.REASON_MANUAL, root)
    store.close()
    assert is_encrypted(backup)
    assert b"Engbakkeskolen" not in backup.read_bytes()
    copy = open_database(backup, passphrase="fire ord er bedre end tre", lock=False)
    try:
        assert copy.query("SELECT name FROM school")[0]["name"] == "Engbakkeskolen"
    finally:
        copy.close()


def test_backups_are_kept_in_the_users_data_folder_by_default(monkeypatch, tmp_path):
    monkeypatch.delenv(backups.BACKUP_DIR_ENV, raising=False)
    folder = backups.backup_folder(tmp_path / "Engbakkeskolen.klassekonference")
    assert folder.name == "Engbakkeskolen"
    assert folder.parent.name == "backups"
    assert "Klassekonference" in str(folder)
    monkeypatch.setenv(backups.BACKUP_DIR_ENV, str(tmp_path / "andre"))
    assert backups.backup_folder("x/Skolen.klassekonference") == tmp_path / "andre" / "Skolen"


def _fake_backup(folder: Path, moment: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{moment.strftime('%Y-%m-%d %H.%M.%S')} automatisk.klassekonference"
    path.write_bytes(b"x")
    return path


def test_thinning_keeps_about_7_daily_4_weekly_and_12_monthly(tmp_path, root):
    source = tmp_path / "Skolen.klassekonference"
    folder = root / "Skolen"
    now = datetime(2026, 11, 24, 15, 0)
    made = []
    for days in range(0, 500):  # a backup at 9, 11 and 13 o'clock every day for 500 days
        day = now - timedelta(days=days)
        for hour in (9, 11, 13):
            made.append(_fake_backup(folder, day.replace(hour=hour)))
    for minutes in range(10, 130, 10):  # today's meeting: every 10 minutes
        made.append(_fake_backup(folder, now - timedelta(minutes=minutes + 5)))

    removed = thin_backups(source, root, now=now)

    kept = list_backups(source, root)
    assert len(kept) + len(removed) == len(made)
    moments = [b.taken_at for b in kept]
    assert moments == sorted(moments, reverse=True)
    assert len(kept) <= backups.KEEP_RECENT + backups.KEEP_DAILY + backups.KEEP_WEEKLY + backups.KEEP_MONTHLY
    recent = [m for m in moments if now - m <= timedelta(hours=24)]
    assert len(recent) >= backups.KEEP_RECENT
    days = {m.date() for m in moments}
    for back in range(7):  # one for each of the last 7 days
        assert (now - timedelta(days=back)).date() in days
    weeks = {tuple(m.isocalendar())[:2] for m in moments}
    for back in range(4):
        assert tuple((now - timedelta(weeks=back)).isocalendar())[:2] in weeks
    months = {(m.year, m.month) for m in moments}
    assert len(months) == 12
    assert min(moments) > now - timedelta(days=370)
    assert thin_backups(source, root, now=now) == []  # thinning again changes nothing


def test_thinning_an_occasional_user_keeps_their_few_backups(tmp_path, root):
    source = tmp_path / "Skolen.klassekonference"
    now = datetime(2026, 11, 24, 15, 0)
    for months_ago in (0, 1, 3, 8):  # used four times this year
        _fake_backup(root / "Skolen", now - timedelta(days=30 * months_ago))
    assert thin_backups(source, root, now=now) == []


def test_restore_puts_the_backup_back_and_keeps_the_current_file(demo_file, root):
    store = open_database(demo_file)
    backup = make_backup(store, backups.REASON_OPEN, root, now=datetime(2026, 11, 24, 9, 0))
    reviews.add_note(store, store.find(Pupil)[0], "Skrevet efter sikkerhedskopien.")
    notes_after = store.scalar("SELECT count(*) FROM pupil_note")
    with pytest.raises(FileLockedError):  # not under an open window
        restore_backup(backup, demo_file, root=root)
    store.close()

    kept = restore_backup(list_backups(demo_file, root)[0], demo_file, root=root, now=datetime(2026, 11, 24, 10, 0))

    assert _note_count(demo_file) == notes_after - 1
    assert kept is not None and kept.exists()
    assert _note_count(kept) == notes_after  # the file as it was before restoring
    assert [b.path for b in list_backups(demo_file, root)] == [kept, backup]
    assert sorted(p.name for p in demo_file.parent.iterdir() if p.is_file()) == [demo_file.name]


def test_a_damaged_backup_is_refused_and_the_file_is_untouched(demo_file, root):
    folder = backup_folder(demo_file, root)
    broken = _fake_backup(folder, datetime(2026, 11, 20, 9, 0))
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 400)
    before = demo_file.read_bytes()
    with pytest.raises(DamagedFileError):
        restore_backup(broken, demo_file, root=root)
    assert demo_file.read_bytes() == before
    assert list_backups(demo_file, root)[0].path == broken  # no "before restoring" copy was needed


def test_restoring_an_encrypted_backup_needs_its_passphrase(tmp_path, root):
    path = tmp_path / "skole.klassekonference"
    store = create_encrypted(path, "fire ord er bedre end tre")
    create_school(store, "Engbakkeskolen")
    backup = make_backup(store, backups.REASON_MANUAL, root)
    store.close()
    with pytest.raises(WrongPassphraseError):
        restore_backup(backup, path, passphrase="fire ord er bedre end tre", backup_passphrase="en forkert sætning")
    restore_backup(backup, path, passphrase="fire ord er bedre end tre", root=root)
    assert is_encrypted(path)
