"""The class overview page: the school year's classes; for the chosen class its pupils, conferences, open
agreements and wellbeing survey. It reads what it shows from the file itself, and refreshes itself when an
operation changed the file (see :class:`app.ui.action.TableChanges`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.formatting import open_agreements, plural, short_date
from app.domain.school import SchoolYear
from app.services import conferences as conference_service, school
from app.services.overview import class_overview
from app.storage.store import Store
from app.ui.models import ClassListModel, ConferenceListModel, PupilTableModel
from app.ui.user_dialogs import dialogs_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class OverviewPage(QWidget):
    """The school year's classes; for the chosen class its pupils, conferences and open agreements."""

    conference_chosen = Signal(object)  # Enter on a class or a conference, or "Open conference"
    plan_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.store: Store | None = None
        self.today = date.today()
        self.stale = False  # the file changed while another page was shown: reload when shown again
        self._wellbeing_page = None  # WellbeingPage, built when its tab is first shown (a faster start)
        self._wellbeing_tab: QWidget | None = None  # the tab: a placeholder until then
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(_tr("School year"))
        self.class_model = ClassListModel(self)
        self.class_list = QListView()
        self.class_list.setModel(self.class_model)
        self.class_list.setAccessibleName(_tr("Classes"))
        self.class_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.class_list.setSpacing(3)
        self.pupil_model = PupilTableModel(self)
        self.pupil_table = QTableView()
        self.pupil_table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.pupil_table.setModel(self.pupil_model)
        self.pupil_table.setAccessibleName(_tr("Pupils"))
        self.pupil_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pupil_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pupil_table.verticalHeader().setVisible(False)
        self.pupil_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pupil_table.setAlternatingRowColors(True)
        self.class_title = QLabel()
        self.class_title.setTextFormat(Qt.TextFormat.RichText)
        self.conference_model = ConferenceListModel(self)
        self.conference_list = QListView()
        self.conference_list.setModel(self.conference_model)
        self.conference_list.setAccessibleName(_tr("Conferences"))
        self.conference_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreements_label = QLabel()
        self.agreements_label.setWordWrap(True)
        self.plan_button = QPushButton(_tr("&Plan conference…"))
        self.open_conference_button = QPushButton(_tr("Open &conference"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        year_label = QLabel(_tr("&School year"))
        year_label.setBuddy(self.year_box)
        classes_label = QLabel(_tr("&Classes"))
        classes_label.setBuddy(self.class_list)
        left_layout.addWidget(year_label)
        left_layout.addWidget(self.year_box)
        left_layout.addWidget(classes_label)
        left_layout.addWidget(self.class_list, 1)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel("<b>" + _tr("Conferences") + "</b>"))
        side_layout.addWidget(self.conference_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.open_conference_button)
        side_layout.addLayout(buttons)
        side_layout.addWidget(QLabel("<b>" + _tr("Agreements") + "</b>"))
        side_layout.addWidget(self.agreements_label)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.class_title)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(_tr("Class pages"))
        self.tabs.addTab(self.pupil_table, _tr("&Pupils"))
        middle_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(middle)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([220, 560, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self.setTabOrder(self.year_box, self.class_list)
        self.setTabOrder(self.class_list, self.pupil_table)
        self.setTabOrder(self.pupil_table, self.conference_list)
        self.setTabOrder(self.conference_list, self.plan_button)
        self.setTabOrder(self.plan_button, self.open_conference_button)
        self.year_box.currentIndexChanged.connect(self._year_changed)
        self.class_list.selectionModel().currentChanged.connect(self._class_changed)
        self.plan_button.clicked.connect(self.plan_requested)
        self.open_conference_button.clicked.connect(self._open_chosen)
        self.conference_list.activated.connect(lambda _index: self._open_chosen())
        self.class_list.activated.connect(lambda _index: self._open_chosen())  # Enter: the coming conference
        self.tabs.currentChanged.connect(lambda _index: self._show_wellbeing())

    # -- the file ----------------------------------------------------------------------------------
    def set_store(self, store: Store | None, today: date) -> None:
        """Show ``store`` (None: no file); the wellbeing tab is a placeholder until it is first shown."""
        if self._wellbeing_tab is not None:
            self.tabs.removeTab(self.tabs.indexOf(self._wellbeing_tab))
            self._wellbeing_tab.deleteLater()
            self._wellbeing_tab = self._wellbeing_page = None
        self.store, self.today, self.stale = store, today, False
        if store is not None:
            self._wellbeing_tab = QWidget()
            self.tabs.addTab(self._wellbeing_tab, _tr("&Wellbeing survey"))

    def show_years(self, year: int | None = None) -> None:
        """Fill the school years (those in the file and the current one) and show ``year`` (default: current)."""
        assert self.store is not None  # shown for an open file
        years = school.school_years(self.store)
        current = school.default_school_year(self.store, self.today)
        if current not in years:
            years.append(current)
        shown = year if year in years else current
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for each in sorted(years):
            self.year_box.addItem(SchoolYear(each).long_label, each)
        self.year_box.setCurrentIndex(self.year_box.findData(shown))
        self.year_box.blockSignals(False)
        self.stale = False
        self._year_changed()

    def refresh(self) -> None:
        """Reload from the file, keeping the chosen school year and class."""
        if self.store is None:
            return
        chosen = self.selected_class()
        self.show_years(self.year_box.currentData())
        if chosen is not None:
            for row in range(self.class_model.rowCount()):
                if (found := self.class_model.class_at(row)) is not None and found.id == chosen.id:
                    self.class_list.setCurrentIndex(self.class_model.index(row))
                    break

    def tables_changed(self, _tables: frozenset) -> None:
        """An operation changed the file: reload now if this page is shown, else when it is shown again."""
        stack = self.parentWidget()
        current = getattr(stack, "currentWidget", None)  # the stack's (None: not in one)
        if getattr(self, "_refreshing", False) or stack is None or current is None or current() is not self:
            self.stale = True
            return
        self._refreshing = True  # a change made while reloading (none today) must not reload again inside it
        try:
            self.refresh()
        finally:
            self._refreshing = False

    def current_school_year(self) -> int:
        year = self.year_box.currentData()
        return year if year is not None else SchoolYear.of(self.today).start_year

    def selected_class(self):
        return self.class_model.class_at(self.class_list.currentIndex().row())

    def selected_conference(self):
        return self.conference_model.conference_at(self.conference_list.currentIndex().row())

    def _open_chosen(self) -> None:
        conference = self.selected_conference()
        if conference is not None:
            self.conference_chosen.emit(conference)

    # -- the chosen year and class -------------------------------------------------------------------
    def _year_changed(self) -> None:
        if self.store is None:
            return
        classes = school.classes_of_year(self.store, self.year_box.currentData())
        self.class_model.set_classes(classes, school.class_sizes(self.store, classes))
        if classes:
            self.class_list.setCurrentIndex(self.class_model.index(0))
        else:
            self.pupil_model.set_pupils([])
            self.conference_model.set_conferences([])
            self.agreements_label.setText("")
            self.class_title.setText(_tr("No classes in this school year yet."))

    def show_class(self) -> None:
        """Reload the chosen class (pupils, conferences, agreements, wellbeing)."""
        self._class_changed(self.class_list.currentIndex())

    def _class_changed(self, current, _previous=None) -> None:
        school_class = self.class_model.class_at(current.row())
        if self.store is None or school_class is None:
            return
        pupils = school.pupils_of_class(self.store, school_class)
        active = sum(1 for p in pupils if p.status == "aktiv")
        self.pupil_model.set_pupils(pupils)
        self.class_title.setText(
            "<h2>" + _tr("Class {name}").format(name=school_class.name) + "</h2>"
            + plural(active, _tr("{count} pupil, school year {year}"),
                     _tr("{count} pupils, school year {year}")).format(year=school_class.year.long_label)
        )
        summary = class_overview(self.store, school_class, self.today)
        rows = [
            (c, ", ".join(sc.name for sc in conference_service.classes_of_conference(self.store, c)))
            for c in reversed(summary.conferences)
        ]
        self.conference_model.set_conferences(rows)
        if rows:
            planned = next((i for i, (c, _) in enumerate(rows) if c.status != "afholdt"), 0)
            self.conference_list.setCurrentIndex(self.conference_model.index(planned))
        self.open_conference_button.setEnabled(bool(rows))
        text = _tr("{open}, {overdue} past their deadline.").format(
            open=open_agreements(len(summary.open_agreements)), overdue=len(summary.overdue))
        if summary.overdue:
            text += "<br>" + "<br>".join(
                "⚠ " + a.text + " (" + short_date(a.deadline) + ")" for a in summary.overdue[:5])
        self.agreements_label.setText(text)
        self._show_wellbeing()

    # -- wellbeing -----------------------------------------------------------------------------------
    def _show_wellbeing(self) -> None:
        """The class's survey results, drawn when their tab is shown."""
        school_class = self.selected_class()
        if (self._wellbeing_tab is not None and school_class is not None
                and self.tabs.currentWidget() is self._wellbeing_tab):
            self.wellbeing_page.show_class(school_class)

    @property
    def wellbeing_page(self):
        """The class's wellbeing survey page (built on first use, in place of its placeholder tab)."""
        # the placeholder tab is there only with a file open (self.store)
        if self._wellbeing_page is None and self._wellbeing_tab is not None and self.store is not None:
            from app.ui.wellbeing_page import WellbeingPage

            page = WellbeingPage(self.store, self.window(), today=self.today)
            page.agreement_requested.connect(self.agreement_from_survey)
            index = self.tabs.indexOf(self._wellbeing_tab)
            showing = self.tabs.currentIndex() == index
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, _tr("&Wellbeing survey"))
            if showing:
                self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
            self._wellbeing_tab.deleteLater()
            self._wellbeing_tab = self._wellbeing_page = page
        return self._wellbeing_page

    def agreement_from_survey(self, indicator, question_code) -> None:
        """ "Lav aftale" on an indicator or question: a class agreement linked to it, at the class's next
        conference (planned or running)."""
        from app.domain.wellbeing import Indicator
        from app.ui.workspace.agreement_dialog import AgreementDialog

        school_class = self.selected_class()
        if school_class is None:
            return
        assert self.store is not None  # a class is chosen only in an open file
        upcoming = [c for c in class_overview(self.store, school_class, self.today).conferences
                    if c.status != "afholdt"]
        window = self.window()
        if not upcoming:
            dialogs_for(self).inform(
                _tr("Make agreement"),
                _tr("Agreements are made at a conference. Plan the class's next conference first."))
            return
        dialog = AgreementDialog(self.store, upcoming[-1], window,
                                 indicator=Indicator(indicator) if indicator else None, question_code=question_code)
        if question_code:
            dialog.text.setPlaceholderText(_tr("What do we do about question {code}?").format(code=question_code))
        dialog.exec()
        dialog.deleteLater()
        window.activateWindow()
        self.show_class()
