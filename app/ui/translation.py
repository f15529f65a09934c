"""Qt's translation hooks: the app's compiled catalogue (.qm from the .ts) and Qt's own qtbase for dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n
from app.resources import resource_path


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the app's translation and Qt's own (so standard dialogs speak the language too).

    The .qm file is compiled from resources/i18n/klassekonference_<lang>.ts by build/update_translations.py;
    a test checks it is up to date. (A Python subclass of QTranslator overriding translate() would avoid the
    compile step, but crashes PySide6 6.12 on Python 3.11 after many calls.)
    """
    language = language or i18n.language()
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"klassekonference_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed
