"""Planning a conference from the class overview, editing the agenda, who wrote what, reopening."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit

from app.domain.conference import AgendaItem, Conference, ConferenceParticipant, ConferenceStatus
from app.domain.review import PupilReview
from app.ui.plan_dialog import PlanConferenceDialog
from tests.ui.workspace.conftest import select_class


def test_overview_lists_conferences_and_overdue_agreements(window):
    select_class(window, "5.B")
    model = window.overview.conference_model
    texts = [model.index(r).data() for r in range(model.rowCount())]
    assert texts[0].startswith("08.12.2026") and "Planlagt" in texts[0]
    assert any("4.B" in t and "Afholdt" in t for t in texts)  # last year's conference of the same pupils
    label = window.overview.agreements_label.text()
    assert "3 åbne aftaler" in label and "over fristen" in label


def test_plan_a_conference_with_participants_and_roles(qtbot, window):
    select_class(window, "5.A")
    assert window.overview.conference_model.rowCount() == 0 or all(
        "Planlagt" not in window.overview.conference_model.index(r).data()
        for r in range(window.overview.conference_model.rowCount()))

    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PlanConferenceDialog)
        dialog.date.setDate(QDate(2027, 1, 14))
        dialog.place.setText("Mødelokale 2")
        model = dialog.staff_model
        for row in range(3):
            model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        dialog.leader.setCurrentIndex(1)
        dialog.minute_taker.setCurrentIndex(2)
        dialog.guest_name.setText("Nora Friis")  # a PPR psychologist joins for this meeting
        dialog.add_guest()
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(window.overview.plan_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert window.in_workspace()
    conference = window.workspace.conference
    stored = window.store.get(Conference, conference.id)
    assert stored.held_on == date(2027, 1, 14) and stored.place == "Mødelokale 2" and stored.starts_at == "14:00"
    participants = window.store.find(ConferenceParticipant, "conference_id = ?", (conference.id,))
    assert len(participants) == 4
    guest = next(p for p in participants if p.name == "Nora Friis")
    assert guest.role == "PPR" and guest.staff_id is None
    ids = {p.id for p in participants}
    assert stored.leader_id in ids and stored.minute_taker_id in ids and stored.leader_id != stored.minute_taker_id
    agenda = window.store.find(AgendaItem, "conference_id = ?", (conference.id,), order_by="position")
    assert [a.title for a in agenda] == ["Opfølgning på aftaler", "Klassens trivsel", "Elevgennemgang",
                                         "Nye aftaler", "Opsummering"]
    assert sum(a.planned_minutes for a in agenda) == 90
    reviews = window.store.find(PupilReview, "conference_id = ?", (conference.id,))
    assert len(reviews) == 21  # every pupil of 5.A has a review to prepare
    assert window.workspace.pupils.model.rowCount() == 21


def test_planned_minutes_are_edited_in_the_agenda(planned):
    ws = planned.workspace
    model = ws.agenda
    index = model.index(2, 1)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, 35)
    item = planned.store.get(AgendaItem, model.items[2].id)
    assert item.planned_minutes == 35
    assert "85 min" in ws.agenda_total.text()
    planned.undo_action.trigger()
    assert planned.store.get(AgendaItem, item.id).planned_minutes == 40


def test_the_form_says_who_changed_the_review_last(qtbot, planned):
    win = planned
    win.writer_box.setCurrentIndex(2)  # "who is writing": a staff member chosen in the status bar
    writer = win.writer_box.currentText()
    form = win.workspace.pupils.form
    form.tried.setFocus()
    qtbot.keyClicks(form.tried, "Makkerlæsning")
    form.flush()
    review = win.store.get(PupilReview, win.workspace.pupils.model.rows[win.workspace.pupils.row].review.id)
    assert review.updated_by == writer
    assert writer in form.last_changed.text()
    log = win.store.change_log("pupil_review", [review.id])
    assert log[-1].author == writer and log[-1].field in ("tried", "updated_by")


def test_held_conference_is_read_only_until_reopened(qtbot, planned, monkeypatch):
    ws = planned.workspace
    ws.start_meeting()
    ws.close_without_asking()
    assert planned.store.get(Conference, ws.conference.id).status == ConferenceStatus.HELD
    ws.go_to_step(2)
    assert ws.pupils.form.strengths.isReadOnly() and not ws.pupils.form.needs_discussion.isEnabled()
    ws.go_to_step(0)
    assert ws.follow_up.model.rowCount() > 0  # there are agreements to follow up, and none can be changed
    assert not any(b.isEnabled() for b in ws.follow_up.buttons.buttons())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(ws.reopen_button, Qt.MouseButton.LeftButton)
    assert planned.store.get(Conference, ws.conference.id).status == ConferenceStatus.RUNNING
    ws.go_to_step(2)
    assert not ws.pupils.form.strengths.isReadOnly()


def test_every_input_in_the_workspace_has_an_accessible_name(planned):
    ws = planned.workspace
    missing = []
    for kind in (QLineEdit, QPlainTextEdit, QComboBox):
        for widget in ws.findChildren(kind):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.accessibleName():
                if widget.objectName() == "qt_spinbox_lineedit" or isinstance(widget.parent(), QComboBox):
                    continue  # the inner editor of a spin box or combo box: its owner carries the name
                shown = widget.objectName() or widget.placeholderText() if hasattr(widget, "placeholderText") else ""
                missing.append(f"{kind.__name__} {shown}")
    assert missing == []
    buttons = [b for b in ws.findChildren(QAbstractButton) if not (b.text() or b.accessibleName())]
    assert [b for b in buttons if b.isVisibleTo(ws)] == []


def test_handouts_open_from_the_meeting_for_its_conference(qtbot, planned):
    from app.ui.print_preview import ExportDialog

    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, look)
    qtbot.keyClick(planned, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1 and isinstance(seen[0], ExportDialog)
    assert seen[0].conference.id == planned.workspace.conference.id


def test_step_keys_and_outcome_keys_do_not_collide(qtbot, planned):
    """Ctrl+1..5 move between steps; Alt+1..5 choose an agreement's outcome in the follow-up."""
    win = planned
    ws = win.workspace
    ws.start_meeting()
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert ws.stack.currentWidget() is ws.pupils
    qtbot.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert ws.stack.currentWidget() is ws.follow_up
    agreement = ws.follow_up.model.rows[0][0]
    ws.follow_up.table.setFocus()  # working in the follow-up step
    qtbot.keyClick(ws.follow_up.table, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # "1 Udført"
    from app.domain.agreement import Agreement

    assert win.store.get(Agreement, agreement.id).status == "udført"
