"""The one action helper: a service call's expected failure is reported once, bugs are not hidden, and the
tables an operation changed are announced to the views."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from app.domain.base import RuleError
from app.storage.errors import DamagedFileError, StorageError
from app.ui.action import TableChanges, run_action

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("error", [RuleError("Fristen ligger før mødet."), StorageError("Filen kunne ikke gemmes."),
                                   DamagedFileError("Filen er beskadiget.")])
def test_a_rule_or_the_disk_is_reported_once_as_its_message(error):
    said = []

    def fail():
        raise error

    done = run_action(fail, said.append)
    assert not done and done.value is None
    assert said == [str(error)] and done.error == str(error)


def test_success_gives_the_value_and_reports_nothing():
    said = []
    done = run_action(lambda: "Sofies aftale", said.append)
    assert done and done.value == "Sofies aftale" and said == []
    assert run_action(lambda: None)  # a service that returns nothing still succeeded


def test_a_bug_is_not_hidden():
    said = []
    with pytest.raises(KeyError):
        run_action(lambda: {}["x"], said.append)
    assert said == []


def test_also_catches_the_named_errors_only():
    said = []
    assert not run_action(lambda: Path("/nonexistent/æøå.csv").read_bytes(), said.append, also=(OSError,))
    assert len(said) == 1
    with pytest.raises(OSError):
        run_action(lambda: Path("/nonexistent/æøå.csv").read_bytes(), said.append)


def test_views_hear_which_tables_an_operation_changed(demo_file):
    from app.services import files, school

    store = files.open_file(demo_file, None)
    try:
        changes = TableChanges(store)
        heard = []
        changes.changed.connect(heard.append)
        school.add_staff(store, "Åse Ørnebjerg-Ærø")
        assert heard == [frozenset({"staff_member"})]
        changes.detach()
        school.add_staff(store, "Çağan Ümit")
        assert len(heard) == 1
    finally:
        store.close()


def test_no_view_catches_rule_and_storage_errors_itself():
    """Every service call from a screen goes through run_action (app/ui/action.py)."""
    offenders = []
    for path in (ROOT / "app" / "ui").rglob("*.py"):
        if path.name == "action.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ExceptHandler) and node.type is not None:
                names = {n.id for n in ast.walk(node.type) if isinstance(n, ast.Name)}
                if {"RuleError", "StorageError"} <= names:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
