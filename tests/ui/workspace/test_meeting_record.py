"""The referat beyond the pupils, typed in the meeting (Ctrl+Shift+M): per agenda item, Eventuelt, the next
meeting; approval and distribution also after closing. Stored, and printed in the referat."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.services.export.content import DocumentKind, collect
from app.services.export.files import render_pdf
from app.ui.workspace.meeting_record_dialog import MeetingRecordDialog
from tests.services.test_export_pdf import text_of
from tests.ui.workspace.conftest import stored_conference
from tests.ui.workspace.keys import CTRL, press

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_the_meeting_record_is_typed_saved_and_printed(qtbot, planned):
    win = planned
    ws = win.workspace
    ws.start_meeting()
    done = {}

    def fill():
        dialog = QApplication.activeModalWidget()
        done["dialog"] = isinstance(dialog, MeetingRecordDialog)
        qtbot.keyClicks(dialog.item_edits[0], "Alle aftaler gennemgået ÆØÅ")
        qtbot.keyClicks(dialog.other_business, "Juleafslutning den 18.")
        dialog.next_meeting.check.setChecked(True)
        dialog.next_meeting.picker.setDate(dialog.next_meeting.picker.date().fromString("12.03.2027", "dd.MM.yyyy"))
        qtbot.keyClicks(dialog.distribution, "Teamet og skolelederen")
        qtbot.keyClick(dialog.distribution, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter saves
        if dialog.isVisible():  # never hang the suite: the assertion below fails instead
            dialog.done(0)

    QTimer.singleShot(0, fill)
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert done == {"dialog": True}
    stored = stored_conference(win)
    assert stored.any_other_business == "Juleafslutning den 18."
    assert stored.next_meeting_on == date(2027, 3, 12)
    assert stored.distribution == "Teamet og skolelederen"
    text = text_of(render_pdf(DocumentKind.PROTOCOL, collect(win.store, stored)))
    assert "Alle aftaler gennemgået ÆØÅ" in text and "Eventuelt Juleafslutning den 18." in text
    assert "Næste møde 12. marts 2027" in text and "Fordeling Teamet og skolelederen" in text


def test_after_closing_only_approval_and_distribution_can_be_changed(qtbot, planned):
    win = planned
    ws = win.workspace
    ws.start_meeting()
    from app.services import conferences

    ws.conference = conferences.set_status(win.store, ws.conference, conferences.ConferenceStatus.HELD)
    dialog = MeetingRecordDialog(win.store, ws.conference, win)
    assert dialog.other_business.isReadOnly() and not dialog.next_meeting.isEnabled()
    dialog.approved_by.setText("Birgitte Søndergaard")
    dialog.approved_on.check.setChecked(True)
    dialog.accept()
    assert stored_conference(win).approved_by == "Birgitte Søndergaard"
    assert stored_conference(win).approved_on is not None
