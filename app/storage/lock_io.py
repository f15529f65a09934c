"""The lock file's small helpers (see lock.py): who and where this copy of the app is, timestamps, writing a
file atomically or only if it does not exist yet, and whether a process is still alive."""

from __future__ import annotations

import getpass
import os
import socket
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path


def key(path: str | Path) -> str:
    return os.path.normcase(os.path.realpath(os.fspath(path)))


def host() -> str:
    try:
        return socket.gethostname() or "?"
    except OSError:  # pragma: no cover
        return "?"


def user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment
        return ""


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse(text: str) -> datetime:
    moment = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def replace(info, **changes):
    from dataclasses import replace

    return replace(info, **changes)


def age_seconds(path: Path) -> float | None:
    try:
        return max(0.0, time.time() - path.stat().st_mtime)
    except OSError:
        return None


def create_exclusively(target: Path, text: str) -> bool:
    """Write ``target`` with its whole content only if it does not exist (never a half-written lock)."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")  # inside the try: a full disk leaves no temp file
        try:
            os.link(temporary, target)  # atomic: fails if the lock exists
            return True
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create, then write
            try:
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                return False
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            return True
    finally:
        try:
            temporary.unlink()
        except OSError:
            pass


def write_atomically(target: Path, text: str) -> None:
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except BaseException:
        try:
            temporary.unlink()
        except OSError:
            pass
        raise


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    # A zombie (dead, not yet reaped by its parent) still has its id; it writes nothing any more.
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            state = handle.read().rsplit(b")", 1)[1].split()[0]
        return state not in (b"Z", b"X")
    except (OSError, IndexError):
        return True
