"""The layers import only downward: domain, storage and services load with Qt blocked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BLOCK_QT = """
import sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt is not allowed below app/ui: " + name)
        return None
sys.meta_path.insert(0, BlockQt())
import pkgutil, importlib, app.domain, app.storage, app.services
for package in (app.domain, app.storage, app.services):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(module.name)
import app.cli, app.i18n
print("ok", len([m for m in sys.modules if m.startswith("app.")]))
"""


def test_domain_storage_and_services_import_without_qt():
    result = subprocess.run([sys.executable, "-c", BLOCK_QT], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok")


def test_domain_has_no_sql_and_storage_is_the_only_sqlite_user():
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        inside_storage = "storage" in path.relative_to(ROOT / "app").parts[:1]
        if ("import sqlite3" in text or "sqlite_utils" in text or "sqlcipher3" in text) and not inside_storage:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


# -- no SQL outside storage ------------------------------------------------------------------------------------
import ast  # noqa: E402
import re  # noqa: E402

import pytest  # noqa: E402

ABOVE_STORAGE = ("services", "ui", "commands")
SQL_TEXT = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\[?\w+\]?\s+SET\b|\bDELETE\s+FROM\b"
    r"|\bWHERE\b|\bJOIN\b|\bPRAGMA\b|\bGROUP\s+BY\b|\bORDER\s+BY\b"
    r"|\[?\w+\]?\s*(=|!=|<>|<=|>=|<|>|\bIN\b|\bIS\b|\bLIKE\b)\s*\(?\s*\?"  # "pupil_id = ?", "id IN (?"
    r"|\bIS\s+(NOT\s+)?NULL\b"
)
RAW_CALLS = {"query", "scalar", "execute", "executemany", "executescript"}


def sql_offences(source: str) -> list[str]:
    """What in this module's text is SQL: SQL in a string, the connection's or store's raw calls, and WHERE text
    handed to ``Store.find``/``find_one`` (they take keyword filters above storage)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
            found.append(f"line {node.lineno}: SQL text {node.value[:50]!r}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            name = node.func.attr
            if name in RAW_CALLS:
                found.append(f"line {node.lineno}: .{name}(…)")
            elif name in ("find", "find_one") and (len(node.args) > 1 or any(k.arg in ("where", "params")
                                                                              for k in node.keywords)):
                found.append(f"line {node.lineno}: .{name}(…) with WHERE text (use keyword filters)")
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            found.append(f"line {node.lineno}: .conn (the raw connection)")
    return found


def test_no_sql_text_above_storage():
    offences = []
    for part in ABOVE_STORAGE:
        for path in sorted((ROOT / "app" / part).rglob("*.py")):
            offences += [f"{path.relative_to(ROOT)} {o}" for o in sql_offences(path.read_text(encoding="utf-8"))]
    offences += [f"app/cli.py {o}" for o in sql_offences((ROOT / "app" / "cli.py").read_text(encoding="utf-8"))]
    assert offences == [], "SQL belongs in app/storage/queries:\n" + "\n".join(offences)


@pytest.mark.parametrize("line", [
    'store.find(Pupil, "school_id = ?", (x,))',
    'store.find_one(Pupil, where="given_name = ?", params=(x,))',
    'store.find(Pupil, f"id IN ({marks})", ids)',
    'rows = store.query("SELECT id, held_on FROM conference")',
    'store.scalar("select 1")',
    'conn.execute(sql)',
    'store.conn.close()',
    'where = "id IN (SELECT pupil_id FROM class_membership WHERE class_id = ?)"',
    'text = f"SELECT * FROM [{table}] WHERE id = ?"',
    'clause = "left_on IS NULL"',
    'sql = "INSERT OR IGNORE INTO app_meta (key, value) VALUES (?, ?)"',
    'sql = "UPDATE [pupil] SET status = ?"',
    'sql = "DELETE FROM pupil"',
])
def test_the_sql_rule_catches(line):
    assert sql_offences(line) != []


@pytest.mark.parametrize("line", [
    'store.find(Pupil, school_id=school.id, order_by="created_at DESC")',
    'store.find_one(WellbeingResult, class_id=c.id, survey_year=year)',
    'name.find("-")',
    'tr("errors", "Where is the file? Choose it again.")',
    'tr("import", "Update the class list and select the file again.")',
    'people.placements(store, school_year=2026)',
])
def test_the_sql_rule_lets_through(line):
    assert sql_offences(line) == []


def private_storage_reaches(source: str) -> list[str]:
    """Private names of storage used from above it: imported (``from app.storage.database import _connect``),
    read from a storage module (``database._connect``) or from a store or lock (``store._passphrase``)."""
    tree = ast.parse(source)
    modules = set()
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app.storage"):
            for alias in node.names:
                if alias.name.startswith("_"):
                    found.append(f"line {node.lineno}: imports {node.module}.{alias.name}")
                elif node.module == "app.storage":
                    modules.add(alias.asname or alias.name)
        elif isinstance(node, ast.Import):
            modules |= {a.asname or a.name for a in node.names if a.name.startswith("app.storage")}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if name in modules or name in ("store", "lock", "handle") or name.endswith("_store"):
                found.append(f"line {node.lineno}: {name}.{node.attr}")
    return found


def test_no_private_storage_parts_above_storage():
    offences = []
    for part in ABOVE_STORAGE:
        for path in sorted((ROOT / "app" / part).rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            offences += [f"{path.relative_to(ROOT)} {o}" for o in private_storage_reaches(text)]
    assert offences == []


@pytest.mark.parametrize("line", [
    "from app.storage.database import _connect",
    "from app.storage import lock\nlock._held",
    "x = store._passphrase",
    "n = self.store.lock._shared.count",
])
def test_the_private_rule_catches(line):
    assert private_storage_reaches(line) != []
