"""No plaintext left behind: encrypting a file encrypts or removes every plaintext copy the program made."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from app.services import protection
from app.storage.database import open_database, open_read_only
from app.storage.encryption import _original_name, encrypt_in_place

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PASSPHRASE = "blå cykel spiser syv pærer"
SQLITE = b"SQLite format 3"


def _plaintext_files(root: Path, names: list[str]) -> list[Path]:
    found = []
    for item in root.rglob("*"):
        if item.is_file():
            data = item.read_bytes()
            if data.startswith(SQLITE) or any(n.encode("utf-8") in data for n in names):
                found.append(item)
    return found


def _pupil_names(path: Path) -> list[str]:
    store = open_database(path, lock=False)
    try:
        rows = store.conn.execute("SELECT given_name, family_name FROM pupil").fetchall()
        names = [str(value) for row in rows for value in row if value and len(str(value)) > 2]
    finally:
        store.close()
    return names


def test_encrypting_an_upgraded_file_leaves_no_plaintext_in_the_folder_tree(tmp_path, monkeypatch):
    backups = tmp_path / "backups"
    monkeypatch.setenv("KLASSEKONFERENCE_BACKUP_DIR", str(backups))
    folder = tmp_path / "skole"
    folder.mkdir()
    target = folder / "Fixtureskolen.klassekonference"
    shutil.copy(FIXTURES / "schema_v1.klassekonference", target)
    open_database(target).close()  # upgrades: leaves "… (før opgradering fra v1 …)" beside it
    assert any("opgradering" in p.name for p in folder.iterdir())
    names = _pupil_names(target)
    assert names
    protection.encrypt_file(target, PASSPHRASE, backup_root=backups)
    assert _plaintext_files(tmp_path, names) == []
    copies = [p for p in folder.iterdir() if "opgradering" in p.name]
    for copy in copies:  # kept, but encrypted under the same passphrase
        open_read_only(copy, PASSPHRASE).conn.close()


def test_a_leftover_unencrypted_original_is_found_and_removed(demo_file):
    encrypt_in_place(demo_file, PASSPHRASE)
    original = _original_name(demo_file)
    shutil.copy(FIXTURES / "schema_v2.klassekonference", original)
    assert protection.leftover_plaintext(demo_file) == [original]
    assert protection.remove_leftover_plaintext(demo_file) == 1
    assert not original.exists()
    assert protection.leftover_plaintext(demo_file) == []


_ENCRYPT_CHILD = """
import sys
from app.storage.encryption import encrypt_in_place
print("start", flush=True)
encrypt_in_place(sys.argv[1], sys.argv[2])
print("done", flush=True)
"""


def test_a_kill_during_encryption_leaves_either_file_and_the_next_open_finds_any_leftover(demo_template, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    outcomes = {"plain": 0, "encrypted": 0, "leftover_found": 0}
    for round_number in range(12):
        folder = tmp_path / f"r{round_number}"
        folder.mkdir()
        target = folder / "Demoskole.klassekonference"
        shutil.copy(demo_template, target)
        child = subprocess.Popen([sys.executable, "-c", _ENCRYPT_CHILD, str(target), PASSPHRASE], env=env,
                                 stdout=subprocess.PIPE, text=True)
        child.stdout.readline()
        time.sleep(0.2 * round_number)  # from "before it starts" to "after it finished"
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        if protection.is_encrypted(target):
            outcomes["encrypted"] += 1
            open_database(target, passphrase=PASSPHRASE, take_over_lock=True).close()
            leftovers = protection.leftover_plaintext(target)
            if leftovers:
                outcomes["leftover_found"] += 1
                protection.remove_leftover_plaintext(target)
            assert protection.leftover_plaintext(target) == []
            assert not [p for p in folder.iterdir() if p.is_file() and p.read_bytes().startswith(SQLITE)]
        else:
            outcomes["plain"] += 1
            open_database(target, take_over_lock=True).close()
    print(f"kill during encryption: {outcomes}")
    assert outcomes["plain"] + outcomes["encrypted"] == 12


def test_erasing_a_pupil_also_removes_the_upgrade_copies(tmp_path, monkeypatch):
    from app.domain.school import Pupil
    from app.services import data_deletion

    monkeypatch.setenv("KLASSEKONFERENCE_BACKUP_DIR", str(tmp_path / "backups"))
    target = tmp_path / "Fixtureskolen.klassekonference"
    shutil.copy(FIXTURES / "schema_v1.klassekonference", target)
    store = open_database(target)  # upgrades, leaving a copy with the pupil beside it
    try:
        pupil = store.find(Pupil)[0]
        name = pupil.family_name
        data_deletion.delete_pupil_data(store, pupil)
        data_deletion.forget_old_backups(store, tmp_path / "backups")
    finally:
        store.close()
    assert not [p for p in tmp_path.iterdir() if "opgradering" in p.name]
    assert not [p for p in tmp_path.iterdir() if p.is_file() and name.encode() in p.read_bytes()]


def test_upgrading_an_encrypted_file_keeps_its_upgrade_copy_encrypted(tmp_path):
    from app.storage.encryption import export_encrypted

    target = tmp_path / "Fixtureskolen.klassekonference"
    export_encrypted(FIXTURES / "schema_v1.klassekonference", target, PASSPHRASE)
    open_database(target, passphrase=PASSPHRASE).close()
    copies = [p for p in tmp_path.iterdir() if "opgradering" in p.name]
    assert copies
    for copy in copies:
        assert not copy.read_bytes().startswith(SQLITE)
        assert oct(copy.stat().st_mode & 0o777) == oct(0o600)
        open_read_only(copy, PASSPHRASE).conn.close()
