"""``copy --class``, ``changes`` and ``merge`` on encrypted files: Danish output, exit 0, or 1 when conflicts wait."""

from __future__ import annotations

from app.cli import main
from tests.merging.edits import opened
from tests.merging.school import build_school

PASSPHRASE = "hemmelig sætning æøå"


def _env(monkeypatch):
    monkeypatch.setenv("KLASSEKONFERENCE_PASSPHRASE", PASSPHRASE)


def _edit(path, author, given, **fields):
    with opened(path, author, PASSPHRASE) as store:
        from app.services import reviews
        from tests.merging.edits import review_for

        conference, review = review_for(store, given)
        reviews.update_review(store, conference, review, **fields)


def test_copy_changes_and_merge_from_the_command_line(tmp_path, monkeypatch, capsys):
    _env(monkeypatch)
    team = build_school(tmp_path / "Skole.klassekonference", passphrase=PASSPHRASE, classes=("5.A", "5.B"))
    copy = tmp_path / "Henrik.klassekonference"
    assert main(["copy", "--db", str(team), str(copy), "--class", "5.B"]) == 0
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"  # encrypted like the team file
    _edit(copy, "Henrik Østergaard", "Marie-Louise", strengths="Skriver lange historier")
    package = tmp_path / "Henriks ændringer.klassekonference"
    assert main(["changes", "--db", str(copy), "-o", str(package)]) == 0
    assert package.read_bytes()[:16] != b"SQLite format 3\x00"
    capsys.readouterr()
    assert main(["merge", "--db", str(team), str(package), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Henrik Østergaard" in out and "Marie-Louise Bæk" in out and "Intet er ændret" in out
    assert main(["merge", "--db", str(team), str(package)]) == 0
    out = capsys.readouterr().out
    assert "Ændringer flettet ind: 1" in out and "Konflikter: 0" in out
    assert main(["merge", "--db", str(team), str(copy)]) == 0
    assert "intet nyt" in capsys.readouterr().out


def test_merge_exits_1_while_conflicts_wait(tmp_path, monkeypatch, capsys):
    _env(monkeypatch)
    team = build_school(tmp_path / "Skole.klassekonference", passphrase=PASSPHRASE)
    copy = tmp_path / "Henrik.klassekonference"
    assert main(["copy", "--db", str(team), str(copy), "--prepare"]) == 0
    _edit(copy, "Henrik", "Søren", tried="Henriks forsøg")
    _edit(team, "Mette", "Søren", tried="Mettes forsøg")
    capsys.readouterr()
    assert main(["merge", "--db", str(team), str(copy)]) == 1
    out = capsys.readouterr().out
    assert "Konflikter: 1" in out and "Søren Ålund" in out and "Henriks forsøg" in out


def test_merge_refuses_another_schools_file_with_exit_2(tmp_path, monkeypatch, capsys):
    _env(monkeypatch)
    team = build_school(tmp_path / "Skole.klassekonference", passphrase=PASSPHRASE)
    other = build_school(tmp_path / "Anden.klassekonference", passphrase=PASSPHRASE)
    assert main(["merge", "--db", str(team), str(other)]) == 2
    assert "anden skole" in capsys.readouterr().err


def test_a_copy_with_its_own_passphrase_merges_with_other_passphrase_file(tmp_path, monkeypatch, capsys):
    _env(monkeypatch)
    team = build_school(tmp_path / "Skole.klassekonference", passphrase=PASSPHRASE)
    copy = tmp_path / "Henrik.klassekonference"
    assert main(["copy", "--db", str(team), str(copy), "--prepare"]) == 0
    _edit(copy, "Henrik", "Clara", strengths="Med egen adgangskode")
    from app.storage.encryption import export_encrypted

    other = tmp_path / "Henrik 2.klassekonference"
    export_encrypted(copy, other, "en helt anden sætning", source_passphrase=PASSPHRASE)
    secret = tmp_path / "kopi.txt"
    secret.write_text("en helt anden sætning\n", encoding="utf-8")
    assert main(["merge", "--db", str(team), str(other)]) == 2  # the team's passphrase does not open it
    assert "adgangskode" in capsys.readouterr().err.lower()
    assert main(["merge", "--db", str(team), str(other), "--other-passphrase-file", str(secret)]) == 0
    assert "Ændringer flettet ind: 1" in capsys.readouterr().out
