"""Type a class's wellbeing results from the printed report: answers, indicators, optional distributions."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
)

from app.domain.formatting import plain_number
from app.domain.school import SchoolClass
from app.domain.survey import FIVE_POINT_SCALES, SCALE_OPTIONS, Scale
from app.domain.wellbeing import INDICATOR_ORDER, GradeBand, Indicator, WellbeingResult, grade_band_for, indicator_label
from app.services.survey_form import TypedQuestion, TypedResult, save_typed, scale_of
from app.services.wellbeing_view import form_start
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.dialog_keys import add_save_shortcut


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurveyForm", text)


def _scale_name(scale: Scale) -> str:
    options = SCALE_OPTIONS[scale]
    return f"{options[0]} … {options[-1]}"


def _number_text(value: float | None) -> str:
    return plain_number(value)


class QuestionFormModel(QAbstractTableModel):
    """The questions being typed in: text, scale, direction, indicator, a share per option, answers."""

    CODE, TEXT, SCALE, NEGATIVE, INDICATOR = range(5)

    def __init__(self, young: bool, parent=None):
        super().__init__(parent)
        self.young = young
        self.option_count = 3 if young else 5
        self.rows: list[TypedQuestion] = []

    @property
    def first_share(self) -> int:
        return 5

    @property
    def count_column(self) -> int:
        return self.first_share + self.option_count

    def set_questions(self, questions: list[TypedQuestion]) -> None:
        self.beginResetModel()
        self.rows = list(questions)
        for row in self.rows:
            row.shares = (list(row.shares) + [""] * self.option_count)[: self.option_count]
        self.endResetModel()

    def add_row(self) -> None:
        scale = Scale.YOUNG if self.young else Scale.OFTEN
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(TypedQuestion(code="", text="", scale=scale, shares=[""] * self.option_count))
        self.endInsertRows()

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.count_column + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.DisplayRole:
            fixed = [_tr("No."), _tr("Question"), _tr("Answer scale"), _tr("Negative"), _tr("Indicator")]
            if section < len(fixed):
                return fixed[section]
            if section == self.count_column:
                return _tr("Answers")
            index = section - self.first_share
            if self.young:
                return SCALE_OPTIONS[Scale.YOUNG][index]
            return _tr("Option {number} %").format(number=index + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == self.NEGATIVE:
                return _tr("Tick when the best answer is “Aldrig” or “Nej” (for example “Er du blevet mobbet?”)")
            if self.first_share <= section < self.count_column and not self.young:
                index = section - self.first_share
                return " / ".join(SCALE_OPTIONS[s][index] for s in FIVE_POINT_SCALES)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NEGATIVE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if self.young and index.column() in (self.SCALE, self.INDICATOR):
            return flags
        return flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        question = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NEGATIVE:
            return Qt.CheckState.Checked if question.negative else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == self.CODE:
            return question.code
        if column == self.TEXT:
            return question.text
        if column == self.SCALE:
            if role == Qt.ItemDataRole.EditRole:
                return str(question.scale.value)
            return _scale_name(question.scale)
        if column == self.INDICATOR:
            if role == Qt.ItemDataRole.EditRole:
                return str(question.indicator.value) if question.indicator else ""
            return indicator_label(question.indicator) if question.indicator else ""
        if column == self.count_column:
            return question.answer_count
        if self.first_share <= column < self.count_column:
            share_index = column - self.first_share
            if role == Qt.ItemDataRole.ToolTipRole:
                options = question.options or SCALE_OPTIONS[question.scale]
                return options[share_index] if share_index < len(options) else None
            return question.shares[share_index]
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid():
            return False
        question = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NEGATIVE:
            question.negative = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        elif column == self.CODE:
            question.code = str(value or "").strip()
        elif column == self.TEXT:
            question.text = str(value or "").strip()
        elif column == self.SCALE:
            question.scale = Scale(value)
            question.options = []
        elif column == self.INDICATOR:
            question.indicator = Indicator(value) if value else None
        elif column == self.count_column:
            question.answer_count = str(value or "").strip()
        elif self.first_share <= column < self.count_column:
            question.shares[column - self.first_share] = str(value or "").strip()
        else:
            return False
        self.dataChanged.emit(index, index)
        return True


class _ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor: (stored value, shown text) pairs."""

    def __init__(self, choices: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, _option, _index):
        box = QComboBox(parent)
        for value, text in self.choices:
            box.addItem(text, value)
        return box

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(0, position))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SurveyFormDialog(QDialog):
    """Saves with one service call (survey_form.save_typed -> wellbeing.save_result, one operation)."""

    def __init__(self, store: Store, school_class: SchoolClass, parent=None, survey_year: int | None = None):
        super().__init__(parent)
        self.store = store
        self.school_class = school_class
        self.survey_year = survey_year if survey_year is not None else school_class.school_year
        self.young = grade_band_for(school_class.grade) == GradeBand.YOUNG
        self.saved: WellbeingResult | None = None
        start = form_start(store, school_class, self.survey_year)
        self.setWindowTitle(_tr("Wellbeing results for {klass}").format(klass=school_class.name))
        self.resize(1120, 740)

        intro = QLabel(_tr("Type the class's results from the report in the ministry's tool ({year}). Empty fields "
                           "are left out.").format(year=school_class.year.long_label))
        intro.setWordWrap(True)
        self.hidden_note = QLabel(_tr("A result with fewer than 5 answers is stored for this class. Its figures are "
                                      "not shown, not even here. What you save now replaces it."))
        self.hidden_note.setWordWrap(True)
        self.hidden_note.setStyleSheet("QLabel { background: #fff6e0; color: #1a1a1a; padding: 6px; }")
        self.hidden_note.setVisible(start.hidden)

        self.answers = QSpinBox()
        self.answers.setRange(0, 999)
        self.answers.setValue(start.answer_count or 0)
        self.answers.setAccessibleName(_tr("Number of answers"))
        self.answers.setMaximumWidth(110)
        self.high = QLineEdit()
        self.high.setPlaceholderText(_tr("for example 86,4"))
        self.high.setAccessibleName(_tr("Share with the highest wellbeing in percent"))
        self.high.setMaximumWidth(110)
        form = QFormLayout()
        form.addRow(_tr("Number of &answers:"), self.answers)
        if not self.young:
            form.addRow(_tr("Share with the &highest wellbeing (%):"), self.high)

        self.indicator_edits: dict[Indicator, tuple[QLineEdit, QLineEdit, QLineEdit]] = {}
        indicators_box = QGroupBox(_tr("Indicators (means on 1–5)"))
        grid = QGridLayout(indicators_box)
        for column, title in enumerate((_tr("Class"), _tr("School"), _tr("National")), start=1):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for row, indicator in enumerate(INDICATOR_ORDER, start=1):
            grid.addWidget(QLabel(indicator_label(indicator)), row, 0)
            edits = []
            for column, title in enumerate((_tr("class"), _tr("school"), _tr("national")), start=1):
                edit = QLineEdit()
                edit.setPlaceholderText(_tr("e.g. 3,7"))
                edit.setAccessibleName(f"{indicator_label(indicator)} – {title}")
                edit.setMaximumWidth(110)
                grid.addWidget(edit, row, column)
                edits.append(edit)
            self.indicator_edits[indicator] = (edits[0], edits[1], edits[2])
        grid.setColumnStretch(4, 1)
        indicators_box.setVisible(not self.young)

        self.question_model = QuestionFormModel(self.young, self)
        self.question_view = QTableView()
        self.question_view.setModel(self.question_model)
        self.question_view.setAccessibleName(_tr("Answers to each question"))
        self.question_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.question_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.question_view.horizontalHeader()
        header.setSectionResizeMode(QuestionFormModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.question_view.setColumnWidth(QuestionFormModel.CODE, 44)
        self.question_view.setColumnWidth(QuestionFormModel.SCALE, 150)
        self.question_view.setColumnWidth(QuestionFormModel.NEGATIVE, 64)
        self.question_view.setColumnWidth(QuestionFormModel.INDICATOR, 140)
        self.question_view.setWordWrap(False)
        self.question_view.setItemDelegateForColumn(
            QuestionFormModel.SCALE, _ChoiceDelegate([(str(s.value), _scale_name(s)) for s in FIVE_POINT_SCALES], self))
        self.question_view.setItemDelegateForColumn(
            QuestionFormModel.INDICATOR,
            _ChoiceDelegate([("", _tr("(none)"))] + [(str(i.value), indicator_label(i)) for i in INDICATOR_ORDER[:4]],
                            self))
        for column in range(self.question_model.first_share, self.question_model.count_column + 1):
            self.question_view.setColumnWidth(column, 62)
        if self.young:
            self.question_view.hideColumn(QuestionFormModel.SCALE)
            self.question_view.hideColumn(QuestionFormModel.INDICATOR)
        add_save_shortcut(self, self.save)  # Ctrl+Enter saves from any field
        add = QPushButton(_tr("Add question"))
        remove = QPushButton(_tr("Remove question"))
        add.clicked.connect(self.question_model.add_row)
        remove.clicked.connect(self._remove_current_question)
        questions_box = QGroupBox(_tr("Answers to each question in percent (optional)"))
        questions_layout = QVBoxLayout(questions_box)
        hint = QLabel(_tr("Write each answer option's share as in the report, e.g. 12,5. Questions without shares "
                          "are left out.") if self.young else
                      _tr("Option 1 is the report's first answer option (Meget tit, Helt enig or Altid), option 5 the "
                          "last (Aldrig or Helt uenig). Write each share as in the report, e.g. 12,5. Questions "
                          "without shares are left out."))
        hint.setWordWrap(True)
        questions_layout.addWidget(hint)
        questions_layout.addWidget(self.question_view, 1)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        questions_layout.addLayout(row_buttons)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #a11d1d;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.hidden_note)
        layout.addLayout(form)
        layout.addWidget(indicators_box)
        layout.addWidget(questions_box, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self._fill(start)

    def _fill(self, start) -> None:
        values = start.values
        if values is not None:
            if values.high_wellbeing_pct is not None:
                self.high.setText(_number_text(values.high_wellbeing_pct))
            for indicator, given in values.indicators.items():
                edits = self.indicator_edits.get(indicator)
                if edits:
                    for edit, number in zip(edits, (given.class_value, given.school_value, given.national_value)):
                        edit.setText(_number_text(number))
        typed = []
        for question in start.questions:
            scale = Scale.YOUNG if self.young else scale_of(question.options)
            if not self.young and scale == Scale.YOUNG:
                continue
            negative = bool(question.option_scores) and question.option_scores[0] < question.option_scores[-1]
            typed.append(TypedQuestion(
                code=question.code, text=question.text, scale=scale, negative=negative, indicator=question.indicator,
                shares=[_number_text(s) for s in question.shares],
                answer_count=str(question.answer_count) if question.shares and question.answer_count else "",
                options=list(question.options),
            ))
        self.question_model.set_questions(typed)

    def _remove_current_question(self) -> None:
        self.question_model.remove_row(self.question_view.currentIndex().row())

    def typed(self) -> TypedResult:
        indicators = {
            indicator: (edits[0].text(), edits[1].text(), edits[2].text())
            for indicator, edits in self.indicator_edits.items()
        }
        return TypedResult(
            answer_count=self.answers.value(), high_wellbeing=self.high.text() if not self.young else "",
            indicators=indicators if not self.young else {}, questions=list(self.question_model.rows),
        )

    def save(self) -> None:
        done = run_action(lambda: save_typed(self.store, self.school_class, self.typed(), self.survey_year),
                          self._show_not_saved)
        if not done:
            return
        self.saved = done.value
        self.accept()

    def _show_not_saved(self, message: str) -> None:
        self.error_label.setText(_tr("Not saved:") + "\n" + message)
        self.error_label.show()
