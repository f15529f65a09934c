"""Filer → Udskriv alle klasser…: one handout per class of the school year, written into a folder to print from
(what ``klassekonference export-pdf --all-classes`` does), with progress and a way to stop."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
)

from app.domain.formatting import plural
from app.domain.school import SchoolYear
from app.ui.action import run_action
from app.ui.user_dialogs import OK, dialogs_for

if TYPE_CHECKING:  # the export modules are imported when the dialog writes (a faster start)
    from app.services.export.files import ExportResult


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportAll", text)


def kinds() -> list[tuple[str, str]]:
    """(kind, label) in the order offered; "xlsx" is the workbook."""
    return [("protokol", _tr("Minutes")), ("dagsorden", _tr("Agenda")), ("klasse", _tr("Class sheet (no pupil names)")),
            ("elevark", _tr("Pupil sheets")), ("xlsx", _tr("Workbook (Excel)"))]


class Stopped(Exception):
    """The user clicked Stop: the files written so far stay."""


class ExportAllDialog(QDialog):
    def __init__(self, store, school_year: int, parent=None, *, today=None, folder: str = ""):
        super().__init__(parent)
        self.store = store
        self.school_year = school_year
        self.today = today
        self.outcome: ExportResult | None = None
        self.setWindowTitle(_tr("Print all classes"))
        intro = QLabel(_tr("One file per class of the school year {year}, from each class's newest conference, in a "
                           "folder you choose. Open the folder afterwards to print the files or send them on.").format(
                               year=SchoolYear(school_year).long_label))
        intro.setWordWrap(True)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(_tr("Document"))
        for kind, label in kinds():
            self.kind_box.addItem(label, kind)
        self.anonymize = QCheckBox(_tr("Pupils by their initials in the minutes"))
        self.include_confidential = QCheckBox(_tr("Include confidential notes (only for the team)"))
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(_tr("Folder"))
        choose = QPushButton(_tr("C&hoose…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(_tr("&Document:"), self.kind_box)
        form.addRow("", self.anonymize)
        form.addRow("", self.include_confidential)
        form.addRow(_tr("&Folder:"), folder_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = self.buttons.addButton(_tr("&Write the files"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._kind_changed()
        self.resize(560, 260)

    def kind(self) -> str:
        return self.kind_box.currentData()

    def _kind_changed(self, *_args) -> None:
        self.anonymize.setEnabled(self.kind() == "protokol")
        self.include_confidential.setEnabled(self.kind() in ("protokol", "dagsorden"))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, _tr("Choose the folder for the files"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def write(self) -> None:
        from app.services.export.content import ExportOptions
        from app.services.export.files import export_all_classes

        folder = Path(self.folder.text().strip()) if self.folder.text().strip() else None
        if folder is None or not folder.is_dir():
            dialogs_for(self).inform(_tr("Print all classes"), _tr("Choose a folder that exists for the files."))
            return
        options = ExportOptions(anonymize=self.anonymize.isEnabled() and self.anonymize.isChecked(),
                                include_confidential=self.include_confidential.isEnabled()
                                and self.include_confidential.isChecked())
        progress = QProgressDialog(_tr("Writing the files…"), _tr("&Stop"), 0, 0, self)
        progress.setWindowTitle(_tr("Print all classes"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setValue(0)

        def report(done: int, total: int, message: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(message)
            QCoreApplication.processEvents()
            if progress.wasCanceled():
                raise Stopped()

        try:
            done = run_action(lambda: export_all_classes(self.store, self.school_year, folder, self.kind(),
                                                         progress=report, options=options, today=self.today),
                              also=(OSError,))
        except Stopped:
            progress.close()
            dialogs_for(self).inform(_tr("Print all classes"),
                                     _tr("Stopped. The files written so far are in {folder}.").format(folder=folder))
            return
        progress.close()
        if not done:
            dialogs_for(self).warn(_tr("The files were not written"), done.error or "")  # set: not done
            return
        self.outcome = done.value
        self.show_summary(folder)
        self.accept()

    def show_summary(self, folder: Path) -> None:
        assert self.outcome is not None  # shown after the files were written
        text = plural(len(self.outcome.written), _tr("{count} file was written to {folder}."),
                      _tr("{count} files were written to {folder}.")).format(folder=folder)
        if self.outcome.skipped:
            text += "\n\n" + _tr("Without a conference (no file): {classes}").format(
                classes=", ".join(self.outcome.skipped))
        open_folder = _tr("&Open the folder")
        chosen = dialogs_for(self).choose(_tr("Print all classes"), text, (OK, open_folder), icon="information")
        if chosen == open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def install_export_all(window):
    """Filer → Udskriv alle klasser…, right after Udskrifter og print…; enabled while a file is open."""
    from PySide6.QtGui import QAction

    action = QAction(_tr("Print all cla&sses…"), window)
    action.triggered.connect(lambda: show_export_all(window))
    window.export_all_action = action
    window.addAction(action)
    menu = next((m for m in window.handouts_action.associatedObjects() if isinstance(m, QMenu)), None)
    if menu is not None:
        actions = menu.actions()
        index = actions.index(window.handouts_action)
        if index + 1 < len(actions):
            menu.insertAction(actions[index + 1], action)
        else:
            menu.addAction(action)
    window.file_actions.append(action)
    action.setEnabled(window.store is not None)
    return action


def show_export_all(window):
    if window.store is None:
        return None
    if window.workspace is not None:
        window.workspace.flush()
    dialog = ExportAllDialog(window.store, window.current_school_year(), window, today=window.today)
    dialog.exec()
    return dialog
