"""A guard against a PySide6 6.12 bug that would crash the app minutes into a meeting.

On Python 3.11, PySide6 6.12.0 drops one reference to ``None`` every time Python calls a Qt method that
returns nothing (``setText``, ``setReadOnly``, ...) and every time a Python override returns ``None`` to Qt.
``None``'s reference count falls by one per call until CPython frees ``None`` and aborts with
"none_dealloc: deallocating None". Python 3.12 made ``None`` immortal; this gives it the same protection
on 3.11: a reference count so large that no meeting can use it up. ``None`` is a static object that is
never freed in a working program, so the extra count changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

_SPARE_REFERENCES = 1 << 48  # at a million leaked references a second: about nine years


def guard_none_refcount() -> bool:
    """Make ``None`` effectively immortal on Python < 3.12. Returns True when it did anything."""
    if sys.version_info >= (3, 12) or getattr(sys, "_klassekonference_none_guard", False):
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    refcount.value += _SPARE_REFERENCES
    sys._klassekonference_none_guard = True
    return True


def guard_bool_refcounts() -> bool:
    """The same protection for ``True`` and ``False`` (issue 18): with the help menu, drops, progress and the
    dark-mode charts in one long session, a test run ended in "bool_dealloc: deallocating True or False" while
    the interpreter shut down, a reference dropped by a C extension as with ``None``. Like ``None``, both are
    static objects that are never freed in a working program. Returns True when it did anything."""
    if sys.version_info >= (3, 12) or getattr(sys, "_klassekonference_bool_guard", False):
        return False
    for value in (True, False):
        ctypes.c_ssize_t.from_address(id(value)).value += _SPARE_REFERENCES
    sys._klassekonference_bool_guard = True
    return True
