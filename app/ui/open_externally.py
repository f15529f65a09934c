"""Open a saved file (a workbook, a PDF) in the program the computer uses for that kind of file: Excel or
LibreOffice Calc for .xlsx, the PDF reader for .pdf (Windows' file associations, macOS's Launch Services,
xdg-open on Linux), never a program of our choosing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from app.ui.user_dialogs import dialogs_for


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenExternally", text)


def open_with_default_program(parent, path: str | Path) -> bool:
    path = Path(path)
    if not path.is_file():
        dialogs_for(parent).inform(_tr("The file was not found"),
                                   _tr("“{name}” is no longer in {folder}. Save it again.").format(
                                       name=path.name, folder=path.parent))
        return False
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.resolve()))):
        return True
    dialogs_for(parent).inform(
        _tr("No program opens the file"),
        _tr("This computer has no program set up to open “{name}”. Install a program for it (for a workbook: "
            "Excel or LibreOffice), or open the file from {folder}.").format(name=path.name, folder=path.parent))
    return False
