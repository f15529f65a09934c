"""The main window's menus: Fil, Rediger, Vis, Møde and Hjælp, with their shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from app.ui.help_menu import install_help_menu  # issue 18
from app.ui.protection_controller import ProtectionController


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_menus(self) -> None:
    """The menus of ``self`` (the MainWindow); every action is also an attribute of the window."""
    file_menu = self.menuBar().addMenu(_tr("&File"))
    self.new_action = self._action(_tr("&New file…"), QKeySequence("Ctrl+Shift+N"), self.choose_and_create)
    self.open_action = self._action(_tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_and_open)
    self.demo_action = self._action(_tr("Open the &demo school"), None, self.open_demo)
    self.close_action = self._action(_tr("&Close file"), QKeySequence.StandardKey.Close, self.close_file)
    self.quit_action = self._action(_tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
    self.handouts_action = self._action(_tr("&Handouts and printing…"), QKeySequence.StandardKey.Print,
                                        self.files.show_handouts)
    self.roster_action = self._action(_tr("Import &pupil list…"), None, self.files.import_roster)
    self.absence_action = self._action(_tr("Import &absence…"), None, self.files.import_absence)
    self.new_year_action = self._action(_tr("New school &year…"), None, self.files.new_school_year)
    self.save_action = self._action(_tr("&Save now"), QKeySequence.StandardKey.Save, self.save_now)
    self.writer_action = self._action(_tr("&Who is writing…"), QKeySequence("Ctrl+Shift+W"),
                                      self.choose_who_is_writing)
    self.file_actions = [self.handouts_action, self.roster_action, self.absence_action, self.new_year_action,
                         self.save_action, self.writer_action]
    for action in (self.new_action, self.open_action, self.demo_action, self.save_action, self.writer_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(self.roster_action)
    file_menu.addAction(self.absence_action)
    file_menu.addAction(self.new_year_action)
    file_menu.addSeparator()
    file_menu.addAction(self.handouts_action)
    file_menu.addSeparator()
    self.protection = ProtectionController(self)
    self.protection.add_to_menu(file_menu)
    from app.ui.merge_controller import MergeController  # issue 17: Forbered på en anden computer

    self.merging = MergeController(self)
    self.merging.add_to_menu(file_menu)
    file_menu.addSeparator()
    file_menu.addAction(self.close_action)
    file_menu.addAction(self.quit_action)

    self.edit_menu = self.menuBar().addMenu(_tr("&Edit"))
    self.undo_action = self._action(_tr("&Undo"), QKeySequence.StandardKey.Undo, self.undo_last)
    self.redo_action = self._action(_tr("&Redo"), QKeySequence("Ctrl+Shift+Z"), self.redo_last)
    self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    self.edit_menu.addAction(self.undo_action)
    self.edit_menu.addAction(self.redo_action)

    view_menu = self.menuBar().addMenu(_tr("&View"))
    self.zoom_in_action = self._action(_tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, self.zoom.zoom_in)
    self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
    self.zoom_out_action = self._action(_tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, self.zoom.zoom_out)
    self.zoom_reset_action = self._action(_tr("&Normal size"), QKeySequence("Ctrl+0"), self.zoom.reset)
    self.projector_action = self._action(_tr("&Projector-safe view (hide confidential fields)"),
                                         QKeySequence("F8"), self.toggle_projector_safe)
    self.projector_action.setCheckable(True)
    self.blank_action = self._action(_tr("&Blank the screen"), QKeySequence("F9"), self.toggle_blank)
    for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
        view_menu.addAction(action)
    view_menu.addSeparator()
    view_menu.addAction(self.projector_action)
    view_menu.addAction(self.blank_action)

    from app.ui.meeting_menu import MeetingMenu

    self.meeting = MeetingMenu(self)
    self.meeting_menu = self.meeting.menu
    self.new_agreement_action = self.meeting.new_agreement_action
    self.next_pupil_action = self.meeting.next_action
    self.previous_pupil_action = self.meeting.previous_action
    self.step_actions = self.meeting.step_actions

    install_help_menu(self)  # issue 18: Hjælp (F1 guide, shortcuts, language, Om), recent files, drops
