"""A damaged file opens read-only in the window, says so in Danish and offers the restore dialog."""

from __future__ import annotations

import random
import shutil
import sqlite3

import pytest

from app.storage.errors import DamagedFileError
from app.ui.main_window import MainWindow
from app.ui.user_dialogs import NO, YES
from tests.conftest import DEMO_TODAY
from tests.ui.fake_dialogs import FakeDialogs


def _damaged_copy(demo_template, tmp_path):
    for seed in range(300):
        target = tmp_path / f"skole{seed}.klassekonference"
        shutil.copy(demo_template, target)
        conn = sqlite3.connect(target)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        data = bytearray(target.read_bytes())
        rng = random.Random(seed)
        for _ in range(30):
            data[rng.randrange(4096, len(data))] ^= 0x10
        target.write_bytes(bytes(data))
        conn = sqlite3.connect(f"{target.resolve().as_uri()}?immutable=1", uri=True)
        try:
            broken = conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]
            conn.execute("SELECT count(*) FROM school").fetchone()
            conn.execute("SELECT * FROM pupil").fetchall()
        except sqlite3.DatabaseError:
            broken = False  # too broken to show at all: another test's case
        finally:
            conn.close()
        if broken:
            return target
    pytest.skip("no suitable damaged copy")


def test_a_damaged_file_opens_read_only_and_offers_a_restore(qtbot, demo_template, tmp_path, monkeypatch):
    monkeypatch.setenv("KLASSEKONFERENCE_BACKUP_DIR", str(tmp_path / "backups"))
    target = _damaged_copy(demo_template, tmp_path)
    window = MainWindow(today=DEMO_TODAY)
    qtbot.addWidget(window)
    window.dialogs = fake = FakeDialogs(choices=[NO])  # not now
    if not window.open_path(target):
        pytest.skip("the damage stopped the window from showing the file")
    window.protection.damage_watch.wait()
    assert fake.kinds()[-1] == "choose" and fake.offered[-1] == (YES, NO)
    shown = fake.said[-1][2]
    assert "beskadiget" in shown and "sikkerhedskopi" in shown
    before = target.read_bytes()
    with pytest.raises(DamagedFileError), window.store.operation("test"):
        pass
    window.close_file()
    assert target.read_bytes() == before
