"""Find files under ``resources/``: from a source checkout and from a frozen (PyInstaller) build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in ``resources/``, e.g. ``resource_path("i18n", "klassekonference_da.ts")``."""
    return resources_root().joinpath(*parts)


def docs_root() -> Path:
    """The folder with the user guide (brugervejledning.md and its images/): ``docs/`` in a source checkout,
    ``docs/`` beside ``resources/`` in the installed bundle (installer.spec ships it)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


def user_guide_path() -> Path:
    return docs_root() / "brugervejledning.md"
