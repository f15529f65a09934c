"""Passphrases: empty/whitespace refused everywhere, BOM and one line ending stripped, NUL refused; nothing created."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from app.cli import PASSPHRASE_ENV, main
from app.domain.passphrase import PassphraseRefused, Strength, clean_passphrase_text, passphrase_hint
from app.storage.database import open_database
from app.storage.errors import PassphraseNeededError

GOOD = "blå cykel spiser syv pærer"
BLANKS = ["", "\n", "\r\n", "\n\n", "   ", " \t \n", "\ufeff", "\ufeff\n", "\u00a0\u2003"]


@pytest.mark.parametrize("command", ["new", "demo"])
@pytest.mark.parametrize("content", BLANKS)
def test_a_blank_passphrase_file_is_refused_and_nothing_is_created(tmp_path, monkeypatch, capsys, command, content):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    secret = tmp_path / "secret.txt"
    secret.write_text(content, encoding="utf-8")
    out = tmp_path / "skole.klassekonference"
    assert main([command, str(out), "--passphrase-file", str(secret)]) == 1
    assert "adgangskode" in capsys.readouterr().err.lower()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["secret.txt"]


@pytest.mark.parametrize("value", ["", "   ", "\t"])
def test_a_blank_environment_passphrase_is_refused(tmp_path, monkeypatch, capsys, value):
    monkeypatch.setenv(PASSPHRASE_ENV, value)
    out = tmp_path / "skole.klassekonference"
    assert main(["new", str(out)]) == 1
    assert not out.exists()


def test_a_nul_in_the_passphrase_is_refused_calmly(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"hemmelig\x00kode lang nok\n")
    out = tmp_path / "skole.klassekonference"
    assert main(["new", str(out), "--passphrase-file", str(secret)]) == 1
    err = capsys.readouterr().err
    assert "NUL" in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("raw", ["\ufeff" + GOOD + "\n", GOOD + "\r\n", GOOD + "\r", GOOD])
def test_bom_and_one_line_ending_are_not_part_of_the_passphrase(tmp_path, monkeypatch, raw):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(raw.encode("utf-8"))
    out = tmp_path / "skole.klassekonference"
    assert main(["new", str(out), "--passphrase-file", str(secret)]) == 0
    with pytest.raises(PassphraseNeededError):
        open_database(out, lock=False)
    open_database(out, passphrase=GOOD).close()


@given(st.booleans(), st.text(alphabet=" \t\r\n\u00a0\u2003", max_size=16))
@settings(max_examples=60, deadline=None)
def test_whitespace_only_is_always_refused(bom, text):
    with pytest.raises(PassphraseRefused):
        clean_passphrase_text(("\ufeff" if bom else "") + text, from_file=True)
    with pytest.raises(PassphraseRefused):
        clean_passphrase_text(text)
    assert passphrase_hint(text).strength == Strength.TOO_SHORT


def test_storage_refuses_a_whitespace_passphrase_before_creating(tmp_path):
    out = tmp_path / "x.klassekonference"
    with pytest.raises(PassphraseRefused):
        open_database(out, create=True, passphrase="          ")
    assert not out.exists()
