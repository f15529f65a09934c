"""Translations without Qt.

English source strings live in the code; ``resources/i18n/klassekonference_<lang>.ts`` (Qt Linguist's
format) holds the translations. Danish is the default language. Code outside ``app/ui`` calls
:func:`tr`; the GUI installs :class:`app.ui.translation.CatalogTranslator`, which answers Qt's own
``QCoreApplication.translate`` from the same catalogue, so there is one source of truth that a
translator edits in Qt Linguist.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import lru_cache

from app.resources import resource_path

DEFAULT_LANGUAGE = "da"
SUPPORTED_LANGUAGES = ("da", "en")
_language = os.environ.get("KLASSEKONFERENCE_LANG", DEFAULT_LANGUAGE)
if _language not in SUPPORTED_LANGUAGES:
    _language = DEFAULT_LANGUAGE


def catalog_path(language: str):
    return resource_path("i18n", f"klassekonference_{language}.ts")


@lru_cache(maxsize=4)
def load_catalog(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation, for finished and unfinished entries alike."""
    path = catalog_path(language)
    if not path.exists():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            translation = message.find("translation")
            if translation is None or translation.text is None or not translation.text.strip():
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            catalog[(name, source)] = translation.text
    return catalog


def set_language(language: str) -> None:
    global _language
    if language not in SUPPORTED_LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    _language = language


def language() -> str:
    return _language


def tr(context: str, text: str) -> str:
    """Translate ``text`` (English source) in ``context`` into the current language."""
    if _language == "en":
        return text
    return load_catalog(_language).get((context, text), text)
