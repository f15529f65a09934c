"""The quick integrity check of a freshly opened file, in the background (it takes about 0.4 s on a large
school, too long to keep the first window waiting). A damaged file becomes read-only at once and the user
is offered the restore dialog."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.services import files
from app.storage.database import damaged_message
from app.ui.user_dialogs import NO, YES, dialogs_for

POLL_MS = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("DamageWatch", text)


class DamageWatch(QObject):
    def __init__(self, window, store, passphrase: str | None, restore) -> None:
        super().__init__(window)
        self.window = window
        self.store = store
        self.restore = restore
        self.result: bool | None = None
        self._thread = threading.Thread(
            target=self._run, args=(store.path, passphrase), name="quick check", daemon=True
        )
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._thread.start()
        self._timer.start()

    def _run(self, path, passphrase) -> None:
        try:
            self.result = files.is_damaged(path, passphrase)
        except Exception:  # never let the check itself break the window
            self.result = False

    def wait(self, timeout: float = 10.0) -> None:
        """For tests: let the check finish and its result be shown."""
        self._thread.join(timeout)
        self._poll()

    def _poll(self) -> None:
        if self.result is None:
            return
        self._timer.stop()
        if not self.result or self.window.store is not self.store:
            return
        self.store.damaged = True  # from now on every change is refused: nothing writes into a damaged file
        answer = dialogs_for(self.window).choose(
            _tr("The file is damaged"),
            damaged_message(self.store.path.name) + "\n\n"
            + _tr("The file stays open for reading only. Restore the newest good backup now?"),
            (YES, NO), icon="warning",
        )
        if answer == YES:
            self.restore()
