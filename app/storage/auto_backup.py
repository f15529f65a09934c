"""The automatic backups of one open file (at opening, every ten minutes, at closing): when one is due, and
the work of making it beside the window. The backup files themselves are :mod:`app.storage.backups`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from app.storage import backups, change_log
from app.storage.backups import (
    REASON_CLOSE,
    REASON_OPEN,
    REASON_TIMER,
)
from app.storage.database import DATABASE_ERRORS
from app.storage.store import Store

log = logging.getLogger(__name__)


class AutoBackup:
    """The automatic backups of one open file. The GUI calls :meth:`on_open` after opening, :meth:`tick`
    every :data:`BACKUP_INTERVAL_MINUTES` minutes from a QTimer, and :meth:`on_close` before closing.
    Failures are logged and returned as None: a failed backup never stops the meeting."""

    OPEN, TIMER, CLOSE = REASON_OPEN, REASON_TIMER, REASON_CLOSE

    def __init__(self, store: Store, root: str | Path | None = None, clock: Callable[[], datetime] = datetime.now):
        self.store = store
        self.root = root
        self.clock = clock
        self._backed_up_change: object = None
        self.last_error: BaseException | None = None

    def _latest_change(self):
        return change_log.latest_change_id(self.store)

    def changed_since_backup(self) -> bool:
        return self._latest_change() != self._backed_up_change

    def backup(self, reason: str) -> Path | None:
        if getattr(self.store, "damaged", False):  # a damaged file must not push good backups out of the list
            return None
        return self._attempt(reason, lambda: (
            self._latest_change(), backups.make_backup(self.store, reason, self.root, now=self.clock())))

    def _attempt(self, reason: str, make: Callable[[], tuple[object, Path]]) -> Path | None:
        """Run ``make`` (the change it backs up, and the backup made); a failure is logged and gives None."""
        try:
            latest, made = make()
        except Exception as error:
            self.last_error = error
            log.error("backup failed (%s): %s", reason, type(error).__name__)
            return None
        self._backed_up_change = latest
        self.last_error = None
        return made

    def on_open(self) -> Path | None:
        return self.backup(REASON_OPEN)

    def can_run_beside(self) -> bool:
        """Whether a backup can read the file beside the window's connection without holding up its saving
        (WAL mode; a file on a drive without WAL support is in rollback-journal mode)."""
        try:
            return self.store.conn is not None and str(self.store.scalar("PRAGMA journal_mode")).lower() == "wal"
        except DATABASE_ERRORS:  # a damaged or vanished file: the backup in the GUI thread says what failed
            return False

    def background_work(self, reason: str) -> Callable[[], Path | None] | None:
        """The backup as work for a background thread, or None when there is nothing to do (nothing changed
        since the last backup, except at opening; a damaged file) or it cannot run beside the window (a file
        not in WAL mode, where a reader would hold up the window's saving: :meth:`backup` then). The work
        reads the file through a connection of its own; failures are logged and give None, as
        :meth:`backup`. Call it in the GUI thread; run what it returns in any thread."""
        if self.store.conn is None or getattr(self.store, "damaged", False):
            return None
        if not self.can_run_beside():
            return None
        try:
            if reason != REASON_OPEN and not self.changed_since_backup():
                return None
            latest = self._latest_change()
        except DATABASE_ERRORS as error:
            self.last_error = error
            return None
        try:
            self.store.checkpoint()  # the WAL into the file, so the reader has little to merge
        except DATABASE_ERRORS as error:
            log.info("checkpoint before backup skipped: %s", type(error).__name__)
        path, passphrase = self.store.path, self.store.passphrase if self.store.encrypted else None
        moment = self.clock()

        def work() -> Path | None:
            return self._attempt(reason, lambda: (
                latest, backups.make_backup_from_file(path, passphrase, reason, self.root, now=moment)))

        return work

    def tick(self) -> Path | None:
        """Back up if anything changed since the last backup (call every 10 minutes)."""
        if self.store.conn is None or not self.changed_since_backup():
            return None
        return self.backup(REASON_TIMER)

    def on_close(self) -> Path | None:
        """Back up before the file is closed, if anything changed since the last backup."""
        if self.store.conn is None or not self.changed_since_backup():
            return None
        return self.backup(REASON_CLOSE)


# -- restoring ----------------------------------------------------------------------------------------
