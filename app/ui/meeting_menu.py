"""The Konference menu: every step and action of the meeting has an entry and a shortcut, so that a whole
meeting runs from the keyboard. The actions live on the main window (they work on every part of it) and are
enabled only where they make sense."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from app.domain.agreement import FOLLOW_UP_OUTCOMES, agreement_status_label
from app.domain.conference import ConferenceStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingMenu", text)


def step_titles() -> list[str]:
    return [_tr("&1 Follow-up"), _tr("&2 The class's wellbeing"), _tr("&3 Pupils"), _tr("&4 New agreements"),
            _tr("&5 Summary")]


class MeetingMenu:
    def __init__(self, window):
        self.window = window
        add = window._action
        menu = self.menu = window.menuBar().addMenu(_tr("&Conference"))
        self.start_action = add(_tr("&Start the meeting"), QKeySequence("F5"), self._start)
        self.close_action = add(_tr("&Close the conference…"), QKeySequence("Shift+F5"), self._close)
        self.reopen_action = add(_tr("Re&open the conference…"), QKeySequence("Ctrl+Shift+F5"), self._reopen)
        self.attendance_action = add(_tr("&Participants and apologies…"), QKeySequence("Ctrl+Shift+D"),
                                     self._attendance)
        self.record_action = add(_tr("&Minutes of the meeting…"), QKeySequence("Ctrl+Shift+M"), self._record)
        self.overview_action = add(_tr("Class &overview"), QKeySequence("Alt+Left"), self._overview)
        self.new_agreement_action = add(_tr("&New agreement…"), QKeySequence("Ctrl+N"), self._new_agreement)
        self.edit_agreement_action = add(_tr("Co&rrect agreement…"), QKeySequence("Ctrl+E"), self._edit_agreement)
        self.next_action = add(_tr("N&ext pupil or agreement"), QKeySequence("Ctrl+PgDown"), lambda: self._move(1))
        self.previous_action = add(_tr("&Previous pupil or agreement"), QKeySequence("Ctrl+PgUp"),
                                   lambda: self._move(-1))
        for action in (self.start_action, self.close_action, self.reopen_action, self.attendance_action,
                       self.record_action, self.overview_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.new_agreement_action, self.edit_agreement_action, self.next_action, self.previous_action):
            menu.addAction(action)
        self.outcome_menu = menu.addMenu(_tr("Outcome of the &agreement"))
        self.outcome_actions = []
        for number, status in enumerate(FOLLOW_UP_OUTCOMES, start=1):  # the meeting view itself loads later
            action = add(f"&{number} {agreement_status_label(status)}", QKeySequence(f"Alt+{number}"),
                         lambda _checked=False, n=number: self._outcome(n))
            self.outcome_actions.append(action)
            self.outcome_menu.addAction(action)
        menu.addAction(window.protection.change_log_action)
        menu.addSeparator()
        self.step_actions = []
        for number, title in enumerate(step_titles(), start=1):
            action = add(title, QKeySequence(f"Ctrl+{number}"),
                         lambda _checked=False, n=number: self._go_to_step(n - 1))
            self.step_actions.append(action)
            menu.addAction(action)

    # -- what the actions do -------------------------------------------------------------------------
    def _workspace(self):
        return self.window.workspace if self.window.in_workspace() else None

    def _start(self) -> None:
        ws = self._workspace()
        if ws is not None and ws.conference.status == ConferenceStatus.PLANNED:
            ws.start_meeting()
            self.update()

    def _close(self) -> None:
        ws = self._workspace()
        if ws is not None and ws.conference.status == ConferenceStatus.RUNNING:
            ws.close_meeting()
            self.update()

    def _reopen(self) -> None:
        ws = self._workspace()
        if ws is not None and ws.conference.status == ConferenceStatus.HELD:
            ws.reopen()
            self.update()

    def _attendance(self) -> None:
        ws = self._workspace()
        if ws is not None:
            from app.ui.workspace.attendance_dialog import AttendanceDialog

            AttendanceDialog.edit(ws)

    def _record(self) -> None:
        ws = self._workspace()
        if ws is not None:
            from app.ui.workspace.meeting_record_dialog import MeetingRecordDialog

            MeetingRecordDialog.edit(ws)

    def _overview(self) -> None:
        ws = self._workspace()
        if ws is not None:
            ws._back()

    def _new_agreement(self) -> None:
        ws = self._workspace()
        if ws is not None:
            ws.new_agreement()

    def _edit_agreement(self) -> None:
        ws = self._workspace()
        if ws is not None:
            ws.edit_current_agreement()

    def _move(self, step: int) -> None:
        ws = self._workspace()
        if ws is not None:
            ws.move_pupil(step)

    def _outcome(self, number: int) -> None:
        ws = self._workspace()
        if ws is not None:
            ws.choose_outcome(number)

    def _go_to_step(self, index: int) -> None:
        ws = self._workspace()
        if ws is not None:
            ws.go_to_step(index)
            self.update()

    def update(self) -> None:
        """Enable what fits the page and the conference's state."""
        ws = self._workspace()
        status = ws.conference.status if ws is not None and ws.conference is not None else None
        editable = status in (ConferenceStatus.PLANNED, ConferenceStatus.RUNNING)
        self.start_action.setEnabled(status == ConferenceStatus.PLANNED)
        self.close_action.setEnabled(status == ConferenceStatus.RUNNING)
        self.reopen_action.setEnabled(status == ConferenceStatus.HELD)
        for action in (self.attendance_action, self.record_action, self.overview_action, self.next_action,
                       self.previous_action, *self.step_actions):
            action.setEnabled(ws is not None)
        self.new_agreement_action.setEnabled(editable)
        with_table = ws is not None and ws.current_step() in (ws.new_agreements, ws.summary)
        self.edit_agreement_action.setEnabled(editable and with_table)
        for action in self.outcome_actions:
            action.setEnabled(editable and ws is not None and ws.current_step() is ws.follow_up)
