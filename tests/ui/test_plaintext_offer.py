"""Opening an encrypted file with an unencrypted original beside it (a crash while encrypting) offers removal."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QMessageBox

from app.storage.encryption import _original_name, encrypt_in_place
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

PASSPHRASE = "blå cykel spiser syv pærer"


def test_the_window_offers_to_remove_a_leftover_unencrypted_original(qtbot, demo_file, monkeypatch, tmp_path):
    plain_copy = tmp_path / "plain.klassekonference"
    shutil.copy(demo_file, plain_copy)
    encrypt_in_place(demo_file, PASSPHRASE)
    original = _original_name(demo_file)
    shutil.copy(plain_copy, original)
    asked = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = MainWindow(today=DEMO_TODAY)
    qtbot.addWidget(window)
    assert window.open_path(demo_file, PASSPHRASE)
    assert asked and original.name in asked[0] and "ukrypteret" in asked[0]
    assert not original.exists()
    window.close_file()
