"""Qt's translation hooks: our catalogue answers ``QCoreApplication.translate``; Qt's own dialogs get qtbase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import i18n


class CatalogTranslator(QTranslator):
    """Serves translations from the Qt Linguist .ts catalogue in resources/i18n (one source of truth)."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self._catalog = i18n.load_catalog(language) if language != "en" else {}

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._catalog.get((context, source_text))  # None: Qt falls back to the English source

    def isEmpty(self) -> bool:
        return not self._catalog


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    language = language or i18n.language()
    installed: list[QTranslator] = []
    ours = CatalogTranslator(language, app)
    app.installTranslator(ours)
    installed.append(ours)
    if language != "en":
        QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            installed.append(qt_own)
    return installed
