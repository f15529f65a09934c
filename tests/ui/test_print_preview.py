"""The handouts dialog on the demo file: preview of the real PDF, options, printing and saving."""

from __future__ import annotations

import io
import re

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from app.services.conferences import conferences_of_class
from app.services.export.content import DocumentKind, find_class
from app.storage.database import open_database
from app.ui.print_preview import ExportDialog
from tests.conftest import DEMO_TODAY


@pytest.fixture
def store(demo_file):
    store = open_database(demo_file)
    yield store
    store.close()


def open_dialog(qtbot, store, which=-1, **kwargs) -> ExportDialog:
    school_class = find_class(store, "5.B", 2026)
    conference = conferences_of_class(store, school_class)[which]
    dialog = ExportDialog(store, conference, None, school_class=school_class, today=DEMO_TODAY, **kwargs)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.is_busy() and bool(dialog.pdf_bytes or dialog.last_error), timeout=15000)
    return dialog


def choose(qtbot, dialog, kind: DocumentKind) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(kind))


def text_of(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_the_preview_shows_the_real_pdf(qtbot, store):
    dialog = open_dialog(qtbot, store, 0, kind=DocumentKind.PROTOCOL)
    dialog.show()
    assert dialog.view is not None, "QtPdf is installed with the app"
    assert dialog.document.pageCount() == len(PdfReader(io.BytesIO(dialog.pdf_bytes)).pages) >= 2
    assert "Referat" in dialog.status_label.text()
    assert dialog.windowTitle() == "Udskrifter – 22. april 2026"
    assert dialog.print_button.isEnabled() and dialog.save_pdf_button.isEnabled()
    assert not dialog.progress.isVisible()
    assert dialog.suggested_name() == "Klassekonference 4.B 22.04.2026 - referat.pdf"


def test_confidential_notes_are_off_by_default_and_warned_about(qtbot, store):
    dialog = open_dialog(qtbot, store, kind=DocumentKind.AGENDA)
    assert not dialog.confidential_box.isChecked()
    assert "udeladt" in dialog.confidential_warning.text()
    assert "gå fra hinanden" not in text_of(dialog.pdf_bytes)
    dialog.show()
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        dialog.confidential_box.setChecked(True)
        # The PDF is laid out in a worker: the window answers at once and shows that it is busy.
        assert dialog.is_busy() and dialog.progress.isVisible() and not dialog.save_pdf_button.isEnabled()
    assert not dialog.progress.isVisible()
    assert "Fortroligt" in dialog.confidential_warning.text()
    assert "gå fra hinanden" in text_of(dialog.pdf_bytes)
    choose(qtbot, dialog, DocumentKind.PUPIL_SHEETS)  # a handout for parents: never any notes
    assert not dialog.confidential_box.isEnabled() and not dialog.options().include_confidential
    assert "gå fra hinanden" not in text_of(dialog.pdf_bytes)


def test_pseudonymise_is_offered_for_every_document_and_shows_what_it_replaced(qtbot, store):
    dialog = open_dialog(qtbot, store, 0, kind=DocumentKind.PROTOCOL)
    assert dialog.anonymize_box.isEnabled() and dialog.replacements_label.text() == ""
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        dialog.anonymize_box.setChecked(True)
    text = text_of(dialog.pdf_bytes)
    assert "Elev A" in text and "Pseudonymiseret" in text and "Hjalte Ødum" not in text and "H.Ø." not in text
    assert re.match(r"\d+ navne? erstattet i \d+ tekster?", dialog.replacements_label.text())
    assert not dialog.replacements_button.isHidden()
    assert "Før: " in dialog.replacements_text() and "Efter: " in dialog.replacements_text()
    assert dialog.suggested_name() == "Klassekonference 4.B 22.04.2026 - referat - pseudonymiseret.pdf"
    choose(qtbot, dialog, DocumentKind.PUPIL_SHEETS)
    assert dialog.anonymize_box.isEnabled()
    assert dialog.document.pageCount() >= 20  # one page per pupil
    assert "Hjalte Ødum" not in text_of(dialog.pdf_bytes)
    assert dialog.suggested_name() == "Klassekonference 4.B 22.04.2026 - elevark - pseudonymiseret.pdf"


def test_print_renders_every_page_onto_the_printer(qtbot, store, tmp_path):
    dialog = open_dialog(qtbot, store, kind=DocumentKind.CLASS_SHEET)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer) == dialog.document.pageCount()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.document.pageCount()


def test_save_as_pdf_and_excel(qtbot, store, tmp_path):
    dialog = open_dialog(qtbot, store, kind=DocumentKind.PROTOCOL)
    pdf = tmp_path / dialog.suggested_name()
    assert dialog.save_pdf(pdf)
    assert pdf.read_bytes() == dialog.pdf_bytes
    xlsx = tmp_path / dialog.suggested_name("xlsx")
    assert xlsx.name == "Klassekonference 5.B 08.12.2026 - aftaler og trivsel.xlsx"
    assert dialog.save_excel(xlsx)
    assert openpyxl.load_workbook(xlsx).sheetnames == ["Aftaler", "Elever", "Trivsel", "Spørgsmål"]
    assert "Gemt" in dialog.status_label.text()


def test_pupil_sheet_for_one_chosen_pupil(qtbot, store):
    dialog = open_dialog(qtbot, store, kind=DocumentKind.PUPIL_SHEETS)
    assert dialog.pupil_box.isEnabled() and dialog.pupil_box.currentText() == "Alle elever"
    index = dialog.pupil_box.findText("Hjalte Ødum")
    with qtbot.waitSignal(dialog.preview_ready, timeout=15000):
        dialog.pupil_box.setCurrentIndex(index)
    assert dialog.document.pageCount() == 1
    text = text_of(dialog.pdf_bytes)
    assert "Hjalte Ødum" in text and "Aksel Bjørnholt" not in text
    assert dialog.suggested_name() == "Klassekonference 5.B 08.12.2026 - elevark - Hjalte Ødum.pdf"
    choose(qtbot, dialog, DocumentKind.CLASS_SHEET)
    assert not dialog.pupil_box.isEnabled()
    assert dialog.suggested_name() == "Klassekonference 5.B 08.12.2026 - klassens ark.pdf"


def test_the_garbage_collector_keeps_running_while_a_pdf_is_made(qtbot, store, monkeypatch):
    """Only the GUI's objects are set aside (gc.freeze) while the worker lays a PDF out: the collector is never
    switched off for the process, and nothing stays frozen afterwards (app/ui/pdf_worker.py)."""
    import gc

    from app.ui import pdf_worker

    seen = []
    render = pdf_worker.render_pdf_with_report

    def watched(kind, content):
        seen.append((gc.isenabled(), gc.get_freeze_count() > 0, pdf_worker.GuiObjectsSetAside.working))
        return render(kind, content)

    monkeypatch.setattr(pdf_worker, "render_pdf_with_report", watched)
    dialog = open_dialog(qtbot, store, kind=DocumentKind.AGENDA)
    choose(qtbot, dialog, DocumentKind.PROTOCOL)
    assert seen and all(enabled and frozen and working >= 1 for enabled, frozen, working in seen)
    dialog.close()
    assert gc.isenabled() and gc.get_freeze_count() == 0 and pdf_worker.GuiObjectsSetAside.working == 0
