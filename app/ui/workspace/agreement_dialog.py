"""Quick entry of a new agreement: text, for whom, responsible, deadline, optional link to the survey."""

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
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.domain.agreement import ResponsibleKind
from app.domain.conference import Conference
from app.domain.school import Pupil, SchoolClass, StaffMember
from app.domain.wellbeing import INDICATOR_ORDER, Indicator, indicator_label
from app.services import agreements as agreement_service
from app.services import school as school_service
from app.services.conferences import classes_of_conference
from app.storage.store import Store
from app.ui.models import CheckableListModel

DEFAULT_WEEKS = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgreementDialog", text)


class AgreementDialog(QDialog):
    """Collects a new agreement; ``accept()`` stores it through the agreements service."""

    def __init__(self, store: Store, conference: Conference, parent=None, *, pupil: Pupil | None = None,
                 indicator: Indicator | None = None, question_code: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("New agreement"))
        self.store = store
        self.conference = conference
        self.question_code = question_code
        self.created = None
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
        self.pupil_model = CheckableListModel(pupils, lambda p: p.full_name, {pupil.id} if pupil else set(), self)
        self.pupil_list = QListView()
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
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.text.setFocus()

    def chosen_class(self) -> SchoolClass:
        class_id = self.class_box.currentData()
        return next(c for c in self.classes if c.id == class_id)

    def accept(self) -> None:
        chosen = self.deadline.date()
        link = self.link.currentData()
        try:
            self.created = agreement_service.add_agreement(
                self.store, self.conference, self.chosen_class(), self.text.toPlainText(),
                pupils=self.pupil_model.chosen(), responsible=self.responsible.currentData(),
                deadline=date(chosen.year(), chosen.month(), chosen.day()),
                indicator=Indicator(link) if link else None, question_code=self.question_code,
            )
        except Exception as error:  # RuleError: say what to fix, keep the dialog open
            self.error.setText(str(error))
            return
        super().accept()
