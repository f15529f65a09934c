"""Encryption at rest: a wrong passphrase, encrypting the demo in place, a new passphrase, no names in the bytes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.passphrase import Strength, passphrase_hint
from app.domain.school import Pupil
from app.storage import encryption
from app.storage.database import open_database
from app.storage.errors import PassphraseNeededError, WrongPassphraseError

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "blå cykel spiser syv pærer"


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-shm"):
        sidecar = path.with_name(path.name + suffix)
        if sidecar.exists():
            data += sidecar.read_bytes()
    return data


def _pupil_names(path: Path, passphrase: str | None = None) -> list[str]:
    store = open_database(path, passphrase=passphrase)
    try:
        # Long enough that random encrypted bytes cannot match by chance.
        pupils = store.find(Pupil)
        return [p.full_name for p in pupils] + [p.given_name for p in pupils if len(p.given_name) >= 6]
    finally:
        store.close()


def test_encrypt_in_place_keeps_every_row_and_leaves_no_name_in_the_bytes(demo_file):
    names = _pupil_names(demo_file)
    assert b"Hjalte" in _file_bytes(demo_file)
    store = open_database(demo_file)
    counts = store.counts()
    store.close()

    encryption.encrypt_in_place(demo_file, PASSPHRASE)

    assert encryption.is_encrypted(demo_file)
    with pytest.raises(PassphraseNeededError):
        open_database(demo_file)
    store = open_database(demo_file, passphrase=PASSPHRASE)
    try:
        assert store.counts() == counts
        assert store.integrity_problems() == []
        assert store.scalar("PRAGMA journal_mode") == "wal"
        store.checkpoint()
        data = _file_bytes(demo_file)
        for name in set(names):
            assert name.encode("utf-8") not in data, name
    finally:
        store.close()
    # Nothing unencrypted left beside it: no kept original, no temporary copy.
    assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]


def test_encrypt_in_place_leaves_the_file_unchanged_when_it_fails(demo_file, monkeypatch):
    before = demo_file.read_bytes()

    def broken_export(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(encryption, "export_encrypted", broken_export)
    with pytest.raises(encryption.EncryptionError) as raised:
        encryption.encrypt_in_place(demo_file, PASSPHRASE)
    assert demo_file.name in str(raised.value)
    assert demo_file.read_bytes() == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]


def test_encrypt_in_place_puts_the_original_back_when_the_result_does_not_verify(demo_file, monkeypatch):
    before = demo_file.read_bytes()
    real_verify = encryption._verify
    calls = []

    def verify_once(path, passphrase, expected=None):
        calls.append(path)
        if len(calls) == 2:  # the check after replacing fails
            raise encryption.DamagedFileError("simulated")
        return real_verify(path, passphrase, expected)

    monkeypatch.setattr(encryption, "_verify", verify_once)
    with pytest.raises(encryption.StorageError):
        encryption.encrypt_in_place(demo_file, PASSPHRASE)
    assert demo_file.read_bytes() == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == [demo_file.name]


def test_an_open_file_is_not_encrypted_under_the_window(demo_file):
    store = open_database(demo_file)
    try:
        with pytest.raises(encryption.StorageError):
            encryption.encrypt_in_place(demo_file, PASSPHRASE)
    finally:
        store.close()
    assert not encryption.is_encrypted(demo_file)


def test_rekey_the_new_passphrase_opens_the_old_does_not(tmp_path):
    path = tmp_path / "skole.klassekonference"
    store = encryption.create_encrypted(path, "første sætning til filen")
    from app.services.school import create_school

    create_school(store, "Engbakkeskolen")
    encryption.change_passphrase(store, "anden sætning til filen")
    assert encryption.verify_passphrase(store, "anden sætning til filen")
    assert not encryption.verify_passphrase(store, "første sætning til filen")
    store.close()
    with pytest.raises(WrongPassphraseError) as raised:
        open_database(path, passphrase="første sætning til filen")
    assert "skole.klassekonference" in str(raised.value)
    store = open_database(path, passphrase="anden sætning til filen")
    assert store.query("SELECT name FROM school")[0]["name"] == "Engbakkeskolen"
    store.close()


def test_rekey_refuses_an_unencrypted_file(demo_file):
    store = open_database(demo_file)
    try:
        with pytest.raises(encryption.EncryptionError):
            encryption.change_passphrase(store, "en helt ny sætning")
    finally:
        store.close()


def test_wrong_passphrase_on_the_command_line_is_calm(tmp_path):
    """A wrong passphrase: one Danish sentence on stderr, exit 1, no traceback and no SQLCipher log lines."""
    passphrase_file = tmp_path / "key.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    wrong_file = tmp_path / "wrong.txt"
    wrong_file.write_text("forkert sætning her\n", encoding="utf-8")
    out = tmp_path / "demo.klassekonference"
    env = dict(os.environ, PYTHONPATH=str(ROOT), KLASSEKONFERENCE_LANG="da")
    env.pop("KLASSEKONFERENCE_PASSPHRASE", None)
    made = subprocess.run(
        [sys.executable, "-m", "app", "demo", str(out), "--passphrase-file", str(passphrase_file)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert made.returncode == 0, made.stderr
    assert encryption.is_encrypted(out)
    assert b"Hjalte" not in out.read_bytes()
    checked = subprocess.run(
        [sys.executable, "-m", "app", "check", "--db", str(out), "--passphrase-file", str(wrong_file)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert checked.returncode == 1
    assert checked.stderr.strip() == f"Adgangskoden passer ikke til “{out.name}”. Tjek adgangskoden, og prøv igen."
    env["KLASSEKONFERENCE_PASSPHRASE"] = PASSPHRASE
    checked = subprocess.run(
        [sys.executable, "-m", "app", "check", "--db", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
    )
    assert checked.returncode == 0, checked.stderr
    assert "Integritetstjek: i orden" in checked.stdout
    assert checked.stderr == ""


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("", Strength.TOO_SHORT),
        ("kort", Strength.TOO_SHORT),
        ("aaaaaaaaaaaa", Strength.WEAK),
        ("1234567890", Strength.WEAK),
        ("kodeord2026", Strength.WEAK),
        ("Engbakkeskolen1", Strength.WEAK),
        ("Hest!Tag7x", Strength.FAIR),
        ("blå cykel spiser syv pærer", Strength.STRONG),
    ],
)
def test_passphrase_hint(text, strength):
    hint = passphrase_hint(text, avoid=["Engbakkeskolen"])
    assert hint.strength == strength, hint.message
    assert hint.message
    assert hint.acceptable == (strength >= Strength.WEAK)

