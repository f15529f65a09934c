"""A class's wellbeing survey: indicators, the answers to each question, and the trend over the years.

Everything shown comes from app.services.wellbeing_view (chart data through the anonymity rule): a class
with fewer than five answers shows only its number of answers and why. After the charts, "Aftaler om
trivslen" lists the class agreements made with "Lav aftale", under the indicator or question they answer.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.school import SchoolClass, SchoolYear
from app.services.survey_agreements import agreements_by_survey_link
from app.services.wellbeing_view import ClassWellbeing, class_wellbeing
from app.storage.store import Store
from app.ui.survey_agreement_list import SurveyAgreementList
from app.ui.theme import muted_style
from app.ui.trend_chart import TrendChartWidget
from app.ui.wellbeing_chart import IndicatorChartWidget, QuestionChartWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("WellbeingPage", text)


def _heading(text: str) -> QLabel:
    label = QLabel(f"<h3 style='margin:0'>{text}</h3>")
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setContentsMargins(0, 14, 0, 2)
    return label


class WellbeingPage(QWidget):
    """``show_class(school_class)`` shows that class's survey. "Lav aftale" emits :attr:`agreement_requested`."""

    # (indicator value such as "social", or None; question code such as "A07", or None)
    agreement_requested = Signal(object, object)
    results_changed = Signal()

    def __init__(self, store: Store, parent=None, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.today = today
        self.school_class: SchoolClass | None = None
        self.view: ClassWellbeing | None = None
        self.agreement_buttons: dict[tuple[str | None, str | None], QPushButton] = {}

        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        self.reason_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.reason_label.setStyleSheet("QLabel { background: #fff6e0; color: #1a1a1a; padding: 8px; }")
        self.caption = QLabel(_tr("The survey shows the class as a whole. Never use it as the basis for action "
                                  "towards one named pupil."))
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(muted_style(self.palette()))
        self.enter_button = QPushButton(_tr("Type in results…"))
        self.enter_button.setToolTip(_tr("Type the class's results from the printed report"))
        self.import_button = QPushButton(_tr("Import from file…"))
        self.import_button.setToolTip(_tr("Import results from a workbook: the app's template or the ministry's "
                                          "report"))
        self.enter_button.clicked.connect(self.open_form)
        self.import_button.clicked.connect(self.open_import)

        self.indicator_heading = _heading(_tr("Indicators"))
        self.indicator_chart = IndicatorChartWidget()
        self.question_heading = _heading(_tr("Answers to each question, lowest first"))
        self.question_chart = QuestionChartWidget()
        # The whole school's answers beside the class's (uddannelsesstatistik.dk), when they are imported.
        self.comparison_heading = QLabel()
        self.comparison_heading.setWordWrap(True)
        self.comparison = QLabel()
        self.comparison.setWordWrap(True)
        self.comparison.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.comparison.setAccessibleName(_tr("The whole school's answers"))
        self.agreements_heading = _heading(_tr("Agreements about the wellbeing"))
        self.agreements_note = QLabel(_tr("The class's agreements under the indicator or question they answer. "
                                          "Agreements about single pupils are never listed here."))
        self.agreements_note.setWordWrap(True)
        self.agreements_note.setStyleSheet(muted_style(self.palette()))
        self.survey_agreements = SurveyAgreementList()
        self.trend_heading = _heading(_tr("Development over the years"))
        self.trend_note = QLabel(_tr("The same pupils are followed from year to year, also when the class moves "
                                     "up a grade."))
        self.trend_note.setWordWrap(True)
        self.trend_note.setStyleSheet(muted_style(self.palette()))
        self.trend_chart = TrendChartWidget()

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 8, 12, 12)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.enter_button)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.caption)
        layout.addWidget(self.indicator_heading)
        layout.addWidget(self.indicator_chart)
        layout.addWidget(self.question_heading)
        layout.addWidget(self.question_chart)
        layout.addWidget(self.comparison_heading)
        layout.addWidget(self.comparison)
        layout.addWidget(self.agreements_heading)
        layout.addWidget(self.agreements_note)
        layout.addWidget(self.survey_agreements)
        layout.addWidget(self.trend_heading)
        layout.addWidget(self.trend_note)
        layout.addWidget(self.trend_chart)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.scroll_area = scroll
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._show_nothing()

    # -- showing -----------------------------------------------------------------------------------
    def _show_nothing(self) -> None:
        self.title.setText("<h2 style='margin:0'>" + _tr("Wellbeing survey") + "</h2>")
        self.summary_label.setText(_tr("Choose a class."))
        for widget in (self.reason_label, self.indicator_heading, self.indicator_chart, self.question_heading,
                       self.question_chart, self.comparison_heading, self.comparison, self.trend_heading,
                       self.trend_note, self.trend_chart,
                       self.agreements_heading, self.agreements_note, self.survey_agreements,
                       self.enter_button, self.import_button, self.caption):
            widget.hide()

    def show_class(self, school_class: SchoolClass) -> None:
        self.school_class = school_class
        self.refresh()

    def refresh(self) -> None:
        if self.school_class is None:
            self._show_nothing()
            return
        school_class = self.school_class
        view = class_wellbeing(self.store, school_class)
        self.view = view
        self.title.setText("<h2 style='margin:0'>" + _tr("Wellbeing survey – {klass}").format(klass=school_class.name)
                           + "</h2>")
        self.enter_button.show()
        self.import_button.show()
        self.caption.show()
        current = view.current
        if current is None:
            self.summary_label.setText(_tr("No survey results for {klass} in {year} yet. Type them in from the "
                                           "report or import a file.").format(
                klass=school_class.name, year=school_class.year.long_label))
            self.reason_label.hide()
            self._set_indicators(None)
            self._set_questions([])
        else:
            chart = view.indicators
            assert chart is not None  # made with the result
            then = SchoolYear(current.survey_year).long_label
            parts = [_tr("School year {year}").format(year=then), chart.answers_text]
            if not view.own_year:  # autumn: the class's own survey is still to come
                parts.insert(0, _tr("No results for {klass} in {year} yet; the newest is from {then} (as {name})")
                             .format(
                    klass=school_class.name, year=school_class.year.long_label,
                    then=then,
                    name=view.class_names.get(current.survey_year, school_class.name)))
            if chart.high_wellbeing_text:
                parts.append(_tr("Share with the highest wellbeing: {share}").format(share=chart.high_wellbeing_text))
            self.summary_label.setText("  ·  ".join(parts))
            if current.suppressed:
                self.reason_label.setText(current.reason)
                self.reason_label.show()
            else:
                self.reason_label.hide()
            self._set_indicators(chart)
            self._set_questions(view.questions)
        self._set_comparison(view)
        self._set_agreements(school_class)
        self._set_trend(view)

    def _agreement_button(self, indicator: str | None, question_code: str | None, about: str) -> QPushButton:
        button = QPushButton(_tr("Make agreement"))
        button.setToolTip(_tr("Make a class agreement about “{about}”").format(about=about))
        button.setAccessibleName(_tr("Make agreement about “{about}”").format(about=about))
        button.setProperty("agreement_indicator", indicator or "")
        button.setProperty("agreement_question", question_code or "")
        button.clicked.connect(self._agreement_clicked)  # a bound method, not a lambda holding self
        self.agreement_buttons[(indicator, question_code)] = button
        return button

    def _agreement_clicked(self) -> None:
        button = self.sender()
        if button is None:
            return
        self.agreement_requested.emit(button.property("agreement_indicator") or None,
                                      button.property("agreement_question") or None)

    def _set_indicators(self, chart) -> None:
        self.agreement_buttons = {k: v for k, v in self.agreement_buttons.items() if k[1] is not None}
        self.indicator_chart.set_chart(chart)
        if chart is None:
            self.indicator_chart.set_row_widgets([])
            self.indicator_heading.hide()
            self.indicator_chart.hide()
            return
        buttons = [self._agreement_button(str(bar.indicator.value), None, bar.label) for bar in chart.bars]
        self.indicator_chart.set_row_widgets(buttons)
        visible = not chart.suppressed  # below 5 answers the reason above says it all
        self.indicator_heading.setVisible(visible)
        self.indicator_chart.setVisible(visible)
        self.indicator_chart.setFixedHeight(self.indicator_chart.sizeHint().height())

    def _set_questions(self, bars) -> None:
        self.agreement_buttons = {k: v for k, v in self.agreement_buttons.items() if k[1] is None}
        self.question_chart.set_bars(bars)
        buttons = [self._agreement_button(None, bar.code, bar.text) for bar in bars]
        self.question_chart.set_row_widgets(buttons)
        visible = bool(bars)
        self.question_heading.setVisible(visible)
        self.question_chart.setVisible(visible)
        self.question_chart.setFixedHeight(self.question_chart.sizeHint().height())

    def _set_comparison(self, view: ClassWellbeing) -> None:
        shown = bool(view.comparisons)
        if shown:
            self.comparison_heading.setText(
                "<b>" + escape(_tr("The two best answers, compared with the whole school")) + "</b><br>"
                + escape(_tr("{source}: the school's figures, not the class's own.").format(
                    source=view.comparison_source)))
            self.comparison.setText("<br>".join(
                f"{escape(c.text)}<br>&nbsp;&nbsp;{escape(c.line)}" for c in view.comparisons))
        self.comparison_heading.setVisible(shown)
        self.comparison.setVisible(shown)

    def _set_agreements(self, school_class: SchoolClass) -> None:
        """The cohort's class agreements about the survey, grouped under what they answer (no pupil named)."""
        groups = agreements_by_survey_link(self.store, school_class)
        self.survey_agreements.set_groups(groups, self.today or date.today(), school_class.name)
        # Without charts there is no "Lav aftale" to point to: the section only shows when it has agreements.
        buttons = not self.indicator_chart.isHidden() or not self.question_chart.isHidden()
        for widget in (self.agreements_heading, self.agreements_note, self.survey_agreements):
            widget.setVisible(bool(groups) or buttons)

    def _set_trend(self, view: ClassWellbeing) -> None:
        trend = view.trend
        show = trend is not None and (trend.has_values or len(trend.years) > 1)
        self.trend_chart.set_chart(trend if show else None)
        for widget in (self.trend_heading, self.trend_note, self.trend_chart):
            widget.setVisible(show)
        if show:
            self.trend_chart.setFixedHeight(self.trend_chart.sizeHint().height())

    # -- entering results --------------------------------------------------------------------------
    def open_form(self) -> None:
        if self.school_class is None:
            return
        from app.ui.survey_form_dialog import SurveyFormDialog

        dialog = SurveyFormDialog(self.store, self.school_class, self)
        if dialog.exec():
            self.refresh()
            self.results_changed.emit()

    def open_import(self) -> None:
        from app.ui.survey_import_dialog import SurveyImportDialog

        year = self.school_class.school_year if self.school_class is not None else None
        dialog = SurveyImportDialog(self.store, self, school_year=year, today=self.today)
        dialog.exec()
        if dialog.imported:
            self.refresh()
            self.results_changed.emit()
