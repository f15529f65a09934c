"""Handouts dialog: a saved workbook or PDF opens in the computer's own program for it (never ours)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from app.services.export.content import DocumentKind
from tests.ui.test_print_preview import open_dialog, store  # noqa: F401 (store is a fixture)


@pytest.fixture
def opened(monkeypatch):
    urls = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def test_a_saved_workbook_opens_with_the_default_program(qtbot, store, tmp_path, opened):  # noqa: F811
    dialog = open_dialog(qtbot, store, kind=DocumentKind.PROTOCOL)
    assert not dialog.open_saved_button.isEnabled()  # nothing saved yet
    xlsx = tmp_path / "Sofies klasse – aftaler & trivsel.xlsx"
    assert dialog.save_excel(xlsx)
    assert dialog.open_saved_button.isEnabled() and dialog.open_saved_button.text() == "Åbn den gemte fil"
    dialog.open_saved_button.click()
    assert len(opened) == 1 and opened[0].isLocalFile() and opened[0].toLocalFile() == str(xlsx.resolve())


def test_a_saved_pdf_opens_too(qtbot, store, tmp_path, opened):  # noqa: F811
    dialog = open_dialog(qtbot, store, kind=DocumentKind.PROTOCOL)
    pdf = tmp_path / "protokol.pdf"
    assert dialog.save_pdf(pdf)
    assert dialog.open_saved()
    assert opened[0].toLocalFile() == str(pdf.resolve())


def test_no_program_for_the_file_gets_a_calm_message(qtbot, store, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append((title, text)))
    dialog = open_dialog(qtbot, store, kind=DocumentKind.PROTOCOL)
    xlsx = tmp_path / "aftaler.xlsx"
    dialog.save_excel(xlsx)
    assert not dialog.open_saved()
    assert said[0][0] == "Intet program åbner filen" and "Excel eller LibreOffice" in said[0][1]
    xlsx.unlink()
    said.clear()
    assert not dialog.open_saved()
    assert said[0][0] == "Filen blev ikke fundet"
