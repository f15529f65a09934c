"""One test per defect found by running a meeting as a new user would (issue 11). Keys go to the focus."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.agreement import Agreement, ResponsibleKind
from app.domain.conference import AgendaItem
from app.domain.review import PupilReview
from app.services import agreements as agreement_service, reviews as review_service
from app.ui.workspace.agreement_dialog import AgreementDialog
from tests.ui.workspace.keys import ALT, CTRL, focused, press, reopen, tab_until, type_text


def _stored_subject(store, review_id, subject):
    review = store.get(PupilReview, review_id)
    return {a.subject.casefold(): a for a in review_service.subjects_of(store, review)}.get(subject)


def test_a_subject_goal_typed_is_stored_and_shown_after_reopening(qtbot, planned):
    win, path = planned, planned.store.path
    form = win.workspace.pupils.form
    review_id = form.row.review.id
    pupil_id = form.row.pupil.id
    row = form.subject_rows["dansk"]
    row.goal.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, " Læser 20 min dagligt")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it
    assert _stored_subject(win.store, review_id, "dansk").goal.endswith("Læser 20 min dagligt")
    reopen(win, path)
    select_class_and_open(win)
    step = win.workspace.pupils
    step.select(next(i for i, r in enumerate(step.model.rows) if r.pupil.id == pupil_id))
    assert step.form.subject_rows["dansk"].goal.toPlainText().endswith("Læser 20 min dagligt")


def select_class_and_open(win):
    from tests.ui.workspace.conftest import select_class

    select_class(win, "5.B")
    win.open_selected_conference()


def test_steady_typing_is_saved_within_about_a_second(qtbot, planned):
    win = planned
    form = win.workspace.pupils.form
    review_id = form.row.review.id
    original = win.store.get(PupilReview, review_id).next_steps
    form.next_steps.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    typed = ""
    for number in range(18):  # 3 s of steady typing, a key every 1/6 s: the typing never pauses
        typed += "abcdefghijklmnopqr"[number]
        type_text(qtbot, typed[-1])
        qtbot.wait(160)
        if number >= 9:  # from 1.6 s on, at most about a second of typing is unsaved
            stored = win.store.get(PupilReview, review_id).next_steps
            assert stored.startswith(original + typed[: number - 6]), (number, stored[-20:])


def test_after_start_tab_leaves_the_agenda_and_reaches_the_outcomes(qtbot, planned):
    win = planned
    ws = win.workspace
    ws.start_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # "Start mødet"
    assert ws.stack.currentWidget() is ws.follow_up
    ws.agenda_view.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not ws.agenda_view
    ws.agenda_view.setFocus()
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is not ws.agenda_view
    tab_until(qtbot, lambda w: w is ws.follow_up.note)


def test_outcome_keys_work_wherever_the_focus_is_in_the_meeting(qtbot, planned):
    win = planned
    ws = win.workspace
    ws.start_meeting()
    agreement = ws.follow_up.model.rows[0][0]
    ws.agenda_view.setFocus()
    press(qtbot, Qt.Key.Key_2, ALT)  # "2 Delvist udført"
    assert win.store.get(Agreement, agreement.id).status == "delvist"


def _used_seconds(win, item_id) -> int:
    return win.store.get(AgendaItem, item_id).used_seconds


def _run_clock(ws, seconds: int) -> None:
    """As if the current item had run ``seconds`` longer than its stored time (the clock's own arithmetic)."""
    ws._base_seconds += seconds
    ws._tick()


def test_undo_never_turns_the_meeting_clock_back(qtbot, planned):
    win = planned
    ws = win.workspace
    ws.start_meeting()
    form_step = 2
    ws.go_to_step(form_step)
    item = ws.agenda.items[ws.agenda.current_row]
    _run_clock(ws, 97)
    form = ws.pupils.form
    form.strengths.setFocus()
    type_text(qtbot, "x")
    form.flush()
    ws.pupils.list.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # undo the typing, not the time
    assert ws.agenda.items[ws.agenda.current_row].used_seconds >= 97
    ws.save_time()
    assert _used_seconds(win, item.id) >= 97


def test_editing_planned_minutes_keeps_the_time_used(qtbot, planned):
    ws = planned.workspace
    ws.start_meeting()
    _run_clock(ws, 97)
    row = ws.agenda.current_row
    ws.agenda.setData(ws.agenda.index(row, 1), 20)  # the running item's own minutes
    assert ws.agenda.items[row].used_seconds >= 97
    assert ws.agenda.items[row].planned_minutes == 20
    ws.agenda.setData(ws.agenda.index(row + 2, 1), 30)  # another item
    assert ws.agenda.items[row].used_seconds >= 97


def test_the_running_items_minutes_can_be_edited_while_the_clock_ticks(qtbot, planned):
    ws = planned.workspace
    ws.start_meeting()
    row = ws.agenda.current_row
    index = ws.agenda.index(row, 1)
    ws.agenda_view.setFocus()
    ws.agenda_view.setCurrentIndex(index)
    ws.agenda_view.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not ws.agenda_view
    for _ in range(3):
        ws._tick()
        QApplication.processEvents()
    assert QApplication.focusWidget() is editor and editor.isVisible()


def test_the_clock_is_stored_at_least_every_ten_seconds(qtbot, planned):
    from app.ui.workspace import workspace

    assert workspace.SAVE_TIMER_EVERY_S <= 10


def test_f8_and_f9_work_while_the_agreement_dialog_is_open(qtbot, planned):
    win = planned
    ws = win.workspace
    ws.go_to_step(2)
    seen = {}

    def in_dialog():
        dialog = QApplication.activeModalWidget()
        seen["dialog"] = isinstance(dialog, AgreementDialog)
        press(qtbot, Qt.Key.Key_F9)
        seen["blanked"] = win.blank.isVisible() and win.blank.covers(dialog)
        press(qtbot, Qt.Key.Key_F9)
        seen["back"] = not win.blank.isVisible()
        press(qtbot, Qt.Key.Key_F8)
        seen["safe"] = win.projector_action.isChecked()
        dialog.reject()

    QTimer.singleShot(0, in_dialog)
    ws.pupils.form.strengths.setFocus()
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert seen == {"dialog": True, "blanked": True, "back": True, "safe": True}


def test_the_projector_view_hides_next_steps(qtbot, planned):
    win = planned
    form = win.workspace.pupils.form
    win.projector_action.trigger()
    assert not form.next_steps.isVisibleTo(form)


def test_the_sensitive_fields_are_one_list_in_the_domain():
    from app.domain.sensitivity import SENSITIVE_REVIEW_FIELDS

    for field in ("wellbeing_notes", "next_steps", "absence_total_pct", "absence_cause_child"):
        assert field in SENSITIVE_REVIEW_FIELDS


def test_a_saved_agreement_opens_with_enter_and_can_be_corrected(qtbot, planned):
    win = planned
    ws = win.workspace
    ws.start_meeting()
    store = win.store
    staff = [m for m in __import__("app.services.school", fromlist=["staff"]).staff(store)]
    from app.services.conferences import classes_of_conference

    made = agreement_service.add_agreement(store, ws.conference, classes_of_conference(store, ws.conference)[0],
                                           "Klassen får faste pladser", responsible=staff[0])
    ws.go_to_step(3)
    table = ws.new_agreements.table
    table.setFocus()
    table.setCurrentIndex(ws.new_agreements.model.index(0, 0))
    edited = {}

    def correct():
        dialog = QApplication.activeModalWidget()
        edited["dialog"] = isinstance(dialog, AgreementDialog)
        if not edited["dialog"]:
            dialog and dialog.reject()
            return
        dialog.text.selectAll()
        qtbot.keyClicks(dialog.text, "Klassen får faste pladser i alle fag")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves

    QTimer.singleShot(0, correct)
    press(qtbot, Qt.Key.Key_Return)
    assert edited == {"dialog": True}
    assert store.get(Agreement, made.id).text == "Klassen får faste pladser i alle fag"
    win.undo_action.trigger()
    assert store.get(Agreement, made.id).text == "Klassen får faste pladser"


def test_esc_in_a_new_agreement_with_text_asks_before_throwing_it_away(qtbot, planned, monkeypatch):
    win = planned
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a), QMessageBox.StandardButton.No)[1])
    dialog = AgreementDialog(win.store, win.workspace.conference, win)
    dialog.show()
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Noget vigtigt")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible()
    dialog.text.clear()
    qtbot.keyClick(dialog.text, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_owner_defaults_to_the_person_writing(qtbot, planned):
    win = planned
    names = [win.writer_box.itemText(i) for i in range(1, win.writer_box.count())]
    writer = names[-1]  # not the first alphabetically
    win.writer_box.setCurrentIndex(win.writer_box.findText(writer))
    dialog = AgreementDialog(win.store, win.workspace.conference, win)
    assert dialog.responsible.currentText() == writer


def test_follow_up_names_the_parents_when_they_are_responsible(qtbot, planned):
    win = planned
    ws = win.workspace
    ws.start_meeting()
    rows = ws.follow_up.model.rows
    parents_row = next((i for i, r in enumerate(rows) if r[0].responsible_kind == ResponsibleKind.PARENTS), None)
    if parents_row is None:  # make one: the demo may not have it
        with win.store.operation("test") as op:
            op.update(rows[0][0], responsible_kind=ResponsibleKind.PARENTS, responsible_staff_id=None)
        ws.refresh()
        parents_row = 0
    ws.follow_up.select(parents_row)
    assert "Forældrene" in ws.follow_up.text.text()
    assert "Ansvarlig: –" not in ws.follow_up.text.text()


def test_true_and_false_cannot_be_drained_by_the_pyside_reference_bug():
    from app.ui.pyside_fix import guard_refcounts

    guard_refcounts()
    for value in (True, False, None):
        assert sys.getrefcount(value) > 1 << 40


def test_the_next_pupil_opens_at_the_top(qtbot, planned):
    win = planned
    step = win.workspace.pupils
    form = step.form
    bar = form.verticalScrollBar()
    form.notes.add_button.setFocus()
    form.ensureWidgetVisible(form.notes.add_button)
    QApplication.processEvents()
    if bar.maximum() == 0:
        win.resize(900, 500)
        QApplication.processEvents()
        form.ensureWidgetVisible(form.notes.add_button)
    assert bar.value() > 0
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    QApplication.processEvents()
    assert bar.value() == 0


def test_ctrl_s_saves_now_and_the_status_bar_says_when(qtbot, planned):
    win = planned
    form = win.workspace.pupils.form
    review_id = form.row.review.id
    form.strengths.setFocus()
    type_text(qtbot, "Gemt med det samme")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert "Gemt med det samme" in win.store.get(PupilReview, review_id).strengths
    assert win.saved_label.text().startswith("Gemt kl. ")


def test_an_uncaught_error_is_a_calm_danish_message_and_the_text_is_kept_and_retried(qtbot, planned, monkeypatch):
    """A bug in a save (as the subject goals had) says what was not saved; the text stays and is retried."""
    from app.ui import autosave
    from app.ui.error_hook import ErrorHook

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append((title, text)))
    hook = ErrorHook(planned)
    hook.previous = None  # pytest-qt's own hook would fail this test on purpose
    monkeypatch.setattr(sys, "excepthook", hook)
    form = planned.workspace.pupils.form
    calls = []

    def broken(text):
        calls.append(text)
        if len(calls) == 1:
            raise AttributeError("a bug")
        return True

    saver = autosave.AutosaveField(form.tried, broken)
    form.tried.setFocus()
    type_text(qtbot, "Vigtig tekst")
    saver.flush()
    assert shown and shown[0][0] == "Ikke gemt" and "AttributeError" in shown[0][1]
    assert "står stadig på skærmen" in shown[0][1]
    assert "Vigtig tekst" in form.tried.toPlainText() and saver.pending
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=autosave.RETRY_MS + 2000)
    assert "Vigtig tekst" in calls[1] and not saver.pending


def test_after_a_crash_the_running_meeting_comes_back_at_the_same_step_and_pupil(qtbot, planned):
    win, path = planned, planned.store.path
    ws = win.workspace
    ws.start_meeting()
    press(qtbot, Qt.Key.Key_3, CTRL)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    pupil_id = ws.pupils.current_pupil().id
    asked = reopen(win, path, go_on=True)  # as the next start after a crash: the meeting is still running
    assert asked == ["Mødet er stadig i gang"]
    assert win.in_workspace()
    assert win.workspace.stack.currentWidget() is win.workspace.pupils
    assert win.workspace.pupils.current_pupil().id == pupil_id


def test_participants_are_marked_present_or_absent_by_keyboard(qtbot, planned):
    from app.services.conferences import participants_of

    win = planned
    ws = win.workspace
    ws.start_meeting()
    ws.pupils.list.setFocus()
    done = {}

    def mark():
        from app.ui.workspace.attendance_dialog import AttendanceDialog

        dialog = QApplication.activeModalWidget()
        done["dialog"] = isinstance(dialog, AttendanceDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                        and QApplication.focusWidget().window() is dialog, timeout=2000)
        press(qtbot, Qt.Key.Key_Space)  # the first participant sent apologies
        press(qtbot, Qt.Key.Key_Return, CTRL)

    QTimer.singleShot(0, mark)
    press(qtbot, Qt.Key.Key_D, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert done == {"dialog": True}
    participants = participants_of(win.store, ws.conference)
    assert [p.present for p in participants].count(False) == 1


def test_the_window_and_the_handouts_dialog_fit_the_screen(qtbot, planned):
    from app.services.conferences import classes_of_conference
    from app.ui.print_preview import ExportDialog

    win = planned
    available = win.screen().availableGeometry()
    dialog = ExportDialog(win.store, win.workspace.conference, win,
                          school_class=classes_of_conference(win.store, win.workspace.conference)[0])
    dialog.show()
    QApplication.processEvents()
    assert dialog.frameGeometry().width() <= available.width()
    assert dialog.frameGeometry().height() <= available.height()
    dialog.reject()


def test_tab_leaves_every_table_and_list_of_the_window(planned):
    from PySide6.QtWidgets import QAbstractItemView

    win = planned
    for page in (win.overview, win.workspace):
        views = [v for v in page.findChildren(QAbstractItemView) if v.tabKeyNavigation()]
        assert views == [], [v.accessibleName() for v in views]


def test_the_focused_control_is_clearly_marked(qtbot, planned):
    form = planned.workspace.pupils.form
    form.strengths.setFocus()
    QApplication.processEvents()
    ring = planned.focus_ring
    assert ring.isVisible() and ring.target is form.strengths
    assert ring.geometry().contains(form.strengths.mapTo(planned, form.strengths.rect().center()))


def test_the_next_agreement_is_the_one_chosen_in_the_list_after_a_note(qtbot, planned):
    ws = planned.workspace
    ws.start_meeting()
    step = ws.follow_up
    step.note.setFocus()
    type_text(qtbot, "En note")
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert step.row == 1 and step.table.currentIndex().row() == 1


def test_at_200_percent_the_window_stays_within_the_screen(qtbot, planned):
    win = planned
    win.resize(1366, 740)
    width = win.width()
    for _ in range(7):
        win.zoom.zoom_in()
    QApplication.processEvents()
    assert win.zoom.factor == 2.0
    assert win.minimumSizeHint().width() <= 1366 and win.width() <= max(width, 1366)


def test_first_start_on_a_small_screen_is_maximised_then_the_size_is_remembered(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from app.ui.main_window import MainWindow
    from app.ui.window_state import SMALL_SCREEN

    settings = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=settings)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    assert available.width() <= SMALL_SCREEN.width()  # the offscreen screen is a small laptop's
    assert first.windowState() & Qt.WindowState.WindowMaximized
    assert first.width() <= available.width() and first.height() <= available.height()
    first.showNormal()
    first.resize(640, 480)
    first.close()
    again = MainWindow(settings=settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 480)
