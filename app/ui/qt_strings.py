"""Qt's own texts that Qt's Danish catalogue (qtbase_da) lacks, translated in ours instead.

Qt's widget-based file dialog (the one on Linux desktops without a native dialog) asks for "&Look in:" and
"Files of &type:"; qtbase_da only has them without the mnemonic, so they showed in English. Our catalogue is
installed after Qt's and so is asked first. The calls below are never run: they are here so that
build/update_translations.py collects the texts under Qt's own contexts.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# (context, source) pairs, as Qt asks for them; tests/desktop/test_language.py checks each is Danish.
QT_TEXTS = (
    ("QFileDialog", "&Look in:"),
    ("QFileDialog", "Files of &type:"),
)


def _collected_for_the_catalogue() -> None:  # pragma: no cover - read by the extractor, not run
    QCoreApplication.translate("QFileDialog", "&Look in:")
    QCoreApplication.translate("QFileDialog", "Files of &type:")
