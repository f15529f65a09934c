"""The steps of the meeting, one screen each: follow-up, the class's wellbeing, pupils, new agreements, summary."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.agreement import FOLLOW_UP_OUTCOMES, AgreementStatus, agreement_status_label, responsible_label
from app.domain.conference import Conference, is_editable
from app.domain.formatting import decimal, plural, short_date
from app.domain.mentions import MentionFinder
from app.services import agreements as agreement_service, mentions
from app.services.conferences import classes_of_conference
from app.services.overview import review_rows
from app.services.wellbeing_view import class_wellbeing
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.autosave import AutosaveField
from app.ui.workspace.agreement_table import AgreementTable, configure_table
from app.ui.workspace.models import AgreementTableModel, ReviewListModel
from app.ui.workspace.projector_mask import ProjectorMask
from app.ui.workspace.review_form import ReviewForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("Steps", text)


def _table(model, accessible: str) -> QTableView:
    return configure_table(QTableView(), model, accessible)


class Step(QWidget):
    failed = Signal(str)
    changed = Signal()

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.conference: Conference | None = None
        # on the projector: the school's names (set by the workspace for every step)
        self.finder: MentionFinder | None = None

    def show_conference(self, conference: Conference) -> None:
        self.conference = conference
        self.refresh()

    def refresh(self) -> None:  # reload from the store
        raise NotImplementedError

    def flush(self) -> None:
        pass

    def set_projector_safe(self, on: bool) -> None:
        pass

    def _agreement_texts(self, on: bool):
        """On the projector: agreement -> filter of its texts (only the pupils it concerns named)."""
        return mentions.AgreementTexts(self.store, self.finder) if on else None

    def focus_first(self) -> None:
        """Where the keyboard starts when the step is shown (never left behind on a hidden step)."""
        self.focusNextChild()

    @property
    def editable(self) -> bool:
        return self.conference is not None and is_editable(self.conference.status)


class FollowUpStep(Step):
    """Every agreement still open from earlier conferences, one at a time: its outcome and a follow-up note."""

    OUTCOMES = FOLLOW_UP_OUTCOMES

    def __init__(self, store: Store, parent=None):
        super().__init__(store, parent)
        self.model = AgreementTableModel(self)
        self.table = _table(self.model, _tr("Agreements to follow up"))
        self.counter = QLabel()
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.buttons = QButtonGroup(self)
        outcome_row = QHBoxLayout()
        for number, status in enumerate(self.OUTCOMES, start=1):
            # An explicit Alt+number shortcut (button mnemonics are not honoured on every platform).
            # Alt+number is a window-wide action (Konference -> Udfald), so it works wherever the focus is.
            button = QRadioButton(f"{number} {agreement_status_label(status)}")
            button.setAccessibleName(agreement_status_label(status))
            button.setToolTip(f"Alt+{number}")
            self.buttons.addButton(button, number)
            outcome_row.addWidget(button)
        outcome_row.addStretch(1)
        self.buttons.idClicked.connect(self._outcome_chosen)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(_tr("Follow-up note"))
        self.note.setPlaceholderText(_tr("Follow-up note: what happened, what was learnt"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        self.note_saver = AutosaveField(self.note, self._note_typed)
        self.note_mask = ProjectorMask(self.note)  # F8: other pupils' names hidden while the note is not edited
        self.agreement_texts = None
        self.previous_button = QPushButton(_tr("← Previous"))
        self.next_button = QPushButton(_tr("Next →"))
        self.previous_button.clicked.connect(lambda: self.move(-1))
        self.next_button.clicked.connect(lambda: self.move(1))
        self.empty = QLabel(_tr("There are no open agreements from earlier conferences."))
        nav = QHBoxLayout()
        nav.addWidget(self.counter, 1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addLayout(nav)
        detail_layout.addWidget(self.text)
        detail_layout.addLayout(outcome_row)
        detail_layout.addWidget(self.note)
        self.detail = detail
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(detail)
        layout.addWidget(self.table, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show(current.row()))
        self.row = -1

    def refresh(self) -> None:
        assert self.conference is not None  # a step is shown with its conference
        keep = self.row
        due = agreement_service.agreements_due(self.store, self.conference)
        self.model.set_rows(agreement_service.describe(self.store, due))
        self.empty.setVisible(not due)
        self.detail.setVisible(bool(due))
        if due:
            self.select(min(max(keep, 0), len(due) - 1))

    def select(self, row: int) -> None:
        self.note_saver.flush()  # saving reloads the list: do it before choosing the next row, not during it
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self._show(row)

    def move(self, step: int) -> None:  # type: ignore[override]  # the next/previous row, not QWidget.move
        if self.model.rowCount():
            self.select(max(0, min(self.model.rowCount() - 1, self.row + step)))

    def _show(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        self.note_saver.flush()
        self.row = row
        agreement, concerns, responsible = self.model.rows[row]
        self.counter.setText(_tr("Agreement {number} of {count}").format(number=row + 1, count=self.model.rowCount()))
        deadline = short_date(agreement.deadline) or "–"
        shown = self.agreement_texts(agreement) if self.agreement_texts is not None else (lambda text: text)
        self.text.setText(
            f"<h3>{escape(shown(agreement.text))}</h3>"
            + _tr("Concerns: {concerns} · Responsible: {responsible} · Deadline: {deadline}").format(
                concerns=concerns, responsible=responsible or responsible_label(agreement.responsible_kind) or "–",
                deadline=deadline)
        )
        number = self.OUTCOMES.index(AgreementStatus(agreement.status)) + 1
        self.buttons.button(number).setChecked(True)
        assert self.conference is not None  # a step is shown with its conference
        reviewed_here = agreement.reviewed_in_conference_id == self.conference.id
        self.note_mask.set_filter(None)  # the next agreement's filter is set after its note is loaded
        self.note_saver.load(agreement.follow_up_note if reviewed_here else "")
        self.note_mask.set_filter(self.agreement_texts(agreement) if self.agreement_texts is not None else None)
        for button in self.buttons.buttons():
            button.setEnabled(self.editable)
        self.note.setReadOnly(not self.editable)

    def choose_outcome(self, number: int) -> None:
        """Alt+1..5: the outcome of the agreement shown."""
        button = self.buttons.button(number)
        if button is not None and button.isEnabled() and self.detail.isVisible():
            button.click()

    def focus_first(self) -> None:
        checked = self.buttons.checkedButton()
        (checked if checked is not None and self.detail.isVisible() else self.table).setFocus()

    def _current(self):
        return self.model.rows[self.row][0] if 0 <= self.row < self.model.rowCount() else None

    def _save(self, status: AgreementStatus, note: str) -> None:
        agreement = self._current()
        if agreement is None:
            return
        conference = self.conference
        assert conference is not None  # a step is shown with its conference
        if not run_action(lambda: agreement_service.review_agreement(self.store, conference, agreement, status,
                                                                     note), self.failed.emit):
            self._show(self.row)
            return
        self.refresh()
        self.changed.emit()

    def _outcome_chosen(self, number: int) -> None:
        self._save(self.OUTCOMES[number - 1], self.note.toPlainText())

    def set_projector_safe(self, on: bool) -> None:
        if not on and self.agreement_texts is None:
            return
        self.agreement_texts = self._agreement_texts(on)
        self.model.set_text_filter(self.agreement_texts)
        if 0 <= self.row < self.model.rowCount():
            self.select(self.row)
        else:
            self.note_mask.set_filter(None)

    def _note_typed(self, text: str) -> None:
        agreement = self._current()
        if agreement is not None:
            self._save(AgreementStatus(agreement.status), text)

    def flush(self) -> None:
        self.note_saver.flush()


class WellbeingStep(Step):
    """A compact summary: the class's indicators against last year and the national figures."""

    agreement_requested = Signal(str)  # indicator value

    def __init__(self, store: Store, parent=None):
        super().__init__(store, parent)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setAccessibleName(_tr("The class's wellbeing"))
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the step has a place for the keyboard
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)

    def refresh(self) -> None:
        """The same chart data as the wellbeing page and the PDF (``class_wellbeing``): the class's own school
        year against the result before it, the change taken from the rounded figures."""
        assert self.conference is not None  # a step is shown with its conference
        parts = []
        for school_class in classes_of_conference(self.store, self.conference):
            view = class_wellbeing(self.store, school_class)
            parts.append(f"<h2>{escape(_tr('Class {name}').format(name=school_class.name))}</h2>")
            chart = view.indicators
            if chart is None:
                parts.append(escape(_tr("No survey results for the school year {year} yet.").format(
                    year=school_class.year.label)))
                continue
            parts.append(escape(_tr("Survey {year}: {answers}").format(year=chart.year_label,
                                                                       answers=chart.answers_text)))
            if not view.own_year and view.current is not None:  # autumn: the class's own survey is to come
                note = _tr("The survey of {year} is still to come; this is the newest (the class was {name} then).")
                parts.append("<p>" + escape(note.format(
                    year=school_class.year.label,
                    name=view.class_names.get(view.current.survey_year, school_class.name))) + "</p>")
            if not chart.bars:
                note_html = f"<b>{escape(chart.note)}</b>" if chart.suppressed else escape(chart.note)
                parts.append(f"<p>{note_html}</p>")
                continue
            rows = [
                "<tr><th align=left>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
                    _tr("Indicator"), _tr("Class"), _tr("Last year"), _tr("Change"), _tr("National"))
            ]
            for bar in chart.bars:
                rows.append(
                    f"<tr><td>{escape(bar.label)}</td><td align=center><b>{bar.value_text or '–'}</b></td>"
                    f"<td align=center>{decimal(bar.previous_value)}</td><td align=center>{bar.change_text}</td>"
                    f"<td align=center>{bar.national_text or '–'}</td></tr>"
                )
            parts.append("<table cellpadding=6>" + "".join(rows) + "</table>")
        self.summary.setText("".join(parts))


class ReviewStep(Step):
    """Pupils on the left (flags, progress), the review form on the right."""

    def __init__(self, store: Store, parent=None):
        super().__init__(store, parent)
        self.model = ReviewListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(_tr("Pupils"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.form = ReviewForm(store)
        self.form.saved.connect(self._saved)
        self.form.failed.connect(self.failed)
        self.order_note = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.order_note)
        left_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.selectionModel().currentRowChanged.connect(lambda current, _prev: self._show(current.row()))
        self.row = -1

    def refresh(self) -> None:
        assert self.conference is not None  # a step is shown with its conference
        keep = self.model.rows[self.row].pupil.id if 0 <= self.row < len(self.model.rows) else None
        meeting = self.conference.status != "planlagt"
        rows = review_rows(self.store, self.conference, flagged_first=meeting)
        self.order_note.setText(
            _tr("Flagged pupils first, strengths first.") if meeting else _tr("Preparation: all pupils by name.")
        )
        self.model.set_rows(rows)
        if rows:
            target = next((i for i, r in enumerate(rows) if r.pupil.id == keep), 0)
            self.row = -1
            self.select(target)

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))
            if self.row != row:
                self._show(row)

    def move(self, step: int) -> None:  # type: ignore[override]  # the next/previous row, not QWidget.move
        if self.model.rowCount():
            self.select(max(0, min(self.model.rowCount() - 1, self.row + step)))

    def focus_first(self) -> None:
        self.list.setFocus()

    def current_pupil(self):
        return self.model.rows[self.row].pupil if 0 <= self.row < self.model.rowCount() else None

    def _show(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount() or row == self.row:
            return
        assert self.conference is not None  # a step is shown with its conference
        self.row = row
        self.form.show_review(self.conference, self.model.rows[row])

    def _saved(self) -> None:
        self.model.refresh_row(self.row)
        self.changed.emit()

    def flush(self) -> None:
        self.form.flush()

    def set_projector_safe(self, on: bool) -> None:
        self.form.set_projector_safe(on, self.finder)


class NewAgreementsStep(Step):
    """The agreements made at this meeting, and the button (Ctrl+N) that makes one."""

    new_requested = Signal()
    edit_requested = Signal(object)  # Agreement

    def __init__(self, store: Store, parent=None):
        super().__init__(store, parent)
        self.model = AgreementTableModel(self)
        self.table = AgreementTable(self.model, _tr("New agreements"))
        self.table.edit_requested.connect(self.edit_requested)
        self.add_button = QPushButton(_tr("New agreement… (Ctrl+N)"))
        self.add_button.clicked.connect(self.new_requested)
        hint = QLabel(_tr("Every agreement has a text, a responsible and a deadline, and is followed up at the next "
                          "conference."))
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(hint, 1)
        top.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def focus_first(self) -> None:
        (self.table if self.model.rowCount() else self.add_button).setFocus()

    def set_projector_safe(self, on: bool) -> None:
        self.model.set_text_filter(self._agreement_texts(on))

    def refresh(self) -> None:
        assert self.conference is not None  # a step is shown with its conference
        made = agreement_service.agreements_made_at(self.store, self.conference)
        self.model.set_rows(agreement_service.describe(self.store, made))
        self.add_button.setEnabled(self.editable)


class SummaryStep(Step):
    """Reviewed and new agreements, ready for the protocol; closing the conference."""

    close_requested = Signal()
    edit_requested = Signal(object)  # Agreement

    def __init__(self, store: Store, parent=None):
        super().__init__(store, parent)
        self.reviewed_model = AgreementTableModel(self)
        self.new_model = AgreementTableModel(self)
        self.reviewed = _table(self.reviewed_model, _tr("Followed-up agreements"))
        self.new = AgreementTable(self.new_model, _tr("New agreements"))
        self.new.edit_requested.connect(self.edit_requested)
        self.carry = QLabel()
        self.carry.setWordWrap(True)
        self.close_button = QPushButton(_tr("Close the conference…"))
        self.close_button.clicked.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h3>" + _tr("Followed-up agreements") + "</h3>"))
        layout.addWidget(self.reviewed, 1)
        layout.addWidget(QLabel("<h3>" + _tr("New agreements") + "</h3>"))
        layout.addWidget(self.new, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.carry, 1)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

    def focus_first(self) -> None:
        (self.close_button if self.close_button.isVisible() else self.reviewed).setFocus()

    def set_projector_safe(self, on: bool) -> None:
        texts = self._agreement_texts(on)
        self.reviewed_model.set_text_filter(texts)
        self.new_model.set_text_filter(texts)

    def refresh(self) -> None:
        assert self.conference is not None  # a step is shown with its conference
        due = agreement_service.agreements_due(self.store, self.conference)
        made = agreement_service.agreements_made_at(self.store, self.conference)
        self.reviewed_model.set_rows(agreement_service.describe(self.store, due))
        self.new_model.set_rows(agreement_service.describe(self.store, made))
        still_open = sum(1 for a in due + made if a.still_open)
        self.carry.setText(
            plural(still_open, _tr("{count} agreement stays open and is followed up at the class's next conference."),
                   _tr("{count} agreements stay open and are followed up at the class's next conference."))
        )
        self.close_button.setVisible(self.conference.status == "i_gang")
