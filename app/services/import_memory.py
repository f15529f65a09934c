"""Remembered column choices for imports, per "file shape" (the file's normalized header names).

Kept in a small JSON file in the user's settings folder (not in the school's file: the same export from
the school's administration system is read into many files). Only header names and column numbers are
stored, never a pupil's data. A damaged or missing settings file simply means nothing is remembered.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from app import APP_NAME

FILE_NAME = "import_mappings.json"
MAX_REMEMBERED = 50  # per kind of import; the oldest are forgotten first


def default_memory_path() -> Path:
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def shape_key(shape: tuple[str, ...]) -> str:
    return json.dumps(list(shape), ensure_ascii=False)


class ImportMemory:
    """``recall(kind, shape)`` -> {field: column} or None; ``remember(kind, shape, columns)``."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else default_memory_path()

    def _load(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def recall(self, kind: str, shape: tuple[str, ...] | None) -> dict[str, int | None] | None:
        if not shape:
            return None
        entry = self._load().get(kind, {}).get(shape_key(shape))
        if not isinstance(entry, dict):
            return None
        width = len(shape)
        columns: dict[str, int | None] = {}
        for name, column in entry.items():
            if column is None or (isinstance(column, int) and 0 <= column < width):
                columns[str(name)] = column
        return columns

    def remember(self, kind: str, shape: tuple[str, ...] | None, columns: dict[str, int | None]) -> None:
        """Store the choice; never raises (a read-only settings folder only means nothing is remembered)."""
        if not shape:
            return
        data = self._load()
        entries = data.get(kind)
        if not isinstance(entries, dict):
            entries = {}
        key = shape_key(shape)
        entries.pop(key, None)
        entries[key] = {name: column for name, column in columns.items()}
        while len(entries) > MAX_REMEMBERED:
            entries.pop(next(iter(entries)))
        data[kind] = entries
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".import_mappings", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, indent=1)
            os.replace(temporary, self.path)
        except OSError:
            pass
