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
