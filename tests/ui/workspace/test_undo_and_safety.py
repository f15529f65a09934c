"""Undo/redo of every change, autosave, the projector-safe view, the blank screen and the zoom."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.domain.review import PupilReview


def _strengths(store, review_id: str) -> str:
    return store.get(PupilReview, review_id).strengths


def test_undo_and_redo_with_readable_names(qtbot, planned):
    win = planned
    step = win.workspace.pupils
    review = step.model.rows[step.row].review
    before = review.strengths
    form = step.form
    form.strengths.setFocus()
    qtbot.keyClick(form.strengths, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.strengths, " Er en god kammerat.")
    qtbot.waitUntil(lambda: _strengths(win.store, review.id).endswith("kammerat."), timeout=3000)  # autosave
    assert win.undo_action.isEnabled()
    assert win.undo_action.text().replace("&", "") == "Fortryd: Redigér elevgennemgang"

    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _strengths(win.store, review.id) == before
    assert form.strengths.toPlainText() == before  # the screen follows the file
    assert win.redo_action.text().replace("&", "") == "Annullér fortryd: Redigér elevgennemgang"

    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _strengths(win.store, review.id).endswith("Er en god kammerat.")
    assert form.strengths.toPlainText().endswith("Er en god kammerat.")

    # Flags and status changes are undoable too, one named step each.
    qtbot.mouseClick(form.needs_discussion, Qt.MouseButton.LeftButton)
    flagged = win.store.get(PupilReview, review.id).needs_discussion
    win.undo_action.trigger()
    assert win.store.get(PupilReview, review.id).needs_discussion is (not flagged)
    assert form.needs_discussion.isChecked() is (not flagged)

    win.workspace.start_meeting()
    assert win.undo_action.text().replace("&", "") == "Fortryd: Start konference"
    win.undo_action.trigger()
    assert win.store.get(type(win.workspace.conference), win.workspace.conference.id).status == "planlagt"
    assert win.workspace.start_button.isVisible()


def test_typing_not_yet_saved_is_saved_before_moving_on(qtbot, planned):
    win = planned
    step = win.workspace.pupils
    review = step.model.rows[step.row].review
    step.form.next_steps.setFocus()
    qtbot.keyClicks(step.form.next_steps, "Læsemakker to gange om ugen")
    qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # at once, no waiting
    assert "Læsemakker to gange om ugen" in win.store.get(PupilReview, review.id).next_steps
    assert step.current_pupil().id != review.pupil_id


def _visible_texts(widget) -> str:
    parts = []
    for child in widget.findChildren(QLabel):
        if child.isVisibleTo(widget):
            parts.append(child.text())
    for editor in widget.findChildren(type(widget.form.strengths)) if hasattr(widget, "form") else []:
        if editor.isVisibleTo(widget):
            parts.append(editor.toPlainText())
    return "\n".join(parts)


def test_projector_safe_view_hides_confidential_fields(qtbot, planned):
    win = planned
    step = win.workspace.pupils
    # Choose a pupil with wellbeing notes, the kind of text that must not reach a projector by accident.
    row = next(i for i, r in enumerate(step.model.rows) if r.review.wellbeing_notes)
    step.select(row)
    secret = step.model.rows[row].review.wellbeing_notes
    assert secret in _visible_texts(step)
    qtbot.keyClick(win, Qt.Key.Key_F8)
    assert win.projector_action.isChecked()
    assert secret not in _visible_texts(step)
    assert not step.form.absence_box.isVisibleTo(step) and not step.form.wellbeing_box.isVisibleTo(step)
    assert step.form.strengths.isVisibleTo(step)  # strengths stay: they are what the team talks about
    step.move(1)  # still hidden for the next pupil
    assert not step.form.wellbeing_box.isVisibleTo(step)
    qtbot.keyClick(win, Qt.Key.Key_F8)
    assert step.form.wellbeing_box.isVisibleTo(step)


def test_blank_screen_and_back_without_losing_anything(qtbot, planned):
    win = planned
    form = win.workspace.pupils.form
    text = form.strengths.toPlainText()
    qtbot.keyClick(win, Qt.Key.Key_F9)
    assert win.blank.isVisible() and win.blank.geometry() == win.rect()
    qtbot.keyClick(win.blank, Qt.Key.Key_A)  # typing on a blank screen goes nowhere
    qtbot.keyClick(win.blank, Qt.Key.Key_Escape)
    assert not win.blank.isVisible()
    assert form.strengths.toPlainText() == text


def test_presentation_zoom_scales_everything(qtbot, planned):
    win = planned
    label = win.workspace.pupils.form.title
    before = label.font().pointSizeF()
    for _ in range(3):
        qtbot.keyClick(win, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert win.zoom.factor == 1.5
    assert label.font().pointSizeF() > before * 1.4
    assert win.workspace.agenda_view.font().pointSizeF() > before * 1.4
    qtbot.keyClick(win, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert label.font().pointSizeF() == before


def test_workspace_models_pass_the_model_tester(qtmodeltester, planned):
    ws = planned.workspace
    qtmodeltester.check(ws.pupils.model)
    qtmodeltester.check(ws.agenda)
    ws.go_to_step(0)
    qtmodeltester.check(ws.follow_up.model)


def test_agenda_timer_counts_the_current_item_and_tints_overruns(qtbot, planned):
    ws = planned.workspace
    ws.start_meeting()
    ws.go_to_step(2)
    row = ws.agenda.current_row
    item = ws.agenda.items[row]
    ws._base_seconds = item.planned_minutes * 60 + 5  # as if the item had run 5 s over
    ws._tick()
    index = ws.agenda.index(row, 2)
    assert index.data() == f"{item.planned_minutes}:05"
    assert index.data(Qt.ItemDataRole.BackgroundRole) is not None
    ws.go_to_step(3)  # leaving the step stores the time
    stored = planned.store.query("SELECT used_seconds FROM agenda_item WHERE id = ?", (item.id,))[0]
    assert stored["used_seconds"] >= item.planned_minutes * 60 + 5
    assert not planned.undo_action.text().endswith("Tidsforbrug")  # the clock is not an undo step


def test_undo_in_the_overview_keeps_the_chosen_class(window):
    from app.services import school
    from tests.ui.workspace.conftest import select_class

    select_class(window, "5.B")
    five_b = window.selected_class()
    school.add_pupil(window.store, five_b, "Ny", "Elevsen")
    window.refresh_overview()
    assert window.selected_class().id == five_b.id
    rows = window.overview.pupil_model.rowCount()
    window.undo_action.trigger()
    assert window.selected_class().id == five_b.id
    assert window.overview.pupil_model.rowCount() == rows - 1


def test_notes_with_a_confidential_one_hidden_on_the_projector(qtbot, planned, monkeypatch):
    from app.domain.notes import PupilNote
    from app.ui.workspace import notes as notes_module

    win = planned
    step = win.workspace.pupils
    panel = step.form.notes
    pupil = step.current_pupil()

    def answer(self):
        self.text.setPlainText("Mor har ringet om en svær periode derhjemme.")
        self.confidential.setChecked(True)
        return True

    monkeypatch.setattr(notes_module.NoteDialog, "exec", answer)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    stored = win.store.find(PupilNote, "pupil_id = ?", (pupil.id,))
    assert any(n.text.startswith("Mor har ringet") and n.confidential for n in stored)
    shown = [panel.model.index(r).data() for r in range(panel.model.rowCount())]
    assert any("Mor har ringet" in text and "fortroligt" in text for text in shown)
    qtbot.keyClick(win, Qt.Key.Key_F8)
    shown = [panel.model.index(r).data() for r in range(panel.model.rowCount())]
    assert not any("Mor har ringet" in text for text in shown)
    assert "skjult" in panel.hidden.text()
