"""The main window: welcome page, class overview, and the conference workspace; menus and shortcuts."""

from __future__ import annotations

import os
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME
from app.domain.base import RuleError
from app.domain.school import SchoolYear
from app.services import conferences as conference_service, files, school
from app.services.overview import class_overview
from app.storage.database import FILE_SUFFIX
from app.storage.errors import PassphraseNeededError, StorageError, WrongPassphraseError
from app.storage.lock import FileLockedError
from app.storage.store import Store
from app.ui.focus_ring import FocusRing
from app.ui.help_menu import install_help_menu, show_about  # issue 18
from app.ui.pages import OverviewPage, WelcomePage
from app.ui.passphrase_dialogs import PassphrasePromptDialog
from app.ui.plan_dialog import PlanConferenceDialog
from app.ui.presentation import BlankOverlay, PresentationKeys, Zoom
from app.ui.protection_controller import ProtectionController, ask_who_is_writing
from app.ui.qt_app import qt_app
from app.ui.undo import UndoController
from app.ui.window_state import DialogFitter, remember_splitters, restore_geometry, save_geometry

if TYPE_CHECKING:  # imported when first used (a faster start)
    from app.ui.wellbeing_page import WellbeingPage
    from app.ui.workspace.workspace import ConferenceWorkspace

RECENT_KEY = "recent_files"
WRITER_KEY = "writer"
MAX_RECENT = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(self, today: date | None = None, settings: QSettings | None = None):
        super().__init__()
        self.store: Store | None = None
        self.undo: UndoController | None = None
        self.workspace: ConferenceWorkspace | None = None  # made when the first conference opens
        self._wellbeing_page: WellbeingPage | None = None  # built when its tab is first shown (a faster start)
        self._wellbeing_tab: QWidget | None = None  # the tab: a placeholder until then
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
        self._build_menus()
        self._keys = PresentationKeys(self, {Qt.Key.Key_F8: self.projector_action, Qt.Key.Key_F9: self.blank_action})
        qt_app().installEventFilter(self._keys)
        self.focus_ring = FocusRing(self)
        self._fitter = DialogFitter(self)
        qt_app().installEventFilter(self._fitter)
        self.welcome.open_button.clicked.connect(self.choose_and_open)
        self.welcome.new_button.clicked.connect(self.choose_and_create)
        self.welcome.demo_button.clicked.connect(self.open_demo)
        self.welcome.recent_list.activated.connect(lambda index: self.open_path(Path(index.data())))
        self.overview.year_box.currentIndexChanged.connect(self._year_changed)
        self.overview.class_list.selectionModel().currentChanged.connect(self._class_changed)
        self.overview.plan_button.clicked.connect(self.plan_conference)
        self.overview.open_conference_button.clicked.connect(self.open_selected_conference)
        self.overview.conference_list.activated.connect(lambda _index: self.open_selected_conference())
        # Enter on a class opens its coming conference (the one chosen in the list of conferences)
        self.overview.class_list.activated.connect(lambda _index: self.open_selected_conference())
        self.overview.tabs.currentChanged.connect(lambda _index: self._show_wellbeing())
        self._show_no_file()

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_tr("&File"))
        self.new_action = self._action(_tr("&New file…"), QKeySequence("Ctrl+Shift+N"), self.choose_and_create)
        self.open_action = self._action(_tr("&Open…"), QKeySequence.StandardKey.Open, self.choose_and_open)
        self.demo_action = self._action(_tr("Open the &demo school"), None, self.open_demo)
        self.close_action = self._action(_tr("&Close file"), QKeySequence.StandardKey.Close, self.close_file)
        self.quit_action = self._action(_tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.handouts_action = self._action(_tr("&Handouts and printing…"), QKeySequence.StandardKey.Print,
                                            self.show_handouts)
        self.roster_action = self._action(_tr("Import &pupil list…"), None, self.import_roster)
        self.absence_action = self._action(_tr("Import &absence…"), None, self.import_absence)
        self.new_year_action = self._action(_tr("New school &year…"), None, self.new_school_year)
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

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work on every page, also with the menu bar hidden
        return action

    # -- files -------------------------------------------------------------------------------------
    def choose_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, _tr("Open file"), "",
            _tr("Klassekonference files (*{suffix});;All files (*)").format(suffix=FILE_SUFFIX),
        )
        if path:
            self.open_path(Path(path))

    def choose_and_create(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("New file"), _tr("The school's name:"))
        if not ok or not name.strip():
            return
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Save the new file as"), name.strip() + FILE_SUFFIX,
            _tr("Klassekonference files (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if not path:
            return
        from app.ui.passphrase_dialogs import NewPassphraseDialog

        ask = NewPassphraseDialog(self, file_name=Path(path).name, school=name.strip())
        if not ask.exec():
            return
        passphrase = ask.passphrase()
        try:
            created = files.new_file(path, name, passphrase=passphrase)
        except (StorageError, RuleError) as error:
            QMessageBox.warning(self, _tr("The file was not made"), str(error))
            return
        self.open_path(created, passphrase)

    def open_demo(self) -> None:
        from app.ui.demo_session import demo_copy  # issue 18: a copy removed when the program ends

        self.open_path(demo_copy(today=self.today), remember=False)

    def open_path(self, path: Path, passphrase: str | None = None, *, remember: bool = True) -> bool:
        """Open a file, asking for its passphrase if needed. Shows a message and returns False on failure."""
        path = Path(path)
        take_over = False
        while True:
            try:
                store = files.open_file(path, passphrase, take_over_lock=take_over, quick_check=False)
                break
            except (PassphraseNeededError, WrongPassphraseError) as error:
                message = "" if isinstance(error, PassphraseNeededError) else str(error)
                passphrase = PassphrasePromptDialog.ask(self, path.name, message)
                if not passphrase:
                    return False
            except FileLockedError as error:
                if not error.stale or take_over:
                    QMessageBox.warning(self, _tr("The file is in use"), str(error))
                    return False
                answer = QMessageBox.question(self, _tr("The file is in use"),
                                              str(error) + "\n\n" + _tr("Take the file over?"))
                if answer != QMessageBox.StandardButton.Yes:
                    return False
                take_over = True
            except StorageError as error:
                QMessageBox.warning(self, _tr("The file could not be opened"), str(error))
                return False
        self.close_file()
        self.store = store
        self.undo = UndoController(store, self)
        self.undo.changed.connect(self._after_undo)
        self.undo.stack.canUndoChanged.connect(lambda _on: self._update_undo_actions())
        self.undo.stack.canRedoChanged.connect(lambda _on: self._update_undo_actions())
        self.undo.stack.indexChanged.connect(lambda _i: self._update_undo_actions())
        self._wellbeing_tab = QWidget()
        self.overview.tabs.addTab(self._wellbeing_tab, _tr("&Wellbeing survey"))
        if remember:
            self._remember(path)
        self._fill_writers()
        self._show_file()
        store.listeners.append(self._saved)
        self._saved(None)
        self.protection.file_opened(store, passphrase)
        self._ask_who_is_writing()
        self._offer_running_meeting()
        return True

    def close_file(self) -> None:
        if self.workspace is not None:
            self.workspace.flush()
        if self.store is not None:
            self.protection.file_closing()
        if self._wellbeing_tab is not None:
            self.overview.tabs.removeTab(self.overview.tabs.indexOf(self._wellbeing_tab))
            self._wellbeing_tab.deleteLater()
            self._wellbeing_tab = self._wellbeing_page = None
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
        if self.store is not None:
            self.store.close()
            self.store = None
        self._show_no_file()

    def closeEvent(self, event) -> None:
        self.close_file()
        save_geometry(self, self.settings)
        super().closeEvent(event)

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self._recent() if p != str(path.resolve())]
        self.settings.setValue(RECENT_KEY, recent[:MAX_RECENT])

    def _recent(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        return [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []

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

        self.saved_label.setText(_tr("Saved at {time}").format(time=datetime.now().strftime("%H.%M")))

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
        self.welcome.set_recent(self._recent())
        self.pages.setCurrentWidget(self.welcome)
        self.statusBar().showMessage(_tr("No file is open."))
        self._update_undo_actions()
        self._update_meeting_actions()

    def _show_file(self) -> None:
        assert self.store is not None  # called with a file open
        the_school = school.the_school(self.store)
        self.setWindowTitle(f"{the_school.name} – {self.store.path.name} – {APP_NAME}")
        self.close_action.setEnabled(True)
        for action in self.file_actions:
            action.setEnabled(True)
        self.writer_box.setEnabled(True)
        self.statusBar().showMessage(str(self.store.path))
        years = school.school_years(self.store)
        shown_year = school.default_school_year(self.store, self.today)
        if shown_year not in years:
            years.append(shown_year)
        box = self.overview.year_box
        box.blockSignals(True)
        box.clear()
        for year in sorted(years):
            box.addItem(SchoolYear(year).long_label, year)
        box.setCurrentIndex(box.findData(shown_year))
        box.blockSignals(False)
        self.show_overview()
        self._year_changed()

    def show_overview(self) -> None:
        self.pages.setCurrentWidget(self.overview)
        if self.store is not None and self.selected_class() is not None:
            self._class_changed(self.overview.class_list.currentIndex())
        self._update_meeting_actions()
        self.overview.class_list.setFocus()  # the keyboard starts at the classes: type "5.B" to choose one

    def _year_changed(self) -> None:
        if self.store is None:
            return
        year = self.overview.year_box.currentData()
        classes = school.classes_of_year(self.store, year)
        self.overview.class_model.set_classes(classes, school.class_sizes(self.store, classes))
        if classes:
            self.overview.class_list.setCurrentIndex(self.overview.class_model.index(0))
        else:
            self.overview.pupil_model.set_pupils([])
            self.overview.conference_model.set_conferences([])
            self.overview.agreements_label.setText("")
            self.overview.class_title.setText(_tr("No classes in this school year yet."))

    def _class_changed(self, current, _previous=None) -> None:
        school_class = self.overview.class_model.class_at(current.row())
        if self.store is None or school_class is None:
            return
        pupils = school.pupils_of_class(self.store, school_class)
        active = sum(1 for p in pupils if p.status == "aktiv")
        self.overview.pupil_model.set_pupils(pupils)
        self.overview.class_title.setText(
            "<h2>" + _tr("Class {name}").format(name=school_class.name) + "</h2>"
            + _tr("{count} pupils, school year {year}").format(count=active, year=school_class.year.long_label)
        )
        summary = class_overview(self.store, school_class, self.today)
        rows = [
            (c, ", ".join(sc.name for sc in conference_service.classes_of_conference(self.store, c)))
            for c in reversed(summary.conferences)
        ]
        self.overview.conference_model.set_conferences(rows)
        if rows:
            planned = next((i for i, (c, _) in enumerate(rows) if c.status != "afholdt"), 0)
            self.overview.conference_list.setCurrentIndex(self.overview.conference_model.index(planned))
        self.overview.open_conference_button.setEnabled(bool(rows))
        text = _tr("{open} open agreements, {overdue} past their deadline.").format(
            open=len(summary.open_agreements), overdue=len(summary.overdue))
        if summary.overdue:
            text += "<br>" + "<br>".join(
                "⚠ " + a.text + " (" + (a.deadline.strftime("%d.%m.%Y") if a.deadline else "") + ")"
                for a in summary.overdue[:5])
        self.overview.agreements_label.setText(text)
        self._show_wellbeing()

    def _show_wellbeing(self) -> None:
        """The class's survey results, drawn when their tab is shown."""
        school_class = self.selected_class()
        if (self._wellbeing_tab is not None and school_class is not None
                and self.overview.tabs.currentWidget() is self._wellbeing_tab):
            self.wellbeing_page.show_class(school_class)

    @property
    def wellbeing_page(self):
        """The class's wellbeing survey page (built on first use, in place of its placeholder tab)."""
        if self._wellbeing_page is None and self._wellbeing_tab is not None:
            from app.ui.wellbeing_page import WellbeingPage

            assert self.store is not None  # the tab is there only with a file open
            page = WellbeingPage(self.store, self, today=self.today)
            page.agreement_requested.connect(self.agreement_from_survey)
            tabs = self.overview.tabs
            index = tabs.indexOf(self._wellbeing_tab)
            showing = tabs.currentIndex() == index
            tabs.blockSignals(True)
            tabs.removeTab(index)
            tabs.insertTab(index, page, _tr("&Wellbeing survey"))
            if showing:
                tabs.setCurrentIndex(index)
            tabs.blockSignals(False)
            self._wellbeing_tab.deleteLater()
            self._wellbeing_tab = self._wellbeing_page = page
        return self._wellbeing_page

    def agreement_from_survey(self, indicator, question_code) -> None:
        """ "Lav aftale" on an indicator or question: a class agreement linked to it, at the class's next
        conference (planned or running)."""
        from app.domain.wellbeing import Indicator
        from app.ui.workspace.agreement_dialog import AgreementDialog

        school_class = self.selected_class()
        if self.store is None or school_class is None:
            return
        upcoming = [
            c for c in class_overview(self.store, school_class, self.today).conferences if c.status != "afholdt"
        ]
        if not upcoming:
            QMessageBox.information(self, _tr("Make agreement"),
                                    _tr("Agreements are made at a conference. Plan the class's next conference first."))
            return
        dialog = AgreementDialog(self.store, upcoming[-1], self,
                                 indicator=Indicator(indicator) if indicator else None, question_code=question_code)
        if question_code:
            dialog.text.setPlaceholderText(_tr("What do we do about question {code}?").format(code=question_code))
        dialog.exec()
        dialog.deleteLater()
        self.activateWindow()
        self._class_changed(self.overview.class_list.currentIndex())

    def selected_class(self):
        return self.overview.class_model.class_at(self.overview.class_list.currentIndex().row())

    # -- conferences -------------------------------------------------------------------------------
    def plan_conference(self) -> None:
        school_class = self.selected_class()
        if self.store is None or school_class is None:
            return
        dialog = PlanConferenceDialog(self.store, school_class, self.today, self)
        if dialog.exec() == PlanConferenceDialog.DialogCode.Accepted and dialog.created is not None:
            self.open_conference(dialog.created)

    def open_selected_conference(self) -> None:
        conference = self.overview.conference_model.conference_at(self.overview.conference_list.currentIndex().row())
        if conference is not None:
            self.open_conference(conference)

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
        year = self.overview.year_box.currentData()
        return year if year is not None else SchoolYear.of(self.today).start_year

    def import_roster(self) -> None:
        from app.ui.roster_import_dialog import RosterImportDialog

        if self.store is None:
            return
        dialog = RosterImportDialog(self.store, self.current_school_year(), self, today=self.today)
        dialog.imported.connect(lambda _result: self.refresh_overview())
        dialog.exec()

    def import_absence(self) -> None:
        from app.ui.school_year_dialogs import AbsenceImportDialog

        if self.store is None:
            return
        dialog = AbsenceImportDialog(self.store, self)
        if dialog.exec() == AbsenceImportDialog.DialogCode.Accepted and self.workspace is not None \
                and self.in_workspace():
            self.workspace.refresh()

    def new_school_year(self) -> None:
        from app.ui.school_year_dialogs import start_new_school_year_dialog

        if self.store is None:
            return
        year = start_new_school_year_dialog(self, self.store, self.current_school_year(), self.today)
        if year is not None:
            self._show_file()
            box = self.overview.year_box
            box.setCurrentIndex(box.findData(year))

    def show_handouts(self) -> None:
        """Agenda, protocol, the class's sheet, pupil sheets and the workbook: preview, print, save."""
        from app.ui.print_preview import ExportDialog

        if self.store is None:
            return
        if self.workspace is not None and self.in_workspace():
            self.workspace.flush()
            conference = self.workspace.conference
            assert conference is not None  # the workspace shows one
            school_class = conference_service.classes_of_conference(self.store, conference)[0]
        else:
            school_class = self.selected_class()
            row = self.overview.conference_list.currentIndex().row()
            conference = self.overview.conference_model.conference_at(row)
        if school_class is None or conference is None:
            QMessageBox.information(self, _tr("Handouts"), _tr("Choose a class with a conference first."))
            return
        ExportDialog(self.store, conference, self, school_class=school_class, today=self.today).exec()

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
        if self.workspace is not None and self.in_workspace():
            self.workspace.refresh()
        else:
            self.refresh_overview()
        self._update_undo_actions()

    def refresh_overview(self) -> None:
        """Reload the overview from the file, keeping the chosen school year and class."""
        year = self.overview.year_box.currentData()
        chosen = self.selected_class()
        self._show_file()
        box = self.overview.year_box
        if year is not None and box.findData(year) >= 0:
            box.setCurrentIndex(box.findData(year))
        if chosen is not None:
            model = self.overview.class_model
            for row in range(model.rowCount()):
                found = model.class_at(row)
                if found is not None and found.id == chosen.id:
                    self.overview.class_list.setCurrentIndex(model.index(row))
                    break

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
        QMessageBox.warning(self, _tr("Not saved"), message)

    def show_about(self) -> None:
        show_about(self)  # issue 18: the version and the third-party licences (app/ui/licences.py)
