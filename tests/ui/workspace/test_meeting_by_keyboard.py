"""A whole conference on the demo file run from the keyboard alone: every key goes to the widget that has the
focus (QApplication.focusWidget()), and no widget method is called to act. Then the file is closed and opened
again, and what was done is found stored and shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QMessageBox

from app.domain.agreement import Agreement, AgreementStatus, ResponsibleKind
from app.domain.conference import ConferenceStatus
from app.domain.review import PupilReview
from app.domain.wellbeing import Indicator
from app.services import agreements as agreement_service
from app.services.conferences import participants_of
from tests.ui.workspace.keys import ALT, CTRL, SHIFT, focused, press, reopen, tab_until, type_text

PROBLEMS: list[str] = []


def in_next_dialog(qtbot, keys) -> None:
    """Run ``keys()`` once a modal dialog has opened and has the focus (the key that opens it blocks)."""

    def run():
        try:
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None and QApplication.focusWidget()
                            is not None and QApplication.focusWidget().window() is QApplication.activeModalWidget(),
                            timeout=3000)
            keys(QApplication.activeModalWidget())
        except Exception as error:  # noqa: BLE001 - reported by the test, and the dialog must not hang it
            PROBLEMS.append(repr(error))
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible():
            PROBLEMS.append(f"{type(dialog).__name__} stayed open")
            dialog.reject() if isinstance(dialog, QDialog) else dialog.close()

    QTimer.singleShot(0, run)


def test_a_whole_conference_from_the_keyboard(qtbot, window):
    win, path = window, window.store.path
    PROBLEMS.clear()

    # Who is writing (Filer -> Hvem skriver…, Ctrl+Shift+W): the third staff member.
    def choose_writer(dialog):
        combo = focused() if isinstance(focused(), QComboBox) else dialog.findChild(QComboBox)
        assert combo is not None
        press(qtbot, Qt.Key.Key_Down, times=2)
        press(qtbot, Qt.Key.Key_Return)

    win.overview.class_list.setFocus()  # where the overview starts
    in_next_dialog(qtbot, choose_writer)
    press(qtbot, Qt.Key.Key_W, CTRL | SHIFT)
    writer = win.store.author
    assert writer and PROBLEMS == []

    # 5.B's conference: type the class's name in the class list, Tab to its conferences, Enter opens one.
    tab_until(qtbot, lambda w: w is win.overview.class_list)
    type_text(qtbot, "5.B")
    assert win.selected_class().name == "5.B"
    tab_until(qtbot, lambda w: w is win.overview.conference_list)
    press(qtbot, Qt.Key.Key_Return)
    assert win.in_workspace()
    ws = win.workspace
    conference = ws.conference
    assert conference.status == ConferenceStatus.PLANNED

    # Start the meeting (F5): the follow-up, with the focus on the outcome.
    press(qtbot, Qt.Key.Key_F5)
    assert win.store.get(type(conference), conference.id).status == ConferenceStatus.RUNNING
    assert ws.stack.currentWidget() is ws.follow_up
    due = [row[0] for row in ws.follow_up.model.rows]
    assert len(due) == 3
    outcomes = {1: AgreementStatus.DONE, 2: AgreementStatus.PARTLY, 4: AgreementStatus.DROPPED}
    for number, key in enumerate(outcomes):
        press(qtbot, getattr(Qt.Key, f"Key_{key}"), ALT)
        tab_until(qtbot, lambda w: w is ws.follow_up.note)
        type_text(qtbot, f"Opfølgning nummer {number + 1}")
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
    for agreement, outcome in zip(due, outcomes.values()):
        stored = win.store.get(Agreement, agreement.id)
        assert stored.status == outcome

    # The class's wellbeing (Ctrl+2), then three pupils (Ctrl+3): flag, strengths, a subject goal.
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert ws.stack.currentWidget() is ws.wellbeing and "Social trivsel" in ws.wellbeing.summary.text()
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert ws.stack.currentWidget() is ws.pupils
    form = ws.pupils.form
    reviewed = []
    for number in range(3):
        reviewed.append(ws.pupils.current_pupil().id)
        tab_until(qtbot, lambda w: w is form.needs_discussion)
        flagged = form.needs_discussion.isChecked()
        press(qtbot, Qt.Key.Key_Space)
        tab_until(qtbot, lambda w: w is form.strengths)
        press(qtbot, Qt.Key.Key_End, CTRL)
        type_text(qtbot, f" Styrke {number + 1}.")
        tab_until(qtbot, lambda w: w is form.subject_rows["dansk"].goal)
        type_text(qtbot, f"Mål i dansk {number + 1}")
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        review = win.store.get(PupilReview, win.store.find(
            PupilReview, "conference_id = ? AND pupil_id = ?", (conference.id, reviewed[-1]))[0].id)
        assert review.needs_discussion is (not flagged) and review.strengths.endswith(f"Styrke {number + 1}.")

    # Three agreements: for the class; for one pupil with the parents responsible; linked to an indicator.
    press(qtbot, Qt.Key.Key_4, CTRL)

    def class_agreement(dialog):
        type_text(qtbot, "Klassen får faste makkerpar i matematik.")
        press(qtbot, Qt.Key.Key_Return, CTRL)

    def parents_agreement(dialog):
        type_text(qtbot, "Forældrene læser med Alma hver aften.")
        tab_until(qtbot, lambda w: w is dialog.pupil_list)
        type_text(qtbot, "Alma")
        press(qtbot, Qt.Key.Key_Space)
        tab_until(qtbot, lambda w: w is dialog.responsible)
        type_text(qtbot, "F")  # Forældrene
        press(qtbot, Qt.Key.Key_Return, CTRL)

    def indicator_agreement(dialog):
        type_text(qtbot, "Fælles ro-signal og pauser efter 20 minutter.")
        tab_until(qtbot, lambda w: w is dialog.link)
        type_text(qtbot, "R")  # Ro og orden
        press(qtbot, Qt.Key.Key_Return, CTRL)

    for answer in (class_agreement, parents_agreement, indicator_agreement):
        in_next_dialog(qtbot, answer)
        press(qtbot, Qt.Key.Key_N, CTRL)
        assert PROBLEMS == []
    made = {a.text: a for a in agreement_service.agreements_made_at(win.store, conference)}
    assert len(made) == 3
    assert made["Klassen får faste makkerpar i matematik."].responsible_staff_id  # the writer by default
    parents = made["Forældrene læser med Alma hver aften."]
    assert parents.responsible_kind == ResponsibleKind.PARENTS
    assert [p.given_name for p in agreement_service.pupils_of_agreement(win.store, parents)] == ["Alma"]
    assert made["Fælles ro-signal og pauser efter 20 minutter."].indicator == Indicator.CALM

    # One participant sent apologies (Ctrl+Shift+D).
    def one_absent(dialog):
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Return, CTRL)

    in_next_dialog(qtbot, one_absent)
    press(qtbot, Qt.Key.Key_D, CTRL | SHIFT)
    assert [p.present for p in participants_of(win.store, conference)].count(False) == 1

    # The summary (Ctrl+5), and closing the meeting (Shift+F5; Enter answers "Ja").
    press(qtbot, Qt.Key.Key_5, CTRL)
    assert ws.stack.currentWidget() is ws.summary

    def confirm(dialog):
        assert isinstance(dialog, QMessageBox)
        press(qtbot, Qt.Key.Key_Return)

    in_next_dialog(qtbot, confirm)
    press(qtbot, Qt.Key.Key_F5, SHIFT)
    assert PROBLEMS == []
    assert win.store.get(type(conference), conference.id).status == ConferenceStatus.HELD

    # The handouts (Ctrl+P) open for this conference; Esc closes them.
    def handouts(dialog):
        assert type(dialog).__name__ == "ExportDialog"
        press(qtbot, Qt.Key.Key_Escape)

    in_next_dialog(qtbot, handouts)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert PROBLEMS == []

    # After closing and opening the file again, everything is stored and shown.
    asked = reopen(win, path)
    assert asked == []  # the meeting was closed: nothing to offer back
    from tests.ui.workspace.conftest import select_class

    select_class(win, "5.B")
    win.open_selected_conference()
    ws = win.workspace
    assert ws.conference.status == ConferenceStatus.HELD
    ws.go_to_step(3)
    shown = {ws.new_agreements.model.index(r, 0).data() for r in range(ws.new_agreements.model.rowCount())}
    assert set(made) <= shown
    ws.go_to_step(2)
    for number, pupil_id in enumerate(reviewed):
        ws.go_to_pupil(pupil_id)
        assert ws.pupils.form.strengths.toPlainText().endswith(f"Styrke {number + 1}.")
        assert ws.pupils.form.subject_rows["dansk"].goal.toPlainText().endswith(f"Mål i dansk {number + 1}")
