"""One user action from a screen: a service call whose expected failures are reported once, calmly.

Like Anki's ``CollectionOp``: a view runs a service call through :func:`run_action` instead of writing its own
``try/except (RuleError, StorageError)``. A rule broken ("the deadline is before the meeting") or a disk that
failed ("the file could not be saved") reaches the user as the service's Danish sentence, through the
``report`` the view chooses (its error label, its ``failed`` signal, a message box); nothing was stored, since a
service changes the file in one transaction. Anything else is a bug and is not hidden: it goes on to the
error hook.

Views refresh themselves from :class:`TableChanges`: the store tells its listeners which tables each
operation changed (also undo and redo), and ``TableChanges.changed`` carries those names to Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from app.domain.base import RuleError
from app.storage.errors import StorageError
from app.storage.store import Store

T = TypeVar("T")

# What a user can cause and read about: a rule of the domain, or the file and the disk.
USER_ERRORS: tuple[type[Exception], ...] = (RuleError, StorageError)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What an action gave: its value, or the message that was reported. True when it succeeded."""

    value: T | None = None
    error: str | None = None

    def __bool__(self) -> bool:
        return self.error is None


def run_action(call: Callable[[], T], report: Callable[[str], object] | None = None, *,
               also: tuple[type[Exception], ...] = ()) -> Outcome[T]:
    """Run ``call``; a RuleError or StorageError (or one of ``also``) is given to ``report`` once as its
    message and returned as a failed :class:`Outcome`. Other exceptions are bugs and propagate."""
    try:
        return Outcome(value=call())
    except (*USER_ERRORS, *also) as error:  # a rule or the disk: shown, nothing stored; a bug is not hidden
        message = str(error)
        if report is not None:
            report(message)
        return Outcome(error=message)


class TableChanges(QObject):
    """The names of the tables each stored operation changed, as a Qt signal (one per open file)."""

    changed = Signal(frozenset)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        store.listeners.append(self._committed)

    def _committed(self, operation) -> None:
        self.changed.emit(frozenset(operation.changed_tables))

    def detach(self) -> None:
        if self._committed in self.store.listeners:
            self.store.listeners.remove(self._committed)
