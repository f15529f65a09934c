"""The program's language: Danish, unless the computer's language is English; Hjælp → Sprog chooses it.

Order: the environment variable KLASSEKONFERENCE_LANG (for tests and support), then the choice in the
program (setting ``language``: ``da`` or ``en``; ``system`` or nothing = follow the computer), then the
computer's language. The choice takes effect the next time the program starts.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from app import i18n
from app.ui.user_dialogs import dialogs_for

SETTING_KEY = "language"
FOLLOW_SYSTEM = "system"
LANGUAGE_NAMES = {"da": "Dansk", "en": "English"}  # each in its own language, never translated


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def system_language(ui_languages: list[str] | None = None) -> str:
    """"en" when the computer's first user-interface language is English, otherwise "da"."""
    languages = ui_languages if ui_languages is not None else QLocale.system().uiLanguages()
    first = (languages[0] if languages else "").replace("_", "-").casefold()
    return "en" if first == "en" or first.startswith("en-") else "da"


def chosen_setting(settings) -> str:
    value = str(settings.value(SETTING_KEY, FOLLOW_SYSTEM) or FOLLOW_SYSTEM)
    return value if value in i18n.SUPPORTED_LANGUAGES else FOLLOW_SYSTEM


def program_language(settings, ui_languages: list[str] | None = None) -> str:
    forced = os.environ.get("KLASSEKONFERENCE_LANG")
    if forced in i18n.SUPPORTED_LANGUAGES:
        return forced
    chosen = chosen_setting(settings)
    return chosen if chosen != FOLLOW_SYSTEM else system_language(ui_languages)


class LanguageMenu(QMenu):
    """Follow the computer / Dansk / English, one of them checked."""

    def __init__(self, window):
        super().__init__(_tr("&Language"), window)
        self.main_window = window
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        current = chosen_setting(window.settings)
        self.choices: dict[str, QAction] = {}
        system_name = LANGUAGE_NAMES[system_language()]
        for value, text in ((FOLLOW_SYSTEM, _tr("As the computer ({language})").format(language=system_name)),
                            ("da", LANGUAGE_NAMES["da"]), ("en", LANGUAGE_NAMES["en"])):
            action = QAction(text, self)
            action.setCheckable(True)
            action.setChecked(value == current)
            action.setData(value)
            action.triggered.connect(lambda _checked=False, v=value: self.choose(v))
            self.group.addAction(action)
            self.addAction(action)
            self.choices[value] = action

    def choose(self, value: str) -> None:
        if value == chosen_setting(self.main_window.settings):
            return
        self.main_window.settings.setValue(SETTING_KEY, value)
        self.main_window.settings.sync()
        new = program_language(self.main_window.settings)
        if new != i18n.language():
            dialogs_for(self.main_window).inform(
                _tr("Language"),
                _tr("The program will speak {language} the next time you start it.").format(
                    language=LANGUAGE_NAMES[new]))
