"""Shared fixtures. Qt runs offscreen; every test gets its own temporary files."""

from __future__ import annotations

import os
import tempfile
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("KLASSEKONFERENCE_LANG", "da")
# GUI tests never write backups or logs into the real user folders, and never stop to ask who is writing.
os.environ.setdefault("KLASSEKONFERENCE_BACKUP_DIR", tempfile.mkdtemp(prefix="kk-backups-"))
os.environ.setdefault("KLASSEKONFERENCE_LOG_DIR", tempfile.mkdtemp(prefix="kk-logs-"))
os.environ.setdefault("KLASSEKONFERENCE_NO_WRITER_PROMPT", "1")
# Nor into the user's real settings (recent files, language, who is writing): Qt's QSettings and platformdirs
# look in XDG_CONFIG_HOME on Linux; the session fixture below also points QSettings there on every system.
SETTINGS_HOME = tempfile.mkdtemp(prefix="kk-settings-")
os.environ["XDG_CONFIG_HOME"] = SETTINGS_HOME

import pytest  # noqa: E402

DEMO_TODAY = date(2026, 11, 24)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo school built once per test session; copy it with ``demo_file``."""
    from app.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.klassekonference"
    build_demo(path, today=DEMO_TODAY)
    return path


@pytest.fixture
def demo_file(demo_template, tmp_path):
    """A fresh copy of the demo file for one test."""
    import shutil

    target = tmp_path / "Demoskole.klassekonference"
    shutil.copyfile(demo_template, target)
    return target


@pytest.fixture(scope="session", autouse=True)
def danish_application(qapp):
    """The GUI tests see what a Danish user sees: the app's translators are installed as at start-up."""
    from PySide6.QtCore import QSettings

    from app.ui.application import create_application

    for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, SETTINGS_HOME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return create_application()
