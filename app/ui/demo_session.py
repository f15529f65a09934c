"""The demo school, opened from the window or with ``--demo``: a fresh copy that leaves no trace.

Each copy lives in its own temporary folder (``klassekonference-demo-…``). The folder, the copy's lock file
and its automatic backups are removed when the program ends (also after Ctrl+C or a polite ``kill``, see
:func:`app.ui.application.run`). With ``--demo`` the program's settings (recent files, who is writing,
window size, language) are kept in that temporary folder too, so the user's own settings are untouched.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from app.storage.database import FILE_SUFFIX

FOLDER_PREFIX = "klassekonference-demo-"
_copies: dict[Path, float] = {}  # the demo files made by this process -> when they were made
_session_folder: Path | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def demo_copy(today: date | None = None) -> Path:
    """Build a fresh copy of the demo school in a new temporary folder; removed when the program ends."""
    from app.services.demo import build_demo

    folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX))
    if not _copies and _session_folder is None:
        atexit.register(remove_demo_copies)
    path = folder / (_tr("Demo school") + FILE_SUFFIX)
    _copies[path] = time.time()
    build_demo(path, today=today)
    return path


def is_demo_copy(path: str | Path) -> bool:
    return any(Path(path).resolve() == copy.resolve() for copy in _copies)


def start_demo_session() -> Path:
    """For ``--demo``: keep this run's settings and backups in a temporary folder, removed at the end."""
    global _session_folder
    if _session_folder is None:
        _session_folder = Path(tempfile.mkdtemp(prefix=FOLDER_PREFIX + "settings-"))
        if not _copies:
            atexit.register(remove_demo_copies)
        for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, str(_session_folder))
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        from app.storage.backups import BACKUP_DIR_ENV

        os.environ[BACKUP_DIR_ENV] = str(_session_folder / "backups")
    return _session_folder


def remove_demo_copies() -> None:
    """Delete every demo copy of this process with its folder, lock file and backups (idempotent)."""
    global _session_folder
    from app.storage.backups import backup_folder

    for path, made in list(_copies.items()):
        _remove_backups_since(backup_folder(path), made)
        shutil.rmtree(path.parent, ignore_errors=True)
        del _copies[path]
    if _session_folder is not None:
        shutil.rmtree(_session_folder, ignore_errors=True)
        _session_folder = None


def _remove_backups_since(folder: Path, made: float) -> None:
    """The demo copy's backups: the files in its backup folder written since the copy was made (a real file
    with the same name keeps its older backups)."""
    try:
        for item in folder.iterdir():
            if item.is_file() and item.stat().st_mtime >= made - 1:
                item.unlink()
        folder.rmdir()
    except OSError:
        pass  # missing, or a real file's backups are left in it


DEMO_ONLY_PREFIXES = ("meeting/",)  # app.ui.meeting_recovery: where the demo's meeting was
DEMO_ONLY_KEYS = ("writer",)  # MainWindow's WRITER_KEY: a demo teacher must not become the remembered writer


class DemoAwareSettings:
    """The window's settings, except that choices about the demo school's own people ("who is writing") made
    while a demo copy is open stay in memory: opening the demo from the welcome page leaves no trace."""

    def __init__(self, settings, window):
        self._settings = settings
        self._window = window
        self._held: dict[str, object] = {}

    def _demo_open(self) -> bool:
        store = getattr(self._window, "store", None)
        return store is not None and is_demo_copy(store.path)

    def setValue(self, key, value) -> None:  # noqa: N802 - QSettings' name
        if (key in DEMO_ONLY_KEYS or str(key).startswith(DEMO_ONLY_PREFIXES)) and self._demo_open():
            self._held[key] = value
        else:
            self._settings.setValue(key, value)

    def value(self, key, *args, **kwargs):
        if key in DEMO_ONLY_KEYS and self._demo_open() and key in self._held:
            return self._held[key]
        return self._settings.value(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._settings, name)


def keep_demo_out_of_settings(window) -> None:
    if not isinstance(window.settings, DemoAwareSettings):
        window.settings = DemoAwareSettings(window.settings, window)
