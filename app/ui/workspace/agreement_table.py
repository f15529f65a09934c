"""A table of agreements that can be corrected: Enter, double-click or the context menu (also the Menu key)
open the agreement in the same dialog it was made in, to correct or delete it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.ui.workspace.models import ObjectRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementTable", text)


def configure_table(view: QTableView, model, accessible: str) -> QTableView:
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab and Shift+Tab leave the table; the arrow keys move in it
    view.verticalHeader().setVisible(False)
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setAlternatingRowColors(True)
    return view


class AgreementTable(QTableView):
    edit_requested = Signal(object)  # Agreement

    def __init__(self, model, accessible: str, parent=None, *, editable: bool = True):
        super().__init__(parent)
        configure_table(self, model, accessible)
        self.can_edit = editable
        if editable:
            self.activated.connect(lambda index: self._request(index.row()))
            self.edit_action = QAction(_tr("Correct agreement…"), self)
            self.edit_action.triggered.connect(lambda: self._request(self.currentIndex().row()))
            self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            self.addAction(self.edit_action)

    def current_agreement(self):
        index = self.currentIndex()
        return self.model().index(index.row(), 0).data(ObjectRole) if index.isValid() else None

    def _request(self, row: int) -> None:
        if 0 <= row < self.model().rowCount():
            self.edit_requested.emit(self.model().index(row, 0).data(ObjectRole))
