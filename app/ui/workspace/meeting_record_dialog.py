"""The referat of the meeting beyond the pupils: a short referat or decision per agenda item, "Eventuelt",
the next meeting's date, and the approval and distribution of the referat. Printed in the referat."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from app.domain.conference import is_editable
from app.domain.formatting import PICKER_DATE
from app.services import conferences as conference_service
from app.ui.action import run_action
from app.ui.dialog_keys import save_cancel_frame
from app.ui.user_dialogs import dialogs_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingRecordDialog", text)


def _to_qdate(day: date | None) -> QDate:
    day = day or date.today()
    return QDate(day.year, day.month, day.day)


def _from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _OptionalDate(QWidget):
    """A date that may be left out: a check box and a date picker (dd.mm.åååå)."""

    def __init__(self, label: str, day: date | None, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(label)
        self.check.setChecked(day is not None)
        self.picker = QDateEdit(_to_qdate(day))
        self.picker.setDisplayFormat(PICKER_DATE)
        self.picker.setCalendarPopup(True)
        self.picker.setEnabled(day is not None)
        self.check.toggled.connect(self.picker.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.picker)
        layout.addStretch(1)

    def value(self) -> date | None:
        return _from_qdate(self.picker.date()) if self.check.isChecked() else None


class MeetingRecordDialog(QDialog):
    def __init__(self, store, conference, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Minutes of the meeting"))
        self.store, self.conference = store, conference
        self.meeting_open = is_editable(conference.status)
        self.items = conference_service.agenda_of(store, conference)
        body = QWidget()
        form = QFormLayout(body)
        self.item_edits: list[QPlainTextEdit] = []
        for number, item in enumerate(self.items, start=1):
            edit = QPlainTextEdit(item.minutes)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(52)
            edit.setAccessibleName(_tr("Minutes or decision: {item}").format(item=item.title))
            edit.setReadOnly(not self.meeting_open)
            self.item_edits.append(edit)
            form.addRow(f"{number}. {item.title}", edit)
        self.other_business = QPlainTextEdit(conference.any_other_business)
        self.other_business.setTabChangesFocus(True)
        self.other_business.setFixedHeight(52)
        self.other_business.setAccessibleName(_tr("Any other business"))
        self.other_business.setReadOnly(not self.meeting_open)
        form.addRow(_tr("Any other business"), self.other_business)
        self.next_meeting = _OptionalDate(_tr("Fixed"), conference.next_meeting_on)
        self.next_meeting.setEnabled(self.meeting_open)
        form.addRow(_tr("Next meeting"), self.next_meeting)
        self.approved_by = QLineEdit(conference.approved_by)
        self.approved_by.setAccessibleName(_tr("Approved by"))
        form.addRow(_tr("Approved by"), self.approved_by)
        self.approved_on = _OptionalDate(_tr("Approved"), conference.approved_on)
        form.addRow(_tr("Approved on"), self.approved_on)
        self.distribution = QLineEdit(conference.distribution)
        self.distribution.setAccessibleName(_tr("Distribution"))
        self.distribution.setPlaceholderText(_tr("Who receives the minutes, e.g. the team and the head of school"))
        form.addRow(_tr("Distribution"), self.distribution)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        hint = (_tr("Written in the meeting and printed in the minutes. After the meeting is closed only the "
                    "approval and the distribution can be changed. Ctrl+Enter saves.")
                if self.meeting_open else
                _tr("The meeting is closed: only the approval and the distribution can be changed. "
                    "Ctrl+Enter saves."))
        self.error = save_cancel_frame(self, hint, scroll)
        self.resize(620, 560)
        self._at_start = self._values()

    def _values(self) -> tuple:
        return (tuple(e.toPlainText() for e in self.item_edits), self.other_business.toPlainText(),
                self.next_meeting.value(), self.approved_by.text(), self.approved_on.value(), self.distribution.text())

    def accept(self) -> None:
        if run_action(self._store, self.error.setText):
            super().accept()

    def _store(self) -> None:
        if self.meeting_open:
            for item, edit in zip(self.items, self.item_edits):
                if edit.toPlainText() != item.minutes:
                    conference_service.set_item_minutes(self.store, self.conference, item, edit.toPlainText())
            self.conference = conference_service.set_meeting_record(
                self.store, self.conference, any_other_business=self.other_business.toPlainText(),
                next_meeting_on=self.next_meeting.value())
        self.conference = conference_service.set_meeting_record(
            self.store, self.conference, approved_by=self.approved_by.text().strip(),
            approved_on=self.approved_on.value(), distribution=self.distribution.text().strip())

    def reject(self) -> None:
        """Esc or Annuller: typed text is never thrown away without asking."""
        if self._values() != self._at_start:
            answer = dialogs_for(self).ask(
                _tr("Throw away the changes?"),
                _tr("You have typed something that is not saved. Throw it away?"),
                default_yes=False)
            if not answer:
                return
        super().reject()

    @classmethod
    def edit(cls, workspace) -> bool:
        dialog = cls(workspace.store, workspace.conference, workspace)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        if accepted:
            workspace.conference = dialog.conference
        dialog.deleteLater()
        workspace.window().activateWindow()
        if accepted:
            workspace.refresh()
        return accepted
