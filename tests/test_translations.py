"""Every user-visible string has a Danish translation, with the same placeholders."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "build" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_has_a_danish_translation():
    tool = _tool()
    messages = tool.extract()
    assert len(messages) > 100  # the extractor really found the app's strings
    gaps = tool.missing(messages)
    assert not gaps, "Missing Danish translations (run python build/update_translations.py):\n" + "\n".join(
        f"{where}: [{context}] {source!r}" for context, source, where in gaps
    )


def test_translations_keep_placeholders():
    tool = _tool()
    catalog = tool.read_catalog()
    pattern = re.compile(r"\{[a-z_]+\}|%\(\w+\)\w|%s")
    wrong = [
        (context, source, text)
        for (context, source), (text, kind) in catalog.items()
        if kind != "vanished" and text and sorted(pattern.findall(source)) != sorted(pattern.findall(text))
    ]
    assert not wrong


def test_danish_is_the_default_and_english_is_the_source():
    from app import i18n

    assert i18n.DEFAULT_LANGUAGE == "da"
    assert i18n.tr("agenda", "Follow-up on agreements") == "Opfølgning på aftaler"
    i18n.set_language("en")
    try:
        assert i18n.tr("agenda", "Follow-up on agreements") == "Follow-up on agreements"
    finally:
        i18n.set_language("da")


def test_compiled_catalogue_is_up_to_date(tmp_path):
    tool = _tool()
    fresh = tool.compile_catalog(tool.CATALOG, tmp_path / "fresh.qm")
    assert fresh.read_bytes() == tool.COMPILED.read_bytes(), "run: python build/update_translations.py"


def test_qt_translate_uses_the_same_catalogue(qapp):
    from PySide6.QtCore import QCoreApplication

    from app.ui.translation import install_translators

    translators = install_translators(qapp, "da")
    try:
        assert QCoreApplication.translate("MainWindow", "Open file…") == "Åbn fil…"
        # Qt's own standard dialogs are Danish too: qtbase_da is loaded.
        assert len(translators) == 2
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuller"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
