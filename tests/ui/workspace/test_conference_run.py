"""A whole conference on the demo data, driven through the real main window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.agreement import Agreement, AgreementReview, AgreementScope, AgreementStatus, ResponsibleKind
from app.domain.conference import ConferenceStatus
from app.domain.review import PupilReview
from app.domain.wellbeing import Indicator
from app.services import agreements as agreement_service
from app.ui.workspace.agreement_dialog import AgreementDialog
from tests.ui.workspace.conftest import stored_conference


def _type(qtbot, editor, text: str) -> None:
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


ERRORS: list[str] = []


def _fill_agreement(text, *, pupil_name=None, responsible=None, indicator=None):
    """Answer the modal quick-entry dialog the moment it opens (and never leave it hanging open)."""

    def fill():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AgreementDialog):
            ERRORS.append(f"no dialog but {dialog!r}")
            if dialog is not None:
                dialog.reject()
            return
        try:
            answer(dialog)
        finally:
            if dialog.isVisible():
                ERRORS.append(dialog.error.text() or "dialog stayed open")
                dialog.reject()

    def answer(dialog):
        dialog.text.setPlainText(text)
        model = dialog.pupil_model
        for row in range(model.rowCount()):  # from the pupil step the current pupil is ticked in advance
            model.setData(model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
        if pupil_name:
            model = dialog.pupil_model
            row = next(i for i, p in enumerate(model.items) if p.full_name == pupil_name)
            model.setData(model.index(row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
        if responsible is not None:
            dialog.responsible.setCurrentIndex(dialog.responsible.findText(responsible))
        if indicator is not None:
            dialog.link.setCurrentIndex(dialog.link.findData(indicator.value))
        dialog.accept()

    QTimer.singleShot(0, fill)


def _ctrl_n(qtbot, win) -> None:
    qtbot.keyClick(win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()  # the event loop gives the window back its activation after the dialog


def test_a_whole_conference(qtbot, planned, monkeypatch):
    win = planned
    ws = win.workspace
    store = win.store
    conference = ws.conference
    due_before = agreement_service.agreements_due(store, conference)
    assert len(due_before) == 3

    # Start the meeting: the first step is the follow-up of earlier agreements.
    qtbot.mouseClick(ws.start_button, Qt.MouseButton.LeftButton)
    assert stored_conference(win).status == ConferenceStatus.RUNNING
    assert ws.stack.currentWidget() is ws.follow_up

    # 1. Follow-up: every old agreement, one at a time: an outcome and a note.
    outcomes = [AgreementStatus.DONE, AgreementStatus.PARTLY, AgreementStatus.DROPPED]
    step = ws.follow_up
    for number, outcome in enumerate(outcomes):
        step.select(number)
        agreement = step.model.rows[number][0]
        button = step.buttons.button(step.OUTCOMES.index(outcome) + 1)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        _type(qtbot, step.note, f"Opfølgning {number + 1}")
        step.flush()
        stored = store.get(Agreement, agreement.id)
        assert stored.status == outcome
        assert stored.follow_up_note == f"Opfølgning {number + 1}"
    reviews = store.find(AgreementReview, "conference_id = ?", (conference.id,))
    assert sorted(r.status for r in reviews) == sorted(outcomes)

    # 2. The class's wellbeing: 5.B's indicators are shown with last year's.
    win.step_actions[1].trigger()
    assert ws.stack.currentWidget() is ws.wellbeing
    assert "Social trivsel" in ws.wellbeing.summary.text()

    # 3. Pupils: flagged first; flag two more pupils and review them, strengths first.
    win.step_actions[2].trigger()
    pupils = ws.pupils
    flagged = [r for r in pupils.model.rows if r.review.needs_discussion]
    assert flagged and all(r.review.needs_discussion for r in pupils.model.rows[: len(flagged)])
    first_unflagged = len(flagged)
    pupils.select(first_unflagged)
    names = []
    for _ in range(2):
        form = pupils.form
        names.append(pupils.current_pupil().full_name)
        qtbot.mouseClick(form.needs_discussion, Qt.MouseButton.LeftButton)
        _type(qtbot, form.strengths, " Hjælper gerne andre.")
        qtbot.mouseClick(form.discussed, Qt.MouseButton.LeftButton)
        qtbot.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # next pupil saves first
    for name in names:
        given, family = name.split(" ", 1)
        row = store.query(
            "SELECT r.* FROM pupil_review r JOIN pupil p ON p.id = r.pupil_id WHERE r.conference_id = ?"
            " AND p.given_name = ? AND p.family_name = ?", (conference.id, given, family))[0]
        assert row["needs_discussion"] == 1 and row["discussed"] == 1
        assert row["strengths"].endswith("Hjælper gerne andre.")

    # 4. New agreements with Ctrl+N from any step, without losing one's place.
    place = pupils.current_pupil().full_name
    preselected = []
    QTimer.singleShot(0, lambda: (preselected.extend(p.full_name for p in QApplication.activeModalWidget()
                                                     .pupil_model.chosen()), QApplication.activeModalWidget().reject()))
    _ctrl_n(qtbot, win)
    assert preselected == [place]  # Ctrl+N during the pupil review starts an agreement for that pupil
    _fill_agreement("Klassen arbejder med faste makkerpar i matematik.", responsible="Mette Bjørk Holm")
    _ctrl_n(qtbot, win)
    assert ws.stack.currentWidget() is ws.pupils and pupils.current_pupil().full_name == place
    _fill_agreement("Forældrene læser 20 minutter med Alma hver aften.", pupil_name="Alma Søgaard",
                    responsible="Forældrene")
    _ctrl_n(qtbot, win)
    win.step_actions[3].trigger()
    _fill_agreement("Fælles ro-signal og pauser efter 20 minutter.", responsible="Mette Bjørk Holm",
                    indicator=Indicator.CALM)
    _ctrl_n(qtbot, win)
    assert ERRORS == []
    assert ws.new_agreements.model.rowCount() == 3

    made = agreement_service.agreements_made_at(store, conference)
    assert len(made) == 3
    by_text = {a.text: a for a in made}
    class_one = by_text["Klassen arbejder med faste makkerpar i matematik."]
    assert class_one.scope == AgreementScope.CLASS and class_one.responsible_staff_id
    parents = by_text["Forældrene læser 20 minutter med Alma hver aften."]
    assert parents.scope == AgreementScope.PUPIL and parents.responsible_kind == ResponsibleKind.PARENTS
    assert [p.full_name for p in agreement_service.pupils_of_agreement(store, parents)] == ["Alma Søgaard"]
    linked = by_text["Fælles ro-signal og pauser efter 20 minutter."]
    assert linked.indicator == Indicator.CALM
    assert all(a.deadline is not None and a.deadline > conference.held_on for a in made)

    # 5. Summary and closing.
    win.step_actions[4].trigger()
    summary = ws.summary
    assert summary.reviewed_model.rowCount() == 3 and summary.new_model.rowCount() == 3
    assert "4" in summary.carry.text()  # 1 partly done + 3 new stay open
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(summary.close_button, Qt.MouseButton.LeftButton)
    held = stored_conference(win)
    assert held.status == ConferenceStatus.HELD and held.closed_at

    # Held: guarded against accidental edits, and reopening is a deliberate step.
    win.step_actions[2].trigger()
    assert ws.pupils.form.strengths.isReadOnly()
    assert not win.workspace.new_agreement()
    assert ws.reopen_button.isVisible()

    # The open agreements are carried forward to the class's next conference.
    from app.services.conferences import classes_of_conference, plan_conference

    next_one = plan_conference(store, classes_of_conference(store, held), date(2027, 4, 20))
    carried = {a.text for a in agreement_service.agreements_due(store, next_one)}
    assert carried == {a.text for a in made} | {due_before[1].text}


def test_reviews_flagged_while_preparing_come_first_in_the_meeting(qtbot, planned):
    ws = planned.workspace
    assert ws.stack.currentWidget() is ws.pupils  # a planned conference opens on preparation
    assert "alle elever" in ws.pupils.order_note.text().lower()
    last = ws.pupils.model.rows[-1]
    ws.pupils.select(ws.pupils.model.rowCount() - 1)
    qtbot.mouseClick(ws.pupils.form.needs_discussion, Qt.MouseButton.LeftButton)
    assert planned.store.get(PupilReview, last.review.id).needs_discussion
    ws.start_meeting()
    ws.go_to_step(2)
    flagged = [r.pupil.id for r in ws.pupils.model.rows if r.review.needs_discussion]
    assert last.pupil.id in flagged
    assert [r.pupil.id for r in ws.pupils.model.rows[: len(flagged)]] == flagged
