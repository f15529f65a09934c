"""Undo and redo of every change: each committed operation becomes one QUndoCommand with its readable name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.storage.store import Operation, Store


def _tr(text: str) -> str:
    return QCoreApplication.translate("Undo", text)


class _OperationCommand(QUndoCommand):
    def __init__(self, controller: UndoController, operation: Operation):
        super().__init__(operation.name)
        self.controller = controller
        self.operation_id = operation.id
        self.undo_id: str | None = None
        self.first = True

    def undo(self) -> None:
        self.undo_id = self.controller.replay(
            lambda: self.controller.store.revert(self.operation_id, _tr("Undo: {name}").format(name=self.text()))
        )

    def redo(self) -> None:
        if self.first:  # the operation already happened when it was pushed
            self.first = False
            return
        if self.undo_id:
            self.operation_id = self.controller.replay(
                lambda: self.controller.store.revert(self.undo_id, self.text())
            )


class UndoController(QObject):
    """Listens to the store; pushes each user operation onto a QUndoStack. Undo writes a logged reverse."""

    changed = Signal()  # data changed through undo or redo: views reload

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.stack = QUndoStack(self)
        self._replaying = False
        store.listeners.append(self._committed)

    def _committed(self, operation: Operation) -> None:
        if not self._replaying and operation.undoable:
            self.stack.push(_OperationCommand(self, operation))

    def replay(self, action) -> str:
        self._replaying = True
        try:
            result = action()
        finally:
            self._replaying = False
        self.changed.emit()
        return result

    def detach(self) -> None:
        if self._committed in self.store.listeners:
            self.store.listeners.remove(self._committed)
        self.stack.clear()
