"""One conference on screen: header, the agenda with timers always visible, and the steps of the meeting."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.conference import AgendaKind, Conference, ConferenceStatus, conference_status_label
from app.domain.formatting import short_date
from app.domain.mentions import MentionFinder
from app.services import conferences as conference_service
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.user_dialogs import dialogs_for
from app.ui.workspace.agreement_dialog import AgreementDialog
from app.ui.workspace.models import AgendaModel, minutes_text
from app.ui.workspace.steps import FollowUpStep, NewAgreementsStep, ReviewStep, SummaryStep, WellbeingStep

STEP_KINDS = (AgendaKind.FOLLOW_UP, AgendaKind.WELLBEING, AgendaKind.PUPILS, AgendaKind.NEW_AGREEMENTS,
              AgendaKind.SUMMARY)
SAVE_TIMER_EVERY_S = 10  # the meeting clock is stored at least this often (a crash loses less)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Workspace", text)


class ConferenceWorkspace(QWidget):
    failed = Signal(str)
    back_requested = Signal()
    position_changed = Signal()  # the step or the pupil shown changed (remembered for after a crash)

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.conference: Conference | None = None
        self.projector_safe = False

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)  # a long title wraps at a large zoom instead of widening the window
        self.status = QLabel()
        self.back_button = QPushButton(_tr("← Class overview"))
        self.back_button.clicked.connect(self._back)
        self.start_button = QPushButton(_tr("Start the meeting"))
        self.start_button.clicked.connect(self.start_meeting)
        self.reopen_button = QPushButton(_tr("Reopen…"))
        self.reopen_button.clicked.connect(self.reopen)
        self.clock = QLabel()
        self.clock.setAccessibleName(_tr("Meeting time"))
        self.clock.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.status)
        header.addWidget(self.clock)
        header.addWidget(self.start_button)
        header.addWidget(self.reopen_button)

        self.tabs = QTabBar()
        self.tabs.setAccessibleName(_tr("Steps of the meeting"))
        for label in (_tr("1. Follow-up"), _tr("2. The class's wellbeing"), _tr("3. Pupils"),
                      _tr("4. New agreements"), _tr("5. Summary")):
            self.tabs.addTab(label)
        self.follow_up = FollowUpStep(store)
        self.wellbeing = WellbeingStep(store)
        self.pupils = ReviewStep(store)
        self.new_agreements = NewAgreementsStep(store)
        self.summary = SummaryStep(store)
        self.steps = [self.follow_up, self.wellbeing, self.pupils, self.new_agreements, self.summary]
        self.stack = QStackedWidget()
        for step in self.steps:
            self.stack.addWidget(step)
            step.failed.connect(self.failed)
        self.new_agreements.new_requested.connect(self.new_agreement)
        self.new_agreements.edit_requested.connect(self.edit_agreement)
        self.summary.edit_requested.connect(self.edit_agreement)
        self.pupils.list.selectionModel().currentRowChanged.connect(lambda *_a: self.position_changed.emit())
        self.summary.close_requested.connect(self.close_meeting)
        self.tabs.currentChanged.connect(self.go_to_step)

        self.agenda = AgendaModel(self)
        self.agenda.on_planned_edited = self._planned_edited
        self.agenda_view = QTableView()
        self.agenda_view.setModel(self.agenda)
        self.agenda_view.setAccessibleName(_tr("Agenda"))
        self.agenda_view.verticalHeader().setVisible(False)
        self.agenda_view.setTabKeyNavigation(False)  # Tab leaves the agenda; arrows move in it, F2 edits minutes
        self.agenda_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.agenda_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agenda_view.setWordWrap(True)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.agenda_view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                         | QAbstractItemView.EditTrigger.EditKeyPressed
                                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.agenda_total = QLabel()
        self.agenda_total.setWordWrap(True)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addWidget(QLabel("<b>" + _tr("Agenda") + "</b>"))
        agenda_layout.addWidget(self.agenda_view, 1)
        agenda_layout.addWidget(self.agenda_total)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.tabs)
        centre_layout.addWidget(self.stack, 1)
        splitter = QSplitter()
        splitter.addWidget(agenda_box)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.elapsed = QElapsedTimer()
        self._base_seconds = 0
        self._unsaved_seconds = 0

    # -- showing -----------------------------------------------------------------------------------
    def show_conference(self, conference: Conference, step: int | None = None) -> None:
        self.save_time()
        self.conference = conference
        self.agenda.set_items(conference_service.agenda_of(self.store, conference))
        self._show_header()
        if step is None:
            step = 2 if conference.status == ConferenceStatus.PLANNED else 0
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(step)
        self.tabs.blockSignals(False)
        self.stack.setCurrentIndex(step)
        for s in self.steps:
            s.conference = conference
        self.steps[step].refresh()
        self._refreshed = {step}
        self._select_agenda_item(step)
        self._update_timer()
        self.position_changed.emit()

    def refresh(self) -> None:
        """Reload after undo/redo or a change elsewhere: the conference, the agenda and the shown step."""
        if self.conference is None:
            return
        self.save_time()  # the clock is not part of the undo history: what it counted is kept, never reset
        self.conference = self.store.get(Conference, self.conference.id)
        for s in self.steps:
            s.conference = self.conference
        self.agenda.set_items(conference_service.agenda_of(self.store, self.conference))
        self._select_agenda_item(self.stack.currentIndex())
        self._show_header()
        self.current_step().refresh()
        self._refreshed = {self.stack.currentIndex()}
        self._update_timer()

    def _show_header(self) -> None:
        c = self.conference
        assert c is not None  # the workspace shows a conference
        classes = ", ".join(sc.name for sc in conference_service.classes_of_conference(self.store, c))
        self.title.setText(
            "<h2>" + _tr("Class conference {classes}, {date}").format(classes=classes, date=short_date(c.held_on))
            + "</h2>"
        )
        self.status.setText(conference_status_label(c.status))
        self.start_button.setVisible(c.status == ConferenceStatus.PLANNED)
        self.reopen_button.setVisible(c.status == ConferenceStatus.HELD)
        self.agenda.editable = c.status != ConferenceStatus.HELD

    def current_step(self):
        return self.steps[self.stack.currentIndex()]

    def go_to_step(self, index: int) -> None:
        if not 0 <= index < len(self.steps):
            return
        self.current_step().flush()
        self.save_time()
        if self.tabs.currentIndex() != index:
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(index)
            self.tabs.blockSignals(False)
        self.stack.setCurrentIndex(index)
        self.steps[index].refresh()
        self._select_agenda_item(index)
        self._update_timer()
        self.steps[index].focus_first()
        self.position_changed.emit()

    def _select_agenda_item(self, step: int) -> None:
        kind = STEP_KINDS[step]
        row = next((i for i, item in enumerate(self.agenda.items) if item.kind == kind), -1)
        self.agenda.set_current(row)
        self._base_seconds = self.agenda.items[row].used_seconds if row >= 0 else 0
        self.elapsed.restart()
        self._show_totals()

    # -- the meeting ---------------------------------------------------------------------------------
    def start_meeting(self) -> None:
        conference = self.conference
        assert conference is not None  # the workspace shows a conference
        self.flush()
        done = run_action(lambda: conference_service.set_status(self.store, conference, ConferenceStatus.RUNNING),
                          self.failed.emit)
        if not done:
            return
        assert done.value is not None  # set_status returns the stored conference
        self.show_conference(done.value, step=0)
        self.follow_up.focus_first()

    def close_meeting(self) -> None:
        self.flush()
        answer = dialogs_for(self).ask(
            _tr("Close the conference"),
            _tr("Close the conference? It is marked as held and protected against changes; open agreements are "
                "followed up at the class's next conference. You can reopen it later."),
            default_yes=True,
        )
        if not answer:
            return
        self.close_without_asking()

    def close_without_asking(self) -> None:
        assert self.conference is not None  # the workspace shows a conference
        self.flush()
        self.save_time()
        conference = conference_service.close_conference(self.store, self.conference)
        self.show_conference(conference, step=4)

    def reopen(self) -> None:
        answer = dialogs_for(self).ask(
            _tr("Reopen the conference"),
            _tr("The conference has been held. Reopen it to make changes on purpose?"),
            default_yes=True,
        )
        if answer:
            self.reopen_without_asking()

    def reopen_without_asking(self) -> None:
        assert self.conference is not None  # the workspace shows a conference
        conference = conference_service.set_status(self.store, self.conference, ConferenceStatus.RUNNING)
        self.show_conference(conference, step=self.stack.currentIndex())

    def new_agreement(self) -> bool:
        """Ctrl+N from any step: the quick entry, then back to exactly where one was."""
        if self.conference is None or self.conference.status == ConferenceStatus.HELD:
            return False
        pupil = self.pupils.current_pupil() if self.current_step() is self.pupils else None
        return self._agreement_dialog(pupil=pupil)

    def edit_agreement(self, agreement) -> bool:
        """Enter, double-click or "Ret aftale" on an agreement made at this meeting: correct or delete it."""
        if self.conference is None or agreement is None or self.conference.status == ConferenceStatus.HELD:
            return False
        if agreement.made_in_conference_id != self.conference.id:
            return False
        return self._agreement_dialog(agreement=agreement)

    def _agreement_dialog(self, **kwargs) -> bool:
        """The agreement dialog over the meeting; afterwards the step is fresh and the focus where it was."""
        assert self.conference is not None  # the workspace shows a conference
        self.flush()
        focus = self.focusWidget()
        dialog = AgreementDialog(self.store, self.conference, self, **kwargs)
        accepted = dialog.exec() == AgreementDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.current_step().refresh()
        self.window().activateWindow()
        if focus is not None:
            focus.setFocus()
        return accepted

    def edit_current_agreement(self) -> bool:
        """Ctrl+E: the agreement chosen in the shown step's table."""
        step = self.current_step()
        table = self.new_agreements.table if step is self.new_agreements else self.summary.new if (
            step is self.summary) else None
        return self.edit_agreement(table.current_agreement()) if table is not None else False

    def choose_outcome(self, number: int) -> None:
        if self.current_step() is self.follow_up:
            self.follow_up.choose_outcome(number)

    def move_pupil(self, step: int) -> None:
        """Ctrl+PgDown/PgUp: the next agreement in the follow-up, else the next pupil."""
        if self.current_step() is self.follow_up:
            self.follow_up.move(step)
            return
        if self.current_step() is not self.pupils:
            self.go_to_step(2)
        self.pupils.move(step)

    def position(self) -> dict:
        """Where the meeting is: kept outside the file so that a crash can come back to the same place."""
        pupil = self.pupils.current_pupil() if self.conference is not None else None
        return {"conference": self.conference.id if self.conference else "", "step": self.stack.currentIndex(),
                "pupil": pupil.id if pupil is not None else ""}

    def go_to_pupil(self, pupil_id: str) -> None:
        for row, review_row in enumerate(self.pupils.model.rows):
            if review_row.pupil.id == pupil_id:
                self.pupils.select(row)
                return

    def flush(self) -> None:
        for step in self.steps:
            step.flush()

    def set_projector_safe(self, on: bool) -> None:
        self.projector_safe = on
        finder: MentionFinder | None = None
        if on:  # the school's names, read once for every step
            from app.services import mentions

            finder = mentions.projector_finder(self.store)
        for step in self.steps:
            step.finder = finder
            step.set_projector_safe(on)

    def _back(self) -> None:
        self.flush()
        self.save_time()
        self.back_requested.emit()

    def _planned_edited(self, item, minutes: int) -> None:
        conference = self.conference
        assert conference is not None  # the workspace shows a conference
        self.save_time()  # reloading the agenda must not lose the running item's time
        run_action(lambda: conference_service.update_agenda_item(self.store, conference, item,
                                                                 planned_minutes=minutes), self.failed.emit)
        self.agenda.set_items(conference_service.agenda_of(self.store, conference))
        self._select_agenda_item(self.stack.currentIndex())

    # -- timers ------------------------------------------------------------------------------------
    def _update_timer(self) -> None:
        running = self.conference is not None and self.conference.status == ConferenceStatus.RUNNING
        if running and not self.ticker.isActive():
            self.elapsed.restart()
            self.ticker.start()
        elif not running:
            self.ticker.stop()
        self._show_totals()

    def _tick(self) -> None:
        row = self.agenda.current_row
        if row < 0:
            return
        seconds = self._base_seconds + self.elapsed.elapsed() // 1000
        self.agenda.tick(row, seconds)
        self._unsaved_seconds += 1
        if self._unsaved_seconds >= SAVE_TIMER_EVERY_S:
            self.save_time()
        self._show_totals()

    def save_time(self) -> None:
        """Store the time used on the current agenda item (not part of the undo history)."""
        if self.conference is None or self.conference.status != ConferenceStatus.RUNNING:
            return
        row = self.agenda.current_row
        if 0 <= row < len(self.agenda.items):
            item = self.agenda.items[row]
            seconds = self._base_seconds + self.elapsed.elapsed() // 1000
            conference_service.record_time(self.store, item, seconds)
            item.used_seconds = seconds
            self._base_seconds = seconds
            self.elapsed.restart()
        self._unsaved_seconds = 0

    def _show_totals(self) -> None:
        planned = sum(i.planned_minutes for i in self.agenda.items)
        used = sum(i.used_seconds for i in self.agenda.items)
        self.agenda_total.setText(
            _tr("Whole meeting: {used} of {planned} min").format(used=minutes_text(used), planned=planned)
        )
        over = used > planned * 60
        self.agenda_total.setStyleSheet("background: #f6dfc4; padding: 2px" if over else "")
        row = self.agenda.current_row
        if 0 <= row < len(self.agenda.items):
            item = self.agenda.items[row]
            self.clock.setText(
                _tr("{title}: {used} / {planned} min").format(
                    title=item.title, used=minutes_text(item.used_seconds), planned=item.planned_minutes)
            )
        else:
            self.clock.setText("")
