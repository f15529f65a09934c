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
OVERRIDE_VARIABLE = "KLASSEKONFERENCE_LANG"
_language = os.environ.get(OVERRIDE_VARIABLE, DEFAULT_LANGUAGE)
if _language not in SUPPORTED_LANGUAGES:
    _language = DEFAULT_LANGUAGE


def _is_english(locale_name: str) -> bool:
    """ "en", "en_GB.UTF-8", "en-US", "en_DK@euro" -> True; "da_DK.UTF-8", "C", "POSIX", "" -> False."""
    base = locale_name.split(".")[0].split("@")[0].replace("-", "_").casefold()
    return base == "en" or base.startswith("en_")


def system_language(environ=None) -> str:
    """The computer's language without Qt (the command line's rule, the same as the window's): "en" when
    the computer's first user-interface language is English, otherwise "da".

    POSIX order as gettext and Qt read it: LANGUAGE (a list, unless the locale is C), then the first of
    LC_ALL, LC_MESSAGES and LANG that is set. On Windows without these variables: the user's UI language.
    """
    env = os.environ if environ is None else environ
    locale_name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    languages = [part for part in env.get("LANGUAGE", "").split(":") if part]
    if languages and locale_name not in ("C", "POSIX") and not locale_name.startswith("C."):
        return "en" if _is_english(languages[0]) else "da"
    if locale_name:
        return "en" if _is_english(locale_name) else "da"
    if environ is None and os.name == "nt":  # pragma: no cover - Windows only
        try:
            import ctypes

            # typeshed declares ctypes.windll only for win32, so the Linux type check does not know it
            primary = ctypes.windll.kernel32.GetUserDefaultUILanguage() & 0x3FF  # type: ignore[attr-defined]
            return "en" if primary == 0x09 else "da"  # LANG_ENGLISH
        except (AttributeError, OSError):
            return DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE


def command_line_language(environ=None) -> str:
    """KLASSEKONFERENCE_LANG if set to a supported language, otherwise the computer's language."""
    env = os.environ if environ is None else environ
    forced = env.get(OVERRIDE_VARIABLE)
    return forced if forced in SUPPORTED_LANGUAGES else system_language(env)


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
