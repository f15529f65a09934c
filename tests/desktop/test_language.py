"""The language follows the computer (Danish unless it is English), Hjælp → Sprog overrides it, and Qt's own
file dialog on Linux is Danish too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from app.ui import language
from app.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize("ui_languages, expected", [
    (["da-DK"], "da"), (["da"], "da"), (["en-US"], "en"), (["en-GB", "da-DK"], "en"), (["en"], "en"),
    (["de-DE", "en-US"], "da"), (["nb-NO"], "da"), (["sv-SE"], "da"), ([], "da"), (["en_US"], "en"),
    (["eng"], "da"),
])
def test_the_computer_language_decides_danish_unless_english(ui_languages, expected):
    assert language.system_language(ui_languages) == expected


@pytest.mark.parametrize("setting, system, expected", [
    (None, ["en-US"], "en"), (None, ["da-DK"], "da"), ("system", ["en-US"], "en"),
    ("da", ["en-US"], "da"), ("en", ["da-DK"], "en"), ("klingon", ["da-DK"], "da"),
])
def test_the_choice_in_the_program_wins_over_the_computer(tmp_path, monkeypatch, setting, system, expected):
    monkeypatch.delenv("KLASSEKONFERENCE_LANG", raising=False)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    if setting is not None:
        settings.setValue(language.SETTING_KEY, setting)
    assert language.program_language(settings, system) == expected


def test_the_environment_variable_still_wins_for_support(tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(language.SETTING_KEY, "en")
    monkeypatch.setenv("KLASSEKONFERENCE_LANG", "da")
    assert language.program_language(settings, ["en-US"]) == "da"


def test_the_language_menu_stores_the_choice_and_says_when_it_applies(qtbot, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(today=DEMO_TODAY, settings=settings)
    qtbot.addWidget(window)
    menu = window.language_menu
    assert menu.title() == "&Sprog"
    assert menu.choices[language.FOLLOW_SYSTEM].isChecked()
    assert menu.choices[language.FOLLOW_SYSTEM].text().startswith("Som computeren (")
    assert [menu.choices[v].text() for v in ("da", "en")] == ["Dansk", "English"]
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    monkeypatch.delenv("KLASSEKONFERENCE_LANG", raising=False)
    menu.choices["en"].trigger()
    assert settings.value(language.SETTING_KEY) == "en"
    assert said == ["Programmet bruger English, næste gang du starter det."]
    assert menu.choices["en"].isChecked() and not menu.choices["da"].isChecked()
    window.close()


START_IN = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from app.ui.application import create_application
from app import i18n
app = create_application()
print(i18n.language(), QCoreApplication.translate("MainWindow", "Open file…"))
"""


@pytest.mark.slow
@pytest.mark.parametrize("lang_env, setting, expected", [
    ("en_US.UTF-8", None, "en Open file…"),
    ("da_DK.UTF-8", None, "da Åbn fil…"),
    ("de_DE.UTF-8", None, "da Åbn fil…"),
    ("en_US.UTF-8", "da", "da Åbn fil…"),
    ("da_DK.UTF-8", "en", "en Open file…"),
])
def test_the_program_starts_in_the_chosen_language(tmp_path, lang_env, setting, expected):
    config = tmp_path / "config"
    if setting:
        ini = config / "Klassekonference" / "Klassekonference.conf"
        ini.parent.mkdir(parents=True)
        ini.write_text(f"[General]\nlanguage={setting}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("KLASSEKONFERENCE_LANG", "LANGUAGE", "LC_ALL",
                                                            "LC_MESSAGES")}
    env.update(LANG=lang_env, LC_ALL=lang_env, XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", START_IN], cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == expected


def test_the_file_dialog_that_qt_draws_itself_speaks_danish(qtbot):
    from app.ui.qt_strings import QT_TEXTS

    for context, source in QT_TEXTS:
        assert QCoreApplication.translate(context, source) != source, source
    for accept in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Åbn fil", str(ROOT), "Klassekonference-filer (*.klassekonference)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(accept)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
        assert {"&Kig i:", "&Filnavn:", "Filer af &typen:"} <= labels, labels
        english = {"&Look in:", "Files of &type:", "File &name:", "&Open", "&Save", "Cancel", "Back", "Detail View"}
        from PySide6.QtWidgets import QAbstractButton

        texts = labels | {b.text() for b in dialog.findChildren(QAbstractButton)} | {
            b.toolTip() for b in dialog.findChildren(QAbstractButton)}
        assert not texts & english
