"""A guard against a PySide6 6.12 bug that would crash the app minutes into a meeting.

On Python 3.11, PySide6 6.12.0 drops one reference to ``None`` every time Python calls a Qt method that
returns nothing (``setText``, ``setReadOnly``, ...) and every time a Python override returns ``None`` to Qt,
and one reference to ``True`` or ``False`` every time a Python slot returns a bool (``lambda: self.save()``).
The count falls by one per call until CPython frees the object and aborts with "none_dealloc" or
"bool_dealloc". Python 3.12 made these objects immortal; this gives them the same protection on 3.11: a
reference count so large that no meeting can use it up. They are static objects that are never freed in a
working program, so the extra count changes nothing else.

Which objects the bug drains was found by a long session that watches reference counts
(tests/ui/test_pyside_fix.py checks that no other object drifts). The installer is built with the Python that
runs PyInstaller (3.11 in CI); the guard does nothing on 3.12 and newer.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 48  # at a million leaked references a second: about nine years
GUARDED = (None, True, False)  # every object the bug was seen to drain


def guard_refcounts() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on Python < 3.12. True when it did anything."""
    if sys.version_info >= (3, 12) or getattr(sys, "_klassekonference_refcount_guard", False):
        return False
    for value in GUARDED:
        refcount = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt is the first field of every object
        refcount.value += _SPARE_REFERENCES
    sys._klassekonference_refcount_guard = True  # type: ignore[attr-defined]  # a mark on the interpreter
    return True


guard_none_refcount = guard_refcounts  # the older name
