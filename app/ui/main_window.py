"""The main window: welcome page, class overview, and the conference workspace; menus and shortcuts."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QScrollArea, QStackedWidget

from app import APP_NAME
from app.domain.formatting import time_of_day
from app.services import school
from app.storage.store import Store
from app.ui.action import TableChanges
from app.ui.file_controller import FileController
from app.ui.focus_ring import FocusRing
from app.ui.help_menu import show_about  # issue 18
from app.ui.main_menus import build_menus
from app.ui.merge_controller import MergeController
from app.ui.overview_page import OverviewPage
from app.ui.pages import WelcomePage
from app.ui.plan_dialog import PlanConferenceDialog
from app.ui.presentation import BlankOverlay, PresentationKeys, Zoom
from app.ui.protection_controller import ProtectionController, ask_who_is_writing
from app.ui.qt_app import qt_app
from app.ui.undo import UndoController
from app.ui.user_dialogs import QtDialogs, UserDialogs
from app.ui.window_state import DialogFitter, remember_splitters, restore_geometry, save_geometry

if TYPE_CHECKING:
    from app.ui.meeting_menu import MeetingMenu
    from app.ui.workspace.workspace import ConferenceWorkspace

WRITER_KEY = "writer"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    # Made by build_menus (main_menus.py); every action is an attribute of the window.
    close_action: QAction
    undo_action: QAction
    redo_action: QAction
    projector_action: QAction
    blank_action: QAction
    file_actions: list[QAction]
    protection: ProtectionController
    merging: MergeController
    meeting: MeetingMenu

    def __init__(self, today: date | None = None, settings: QSettings | None = None):
        super().__init__()
        self.store: Store | None = None
        self.undo: UndoController | None = None
        self.changes: TableChanges | None = None  # which tables each operation changed, for the views
        self.workspace: ConferenceWorkspace | None = None  # made when the first conference opens
        self.dialogs: UserDialogs = QtDialogs(self)  # questions and messages (a test gives a fake)
        self.files = FileController(self)
        self.choose_and_open, self.choose_and_create = self.files.choose_and_open, self.files.choose_and_create
        self.open_demo, self.open_path, self.close_file = self.files.open_demo, self.files.open_path, self.detach
        self.today = today or date.today()
        self.settings = settings or QSettings()
        restore_geometry(self, self.settings)
        self.welcome = WelcomePage()
        self.overview = OverviewPage()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.overview)
        # Inside a scroll area: at 200 % zoom the pages scroll instead of growing the window past the screen.
        self.page_scroller = QScrollArea()
        self.page_scroller.setWidgetResizable(True)
        self.page_scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.page_scroller.setWidget(self.pages)
        self.setCentralWidget(self.page_scroller)
        self.zoom = Zoom(self)
        self.blank = BlankOverlay(self)
        self.writer_box = QComboBox()
        self.writer_box.setAccessibleName(_tr("Who is writing"))
        self.writer_box.setToolTip(_tr("Who is writing: the change log says who changed what"))
        self.writer_box.currentIndexChanged.connect(self._writer_changed)
        self.saved_label = QLabel()
        self.saved_label.setAccessibleName(_tr("When the file was last saved"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.statusBar().addPermanentWidget(QLabel(_tr("Writing:")))
        self.statusBar().addPermanentWidget(self.writer_box)
        build_menus(self)
        self._keys = PresentationKeys(self, {Qt.Key.Key_F8: self.projector_action, Qt.Key.Key_F9: self.blank_action})
        qt_app().installEventFilter(self._keys)
        self.focus_ring = FocusRing(self)
        self._fitter = DialogFitter(self)
        qt_app().installEventFilter(self._fitter)
        self.welcome.open_button.clicked.connect(self.choose_and_open)
        self.welcome.new_button.clicked.connect(self.choose_and_create)
        self.welcome.demo_button.clicked.connect(self.open_demo)
        self.welcome.recent_list.activated.connect(lambda index: self.open_path(Path(index.data())))
        self.overview.plan_requested.connect(self.plan_conference)
        self.overview.conference_chosen.connect(self.open_conference)
        self._show_no_file()

    # -- menus (app/ui/main_menus.py) ---------------------------------------------------------------
    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work on every page, also with the menu bar hidden
        return action

    # -- the open file (opening and closing: app/ui/file_controller.py) -------------------------------
    def attach(self, store: Store, passphrase: str | None) -> None:
        """Show a file that was just opened."""
        self.store = store
        self.undo = UndoController(store, self)
        self.undo.changed.connect(self._after_undo)
        self.undo.stack.canUndoChanged.connect(lambda _on: self._update_undo_actions())
        self.undo.stack.canRedoChanged.connect(lambda _on: self._update_undo_actions())
        self.undo.stack.indexChanged.connect(lambda _i: self._update_undo_actions())
        self.changes = TableChanges(store, self)
        self.overview.set_store(store, self.today)
        self.changes.changed.connect(self.overview.tables_changed)
        self._fill_writers()
        self._show_file()
        store.listeners.append(self._saved)
        self._saved(None)
        self.protection.file_opened(store, passphrase)
        self.merging.file_opened(store, passphrase)
        self._ask_who_is_writing()
        self._offer_running_meeting()

    def detach(self) -> None:
        """Close the open file (after storing what is typed)."""
        if self.workspace is not None:
            self.workspace.flush()
        if self.store is not None:
            self.protection.file_closing()
            self.merging.file_closing()
        self.overview.set_store(None, self.today)
        if self.workspace is not None:
            self.workspace.flush()
            self.workspace.save_time()
            self.workspace.ticker.stop()
            self.pages.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.undo is not None:
            self.undo.stack.blockSignals(True)
            self.undo.detach()
            self.undo.deleteLater()
            self.undo = None
        if self.changes is not None:
            self.changes.detach()
            self.changes.deleteLater()
            self.changes = None
        if self.store is not None:
            self.store.close()
            self.store = None
        self._show_no_file()

    def closeEvent(self, event) -> None:
        self.close_file()
        save_geometry(self, self.settings)
        super().closeEvent(event)

    # -- who is writing ------------------------------------------------------------------------------
    def _fill_writers(self) -> None:
        assert self.store is not None  # called when a file is opened
        self.writer_box.blockSignals(True)
        self.writer_box.clear()
        self.writer_box.addItem(_tr("(not chosen)"), "")
        for member in school.staff(self.store):
            self.writer_box.addItem(member.name, member.name)
        remembered = self.settings.value(WRITER_KEY, "")
        self.writer_box.setCurrentIndex(max(0, self.writer_box.findData(remembered)))
        self.writer_box.blockSignals(False)
        self._writer_changed()

    def _ask_who_is_writing(self) -> None:
        if os.environ.get("KLASSEKONFERENCE_NO_WRITER_PROMPT") == "1":
            return
        names = [self.writer_box.itemText(i) for i in range(1, self.writer_box.count())]
        name = ask_who_is_writing(self, names, str(self.settings.value(WRITER_KEY, "") or ""))
        if name:
            self.writer_box.setCurrentIndex(self.writer_box.findText(name))

    def school_name(self) -> str:
        return school.the_school(self.store).name if self.store is not None else ""

    def after_erasure(self) -> None:
        """Pupils' data was erased: nothing of it may come back through undo."""
        if self.undo is not None:
            self.undo.stack.clear()
        self.refresh_overview()

    def choose_who_is_writing(self) -> None:
        names = [self.writer_box.itemText(i) for i in range(1, self.writer_box.count())]
        name = ask_who_is_writing(self, names, self.store.author if self.store is not None else "")
        if name:
            self.writer_box.setCurrentIndex(self.writer_box.findText(name))

    def save_now(self) -> None:
        """Ctrl+S: everything typed is stored at once (it is also stored by itself), and the status bar says so."""
        if self.store is None:
            return
        if self.workspace is not None:
            self.workspace.flush()
            self.workspace.save_time()
        self._saved(None)
        self.statusBar().showMessage(self.saved_label.text(), 4000)

    def _saved(self, _operation) -> None:
        from datetime import datetime

        self.saved_label.setText(_tr("Saved at {time}").format(time=time_of_day(datetime.now())))

    def _writer_changed(self, *_args) -> None:
        if self.store is not None:
            self.store.author = self.writer_box.currentData() or ""
            self.settings.setValue(WRITER_KEY, self.store.author)

    # -- showing -----------------------------------------------------------------------------------
    def _show_no_file(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.close_action.setEnabled(False)
        for action in self.file_actions:
            action.setEnabled(False)
        self.writer_box.setEnabled(False)
        self.welcome.set_recent(self.files.recent())
        self.pages.setCurrentWidget(self.welcome)
        self.statusBar().showMessage(_tr("No file is open."))
        self._update_undo_actions()
        self._update_meeting_actions()

    def _show_file(self, year: int | None = None) -> None:
        assert self.store is not None  # called when a file has been opened
        the_school = school.the_school(self.store)
        self.setWindowTitle(f"{the_school.name} – {self.store.path.name} – {APP_NAME}")
        self.close_action.setEnabled(True)
        for action in self.file_actions:
            action.setEnabled(True)
        self.writer_box.setEnabled(True)
        self.statusBar().showMessage(str(self.store.path))
        self.overview.show_years(year)
        self.show_overview()

    def show_overview(self) -> None:
        self.pages.setCurrentWidget(self.overview)
        if self.overview.stale:
            self.overview.refresh()
        elif self.store is not None and self.selected_class() is not None:
            self.overview.show_class()
        self._update_meeting_actions()
        self.overview.class_list.setFocus()  # the keyboard starts at the classes: type "5.B" to choose one

    @property
    def wellbeing_page(self):
        return self.overview.wellbeing_page

    def selected_class(self):
        return self.overview.selected_class()

    # -- conferences -------------------------------------------------------------------------------
    def plan_conference(self) -> None:
        school_class = self.selected_class()
        if self.store is None or school_class is None:
            return
        dialog = PlanConferenceDialog(self.store, school_class, self.today, self)
        if dialog.exec() == PlanConferenceDialog.DialogCode.Accepted and dialog.created is not None:
            self.open_conference(dialog.created)

    def open_selected_conference(self) -> None:
        self.overview._open_chosen()

    def ensure_workspace(self) -> ConferenceWorkspace:
        """The conference workspace, built the first time a conference is opened (a faster start)."""
        if self.workspace is None:
            from app.ui.workspace.workspace import ConferenceWorkspace

            assert self.store is not None  # a conference is opened from the open file
            self.workspace = ConferenceWorkspace(self.store)
            self.workspace.failed.connect(self._show_failure)
            self.workspace.back_requested.connect(self.show_overview)
            self.workspace.set_projector_safe(self.projector_action.isChecked())
            self.workspace.position_changed.connect(self._meeting_moved)
            remember_splitters(self.workspace, self.settings, "workspace")
            self.pages.addWidget(self.workspace)
        return self.workspace

    def open_conference(self, conference, step: int | None = None) -> None:
        workspace = self.ensure_workspace()
        workspace.show_conference(conference, step)
        self.pages.setCurrentWidget(workspace)
        self._update_meeting_actions()

    def in_workspace(self) -> bool:
        return self.workspace is not None and self.pages.currentWidget() is self.workspace

    def new_agreement(self) -> None:
        if self.workspace is not None and self.in_workspace():
            self.workspace.new_agreement()

    def _meeting_moved(self) -> None:
        from app.ui.meeting_recovery import remember_position

        remember_position(self)
        self.meeting.update()

    def _offer_running_meeting(self) -> None:
        from app.ui.meeting_recovery import offer_running_meeting

        offer_running_meeting(self)

    def _update_meeting_actions(self) -> None:
        self.protection.update_actions()
        self.meeting.update()

    def current_school_year(self) -> int:
        return self.overview.current_school_year()

    # -- undo --------------------------------------------------------------------------------------
    def undo_last(self) -> None:
        if self.undo is None:
            return
        if self.workspace is not None:
            self.workspace.flush()  # typing not yet saved becomes its own step first
        if self.undo.stack.canUndo():
            self.undo.stack.undo()

    def redo_last(self) -> None:
        if self.undo is not None and self.undo.stack.canRedo():
            self.undo.stack.redo()

    def _update_undo_actions(self) -> None:
        stack = self.undo.stack if self.undo is not None else None
        try:
            can_undo = bool(stack and stack.canUndo())
            can_redo = bool(stack and stack.canRedo())
        except RuntimeError:  # the stack is being destroyed with the window
            return
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_name = stack.undoText() if stack is not None and can_undo else ""
        redo_name = stack.redoText() if stack is not None and can_redo else ""
        self.undo_action.setText(_tr("&Undo {name}").format(name=undo_name) if can_undo else _tr("&Undo"))
        self.redo_action.setText(_tr("&Redo {name}").format(name=redo_name) if can_redo else _tr("&Redo"))

    def _after_undo(self) -> None:
        if self.in_workspace() and self.workspace is not None:  # (in_workspace: it is not None)
            self.workspace.refresh()  # the overview refreshes itself (TableChanges)
        self._update_undo_actions()

    def refresh_overview(self) -> None:
        """Reload the overview from the file, keeping the chosen school year and class."""
        self.overview.refresh()

    # -- presentation --------------------------------------------------------------------------------
    def toggle_projector_safe(self) -> None:
        on = self.projector_action.isChecked()
        if self.workspace is not None:
            self.workspace.set_projector_safe(on)
        self.statusBar().showMessage(
            _tr("Projector-safe view: confidential fields are hidden.") if on else _tr("All fields are shown."), 4000)

    def toggle_blank(self) -> None:
        self.blank.toggle()

    def _show_failure(self, message: str) -> None:
        """A change was not stored. The same message again soon (an automatic retry) goes to the status bar."""
        now = time.monotonic()
        last: tuple[str, float] = getattr(self, "_last_failure", ("", 0.0))
        if message == last[0] and now - last[1] < 60:
            self.statusBar().showMessage(message, 10000)
            return
        self._last_failure = (message, now)
        self.dialogs.warn(_tr("Not saved"), message)

    def show_about(self) -> None:
        show_about(self)  # issue 18: the version and the third-party licences (app/ui/licences.py)
