"""One pupil's review: strengths and resources first, then subjects, perspective, wellbeing, absence, next steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.absence import absence_mark_label, assess_absence
from app.domain.conference import Conference, is_editable
from app.domain.formatting import date_and_time
from app.domain.review import DEFAULT_SUBJECTS, SubjectStatus, subject_status_label
from app.domain.sensitivity import is_sensitive_field
from app.services import mentions, reviews
from app.services.overview import ReviewRow
from app.storage.store import Store
from app.ui.absence_panel import AbsencePanel
from app.ui.action import run_action
from app.ui.autosave import AutosaveField
from app.ui.workspace.notes import NotesPanel
from app.ui.workspace.projector_mask import ProjectorMask


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewForm", text)


def local_time_text(utc_iso: str) -> str:
    """A stored UTC time ("2026-11-29T08:26:03.123Z") as the user's local time: "29.11.2026 kl. 09.26"."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(utc_iso.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return utc_iso
    return date_and_time(moment)


class GrowingTextEdit(QPlainTextEdit):
    """A text box as tall as its text (at least ``lines`` lines), also after a presentation zoom."""

    def __init__(self, lines: int = 2, parent=None):
        super().__init__(parent)
        self._mask: ProjectorMask | None = None  # F8's mask, made when first needed (most meetings never project)
        self.min_lines = lines
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _size: self.refit())
        self.refit()

    @property
    def projector_mask(self) -> ProjectorMask:
        """F8: other pupils' names hidden while the box is not edited (see projector_mask.py)."""
        if self._mask is None:
            self._mask = ProjectorMask(self)
        return self._mask

    def set_text_filter(self, text_filter) -> None:
        """The projector's filter for this box's text, or None (no mask is made just to be switched off)."""
        if text_filter is None and self._mask is None:
            return
        self.projector_mask.set_filter(text_filter)

    def refit(self) -> None:
        mask: ProjectorMask | None = getattr(self, "_mask", None)  # None also while __init__ runs
        lines = max(self.min_lines, int(self.document().documentLayout().documentSize().height()),
                    mask.lines_needed() if mask is not None else 0)
        margins = self.contentsMargins()
        height = lines * self.fontMetrics().lineSpacing() + 2 * self.document().documentMargin()
        self.setFixedHeight(int(height + margins.top() + margins.bottom() + 4))

    def focusInEvent(self, event) -> None:
        """Tabbing into a text that is already written puts the cursor at its end, ready to add to it (not
        at its start, where typing would run into the existing text)."""
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.moveCursor(QTextCursor.MoveOperation.End)

    # No changeEvent/resizeEvent overrides: the document re-lays itself out after a zoom or a resize and
    # documentSizeChanged refits. (Overriding changeEvent crashed PySide6 6.12 on Python 3.11 after many calls.)


def _text_box(accessible: str, placeholder: str = "", lines: int = 2) -> GrowingTextEdit:
    box = GrowingTextEdit(lines)
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    return box


class SubjectRow:
    """Goal, status and evidence for one subject."""

    def __init__(self, form: ReviewForm, subject: str, grid: QGridLayout, row: int):
        self.form = form
        self.subject = subject
        self.label = QLabel(f"<b>{subject}</b>")
        self.goal = _text_box("", lines=1)
        self.goal.setAccessibleName(_tr("Goal in {subject}").format(subject=subject))
        self.goal.setPlaceholderText(_tr("Goal"))
        self.status = QComboBox()
        self.status.setAccessibleName(_tr("Status in {subject}").format(subject=subject))
        self.status.addItem("—", None)
        for status in SubjectStatus:
            self.status.addItem(subject_status_label(status), status.value)
        self.evidence = _text_box("", lines=1)
        self.evidence.setAccessibleName(_tr("Evidence in {subject}").format(subject=subject))
        self.evidence.setPlaceholderText(_tr("What shows it (tests, observations)"))
        self.goal_saver = AutosaveField(self.goal, lambda _text: self.save())  # False from save: retried
        self.evidence_saver = AutosaveField(self.evidence, lambda _text: self.save())
        self.status.activated.connect(lambda _index: self.save())
        grid.addWidget(self.label, 3 * row, 0)
        grid.addWidget(self.status, 3 * row, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.goal, 3 * row + 1, 0, 1, 2)
        grid.addWidget(self.evidence, 3 * row + 2, 0, 1, 2)

    def load(self, assessment) -> None:
        self.goal_saver.load(assessment.goal if assessment else "")
        self.evidence_saver.load(assessment.evidence if assessment else "")
        value = assessment.status.value if assessment and assessment.status else None
        self.status.setCurrentIndex(max(0, self.status.findData(value)))

    def save(self) -> bool | None:
        status = self.status.currentData()
        return self.form.save_subject(
            self.subject, self.goal.toPlainText(), SubjectStatus(status) if status else None,
            self.evidence.toPlainText(),
        )

    def set_read_only(self, read_only: bool) -> None:
        self.goal.setReadOnly(read_only)
        self.evidence.setReadOnly(read_only)
        self.status.setEnabled(not read_only)

    def flush(self) -> None:
        self.goal_saver.flush()
        self.evidence_saver.flush()


class ReviewForm(QScrollArea):
    saved = Signal()  # a field of the shown review was stored
    failed = Signal(str)  # a save was refused; the message says why

    def __init__(self, store: Store, parent=None):
        super().__init__(parent)
        self.store = store
        self.conference: Conference | None = None
        self.row: ReviewRow | None = None
        self.projector_safe = False
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.last_changed = QLabel()
        self.last_changed.setObjectName("lastChanged")
        self.needs_discussion = QCheckBox(_tr("&Needs discussion at the meeting"))
        self.needs_discussion.toggled.connect(lambda on: self._save_field("needs_discussion", on))
        self.discussed = QCheckBox(_tr("Discussed at the meeting"))
        self.discussed.toggled.connect(lambda on: self._save_field("discussed", on))
        flags = QHBoxLayout()
        flags.addWidget(self.needs_discussion)
        flags.addWidget(self.discussed)
        flags.addStretch(1)
        layout.addWidget(self.title)
        layout.addLayout(flags)
        layout.addWidget(self.last_changed)

        self.strengths = _text_box(_tr("Strengths and resources"),
                                   _tr("What the pupil is good at and what works well for the pupil"))
        self.subject_box = QGroupBox(_tr("Subjects and goals"))
        self.subject_grid = QGridLayout(self.subject_box)
        self.subject_rows: dict[str, SubjectRow] = {}
        for subject in DEFAULT_SUBJECTS:
            self._add_subject_row(subject)
        self.perspective = _text_box(_tr("The pupil's own perspective"),
                                     _tr("What the pupil says about school, the class and their learning"))
        self.wellbeing = _text_box(_tr("Wellbeing and social situation"))
        self.tried = _text_box(_tr("What has been tried"))
        self.next_steps = _text_box(_tr("Next steps"))
        self.conclusion = _text_box(_tr("Conclusion"), _tr("What the meeting concluded for the pupil (written in "
                                                           "the meeting; printed first in the minutes)"))

        self.savers = {
            "strengths": AutosaveField(self.strengths, lambda t: self._save_field("strengths", t)),
            "pupil_perspective": AutosaveField(self.perspective, lambda t: self._save_field("pupil_perspective", t)),
            "wellbeing_notes": AutosaveField(self.wellbeing, lambda t: self._save_field("wellbeing_notes", t)),
            "tried": AutosaveField(self.tried, lambda t: self._save_field("tried", t)),
            "next_steps": AutosaveField(self.next_steps, lambda t: self._save_field("next_steps", t)),
            "conclusion": AutosaveField(self.conclusion, lambda t: self._save_field("conclusion", t)),
        }

        self.absence_box = QGroupBox(_tr("Absence (confidential)"))
        absence = QFormLayout(self.absence_box)
        self.absence_total = self._percent_box(_tr("Total absence in %"), "absence_total_pct")
        self.absence_unlawful = self._percent_box(_tr("Unlawful absence in %"), "absence_unlawful_pct")
        self.absence_marks = QLabel()
        self.absence_marks.setWordWrap(True)
        # Imported absence per period with its marks, and the cause as the child and the parents see it.
        self.absence_panel = AbsencePanel(store)
        self.absence_panel.saved.connect(self._absence_saved)
        self.absence_panel.failed.connect(self.failed)
        self.cause_child = self.absence_panel.cause_child
        self.cause_parents = self.absence_panel.cause_parents
        absence.addRow(_tr("Total absence in %"), self.absence_total)
        absence.addRow(_tr("Unlawful absence in %"), self.absence_unlawful)
        absence.addRow(self.absence_marks)
        absence.addRow(self.absence_panel)

        self.notes = NotesPanel(store)
        self.notes.failed.connect(self.failed)
        self.notes_box = self._section(_tr("Notes"), self.notes)
        self.wellbeing_box = self._section(_tr("Wellbeing and social situation (confidential)"), self.wellbeing)
        self.tried_box = self._section(_tr("What has been tried"), self.tried)
        self.next_steps_box = self._section(_tr("Next steps"), self.next_steps)
        self.conclusion_box = self._section(_tr("Conclusion of the meeting"), self.conclusion)
        # Which sections the projector-safe view hides: the domain's one list of sensitive fields.
        self.sensitive_boxes = {"wellbeing_notes": self.wellbeing_box, "tried": self.tried_box,
                                "next_steps": self.next_steps_box, "conclusion": self.conclusion_box,
                                "absence_total_pct": self.absence_box,
                                "absence_unlawful_pct": self.absence_box, "absence_cause_child": self.absence_box,
                                "absence_cause_parents": self.absence_box}
        self.hidden_note = QLabel(_tr("Projector-safe view: confidential fields are hidden (F8 shows them)."))
        self.hidden_note.setVisible(False)
        for widget in (
            self._section(_tr("Strengths and resources"), self.strengths),
            self.conclusion_box,
            self.subject_box,
            self._section(_tr("The pupil's own perspective"), self.perspective),
            self.wellbeing_box,
            self.absence_box,
            self.tried_box,
            self.next_steps_box,
            self.notes_box,
            self.hidden_note,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)

    # -- building ----------------------------------------------------------------------------------
    def _section(self, title: str, editor: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(6, 4, 6, 6)
        inner.addWidget(editor)
        return box

    def _percent_box(self, accessible: str, field: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setLocale(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        box.setRange(-0.1, 100.0)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSpecialValueText("—")  # -0.1 shows as "not given"
        box.setSuffix(" %")
        box.setAccessibleName(accessible)
        box.setKeyboardTracking(False)
        box.valueChanged.connect(lambda value: self._save_field(field, None if value < 0 else round(value, 1)))
        return box

    def _add_subject_row(self, subject: str) -> SubjectRow:
        row = SubjectRow(self, subject, self.subject_grid, len(self.subject_rows))
        self.subject_rows[subject.casefold()] = row
        return row

    # -- showing -----------------------------------------------------------------------------------
    def show_review(self, conference: Conference, row: ReviewRow) -> None:
        self.flush()
        self.conference = conference
        self.row = row
        review = row.review
        self._loading = True
        for box in self.text_boxes():  # the new pupil's filter is set after loading (not each text twice)
            box.set_text_filter(None)
        try:
            self.title.setText(f"<h2>{row.pupil.full_name}</h2>")
            self.needs_discussion.setChecked(review.needs_discussion)
            self.discussed.setChecked(review.discussed)
            for name, saver in self.savers.items():
                saver.load(getattr(review, name))
            assessments = {a.subject.casefold(): a for a in reviews.subjects_of(self.store, review)}
            for key, assessment in assessments.items():
                if key not in self.subject_rows:
                    self._add_subject_row(assessment.subject)
            for key, subject_row in self.subject_rows.items():
                subject_row.load(assessments.get(key))
            self.absence_panel.set_review(conference, review)
            self.notes.show_pupil(row.pupil, conference, is_editable(conference.status))
            self.absence_total.setValue(-0.1 if review.absence_total_pct is None else review.absence_total_pct)
            self.absence_unlawful.setValue(-0.1 if review.absence_unlawful_pct is None else review.absence_unlawful_pct)
            self._show_marks()
            self._show_last_changed()
            self._apply_modes()
        finally:
            self._loading = False
        self.verticalScrollBar().setValue(0)  # each pupil opens at the name and the strengths

    def _show_marks(self) -> None:
        assert self.row is not None  # a pupil is shown
        review = self.row.review
        marks = assess_absence(review.absence_total_pct, review.absence_unlawful_pct).marks
        self.absence_marks.setText("\n".join("⚠ " + absence_mark_label(m) for m in marks))

    def _show_last_changed(self) -> None:
        assert self.row is not None  # a pupil is shown
        review = self.row.review
        if review.updated_by:
            self.last_changed.setText(_tr("Last changed by {name}, {when}").format(
                name=review.updated_by, when=local_time_text(review.updated_at)))
        else:
            self.last_changed.setText("")

    def set_projector_safe(self, on: bool, finder=None) -> None:
        self.projector_safe = on
        # Read the school's names once per projector session (not per pupil shown).
        self._finder = (finder if finder is not None else mentions.projector_finder(self.store)) if on else None
        self._apply_modes()

    def _text_filter(self):
        """Other pupils' names replaced, for everything the projector shows (None: not on the projector)."""
        if not self.projector_safe or self.row is None:
            return None
        if getattr(self, "_finder", None) is None:
            self._finder = mentions.projector_finder(self.store)
        return mentions.projector_filter(self.store, self.row.pupil.id, finder=self._finder)

    def text_boxes(self) -> list[GrowingTextEdit]:
        boxes = [self.strengths, self.perspective, self.wellbeing, self.tried, self.next_steps, self.conclusion]
        for subject_row in self.subject_rows.values():
            boxes += [subject_row.goal, subject_row.evidence]
        return boxes

    def _apply_modes(self) -> None:
        hidden = {id(box) for field, box in self.sensitive_boxes.items()
                  if self.projector_safe and is_sensitive_field(field)}
        for box in set(self.sensitive_boxes.values()):
            box.setVisible(id(box) not in hidden)
        self.hidden_note.setVisible(self.projector_safe)
        text_filter = self._text_filter()
        for text_box in self.text_boxes():
            text_box.set_text_filter(text_filter)
        self.notes.set_projector_safe(self.projector_safe, text_filter)
        read_only = self.conference is None or not is_editable(self.conference.status)
        for editor in (self.strengths, self.perspective, self.wellbeing, self.tried, self.next_steps,
                       self.conclusion):
            editor.setReadOnly(read_only)
        for widget in (self.needs_discussion, self.discussed, self.absence_total, self.absence_unlawful):
            widget.setEnabled(not read_only)
        for subject_row in self.subject_rows.values():
            subject_row.set_read_only(read_only)

    # -- saving ------------------------------------------------------------------------------------
    def _save_field(self, field: str, value) -> bool | None:
        """Store one field. Returns False when it was not stored (the editor keeps the text and retries)."""
        if getattr(self, "_loading", False) or self.row is None or self.conference is None:
            return None
        if getattr(self.row.review, field) == value:
            return None
        conference, row = self.conference, self.row
        done = run_action(lambda: reviews.update_review(self.store, conference, row.review,
                                                        **{field: value}), self.failed.emit)
        if not done:
            return False
        assert done.value is not None  # update_review returns the stored review
        self.row.review = done.value
        if field.startswith("absence_"):
            self._show_marks()
        self._show_last_changed()
        self.saved.emit()
        return True

    def _absence_saved(self, review) -> None:
        if self.row is not None and review.id == self.row.review.id:
            self.row.review = review
            self._show_last_changed()
            self.saved.emit()

    def save_subject(self, subject: str, goal: str, status, evidence: str) -> bool | None:
        if getattr(self, "_loading", False) or self.row is None or self.conference is None:
            return None
        conference, row = self.conference, self.row
        if not run_action(lambda: reviews.set_subject(self.store, conference, row.review, subject, goal=goal,
                                                      status=status, evidence=evidence), self.failed.emit):
            return False
        self.row.subject_count = len(reviews.subjects_of(self.store, self.row.review))
        self.saved.emit()
        return True

    def flush(self) -> None:
        """Store whatever is typed but not yet saved (before moving to another pupil, undo, closing)."""
        for saver in self.savers.values():
            saver.flush()
        self.absence_panel.flush()
        for subject_row in self.subject_rows.values():
            subject_row.flush()
