"""A lock file beside the conference file, so that two running copies never write to it at once.

``<name>.klassekonference.lock`` is a small JSON file: host name, user, process id, when this copy of the
app started, when it opened the file, and a heartbeat that is renewed every minute while the file is
open. It works across computers that share a folder (SQLite's own locks are unreliable on network shares,
and a laptop that sleeps with the file open would otherwise be overwritten when it wakes up).

- Another live copy holds the lock: :class:`FileLockedError` says who has the file open since when.
- The lock is *stale* when the copy that wrote it is gone: on this computer its process is dead, or (on
  any computer) its heartbeat is older than :data:`STALE_AFTER`. A dead process on this computer is
  certain, so that lock is taken over at once; an old heartbeat from another computer may be a laptop
  that sleeps, so the caller must ask the user and pass ``take_over=True``.
- One process may open the same file more than once (the window and a check in the same program): the
  lock is shared and counted, and released when the last holder closes. SQLite's own locking keeps
  connections inside one process apart; what the lock file adds is safety between programs and computers.
- If someone took the lock over (after our heartbeat went stale), :meth:`LockHandle.check` raises
  :class:`FileLockLostError` instead of letting this copy write over their work.
"""

from __future__ import annotations

import atexit
import errno
import json
import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.i18n import tr
from app.storage.errors import StorageError
from app.storage.lock_io import (
    age_seconds as _age_seconds,
    create_exclusively as _create_exclusively,
    host as _host,
    key as _key,
    parse as _parse,
    process_alive as _process_alive,
    replace as _replace,
    stamp as _stamp,
    user as _user,
    write_atomically as _write_atomically,
)
from app.storage.lock_messages import (
    describe_holder as describe_holder,  # re-exported
    locked_message as _locked_message,
    lost_message as _lost_message,
)

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
HEARTBEAT_SECONDS = 60.0
STALE_AFTER = timedelta(minutes=5)
FUTURE_TOLERANCE = timedelta(minutes=5)  # a heartbeat further ahead than this comes from a wrong clock
_UNREADABLE_GRACE = 5.0  # seconds: a lock file being written right now may look empty for a moment

# Who this running copy of the app is. ``token`` tells this process apart from a dead one whose id was reused.
APP_STARTED = datetime.now(UTC)
_TOKEN = uuid.uuid4().hex


class FileLockedError(StorageError):
    """The file is open in another running copy of the app. ``holder`` says who; ``stale`` whether it seems gone."""

    def __init__(self, message: str, holder: LockInfo, stale: bool):
        super().__init__(message)
        self.holder = holder
        self.stale = stale


class FileLockLostError(StorageError):
    """Another copy took the file over (this one's lock had gone stale): this copy must not write any more."""


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    app_started: datetime
    opened_at: datetime
    heartbeat: datetime
    token: str
    writer: str = ""

    def to_json(self) -> str:
        return json.dumps(
            {
                "app": "Klassekonference",
                "host": self.host,
                "user": self.user,
                "pid": self.pid,
                "app_started": _stamp(self.app_started),
                "opened_at": _stamp(self.opened_at),
                "heartbeat": _stamp(self.heartbeat),
                "token": self.token,
                "writer": self.writer,
            },
            ensure_ascii=False,
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        data = json.loads(text)
        return cls(
            host=str(data["host"]),
            user=str(data.get("user", "")),
            pid=int(data["pid"]),
            app_started=_parse(data["app_started"]),
            opened_at=_parse(data["opened_at"]),
            heartbeat=_parse(data["heartbeat"]),
            token=str(data["token"]),
            writer=str(data.get("writer", "")),
        )

    @property
    def is_this_process(self) -> bool:
        return self.token == _TOKEN

    @property
    def is_this_host(self) -> bool:
        return self.host.casefold() == _host().casefold()


def lock_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + LOCK_SUFFIX)


def read_lock(path: str | Path) -> LockInfo | None:
    """Who holds the lock on the conference file ``path`` (None if nobody, or the lock file is unreadable)."""
    try:
        return LockInfo.from_json(lock_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(info: LockInfo, now: datetime | None = None) -> bool:
    """True when the copy that wrote the lock is gone (or has not shown a sign of life for a long time)."""
    now = now or datetime.now(UTC)
    if now - info.heartbeat > STALE_AFTER:
        return True
    if info.heartbeat - now > FUTURE_TOLERANCE and not info.is_this_process:
        return True  # a heartbeat from the future: a computer with a wrong clock; it cannot show a sign of life
    if info.is_this_host:
        if info.pid == os.getpid():
            return not info.is_this_process  # our id, but another (dead) process wrote it
        return not _process_alive(info.pid)
    return False


def is_open_here(path: str | Path) -> bool:
    """Is the file open in this process (through :func:`acquire`)?"""
    with _registry_lock:
        return _key(path) in _held


# -- the lock ---------------------------------------------------------------------------------------
class _SharedLock:
    """The lock of one file in this process, shared by every store that has it open."""

    def __init__(self, path: Path, info: LockInfo):
        self.path = path
        self.info = info
        self.count = 0
        self.lost = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"lock heartbeat {path.name}", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        while not self._stop.wait(HEARTBEAT_SECONDS):
            try:
                self.refresh()
            except Exception as error:  # never let the heartbeat kill the program
                log.warning("lock heartbeat failed: %s", type(error).__name__)

    def refresh(self, now: datetime | None = None) -> bool:
        """Renew the heartbeat. Returns False (and marks the lock lost) if another copy took the file over."""
        current = read_lock(self.path)
        if current is not None and current.token != self.info.token:
            if not self.lost:
                log.warning("lock on file was taken over by another copy of the app")
            self.lost = True
            return False
        if current is None and lock_path(self.path).exists():
            return True  # being rewritten right now; try again next minute
        self.info = _replace(self.info, heartbeat=now or datetime.now(UTC))
        _write_atomically(lock_path(self.path), self.info.to_json())
        return True

    def still_ours(self) -> bool:
        if self.lost:
            return False
        current = read_lock(self.path)
        if current is not None and current.token != self.info.token:
            self.lost = True
            log.warning("lock on file was taken over by another copy of the app")
        return not self.lost

    def stop(self) -> None:
        self._stop.set()

    def remove_file(self) -> None:
        current = read_lock(self.path)
        if current is None or current.token == self.info.token:
            try:
                lock_path(self.path).unlink()
            except FileNotFoundError:
                pass
            except OSError as error:
                log.warning("lock file could not be removed: %s", type(error).__name__)


class LockHandle:
    """One holder's share of a file's lock. :meth:`release` is safe to call twice."""

    def __init__(self, shared: _SharedLock, key: str):
        self._shared = shared
        self._key = key
        self.released = False

    @property
    def path(self) -> Path:
        return self._shared.path

    @property
    def info(self) -> LockInfo:
        return self._shared.info

    @property
    def lost(self) -> bool:
        return self._shared.lost

    @property
    def open_count(self) -> int:
        """How many stores in this process hold the file open (windows of the same file)."""
        return self._shared.count

    def refresh(self, now: datetime | None = None) -> bool:
        return self._shared.refresh(now)

    def set_writer(self, writer: str) -> None:
        """Name who is writing in the lock file, so that a refused second copy can say who has the file."""
        shared = self._shared
        if self.released or shared.lost or shared.info.writer == writer:
            return
        shared.info = _replace(shared.info, writer=writer)
        try:
            if shared.still_ours():
                _write_atomically(lock_path(shared.path), shared.info.to_json())
        except OSError as error:
            log.warning("lock file could not be updated: %s", type(error).__name__)

    def check(self) -> None:
        """Raise :class:`FileLockLostError` if another copy of the app has taken the file over."""
        if not self.released and not self._shared.still_ours():
            current = read_lock(self.path)
            raise FileLockLostError(_lost_message(self.path, current))

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        with _registry_lock:
            shared = _held.get(self._key)
            if shared is not self._shared:
                return
            shared.count -= 1
            if shared.count > 0:
                return
            del _held[self._key]
        self._shared.stop()
        self._shared.remove_file()


_registry_lock = threading.RLock()
_held: dict[str, _SharedLock] = {}


def acquire(path: str | Path, *, take_over: bool = False, exclusive: bool = False) -> LockHandle:
    """Lock the conference file ``path`` for writing by this process.

    Raises :class:`FileLockedError` when another live copy of the app holds it, or when its lock is
    stale but may belong to a sleeping computer and ``take_over`` is False. ``exclusive=True`` also
    refuses a file that this process already has open (for replacing the file, e.g. restoring a backup).
    """
    path = Path(path)
    key = _key(path)
    with _registry_lock:
        shared = _held.get(key)
        if shared is None:
            try:
                info = _take(path, take_over)
            except OSError as error:  # the folder cannot be written to (read-only stick, vanished share)
                log.warning("lock file could not be written: %s", type(error).__name__)
                if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
                    raise StorageError(
                        tr(
                            "lock",
                            "“{name}” cannot be opened for writing because the disk is full. Free some space "
                            "(empty the recycle bin, delete large files), then open it again. Nothing has been lost.",
                        ).format(name=path.name)
                    ) from error
                raise StorageError(
                    tr(
                        "lock",
                        "“{name}” cannot be opened for writing: its folder is read-only or cannot be reached. Copy "
                        "the file to a folder you can write in, and open it there.",
                    ).format(name=path.name)
                ) from error
            shared = _SharedLock(path, info)
            shared.count = 1
            _held[key] = shared
            return LockHandle(shared, key)
        if exclusive:
            raise FileLockedError(
                tr("lock", "“{name}” is open in this window. Close the file first.").format(name=path.name),
                shared.info,
                stale=False,
            )
        shared.count += 1
        return LockHandle(shared, key)


def _take(path: Path, take_over: bool) -> LockInfo:
    target = lock_path(path)
    for _attempt in range(5):
        now = datetime.now(UTC)
        mine = LockInfo(
            host=_host(), user=_user(), pid=os.getpid(), app_started=APP_STARTED,
            opened_at=now, heartbeat=now, token=_TOKEN,
        )
        if _create_exclusively(target, mine.to_json()):
            return mine
        holder = read_lock(path)
        if holder is None:
            age = _age_seconds(target)
            if age is None:
                continue  # it vanished meanwhile: try again
            if age < _UNREADABLE_GRACE:
                time.sleep(0.05)
                continue
            log.info("taking over an unreadable lock file")
            _write_atomically(target, mine.to_json())
        elif holder.token == _TOKEN:
            # Our own lock, left by a store of this process that was not closed: take it back.
            _write_atomically(target, mine.to_json())
        elif is_stale(holder, now):
            certain = holder.is_this_host and not (holder.pid != os.getpid() and _process_alive(holder.pid))
            if not (certain or take_over):
                raise FileLockedError(_locked_message(path, holder, stale=True), holder, stale=True)
            log.info("taking over a stale lock (same host: %s)", holder.is_this_host)
            _write_atomically(target, mine.to_json())
        else:
            raise FileLockedError(_locked_message(path, holder, stale=False), holder, stale=False)
        current = read_lock(path)
        if current is not None and current.token == _TOKEN:
            return mine
    holder = read_lock(path)
    if holder is None:
        raise StorageError(
            tr("lock", "“{name}” could not be locked for writing. Try again in a moment.").format(name=path.name)
        )
    raise FileLockedError(_locked_message(path, holder, stale=False), holder, stale=False)


@atexit.register
def _release_all() -> None:
    """At a normal exit, remove this process's lock files (a crash leaves them; they are then stale)."""
    with _registry_lock:
        held = list(_held.values())
        _held.clear()
    for shared in held:
        shared.stop()
        shared.remove_file()


def _reset_after_fork() -> None:  # a forked child holds none of its parent's locks
    global _TOKEN, APP_STARTED, _registry_lock
    _registry_lock = threading.RLock()
    _held.clear()
    _TOKEN = uuid.uuid4().hex
    APP_STARTED = datetime.now(UTC)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)
