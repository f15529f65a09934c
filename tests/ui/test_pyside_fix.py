"""A long meeting must not crash: PySide6's lost references to None are absorbed (see app/ui/pyside_fix.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LONG_SESSION = """
import sys
import app.ui  # installs the guard, as every GUI start does
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
app = QApplication([])
label, editor = QLabel(), QPlainTextEdit()
calls = sys.getrefcount(None) % (1 << 40) * 3 + 100000  # far more calls than None had references
for number in range(min(calls, 400000)):
    label.setText("x")
    editor.setReadOnly(number % 2 == 0)
print("survived", min(calls, 400000))
"""


def test_many_qt_calls_do_not_free_none():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", LONG_SESSION], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("survived")
    assert "none_dealloc" not in result.stderr


def test_true_and_false_are_guarded_too():
    import app.ui  # noqa: F401 - installs the guards

    if sys.version_info >= (3, 12):
        return
    assert sys.getrefcount(True) > 1 << 40 and sys.getrefcount(False) > 1 << 40
