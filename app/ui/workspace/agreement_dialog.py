"""Quick entry of a new agreement, or correcting one: text, for whom, responsible, deadline, optional link to the
survey. Ctrl+Enter saves; Esc asks before throwing typed text away."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.domain.agreement import Agreement, ResponsibleKind
from app.domain.conference import Conference
from app.domain.formatting import PICKER_DATE
from app.domain.school import Pupil, SchoolClass, StaffMember
from app.domain.wellbeing import INDICATOR_ORDER, Indicator, indicator_label
from app.services import agreements as agreement_service, school as school_service
from app.services.conferences import classes_of_conference
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.dialog_keys import add_save_shortcut
from app.ui.models import CheckableListModel, CheckListView
from app.ui.user_dialogs import dialogs_for

DEFAULT_WEEKS = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementDialog", text)


class AgreementDialog(QDialog):
    """Collects a new agreement (or corrects ``agreement``); ``accept()`` stores it through the agreements
    service. ``deleted`` is True after "Slet aftale"."""

    def __init__(self, store: Store, conference: Conference, parent=None, *, pupil: Pupil | None = None,
                 indicator: Indicator | None = None, question_code: str | None = None,
                 agreement: Agreement | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Correct agreement") if agreement is not None else _tr("New agreement"))
        self.store = store
        self.conference = conference
        self.agreement = agreement
        self.question_code = agreement.question_code if agreement is not None else question_code
        self.created: Agreement | None = None
        self.deleted = False
        self.classes: list[SchoolClass] = classes_of_conference(store, conference)
        self.class_box = QComboBox()
        for school_class in self.classes:
            self.class_box.addItem(school_class.name, school_class.id)
        self.class_box.setAccessibleName(_tr("Class"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(_tr("What is agreed"))
        self.text.setPlaceholderText(_tr("What is agreed, said so that everybody can see when it is done"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        pupils = [p for c in self.classes for p in school_service.pupils_of_class(store, c, include_left=False)]
        ticked = {pupil.id} if pupil else set()
        if agreement is not None:
            ticked = {p.id for p in agreement_service.pupils_of_agreement(store, agreement)}
            pupils += [p for p in agreement_service.pupils_of_agreement(store, agreement)
                       if p.id not in {q.id for q in pupils}]
        self.pupil_model = CheckableListModel(pupils, lambda p: p.full_name, ticked, self)
        self.pupil_list = CheckListView()
        self.pupil_list.setModel(self.pupil_model)
        self.pupil_list.setAccessibleName(_tr("Concerns these pupils (none: the whole class)"))
        self.pupil_list.setMinimumHeight(120)
        self.responsible = QComboBox()
        self.responsible.setAccessibleName(_tr("Responsible"))
        staff: list[StaffMember] = school_service.staff(store)
        for member in staff:
            self.responsible.addItem(member.name, member)
        self.responsible.addItem(_tr("The pupil"), ResponsibleKind.PUPIL)
        self.responsible.addItem(_tr("The parents"), ResponsibleKind.PARENTS)
        # The owner defaults to the person writing (who usually takes on what they propose), else the first.
        writer = next((i for i, m in enumerate(staff) if m.name == store.author), 0)
        self.responsible.setCurrentIndex(writer)
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(PICKER_DATE)
        self.deadline.setAccessibleName(_tr("Deadline"))
        default = conference.held_on + timedelta(weeks=DEFAULT_WEEKS)
        self.deadline.setDate(QDate(default.year, default.month, default.day))
        self.link = QComboBox()
        self.link.setAccessibleName(_tr("Answers this wellbeing indicator"))
        self.link.addItem(_tr("(none)"), None)
        for item in INDICATOR_ORDER:
            self.link.addItem(indicator_label(item), item.value)
        if indicator is not None:
            self.link.setCurrentIndex(self.link.findData(Indicator(indicator).value))
        if agreement is not None:
            self._show_agreement(agreement, staff)
        self.error = QLabel()
        self.error.setStyleSheet("color: #9a3412")
        self.error.setWordWrap(True)
        form = QFormLayout()
        if len(self.classes) > 1:
            form.addRow(_tr("&Class"), self.class_box)
        form.addRow(_tr("&What is agreed"), self.text)
        form.addRow(_tr("&Concerns (none ticked: the class)"), self.pupil_list)
        form.addRow(_tr("&Responsible"), self.responsible)
        form.addRow(_tr("&Deadline"), self.deadline)
        form.addRow(_tr("&Wellbeing indicator"), self.link)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip("Ctrl+Enter")
        if agreement is not None:
            self.delete_button = QPushButton(_tr("De&lete agreement…"))
            self.delete_button.clicked.connect(self.delete)
            buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        add_save_shortcut(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.text.setFocus()
        self._typed_at_start = self.text.toPlainText()

    def _show_agreement(self, agreement: Agreement, staff: list[StaffMember]) -> None:
        self.text.setPlainText(agreement.text)
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(agreement.class_id)))
        if agreement.responsible_kind == ResponsibleKind.STAFF:
            row = next((i for i, m in enumerate(staff) if m.id == agreement.responsible_staff_id), 0)
        else:
            row = self.responsible.findData(ResponsibleKind(agreement.responsible_kind))
        self.responsible.setCurrentIndex(max(0, row))
        if agreement.deadline is not None:
            d = agreement.deadline
            self.deadline.setDate(QDate(d.year, d.month, d.day))
        if agreement.indicator:
            self.link.setCurrentIndex(max(0, self.link.findData(Indicator(agreement.indicator).value)))

    def chosen_class(self) -> SchoolClass:
        class_id = self.class_box.currentData()
        return next(c for c in self.classes if c.id == class_id)

    def accept(self) -> None:
        chosen = self.deadline.date()
        link = self.link.currentData()
        done = run_action(lambda: self._store(chosen, link), self.error.setText)  # says what to fix, stays open
        if not done:
            return
        self.created = done.value
        super().accept()

    def _store(self, chosen, link):
        deadline = date(chosen.year(), chosen.month(), chosen.day())
        if self.agreement is not None:
            return agreement_service.update_agreement(
                self.store, self.conference, self.agreement, self.text.toPlainText(),
                pupils=self.pupil_model.chosen(), responsible=self.responsible.currentData(),
                deadline=deadline, indicator=Indicator(link) if link else None,
            )
        return agreement_service.add_agreement(
            self.store, self.conference, self.chosen_class(), self.text.toPlainText(),
            pupils=self.pupil_model.chosen(), responsible=self.responsible.currentData(),
            deadline=deadline, indicator=Indicator(link) if link else None, question_code=self.question_code,
        )

    def delete(self) -> None:
        agreement = self.agreement
        assert agreement is not None  # the delete button is there only for a stored agreement
        if not dialogs_for(self).ask(_tr("Delete agreement"),
                                     _tr("Delete this agreement? You can undo it with Ctrl+Z."), default_yes=True):
            return
        if not run_action(lambda: agreement_service.delete_agreement(self.store, self.conference, agreement),
                          self.error.setText):
            return
        self.deleted = True
        super().accept()

    def reject(self) -> None:
        """Esc or Annuller: typed text is never thrown away without asking."""
        if self.text.toPlainText().strip() and self.text.toPlainText() != self._typed_at_start:
            answer = dialogs_for(self).ask(
                _tr("Throw away the agreement?"),
                _tr("You have typed an agreement that is not saved. Throw it away?"),
                default_yes=False)
            if not answer:
                self.text.setFocus()
                return
        super().reject()
