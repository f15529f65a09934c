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


DRIFT_PROBE = """
import gc, sys
from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPlainTextEdit
app = QApplication([])
import ctypes
for value in (None, True, False):  # guarded by hand here, so the probe survives to report the others
    ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
candidates = {repr(v): v for v in [None, True, False, ..., NotImplemented, "", (), b"", *range(-5, 257)]}
class Sender(QObject):
    plain = Signal()
    flag = Signal(bool)
    text = Signal(str)
class Filter(QObject):
    def eventFilter(self, watched, event):
        return False
class Model(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):
        return 3
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None if role != Qt.ItemDataRole.DisplayRole else ""
sender, watched, model = Sender(), QObject(), Model()
watched.installEventFilter(Filter(watched))
label, editor, box = QLabel(), QPlainTextEdit(), QCheckBox()
for result in list(candidates.values()):
    sender.plain.connect(lambda result=result: result)  # slots that return something, as lambdas do
sender.flag.connect(lambda on: on)
sender.text.connect(lambda text: text)
box.toggled.connect(lambda on: on)
N = 3000
gc.collect()
before = {name: sys.getrefcount(value) for name, value in candidates.items()}
for number in range(N):
    sender.plain.emit(); sender.flag.emit(number % 2 == 0); sender.text.emit("")
    QCoreApplication.sendEvent(watched, QEvent(QEvent.Type.User))
    label.setText(""); editor.setReadOnly(number % 2 == 0); box.setChecked(number % 2 == 0)
    model.index(number % 3).data(); label.isVisible()
gc.collect()
drained = [name for name, value in candidates.items() if before[name] - sys.getrefcount(value) > N // 2]
print("drained", ",".join(drained))
"""


def test_only_guarded_objects_lose_references_in_a_long_session():
    """A long session that watches reference counts: every object PySide6 drains must be in GUARDED."""
    from app.ui.pyside_fix import GUARDED

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", DRIFT_PROBE], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(text for text in result.stdout.splitlines() if text.startswith("drained"))
    drained = set(filter(None, line.split(" ", 1)[1].split(",")))
    assert drained <= {repr(v) for v in GUARDED}, drained


SLOT_SESSION = """
import sys
import app.ui  # installs the guard, as every GUI start does
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Sender(QObject):
    plain = Signal()
sender = Sender()
sender.plain.connect(lambda: False)
sender.plain.connect(lambda: True)
for number in range(max(sys.getrefcount(False), sys.getrefcount(True)) % (1 << 40) + 20000):
    sender.plain.emit()
print("survived")
"""


def test_slots_returning_bools_do_not_free_true_or_false():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SLOT_SESSION], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "bool_dealloc" not in result.stderr
def test_true_and_false_are_guarded_too():
    import app.ui  # noqa: F401 - installs the guards

    if sys.version_info >= (3, 12):
        return
    assert sys.getrefcount(True) > 1 << 40 and sys.getrefcount(False) > 1 << 40
