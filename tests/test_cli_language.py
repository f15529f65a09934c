"""The command line speaks the computer's language as the window does: Danish unless the computer is English;
KLASSEKONFERENCE_LANG overrides. Run as a user runs it, in a fresh process with LANG / LC_ALL set."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.i18n import command_line_language, system_language

ROOT = Path(__file__).resolve().parent.parent
LOCALE_VARIABLES = ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "KLASSEKONFERENCE_LANG")


def _environment(env: dict) -> dict:
    environment = {k: v for k, v in os.environ.items()
                   if k not in LOCALE_VARIABLES + ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    environment.update(env)
    return environment


def run_cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, capture_output=True, text=True,
                          env=_environment(env), timeout=120)


# (environment, language expected)
CASES = [
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "en_GB.UTF-8"}, "en"),
    ({"LANG": "da_DK.UTF-8"}, "da"),
    ({"LANG": "de_DE.UTF-8"}, "da"),  # neither: Danish
    ({"LANG": "C.UTF-8"}, "da"),
    ({}, "da"),
    ({"LANG": "da_DK.UTF-8", "LC_ALL": "en_US.UTF-8"}, "en"),  # LC_ALL before LANG
    ({"LANG": "en_US.UTF-8", "LC_ALL": "da_DK.UTF-8"}, "da"),
    ({"LANG": "da_DK.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
    ({"LANG": "da_DK.UTF-8", "LANGUAGE": "en_GB:da"}, "en"),  # LANGUAGE's list first
    ({"LANG": "en_US.UTF-8", "KLASSEKONFERENCE_LANG": "da"}, "da"),  # the override wins
    ({"LANG": "da_DK.UTF-8", "KLASSEKONFERENCE_LANG": "en"}, "en"),
    ({"LANG": "en_US.UTF-8", "KLASSEKONFERENCE_LANG": "fr"}, "en"),  # an unknown override is ignored
]


@pytest.mark.parametrize("env,expected", CASES)
def test_the_rule(env, expected):
    assert command_line_language(env) == expected


@pytest.mark.parametrize("env,expected", [
    ({"LANG": "en_US.UTF-8"}, "en"),
    ({"LANG": "da_DK.UTF-8"}, "da"),
    ({"LANG": "da_DK.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "KLASSEKONFERENCE_LANG": "da"}, "da"),
    ({"LC_ALL": "C"}, "da"),
])
def test_help_and_errors_follow_the_system_language(env, expected):
    helped = run_cli("--help", env=env)
    failed = run_cli("check", env=env)  # --db missing: argparse's own error, in the same language
    missing = run_cli("check", "--db", "/nonexistent/skole.klassekonference", env=env)
    assert helped.returncode == 0 and failed.returncode == 2 and missing.returncode == 1
    if expected == "en":
        assert "usage:" in helped.stdout and "brug:" not in helped.stdout
        assert "the following arguments are required: --db" in failed.stderr
        assert "findes ikke" not in missing.stderr and "does not exist" in missing.stderr
    else:
        assert "brug:" in helped.stdout
        assert "følgende skal angives: --db" in failed.stderr
        assert "findes ikke" in missing.stderr


WINDOW_RULE = """
from PySide6.QtCore import QCoreApplication
from app.ui.language import system_language
app = QCoreApplication([])
print(system_language())
"""


@pytest.mark.parametrize("env,expected", [case for case in CASES if "KLASSEKONFERENCE_LANG" not in case[0]
                                          and case[0].get("LANG") != "de_DE.UTF-8"])
def test_the_window_and_the_command_line_agree(env, expected):
    """The same computer gives the same language in the window (Qt's reading of the system) and on the
    command line (ours, without Qt)."""
    window = subprocess.run([sys.executable, "-c", WINDOW_RULE], cwd=ROOT, capture_output=True, text=True,
                            env=_environment({**env, "QT_QPA_PLATFORM": "offscreen"}), timeout=120)
    assert window.returncode == 0, window.stderr
    assert window.stdout.strip() == system_language(env) == expected
