"""Handouts in the app: choose a document, see the real PDF, print it, or save it as PDF or Excel.

    dialog = ExportDialog(store, conference, parent)          # optional: school_class=..., kind=...
    dialog.exec()

The content is read from the file in the GUI thread (a few quick queries); the PDF is laid out in a worker
thread (app/ui/pdf_worker.py) while a busy bar shows, so the window never freezes. The preview is QtPdf's QPdfView
of exactly the bytes that are printed and saved. Printing renders each page with QPdfDocument.render onto
the printer chosen in the system's print dialog.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import formatting
from app.domain.conference import Conference
from app.domain.formatting import long_date
from app.services.conferences import classes_of_conference
from app.services.export.content import (
    ConferenceContent,
    DocumentKind,
    ExportOptions,
    collect,
    document_title,
    is_internal,
)
from app.services.export.files import (
    WORKBOOK,
    export_xlsx,
    file_name,
    pseudonymised_detail,
    write_atomically,
)
from app.services.export.pdf_layout import register_fonts, styles
from app.services.school import pupils_of_class
from app.storage.store import Store
from app.ui.action import run_action
from app.ui.pdf_worker import PdfWorker, print_pages
from app.ui.user_dialogs import OK, dialogs_for

try:  # QtPdf ships as its own wheel (PySide6_Pdf); without it the dialog still saves PDF and Excel
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ExportDialog(QDialog):
    """Choose the document kind and options, preview the PDF, print, save as PDF or Excel."""

    preview_ready = Signal()  # a new PDF is shown (or could not be made)
    last_folder: str = str(Path.home())  # where the last file was saved (for this session)

    def __init__(self, store: Store, conference: Conference, parent=None, *, school_class=None,
                 kind: DocumentKind = DocumentKind.PROTOCOL, today: date | None = None):
        super().__init__(parent)
        self.store = store
        self.conference = conference
        self.today = today or date.today()
        self.pdf_bytes: bytes = b""
        self.last_error = ""
        self._generation = 0
        self._worker = PdfWorker(self)  # lays the PDF out in a thread (and why the collector needs care there)
        self._worker.finished.connect(self._rendered)
        self._worker.failed.connect(self._show_failure)
        self._buffer: QBuffer | None = None
        self._content: ConferenceContent | None = None
        self.classes = classes_of_conference(store, conference)
        self.setWindowTitle(_tr("Handouts – {date}").format(date=long_date(conference.held_on)))
        self.resize(1100, 780)

        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(_tr("Document"))
        for value, label in (
            (DocumentKind.AGENDA, _tr("Agenda and preparation")),
            (DocumentKind.PROTOCOL, _tr("Minutes")),
            (DocumentKind.CLASS_SHEET, _tr("Class sheet (no pupil names)")),
            (DocumentKind.PUPIL_SHEETS, _tr("Pupil sheets (one page per pupil)")),
        ):
            self.kind_box.addItem(label, value)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(DocumentKind(kind))))
        self.class_box = QComboBox()
        self.class_box.setAccessibleName(_tr("Class"))
        for school_class_item in self.classes:
            self.class_box.addItem(school_class_item.name, school_class_item.id)
        if school_class is not None:
            for index, item in enumerate(self.classes):
                if item.cohort_id == school_class.cohort_id:
                    self.class_box.setCurrentIndex(index)
        self.class_box.setEnabled(len(self.classes) > 1)
        self.pupil_box = QComboBox()
        self.pupil_box.setAccessibleName(_tr("Pupil"))
        self._fill_pupils()
        self.anonymize_box = QCheckBox(_tr("Pseudonymise (Pupil A, Pupil B … instead of names, also in the texts)"))
        self.report = None  # what the shown PDF's texts lost (names replaced)
        self.replacements_label = QLabel()
        self.replacements_label.setWordWrap(True)
        self.replacements_button = QPushButton(_tr("Show the changed texts…"))
        self.replacements_button.clicked.connect(self.show_replacements)
        self.replacements_button.hide()
        self.confidential_box = QCheckBox(_tr("Include confidential notes"))
        self.confidential_box.setChecked(False)
        self.confidential_warning = QLabel()
        self.confidential_warning.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the layout has no measurable steps
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(_tr("Making the PDF"))
        self.progress.hide()

        self.print_button = QPushButton(_tr("Print…"))
        self.save_pdf_button = QPushButton(_tr("Save as PDF…"))
        self.save_excel_button = QPushButton(_tr("Save as Excel…"))
        self.close_button = QPushButton(_tr("Close"))
        # issue 18: the file saved last opens in the computer's own program for it (Excel, the PDF reader)
        self.open_saved_button = QPushButton(_tr("Open the saved file"))
        self.open_saved_button.setEnabled(False)
        self.open_saved_button.clicked.connect(self.open_saved)
        self.last_saved: Path | None = None

        form = QFormLayout()
        form.addRow(_tr("&Document:"), self.kind_box)
        form.addRow(_tr("C&lass:"), self.class_box)
        form.addRow(_tr("&Pupil:"), self.pupil_box)
        options = QWidget()
        side = QVBoxLayout(options)
        side.addLayout(form)
        side.addWidget(self.anonymize_box)
        side.addWidget(self.confidential_box)
        side.addWidget(self.confidential_warning)
        side.addSpacing(12)
        side.addWidget(self.progress)
        side.addWidget(self.status_label)
        side.addWidget(self.replacements_label)
        side.addWidget(self.replacements_button)
        side.addStretch(1)
        for button in (self.print_button, self.save_pdf_button, self.save_excel_button, self.open_saved_button):
            button.setMinimumHeight(32)
            side.addWidget(button)

        if QPdfView is not None and QPdfDocument is not None:
            # Made before the view: Qt deletes children in the order they were made, so on closing the
            # document goes (and tells the still whole view) first. The PDF's buffer belongs to the document.
            self.document: QPdfDocument | None = QPdfDocument(self)
            self.view: QPdfView | None = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setAccessibleName(_tr("Print preview"))
            preview: QWidget = self.view
        else:
            self.document = None
            self.view = None
            preview = QLabel(_tr("The preview cannot be shown on this computer, but you can still save the PDF."))
            preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
            preview.setWordWrap(True)
        splitter = QSplitter()
        splitter.addWidget(options)
        splitter.addWidget(preview)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 800])
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        self.kind_box.currentIndexChanged.connect(self.refresh)
        self.class_box.currentIndexChanged.connect(self._class_changed)
        self.pupil_box.currentIndexChanged.connect(self.refresh)
        self.anonymize_box.toggled.connect(self.refresh)
        self.confidential_box.toggled.connect(self.refresh)
        self.print_button.clicked.connect(self.choose_printer_and_print)
        self.save_pdf_button.clicked.connect(self.choose_and_save_pdf)
        self.save_excel_button.clicked.connect(self.choose_and_save_excel)
        self.close_button.clicked.connect(self.reject)
        register_fonts()  # once, in the GUI thread, before any worker lays a page out
        styles()
        self.refresh()

    # -- state -------------------------------------------------------------------------------------------
    @property
    def kind(self) -> DocumentKind:
        return DocumentKind(self.kind_box.currentData())

    @property
    def school_class(self):
        return self.classes[self.class_box.currentIndex()] if self.classes else None

    def options(self) -> ExportOptions:
        pupil_id = self.pupil_box.currentData()
        return ExportOptions(
            anonymize=self.anonymize_box.isChecked(),
            include_confidential=self.confidential_box.isChecked() and is_internal(self.kind),
            pupil_ids=(pupil_id,) if pupil_id and self.kind == DocumentKind.PUPIL_SHEETS else None,
        )

    def _fill_pupils(self) -> None:
        """ "All pupils", then the class's pupils (pupil sheets for one pupil, e.g. for a parent conversation)."""
        self.pupil_box.blockSignals(True)
        self.pupil_box.clear()
        self.pupil_box.addItem(_tr("All pupils"), None)
        if self.school_class is not None:
            for pupil in pupils_of_class(self.store, self.school_class, include_left=False):
                self.pupil_box.addItem(pupil.full_name, pupil.id)
        self.pupil_box.blockSignals(False)

    def _class_changed(self) -> None:
        self._fill_pupils()
        self.refresh()

    def suggested_name(self, kind=None) -> str:
        kind = kind or self.kind
        school_class = self._content.school_class if self._content is not None else self.school_class
        pupil = self.pupil_box.currentText() if self.options().pupil_ids and kind == self.kind else ""
        if kind != WORKBOOK and self.options().anonymize:
            pupil = pseudonymised_detail(self.options())  # never the pupil's name on a pseudonymised file
        return file_name(school_class, self.conference, kind, pupil)

    def is_busy(self) -> bool:
        return bool(self._worker.busy)

    # -- making the PDF ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the content now and lay the PDF out in the worker; the preview follows when it is done."""
        self.pupil_box.setEnabled(self.kind == DocumentKind.PUPIL_SHEETS)
        self.confidential_box.setEnabled(is_internal(self.kind))  # only agenda and minutes show notes
        self._update_warning()
        self._generation += 1
        generation = self._generation
        done = run_action(lambda: collect(self.store, self.conference, self.school_class, self.options(), self.today),
                          lambda message: self._show_failure(generation, message))
        if not done:
            return
        self._content = done.value
        self._set_busy(True)
        self.status_label.setText(_tr("Making the PDF…"))
        self._worker.start(generation, self.kind, self._content)

    def _rendered(self, generation: int, data: QByteArray, report=None) -> None:
        if generation != self._generation:
            return  # an older choice; a newer PDF is on its way
        self.pdf_bytes = bytes(data.data())
        self._show_replacements(report)
        self.last_error = ""
        if self.document is not None:
            self.document.close()
            previous, self._buffer = self._buffer, QBuffer(self.document)
            self._buffer.setData(data)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            if previous is not None:
                previous.deleteLater()
            pages = self.document.pageCount()
        else:
            pages = self.pdf_bytes.count(b"/Type /Page\n")
        self.status_label.setText(
            _tr("{title}: {pages} pages").format(title=document_title(self.kind), pages=pages)
            if pages != 1 else _tr("{title}: 1 page").format(title=document_title(self.kind))
        )
        self._set_busy(False)
        self.preview_ready.emit()

    def _show_replacements(self, report) -> None:
        """ "4 navne erstattet i 3 tekster" under the status, for every document meant to be shared."""
        self.report = report
        shared = self.options().anonymize or not is_internal(self.kind)
        if report is None or not shared:
            self.replacements_label.setText("")
            self.replacements_button.hide()
            return
        text = report.summary()
        if report.names:
            text += ". " + _tr("Read the changed texts before you share the document.")
        self.replacements_label.setText(text)
        self.replacements_button.setVisible(bool(report.names))

    def replacements_text(self) -> str:
        """Every changed text, before and after (what "Show the changed texts" shows)."""
        if self.report is None:
            return ""
        blocks = []
        for before, after in self.report.changes:
            blocks.append(_tr("Before: {text}").format(text=before) + "\n" + _tr("After: {text}").format(text=after))
        return "\n\n".join(blocks)

    def show_replacements(self) -> None:
        dialogs_for(self).choose(_tr("Names replaced"), self.report.summary() if self.report is not None else "", (OK,),
                                 icon="none",
                                 more=_tr("Check that no child can be recognised before you share the document."),
                                 details=self.replacements_text())

    def _show_failure(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.pdf_bytes = b""
        self.last_error = message
        self.status_label.setText(_tr("The PDF could not be made: {reason}").format(reason=message))
        self._set_busy(False)
        self.print_button.setEnabled(False)
        self.save_pdf_button.setEnabled(False)
        self.preview_ready.emit()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        ready = not busy and bool(self.pdf_bytes)
        self.print_button.setEnabled(ready and self.document is not None)
        self.save_pdf_button.setEnabled(ready)

    def _update_warning(self) -> None:
        if not is_internal(self.kind):
            self.confidential_warning.setText(_tr("This document never shows notes about pupils."))
        elif self.confidential_box.isChecked():
            self.confidential_warning.setText(
                "<span style='color:#9b1c1c'><b>" + _tr("Confidential notes are included.") + "</b> "
                + _tr("The document is marked “Confidential”. Share it only with the team around the class.")
                + "</span>"
            )
        else:
            self.confidential_warning.setText(
                _tr("Confidential notes are left out. Tick the box only when this copy needs them.")
            )

    # -- printing ----------------------------------------------------------------------------------------
    def choose_printer_and_print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if not self.pdf_bytes or self.document is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(Path(self.suggested_name()).stem)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(_tr("Print {title}").format(title=document_title(self.kind)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = self.print_document(printer)
        self.status_label.setText(_tr("Sent {pages} to the printer.").format(pages=formatting.pages(pages)))

    def print_document(self, printer) -> int:
        """Render each page of the previewed PDF onto ``printer``; returns the number of pages printed."""
        return print_pages(self.document, printer, lambda title, text: dialogs_for(self).warn(title, text))

    # -- saving ------------------------------------------------------------------------------------------
    def _save_path(self, title: str, name: str, pattern: str) -> Path | None:
        start = str(Path(ExportDialog.last_folder) / name) if ExportDialog.last_folder else name
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, pattern)
        if not chosen:
            return None
        ExportDialog.last_folder = str(Path(chosen).parent)
        return Path(chosen)

    def choose_and_save_pdf(self) -> None:
        path = self._save_path(_tr("Save as PDF"), self.suggested_name(), _tr("PDF documents (*.pdf)"))
        if path is not None:
            self.save_pdf(path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"))

    def choose_and_save_excel(self) -> None:
        path = self._save_path(_tr("Save as Excel"), self.suggested_name(WORKBOOK), _tr("Excel workbooks (*.xlsx)"))
        if path is not None:
            self.save_excel(path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx"))

    def save_pdf(self, path: Path) -> bool:
        if not run_action(lambda: write_atomically(path, self.pdf_bytes),
                          lambda message: dialogs_for(self).warn(_tr("The PDF was not saved"), message)):
            return False
        self.status_label.setText(_tr("Saved {name}").format(name=Path(path).name))
        self._saved(path)
        return True

    def save_excel(self, path: Path) -> bool:
        from app.services.files import open_beside
        from app.ui.progress import run_with_progress

        def work(_report):  # ten years of a class's history: over half a second on a large school
            reader = open_beside(self.store)
            try:
                export_xlsx(reader, self.conference, path, school_class=self.school_class, today=self.today)
            finally:
                reader.close(checkpoint=False)

        if not run_action(lambda: run_with_progress(self, _tr("Save as Excel"), _tr("Writing the workbook…"), work),
                          lambda message: dialogs_for(self).warn(_tr("The workbook was not saved"), message)):
            return False
        self.status_label.setText(_tr("Saved {name}").format(name=Path(path).name))
        self._saved(path)
        return True

    def _saved(self, path: Path) -> None:
        self.last_saved = Path(path)
        self.open_saved_button.setEnabled(True)
        self.open_saved_button.setToolTip(str(path))

    def open_saved(self) -> bool:
        from app.ui.open_externally import open_with_default_program

        return self.last_saved is not None and open_with_default_program(self, self.last_saved)

    # -- closing -----------------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        self._finish_work()
        super().done(result)

    def closeEvent(self, event) -> None:
        self._finish_work()
        super().closeEvent(event)

    def _finish_work(self) -> None:
        """Wait for a PDF being laid out (its result is dropped) before the dialog may go away."""
        self._generation += 1
        self._worker.wait()
