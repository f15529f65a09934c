"""Every editable control is saved: found by walking the widget tree (not a hand-kept list), so a field added
next month is covered too. A unique marker is typed into each text field through key events, every other
control is changed by keys, the file is closed and opened again, and each value is found stored and shown."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.workspace.keys import CTRL, press, reopen, type_text

TEXT_TYPES = (QPlainTextEdit, QLineEdit)
_markers = itertools.count(1)


def editable_controls(root: QWidget) -> dict[str, QWidget]:
    """Every control a user can change under ``root``, keyed by its accessible name (numbered if repeated)."""
    found: dict[str, QWidget] = {}
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or combo box is part of that control
        editable_text = isinstance(widget, TEXT_TYPES) and not widget.isReadOnly()
        if not (editable_text or isinstance(widget, (QCheckBox, QComboBox, QAbstractSpinBox))):
            continue
        name = widget.accessibleName() or type(widget).__name__
        key, number = name, 2
        while key in found:
            key, number = f"{name} #{number}", number + 1
        found[key] = widget
    return found


def state(widget: QWidget):
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return widget.text()  # spin boxes and date edits: what is shown


def change_by_keys(qtbot, widget: QWidget) -> str | None:
    """Change one control as a user does, with the focus on it. Returns the marker typed, if any."""
    widget.setFocus()
    assert QApplication.focusWidget() is widget or widget.isAncestorOf(QApplication.focusWidget())
    if isinstance(widget, TEXT_TYPES):
        marker = f"MRK{next(_markers):03d}æø"
        press(qtbot, Qt.Key.Key_End, CTRL)
        type_text(qtbot, f" {marker}")
        return marker
    if isinstance(widget, QCheckBox):
        press(qtbot, Qt.Key.Key_Space)
    elif isinstance(widget, QComboBox):
        press(qtbot, Qt.Key.Key_Down if widget.currentIndex() < widget.count() - 1 else Qt.Key.Key_Up)
    else:
        press(qtbot, Qt.Key.Key_Up)
        press(qtbot, Qt.Key.Key_Up)
    return None


def _file_text(store) -> str:
    """Everything stored, as text: a marker typed anywhere is somewhere in here."""
    parts = []
    for (table,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        if table.startswith(("log_", "sqlite_")):  # the change log and SQLite's own
            continue
        for row in store.conn.execute(f"SELECT * FROM [{table}]"):
            parts.extend(str(value) for value in row if value is not None)
    return "\n".join(parts)


def test_every_control_of_the_pupil_review_is_stored_and_shown_after_reopening(qtbot, planned):
    from tests.ui.workspace.test_meeting_defects import select_class_and_open

    win, path = planned, planned.store.path
    step = win.workspace.pupils
    # A pupil with imported absence, so that its panel is there too.
    step.select(2)
    pupil_id = step.current_pupil().id
    controls = editable_controls(step.form)
    assert len(controls) >= 20, sorted(controls)
    markers, expected = [], {}
    for key, widget in controls.items():
        marker = change_by_keys(qtbot, widget)
        if marker:
            markers.append(marker)
        expected[key] = state(widget)
    press(qtbot, Qt.Key.Key_Tab)  # leave the last field
    stored = _file_text(win.store)
    assert [m for m in markers if m not in stored] == []

    reopen(win, path)
    select_class_and_open(win)
    step = win.workspace.pupils
    step.go = next(i for i, r in enumerate(step.model.rows) if r.pupil.id == pupil_id)
    step.select(step.go)
    shown = {key: state(widget) for key, widget in editable_controls(step.form).items()}
    assert {k: (shown.get(k), v) for k, v in expected.items() if shown.get(k) != v} == {}


def test_every_control_of_the_follow_up_step_is_stored_and_shown_after_reopening(qtbot, planned):
    from tests.ui.workspace.test_meeting_defects import select_class_and_open

    win, path = planned, planned.store.path
    win.workspace.start_meeting()
    step = win.workspace.follow_up
    controls = editable_controls(step)
    assert "Opfølgningsnotat" in controls, sorted(controls)
    markers = [m for m in (change_by_keys(qtbot, w) for w in controls.values()) if m]
    press(qtbot, Qt.Key.Key_Tab)
    expected = {key: state(widget) for key, widget in controls.items()}
    assert [m for m in markers if m not in _file_text(win.store)] == []
    reopen(win, path)
    select_class_and_open(win)
    win.workspace.go_to_step(0)
    shown = {key: state(widget) for key, widget in editable_controls(win.workspace.follow_up).items()}
    assert {k: (shown.get(k), v) for k, v in expected.items() if shown.get(k) != v} == {}


def _fill_dialog(qtbot, dialog: QDialog) -> list[str]:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    markers = []
    for widget in editable_controls(dialog).values():
        if isinstance(widget, TEXT_TYPES):
            markers.append(change_by_keys(qtbot, widget))
    return markers


def test_every_text_of_the_agreement_and_note_dialogs_is_stored_and_shown(qtbot, planned):
    from app.ui.workspace.agreement_dialog import AgreementDialog
    from app.ui.workspace.notes import NoteDialog
    from tests.ui.workspace.test_meeting_defects import select_class_and_open

    win, path = planned, planned.store.path
    ws = win.workspace
    dialog = AgreementDialog(win.store, ws.conference, win)
    dialog.show()
    agreement_markers = _fill_dialog(qtbot, dialog)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible(), dialog.error.text()

    panel = ws.pupils.form.notes
    pupil_id = ws.pupils.current_pupil().id
    note_markers = []

    def answer(self):
        self.show()
        note_markers.extend(_fill_dialog(qtbot, self))
        return True

    from app.ui.workspace import notes as notes_module

    original = notes_module.NoteDialog.exec
    notes_module.NoteDialog.exec = answer
    try:
        panel.add_note()
    finally:
        notes_module.NoteDialog.exec = original
    stored = _file_text(win.store)
    assert [m for m in agreement_markers + note_markers if m not in stored] == []

    reopen(win, path)
    select_class_and_open(win)
    ws = win.workspace
    ws.go_to_step(3)
    table_text = " ".join(str(ws.new_agreements.model.index(r, 0).data())
                          for r in range(ws.new_agreements.model.rowCount()))
    assert all(m in table_text for m in agreement_markers)
    ws.go_to_step(2)
    ws.go_to_pupil(pupil_id)
    notes_text = " ".join(str(ws.pupils.form.notes.model.index(r).data())
                          for r in range(ws.pupils.form.notes.model.rowCount()))
    assert all(m in notes_text for m in note_markers)
    assert isinstance(NoteDialog, type)


def test_every_text_of_the_plan_dialog_is_stored_and_shown(qtbot, window):
    """Each text field is typed into and Enter pressed in it (which adds a guest's name to the list, and never
    closes the dialog); Ctrl+Enter plans the conference."""
    from app.domain.conference import ConferenceParticipant
    from app.ui.plan_dialog import PlanConferenceDialog
    from tests.conftest import DEMO_TODAY
    from tests.ui.workspace.conftest import select_class

    win, path = window, window.store.path
    select_class(win, "5.A")
    dialog = PlanConferenceDialog(win.store, win.selected_class(), DEMO_TODAY, win)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    markers = []
    for widget in editable_controls(dialog).values():
        if isinstance(widget, TEXT_TYPES):
            markers.append(change_by_keys(qtbot, widget))
            press(qtbot, Qt.Key.Key_Return)
            assert dialog.isVisible()
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible(), dialog.error.text()
    conference = dialog.created
    assert [m for m in markers if m not in _file_text(win.store)] == []
    reopen(win, path)
    names = [p.name for p in win.store.find(ConferenceParticipant, "conference_id = ?", (conference.id,))]
    stored = win.store.get(type(conference), conference.id)
    assert all(m in " ".join(names) + stored.place for m in markers)


def test_every_field_of_the_survey_form_is_stored_and_shown(qtbot, window):
    """The survey form's fields take numbers: a distinct valid number is typed into each (by keys), Ctrl+Enter
    saves, and after reopening the file the form shows every one of them again."""
    from PySide6.QtWidgets import QSpinBox

    from app.ui.survey_form_dialog import SurveyFormDialog
    from tests.ui.workspace.conftest import select_class

    win, path = window, window.store.path

    def open_form():
        select_class(win, "5.A")
        form = SurveyFormDialog(win.store, win.selected_class(), win)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=2000)
        return form

    form = open_form()
    typed = {}
    for number, (key, widget) in enumerate(editable_controls(form).items()):
        if not isinstance(widget, (QLineEdit, QSpinBox)):
            continue
        widget.setFocus()
        press(qtbot, Qt.Key.Key_A, CTRL)
        text = "23" if isinstance(widget, QSpinBox) else f"{1 + number % 4},{number % 9 + 1}"  # 1,1 … 4,9
        type_text(qtbot, text)
        typed[key] = state(widget)
    assert len(typed) >= 10, sorted(typed)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert not form.isVisible(), form.error_label.text()
    reopen(win, path)
    form = open_form()
    shown = {key: state(widget) for key, widget in editable_controls(form).items() if key in typed}
    form.reject()
    assert {k: (shown.get(k), v) for k, v in typed.items() if shown.get(k) != v} == {}
