"""Plan a conference: date, time, place, participants, leader and minute taker. The default agenda follows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
)

from app.domain.conference import Conference
from app.domain.formatting import PICKER_DATE, PICKER_TIME
from app.domain.school import Role, SchoolClass, role_label
from app.services import conferences as conference_service, school as school_service
from app.services.conferences import ParticipantSpec
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.dialog_keys import add_save_shortcut
from app.ui.models import CheckableListModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanDialog", text)


class PlanConferenceDialog(QDialog):
    def __init__(self, store: Store, school_class: SchoolClass, today: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Plan a class conference for {name}").format(name=school_class.name))
        self.store = store
        self.school_class = school_class
        self.created: Conference | None = None
        self.date = QDateEdit(QDate(today.year, today.month, today.day).addDays(14))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(PICKER_DATE)
        self.time = QTimeEdit(QTime(14, 0))
        self.time.setDisplayFormat(PICKER_TIME)
        self.place = QLineEdit()
        self.place.setPlaceholderText(_tr("e.g. the meeting room"))
        self.staff_model = CheckableListModel(
            school_service.staff(store), lambda m: f"{m.name} ({role_label(m.role)})", parent=self)
        self.staff_list = QListView()
        self.staff_list.setModel(self.staff_model)
        self.staff_list.setAccessibleName(_tr("Participants"))
        self.guests: list[ParticipantSpec] = []  # ad hoc participants, e.g. from PPR or the health service
        self.guest_name = QLineEdit()
        self.guest_name.setPlaceholderText(_tr("Name of a guest, e.g. from PPR"))
        self.guest_name.setAccessibleName(_tr("Guest's name"))
        self.guest_role = QComboBox()
        self.guest_role.setAccessibleName(_tr("Guest's role"))
        for role in Role:
            self.guest_role.addItem(role_label(role), role.value)
        self.guest_role.setCurrentIndex(self.guest_role.findData(Role.PPR.value))
        add_guest = QPushButton(_tr("Add &guest"))
        add_guest.clicked.connect(self.add_guest)
        self.guest_model = QStringListModel(self)
        self.guest_list = QListView()
        self.guest_list.setModel(self.guest_model)
        self.guest_list.setAccessibleName(_tr("Guests"))
        self.guest_list.setMaximumHeight(70)
        guest_row = QHBoxLayout()
        guest_row.addWidget(self.guest_name, 2)
        guest_row.addWidget(self.guest_role, 1)
        guest_row.addWidget(add_guest)
        self.leader = QComboBox()
        self.minute_taker = QComboBox()
        self.staff_model.dataChanged.connect(self._participants_changed)
        self.error = QLabel()
        self.error.setStyleSheet("color: #9a3412")
        form = QFormLayout()
        form.addRow(_tr("&Date"), self.date)
        form.addRow(_tr("&Starts at"), self.time)
        form.addRow(_tr("&Place"), self.place)
        form.addRow(_tr("P&articipants"), self.staff_list)
        form.addRow(_tr("Guests"), guest_row)
        form.addRow("", self.guest_list)
        form.addRow(_tr("&Leads the meeting"), self.leader)
        form.addRow(_tr("&Writes the minutes"), self.minute_taker)
        for widget, name in ((self.date, _tr("Date")), (self.time, _tr("Starts at")), (self.place, _tr("Place")),
                             (self.leader, _tr("Leads the meeting")), (self.minute_taker, _tr("Writes the minutes"))):
            widget.setAccessibleName(name)
        note = QLabel(_tr("The agenda starts as: follow-up on agreements, the class's wellbeing, pupil review, new "
                          "agreements, summary (90 minutes). You can change the minutes later."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        add_save_shortcut(self)  # Ctrl+Enter plans the conference from any field
        # Enter in a field never closes the dialog half-filled (see keyPressEvent); in the guest's name it adds
        # the guest.
        add_guest.setAutoDefault(False)
        self.guest_name.returnPressed.connect(self.add_guest)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def keyPressEvent(self, event) -> None:
        """Enter alone does not plan the conference (Ctrl+Enter or the OK button does)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return
        super().keyPressEvent(event)

    def add_guest(self) -> None:
        name = self.guest_name.text().strip()
        if not name:
            return
        self.guests.append(ParticipantSpec(name=name, role=Role(self.guest_role.currentData())))
        self.guest_model.setStringList([f"{g.name} ({role_label(g.role)})" for g in self.guests])
        self.guest_name.clear()

    def _participants_changed(self, *_args) -> None:
        for box in (self.leader, self.minute_taker):
            current = box.currentData()
            box.clear()
            box.addItem("—", None)
            for member in self.staff_model.chosen():
                box.addItem(member.name, member.id)
            box.setCurrentIndex(max(0, box.findData(current)))

    def accept(self) -> None:
        chosen = self.staff_model.chosen()
        by_id = {m.id: m for m in chosen}
        qdate = self.date.date()
        done = run_action(lambda: conference_service.plan_conference(
            self.store, [self.school_class], date(qdate.year(), qdate.month(), qdate.day()),
            starts_at=self.time.time().toString("HH:mm"), place=self.place.text().strip(),
            participants=[*chosen, *self.guests], leader=by_id.get(self.leader.currentData()),
            minute_taker=by_id.get(self.minute_taker.currentData()),
        ), self.error.setText)
        if not done:
            return
        self.created = done.value
        super().accept()
