"""The app's own log file: what happened, never whom it was about.

A rotating file in the user's log folder (``platformdirs.user_log_dir("Klassekonference")``, or the
environment variable ``KLASSEKONFERENCE_LOG_DIR``, or ``folder``). Only the app's loggers (``app.*``)
write to it. The rule for every log call in the app: ids, counts, operation names and error *classes*
only — never a pupil's name, a note's text or an error message (messages may quote what the user typed).
The formatter enforces the last part: a logged exception shows where it happened (file, line, function)
and its class, not its message or source lines.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import traceback
from pathlib import Path

APP_DIR_NAME = "Klassekonference"
LOG_DIR_ENV = "KLASSEKONFERENCE_LOG_DIR"
LOG_FILE_NAME = "klassekonference.log"
LOGGER_NAME = "app"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3

_handler: logging.Handler | None = None
_previous_hook = None


def log_folder() -> Path:
    if os.environ.get(LOG_DIR_ENV):
        return Path(os.environ[LOG_DIR_ENV])
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False))


class PrivacyFormatter(logging.Formatter):
    """Exceptions appear as their traceback and class name only: ``sqlite3.OperationalError``, no message."""

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        exc_type, exc, tb = ei
        return "".join(_without_messages(exc_type, exc, tb)).rstrip("\n")


def _without_messages(exc_type, exc, tb, seen=None) -> list[str]:
    seen = seen if seen is not None else set()
    lines: list[str] = []
    if exc is not None:
        seen.add(id(exc))
        cause = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        if cause is not None and id(cause) not in seen:
            lines += _without_messages(type(cause), cause, cause.__traceback__, seen)
            lines.append("\n(caused the following)\n\n")
    lines.append("Traceback (most recent call last):\n")
    # Where, not what: file, line and function, without the source line (it may hold a literal text).
    lines += [
        f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n' for frame in traceback.extract_tb(tb)
    ]
    name = getattr(exc_type, "__qualname__", str(exc_type))
    module = getattr(exc_type, "__module__", "")
    lines.append(f"{module + '.' if module not in ('builtins', '') else ''}{name}\n")
    return lines


def setup_logging(folder: str | Path | None = None, level: int = logging.INFO, *, install_hook: bool = True) -> Path:
    """Start writing the app's log (again, if called twice). Returns the log file's path."""
    global _handler, _previous_hook
    target_folder = Path(folder) if folder is not None else log_folder()
    target_folder.mkdir(parents=True, exist_ok=True)
    path = target_folder / LOG_FILE_NAME
    shutdown_logging()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setFormatter(PrivacyFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger(LOGGER_NAME)
    logger.addHandler(handler)
    logger.setLevel(level)
    _handler = handler
    if install_hook and _previous_hook is None:
        _previous_hook = sys.excepthook
        sys.excepthook = _log_uncaught
    from app import __version__

    logger.info("log started (version %s, pid %d)", __version__, os.getpid())
    return path


def shutdown_logging() -> None:
    """Stop writing the log file (closes it)."""
    global _handler, _previous_hook
    if _handler is not None:
        logging.getLogger(LOGGER_NAME).removeHandler(_handler)
        _handler.close()
        _handler = None
    if _previous_hook is not None:
        sys.excepthook = _previous_hook
        _previous_hook = None


def _log_uncaught(exc_type, exc, tb) -> None:
    logging.getLogger(LOGGER_NAME).critical("uncaught %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
    if _previous_hook is not None:
        _previous_hook(exc_type, exc, tb)
