"""Laying a handout's PDF out in a worker thread, so the window stays responsive; and printing a PDF.

Why the garbage collector needs care here: Python's cycle collector runs in whichever thread happens to
allocate when it is due. Run in the worker, it could free the Python wrappers of Qt objects from the GUI
(a closed dialog in a reference cycle), and PySide6 (6.12) crashes when a Qt object is destroyed outside
the GUI thread. Earlier the collector was switched off for the whole process while a PDF was made. Now the
garbage is collected in the GUI thread just before the work starts, and every object that exists at that
moment (all windows, dialogs and their wrappers) is set aside with ``gc.freeze()`` until the work is done:
collection keeps running for everything else (the layout's own objects), and the GUI's objects are
collected in the GUI thread afterwards. Only the GUI thread freezes and unfreezes.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QRectF, QSize, QThreadPool, Signal
from PySide6.QtGui import QPainter

from app.services.export.content import DocumentKind
from app.services.export.files import render_pdf_with_report

MAX_PRINT_DPI = 300  # pages are rendered for the printer at no more than this resolution


class GuiObjectsSetAside:
    """Counts the PDFs being laid out; while any is, the GUI's objects are frozen out of collection."""

    working = 0

    @classmethod
    def begin(cls) -> None:  # in the GUI thread
        if cls.working == 0:
            gc.collect()
            gc.freeze()
        cls.working += 1

    @classmethod
    def end(cls) -> None:  # in the GUI thread
        cls.working -= 1
        if cls.working == 0:
            gc.unfreeze()


class _Signals(QObject):
    """Lives in the GUI thread; the worker emits on it, Qt queues the calls into the GUI thread."""

    finished = Signal(int, QByteArray, object)  # generation, the PDF, what its texts lost (ReplacementReport)
    failed = Signal(int, str)


def _render_in_worker(signals: _Signals, generation: int, kind: DocumentKind, content) -> None:
    """Runs in the thread pool: lays out one PDF from already collected content (no database access)."""
    try:
        data, report = render_pdf_with_report(kind, content)
    except Exception as error:  # reported in the dialog, never a crash of the window
        signals.failed.emit(generation, str(error))
        return
    signals.finished.emit(generation, QByteArray(data), report)


class PdfWorker(QObject):
    """One worker thread that lays out PDFs in the order asked; each request has a generation number."""

    finished = Signal(int, QByteArray, object)
    failed = Signal(int, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.busy: set[int] = set()  # generations being laid out
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.finished.connect(self._finished)
        self._signals.failed.connect(self._failed)

    def start(self, generation: int, kind: DocumentKind, content) -> None:
        GuiObjectsSetAside.begin()
        self.busy.add(generation)
        signals = self._signals
        self._pool.start(lambda: _render_in_worker(signals, generation, kind, content))

    def wait(self) -> None:
        """Wait for the work under way (its results are dropped)."""
        self._pool.waitForDone(10000)
        for generation in list(self.busy):
            self._end(generation)

    def _end(self, generation: int) -> None:
        if generation in self.busy:
            self.busy.discard(generation)
            GuiObjectsSetAside.end()

    def _finished(self, generation: int, data: QByteArray, report) -> None:
        self._end(generation)
        self.finished.emit(generation, data, report)

    def _failed(self, generation: int, message: str) -> None:
        self._end(generation)
        self.failed.emit(generation, message)


def print_pages(document, printer, warn) -> int:
    """Render each page of a loaded QPdfDocument onto ``printer``; returns the number of pages printed.
    ``warn(title, text)`` is told when the printer cannot be started."""
    from PySide6.QtGui import QPageSize

    if document is None or document.pageCount() == 0:
        return 0
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        warn(QCoreApplication.translate("ExportDialog", "Printing failed"),
             QCoreApplication.translate("ExportDialog", "The printer could not be started."))
        return 0
    try:
        count = document.pageCount()
        for index in range(count):
            if index:
                printer.newPage()
            target = QRectF(painter.viewport())
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            points = document.pagePointSize(index)
            size = QSize(max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi)))
            painter.drawImage(target, document.render(index, size))
    finally:
        painter.end()
    return count
