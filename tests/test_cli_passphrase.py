"""Every command takes --passphrase-file and KLASSEKONFERENCE_PASSPHRASE."""

from __future__ import annotations

import pytest

from app import cli
from app.cli import PASSPHRASE_ENV, main

PASSPHRASE = "korrekt hest batteri hæfteklamme"


@pytest.mark.parametrize("command", cli.command_names())
def test_every_command_takes_a_passphrase_file(command):
    options = {option for action in cli.command_parser(command)._actions for option in action.option_strings}
    assert "--passphrase-file" in options


def test_the_window_takes_a_passphrase_file_too():
    options = {option for action in cli._gui_parser()._actions for option in action.option_strings}
    assert "--passphrase-file" in options


def test_an_export_reads_an_encrypted_file_with_the_environment_variable(tmp_path, monkeypatch, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    demo = tmp_path / "crypt.klassekonference"
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    assert main(["demo", str(demo), "--passphrase-file", str(secret)]) == 0
    out = tmp_path / "5B.xlsx"
    assert main(["export-xlsx", "--db", str(demo), "--class", "5.B", "-o", str(out)]) == 1  # no passphrase
    assert "krypteret" in capsys.readouterr().err
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    assert main(["export-xlsx", "--db", str(demo), "--class", "5.B", "-o", str(out)]) == 0
    assert out.is_file()


def test_every_command_module_is_registered_and_none_imports_the_cli():
    """A command is one module in app/commands plus one line in app.cli.COMMANDS; no cli <-> commands cycle."""
    import ast
    from pathlib import Path

    import app.commands

    folder = Path(app.commands.__file__).parent
    modules = {p.stem for p in folder.glob("*.py")} - {"__init__", "common"}
    assert {m.__name__.rsplit(".", 1)[1] for m in cli.COMMANDS} == modules
    assert len(set(cli.command_names())) == len(cli.COMMANDS)
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                assert node.module != "app.cli" and "importlib" not in (node.module or ""), path.name
            if isinstance(node, ast.Import):
                assert all(a.name not in ("app.cli", "importlib") for a in node.names), path.name
    assert "importlib" not in Path(cli.__file__).read_text(encoding="utf-8")
