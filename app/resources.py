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
    """The folder with the user guides (brugervejledning.md, user-guide.md and their images/): ``docs/`` in a source
    checkout, ``docs/`` beside ``resources/`` in the installed bundle (installer.spec ships it)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "docs"
    return Path(__file__).resolve().parent.parent / "docs"


USER_GUIDES = {"da": "brugervejledning.md", "en": "user-guide.md"}  # the same pictures (docs/images)


def user_guide_path(language: str = "da") -> Path:
    """The guide in ``language`` ("da" or "en"); Danish for any other language."""
    return docs_root() / USER_GUIDES.get(language, USER_GUIDES["da"])
