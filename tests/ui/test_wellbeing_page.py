"""The class wellbeing page, the entry form and the import dialog, on the demo file."""

from __future__ import annotations

import re

from openpyxl import Workbook
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from app.domain.charts import answers_text
from app.domain.wellbeing import Indicator, WellbeingResult
from app.services import school
from app.ui.survey_form_dialog import SurveyFormDialog
from app.ui.survey_import_dialog import SurveyImportDialog
from tests.conftest import DEMO_TODAY
from tests.ui.wellbeing_pages import _class, _page

DECIMAL = re.compile(r"\d,\d")


def _texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Every text a user or a screen reader can get from the widget tree."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()]
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
            found.append(widget.text())
    return [t for t in found if t]


def test_5b_shows_indicators_with_change_school_national_and_questions_lowest_first(qtbot, store):
    page = _page(qtbot, store, "5.B")
    chart = page.indicator_chart.chart
    assert page.indicator_chart.isVisible()
    assert [(bar.label, bar.value_text) for bar in chart.bars][:2] == [("Social trivsel", "4,1"),
                                                                       ("Faglig trivsel", "3,5")]
    social = chart.bars[0]
    assert (social.school_text, social.national_text, social.change_text) == ("4,0", "4,0", "+0,2")
    assert "4,1" in page.indicator_chart.accessibleDescription()
    assert answers_text(23) in page.summary_label.text() and "87,0 %" in page.summary_label.text()
    assert not page.reason_label.isVisible()
    means = [bar.mean for bar in page.question_chart.bars]
    assert means == sorted(means) and len(means) == 10
    assert page.question_chart.bars[0].code == "A07"
    assert page.trend_chart.isVisible() and page.trend_chart.chart.has_values
    assert [y.label for y in page.trend_chart.chart.years] == ["4.B 2025/26", "5.B 2026/27"]


def test_make_agreement_emits_the_indicator_or_the_question(qtbot, store):
    page = _page(qtbot, store, "5.B")
    buttons = page.agreement_buttons
    assert len(buttons) == 5 + 10
    with qtbot.waitSignal(page.agreement_requested) as signal:
        buttons[("social", None)].click()
    assert signal.args == ["social", None]
    assert Indicator(signal.args[0]) == Indicator.SOCIAL
    with qtbot.waitSignal(page.agreement_requested) as signal:
        buttons[(None, "A07")].click()
    assert signal.args == [None, "A07"]
    assert buttons[("social", None)].isVisible()


def test_5a_this_year_shows_only_the_count_and_why(qtbot, store):
    page = _page(qtbot, store, "5.A")
    assert page.reason_label.isVisible()
    assert page.view.current.reason == page.reason_label.text()
    assert answers_text(4) in page.summary_label.text()
    assert not page.indicator_chart.isVisible() and not page.question_chart.isVisible()
    assert page.indicator_chart.chart.bars == () and page.question_chart.bars == []
    assert page.agreement_buttons == {}
    # last year's result (4.A, 19 answers) may show in the trend; nothing else carries a figure
    texts = _texts(page, skip=(page.trend_chart,))
    assert not [t for t in texts if DECIMAL.search(t)]
    trend = page.trend_chart.accessibleDescription()
    this_year = trend.split(";")[-1]
    assert "5.A 2026/27" in this_year and answers_text(4) in this_year and not DECIMAL.search(this_year)


def test_5a_without_history_shows_no_figure_anywhere(qtbot, store):
    last_year = school.classes_of_year(store, 2025)
    old = store.find_one(WellbeingResult, "class_id = ?", (next(c for c in last_year if c.name == "4.A").id,))
    with store.operation("test: remove last year's result") as op:
        op.delete(old)
    page = _page(qtbot, store, "5.A")
    texts = _texts(page)
    assert not [t for t in texts if DECIMAL.search(t)]
    assert any(answers_text(4) in t for t in texts)
    assert page.view.current.reason in texts


def test_1a_grades_0_to_3_are_shown_as_distributions(qtbot, store):
    page = _page(qtbot, store, "1.A")
    assert page.indicator_chart.chart.young and page.indicator_chart.chart.bars == ()
    bars = page.question_chart.bars
    assert len(bars) == 8 and all(bar.option_count == 3 for bar in bars)
    assert page.question_chart.isVisible()
    assert not page.trend_chart.isVisible()  # one year and no indicators: nothing to follow yet


def test_form_saves_typed_results_and_hides_a_suppressed_classes_figures(qtbot, store):
    dialog = SurveyFormDialog(store, _class(store, "5.A"))
    qtbot.addWidget(dialog)
    assert dialog.hidden_note.isVisibleTo(dialog)
    assert dialog.answers.value() == 4
    assert all(not edit.text() for edits in dialog.indicator_edits.values() for edit in edits)
    assert all(not any(q.shares) for q in dialog.question_model.rows)  # questions offered, without answers
    dialog.answers.setValue(21)
    social = dialog.indicator_edits[Indicator.SOCIAL]
    social[0].setText("3,9")
    social[2].setText("4,0")
    dialog.indicator_edits[Indicator.CALM][0].setText("6,1")
    dialog.save()
    assert dialog.error_label.isVisibleTo(dialog) and "6,1" in dialog.error_label.text()
    dialog.indicator_edits[Indicator.CALM][0].setText("3,6")
    model = dialog.question_model
    model.setData(model.index(0, model.first_share), "50")
    model.setData(model.index(0, model.first_share + 1), "50 %")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page = _page(qtbot, store, "5.A")
    values = {bar.indicator: bar.value_text for bar in page.indicator_chart.chart.bars}
    assert values[Indicator.SOCIAL] == "3,9" and values[Indicator.CALM] == "3,6"
    assert len(page.question_chart.bars) == 1


def test_form_starts_with_the_stored_figures_of_a_class_with_enough_answers(qtbot, store):
    dialog = SurveyFormDialog(store, _class(store, "5.B"))
    qtbot.addWidget(dialog)
    assert not dialog.hidden_note.isVisibleTo(dialog)
    assert dialog.indicator_edits[Indicator.SOCIAL][0].text() == "4,1"
    assert dialog.high.text() == "87"
    assert len(dialog.question_model.rows) == 10


def test_import_dialog_previews_then_imports_and_a_second_time_changes_nothing(qtbot, store, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "5.B"
    for row in (["Antal svar", 23], ["Social trivsel", "4,3"]):
        sheet.append(row)
    path = tmp_path / "trivsel.xlsx"
    book.save(path)
    dialog = SurveyImportDialog(store, school_year=2026, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    preview = dialog.load(path)
    assert preview.ok and dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 1).data() == "5.B"
    assert dialog.model.index(0, 3).data() == "23"
    dialog.do_import()
    assert dialog.imported
    page = _page(qtbot, store, "5.B")
    assert page.indicator_chart.chart.bars[0].value_text == "4,3"
    again = SurveyImportDialog(store, school_year=2026, today=DEMO_TODAY)
    qtbot.addWidget(again)
    again.load(path)
    assert not again.import_button.isEnabled()


def test_import_dialog_lists_problems_and_stores_nothing(qtbot, store, tmp_path):
    path = tmp_path / "forkert.xlsx"
    path.write_text("ikke et regneark", encoding="utf-8")
    dialog = SurveyImportDialog(store, school_year=2026, today=DEMO_TODAY)
    qtbot.addWidget(dialog)
    dialog.load(path)
    assert dialog.problems.isVisibleTo(dialog) and "forkert.xlsx" in dialog.problems.toPlainText()
    assert not dialog.import_button.isEnabled()
