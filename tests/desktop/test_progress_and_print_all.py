"""Progress for long work (encrypting a file and its backups) and Filer → Udskriv alle klasser…."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.services import protection
from app.storage.backups import make_backup
from app.storage.encryption import is_encrypted
from app.ui.main_window import MainWindow
from app.ui.progress import run_with_progress
from tests.conftest import DEMO_TODAY


def test_short_work_shows_no_progress_window(qtbot):
    assert run_with_progress(None, "Arbejder", "…", lambda report: 41 + 1) == 42
    assert run_with_progress.last_shown is False


def test_long_work_shows_how_far_it_is_and_returns_its_result(qtbot):
    seen = []

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            seen.append((dialogs[0].windowTitle(), dialogs[0].value(), dialogs[0].maximum()))

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(50)

    def work(report):
        assert threading.current_thread() is not threading.main_thread()
        report(0.25)
        time.sleep(0.9)
        report(0.5)
        time.sleep(0.3)
        return "færdig"

    assert run_with_progress(None, "Krypterer filen", "Krypterer …", work, show_after_ms=200) == "færdig"
    timer.stop()
    assert run_with_progress.last_shown is True
    assert seen and seen[0][0] == "Krypterer filen"
    assert {value for _title, value, _max in seen} & {250, 500}
    assert all(maximum == 1000 for _t, _v, maximum in seen)


def test_an_error_in_the_work_reaches_the_caller(qtbot):
    def work(_report):
        raise OSError("disken er fuld")

    with pytest.raises(OSError, match="disken er fuld"):
        run_with_progress(None, "Arbejder", "…", work)


def test_encrypting_reports_progress_over_the_file_and_its_backups(demo_file, tmp_path):
    from app.storage.database import open_database

    backups = tmp_path / "backups"
    store = open_database(demo_file)
    make_backup(store, "open", root=backups)
    store.close()
    reported = []
    protection.encrypt_file(demo_file, "korrekt hest batteri", backup_root=backups, progress=reported.append)
    assert is_encrypted(demo_file)
    assert reported[-1] == 1.0 and len(reported) > 3
    assert reported == sorted(reported) and all(0 <= f <= 1 for f in reported)
    assert any(0.05 < f < 0.95 for f in reported)  # something in between, not just start and end


@pytest.fixture
def window(qtbot, demo_file, tmp_path):
    win = MainWindow(today=DEMO_TODAY, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(demo_file)
    yield win
    win.close()


def test_encrypt_from_the_menu_goes_through_the_progress_window(window, monkeypatch, qtbot):
    from app.ui import passphrase_dialogs, progress

    monkeypatch.setattr(passphrase_dialogs.NewPassphraseDialog, "exec", lambda self: 1)
    monkeypatch.setattr(passphrase_dialogs.NewPassphraseDialog, "passphrase", lambda self: "korrekt hest batteri")
    titles = []
    real = progress.run_with_progress
    monkeypatch.setattr(progress, "run_with_progress",
                        lambda parent, title, text, work, **kw: titles.append((title, text)) or real(parent, title,
                                                                                                   text, work, **kw))
    monkeypatch.setattr("app.ui.file_controller.PassphrasePromptDialog.ask", lambda *a, **k: "korrekt hest batteri")
    path = window.store.path
    window.protection.encrypt_action.trigger()
    # The file closes first (with its closing backup, a safety net before the file is rewritten), then it is
    # encrypted with its backups; each step with its own progress window.
    assert titles[-1] == ("Krypterer filen", f"Krypterer “{path.name}” og dens sikkerhedskopier…")
    assert all(title in ("Sikkerhedskopi", "Krypterer filen") for title, _text in titles)
    assert is_encrypted(path)
    assert window.store is not None and window.store.encrypted


def test_print_all_classes_is_in_the_file_menu_and_writes_one_file_per_class(window, tmp_path, monkeypatch):
    from app.ui import export_all_dialog

    action = window.export_all_action
    assert action.isEnabled()
    menu = next(m for m in window.handouts_action.associatedObjects() if m is not window)
    actions = menu.actions()
    assert actions[actions.index(window.handouts_action) + 1] is action
    assert action.text() == "Udsk&riv alle klasser…"
    out = tmp_path / "udskrifter"
    out.mkdir()
    dialogs = []
    monkeypatch.setattr(export_all_dialog.ExportAllDialog, "exec", lambda self: dialogs.append(self) or 0)
    action.trigger()
    dialog = dialogs[0]
    assert [dialog.kind_box.itemData(i) for i in range(dialog.kind_box.count())][:2] == ["protokol", "dagsorden"]
    dialog.folder.setText(str(out))
    summaries = []
    monkeypatch.setattr(export_all_dialog.ExportAllDialog, "show_summary", lambda self, folder: summaries.append(
        (len(self.outcome.written), self.outcome.skipped)))
    dialog.write()
    from app.services import school

    written = sorted(p.name for p in out.iterdir())
    classes = school.classes_of_year(window.store, 2026)
    assert summaries and summaries[0][0] == len(written) >= 2
    assert len(written) + len(summaries[0][1]) == len(classes)  # every class: a file, or named as skipped
    assert all(name.endswith(".pdf") for name in written)
    assert not any(name.startswith(".") for name in written)


def test_print_all_classes_without_a_folder_says_what_to_do(window, monkeypatch):
    from app.ui.export_all_dialog import ExportAllDialog

    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    dialog = ExportAllDialog(window.store, 2026, window)
    dialog.folder.setText("")
    dialog.write()
    assert said == ["Vælg en mappe, der findes, til filerne."]
    assert dialog.outcome is None


def test_print_all_classes_can_be_stopped_and_keeps_what_was_written(window, tmp_path, monkeypatch):
    from app.ui.export_all_dialog import ExportAllDialog

    out = tmp_path / "ud"
    out.mkdir()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    dialog = ExportAllDialog(window.store, 2026, window)
    dialog.folder.setText(str(out))
    dialog.write()
    assert said and said[0].startswith("Stoppet.")
    assert len(list(out.iterdir())) <= 1  # it stopped after the first class


def test_changing_the_passphrase_goes_through_the_progress_window(qtbot, tmp_path, monkeypatch):
    from app.storage.encryption import create_encrypted, verify_passphrase
    from app.ui import progress
    from app.ui.passphrase_dialogs import ChangePassphraseDialog

    store = create_encrypted(tmp_path / "skole.klassekonference", "gammel hest batteri")
    titles = []
    real = progress.run_with_progress
    monkeypatch.setattr(progress, "run_with_progress",
                        lambda parent, title, text, work, **kw: titles.append(title) or real(parent, title, text,
                                                                                            work, **kw))
    dialog = ChangePassphraseDialog(store, backup_root=tmp_path / "backups")
    qtbot.addWidget(dialog)
    dialog.current.setText("gammel hest batteri")
    dialog.fields.new.setText("fire nye ord til filen")
    dialog.fields.repeat.setText("fire nye ord til filen")
    dialog.accept()
    assert titles == ["Skifter adgangskoden"]
    assert verify_passphrase(store, "fire nye ord til filen")
    store.close()
