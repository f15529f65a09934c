"""Who is present at the meeting and who sent apologies (afbud): a list with a check box per participant
(Space ticks, Ctrl+Enter saves). Printed in the minutes as "Til stede" and "Afbud"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from app.domain.school import role_label
from app.services import conferences as conference_service
from app.ui.action import run_action
from app.ui.dialog_keys import save_cancel_frame
from app.ui.models import CheckableListModel, CheckListView


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceDialog", text)


class AttendanceDialog(QDialog):
    def __init__(self, store, conference, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Participants and apologies"))
        self.store, self.conference = store, conference
        self.participants = conference_service.participants_of(store, conference)
        present = {p.id for p in self.participants if p.present}
        self.model = CheckableListModel(
            self.participants, lambda p: f"{p.name} ({role_label(p.role)})", present, self)
        self.list = CheckListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(_tr("Participants: ticked is present, not ticked sent apologies"))
        self.error = save_cancel_frame(self, _tr("Tick who is present; remove the tick for those who sent apologies "
                                                 "(Space). Ctrl+Enter saves."), self.list)
        self.resize(460, 380)
        if self.participants:
            self.list.setCurrentIndex(self.model.index(0))
        self.list.setFocus()

    def accept(self) -> None:
        chosen = {p.id for p in self.model.chosen()}
        if not run_action(lambda: conference_service.set_attendance(
                self.store, self.conference, {p.id: p.id in chosen for p in self.participants}), self.error.setText):
            return
        super().accept()

    @classmethod
    def edit(cls, workspace) -> bool:
        dialog = cls(workspace.store, workspace.conference, workspace)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        workspace.window().activateWindow()
        if accepted:
            workspace.refresh()
        return accepted
