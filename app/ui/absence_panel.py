"""A pupil's absence in a review: the imported figures with the 10 % and 15 % marks, and the cause as the
child and the parents understand it (absence is often the child's best solution to a larger problem)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.absence import AbsenceMark, assess_absence, not_quarter_note
from app.domain.conference import Conference, is_editable
from app.domain.formatting import percent, period
from app.domain.review import AbsenceRecord, PupilReview
from app.services import reviews
from app.services.absence_import import absence_of
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.autosave import AutosaveField


def _tr(text: str) -> str:
    return QCoreApplication.translate("AbsencePanel", text)


class AbsenceRecordModel(QAbstractTableModel):
    """A pupil's absence periods, newest first: period, total, unlawful, sickness, marks."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._records: list[AbsenceRecord] = []

    def set_records(self, records: list[AbsenceRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 5:
            return [_tr("Period"), _tr("Total"), _tr("Unlawful"), _tr("Sickness"), _tr("Marks")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        assessment = assess_absence(record.total_pct, record.unlawful_pct, record.period_start, record.period_end)
        marks = assessment.marks
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return period(record.period_start, record.period_end)
            if column in (1, 2, 3):
                return percent([record.total_pct, record.unlawful_pct, record.sick_pct][column - 1])
            if column == 4:
                return "; ".join(assessment.labels())
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and marks:
            serious = AbsenceMark.REPORT_MUNICIPALITY in marks or AbsenceMark.WARN_PARENTS in marks
            return QBrush(QColor("#fde8e8" if serious else "#fff4d6"))
        if role == Qt.ItemDataRole.ForegroundRole and marks:
            return QBrush(QColor("#1a1a1a"))
        if role == Qt.ItemDataRole.UserRole:
            return record
        return None


class AbsencePanel(QWidget):
    """Absence figures of one pupil and the two cause fields of their review (saved as you type).

    Signals: ``saved(PupilReview)`` after a cause was stored, ``failed(str)`` with a Danish message.
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(self, store: Store, conference: Conference | None = None, review: PupilReview | None = None,
                 parent=None):
        super().__init__(parent)
        self.store = store
        self.conference = conference
        self.review = review
        self.model = AbsenceRecordModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(_tr("Absence per period"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setMaximumHeight(130)
        self.empty = QLabel(_tr("No absence has been imported for this pupil."))
        self.marks = QLabel()
        self.marks.setWordWrap(True)
        self.marks.setTextFormat(Qt.TextFormat.PlainText)
        self.marks.setStyleSheet(
            "QLabel { background: #fde8e8; color: #1a1a1a; border: 1px solid #d08080; padding: 6px; }"
        )
        self.cause_child = QPlainTextEdit()
        self.cause_child.setTabChangesFocus(True)
        self.cause_child.setPlaceholderText(_tr("What does the child say about why they are away from school?"))
        self.cause_child.setAccessibleName(_tr("The cause as the child sees it"))
        self.cause_parents = QPlainTextEdit()
        self.cause_parents.setTabChangesFocus(True)
        self.cause_parents.setPlaceholderText(_tr("How do the parents understand the absence?"))
        self.cause_parents.setAccessibleName(_tr("The cause as the parents see it"))
        for editor in (self.cause_child, self.cause_parents):
            editor.setMaximumHeight(80)
        self.savers = {
            "absence_cause_child": AutosaveField(self.cause_child,
                                                 lambda t: self._save("absence_cause_child", t), self),
            "absence_cause_parents": AutosaveField(self.cause_parents,
                                                   lambda t: self._save("absence_cause_parents", t), self),
        }
        hint = QLabel(_tr("Absence is often the child's best solution to a larger problem: write down how the child "
                          "and the parents themselves understand the cause, not only the percentage."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("The cause as the child sees it"), self.cause_child)
        form.addRow(_tr("The cause as the parents see it"), self.cause_parents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.marks)
        layout.addWidget(hint)
        layout.addLayout(form)
        self.set_review(conference, review)

    def set_review(self, conference: Conference | None, review: PupilReview | None) -> None:
        """Show another pupil's review (saves what was typed for the previous one first)."""
        self.flush()
        self.conference, self.review = conference, review
        records = absence_of(self.store, review.pupil_id) if review is not None else []
        self.model.set_records(records)
        self.table.setVisible(bool(records))
        self.empty.setVisible(not records)
        latest = records[0] if records else None
        assessment = assess_absence(latest.total_pct, latest.unlawful_pct, latest.period_start,
                                    latest.period_end) if latest else None
        marks = assessment.marks if assessment else ()
        if latest is not None and assessment is not None:  # the one is there when the other is
            lines = [_tr("Latest period, {period}:").format(period=period(latest.period_start, latest.period_end))]
            note = not_quarter_note(latest.period_start, latest.period_end)
            self.marks.setText("\n".join(lines + ["⚠ " + label for label in assessment.labels()]
                                          + ([note] if note and marks else [])))
        self.marks.setVisible(bool(marks))
        for name, saver in self.savers.items():
            saver.load(getattr(review, name) if review is not None else "")
        read_only = review is None or conference is None or not is_editable(conference.status)
        for editor in (self.cause_child, self.cause_parents):
            editor.setReadOnly(read_only)

    def flush(self) -> None:
        """Store whatever is typed but not yet saved."""
        for saver in getattr(self, "savers", {}).values():
            saver.flush()

    def _save(self, name: str, text: str) -> bool | None:
        """Store one cause. False when it was not stored: the autosave keeps the text and tries again."""
        if self.review is None or self.conference is None or getattr(self.review, name) == text:
            return None
        conference, review = self.conference, self.review
        done = run_action(lambda: reviews.update_review(self.store, conference, review, **{name: text}),
                          self.failed.emit)
        if not done:
            return False
        self.review = done.value
        self.saved.emit(self.review)
        return True
