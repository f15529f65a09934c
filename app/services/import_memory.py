"""Remembered column choices for imports, per "file shape" (the file's normalized header names).

Kept in a small JSON file in the user's settings folder (not in the school's file: the same export from
the school's administration system is read into many files). Only header names and column numbers are
stored, never a pupil's data. A damaged or missing settings file simply means nothing is remembered.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from app import APP_NAME

FILE_NAME = "import_mappings.json"
MAX_REMEMBERED = 50  # per kind of import; the oldest are forgotten first


def default_memory_path() -> Path:
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / FILE_NAME


def _signature(value) -> tuple:
    """The outline of a cell: how many words, which start with a capital letter, commas, digits."""
    text = "" if value is None else str(value).strip()
    words = re.split(r"[\s-]+", text)
    return (len(words), tuple(w[:1].isupper() for w in words), "," in text, any(c.isdigit() for c in text))


def looks_like_data_row(headers: list[str], rows: list[list], *, share: float = 0.5) -> bool:
    """Whether a "header" row that no known header name was found in is really data (a pupil): some
    filled cell has the outline of most of its column's values ("Clara" above "Sofie", "Nielsen" above
    "Lund"), where a real header ("Barn" above "Ærø, Åse") does not. Then it must not be remembered."""
    for column, header in enumerate(headers):
        if not str(header or "").strip():
            continue
        values = [row[column] for row in rows if column < len(row) and str(row[column] or "").strip()]
        if not values:
            continue
        outline = _signature(header)
        if sum(1 for value in values if _signature(value) == outline) > share * len(values):
            return True
    return False


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

    def forget_words(self, words) -> int:
        """Forget every remembered file shape with a header that is one of ``words`` (normalized name parts
        of an erased pupil: a header row that was really a pupil). Returns how many were forgotten; raises
        OSError when the settings file cannot be rewritten (the caller reports what remains)."""
        from app.domain.mentions import normalize

        words = {normalize(w) for w in words if w}
        data = self._load()
        forgotten = 0
        for entries in list(data.values()):
            if not isinstance(entries, dict):
                continue
            for key in list(entries):
                try:
                    headers = json.loads(key)
                except ValueError:
                    headers = [key]
                found = {normalize(part) for header in headers if isinstance(header, str)
                         for part in header.replace("-", " ").split()}
                if found & words or any(normalize(str(h)) in words for h in headers):
                    del entries[key]
                    forgotten += 1
        if forgotten:
            self._write(data)
        return forgotten

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
            self._write(data)
        except OSError:
            pass

    def _write(self, data: dict) -> None:
        if not data and not self.path.exists():
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".import_mappings", dir=self.path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False, indent=1)
            os.replace(temporary, self.path)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            raise
