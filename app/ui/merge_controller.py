"""Filer → "Forbered på en anden computer": save a copy for preparation, merge a copy in (with a preview),
send my changes, the conflicts; and, when a file opens, the offer to merge synced-folder conflict copies."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from app.domain.formatting import plural
from app.services import merging
from app.storage.errors import PassphraseNeededError, StorageError, WrongPassphraseError
from app.storage.merge import MergeReport
from app.ui.action import run_action
from app.ui.merge_dialogs import ClassChoiceDialog, ConflictDialog, MergePreviewDialog
from app.ui.user_dialogs import dialogs_for

log = logging.getLogger(__name__)
FILTER = "Klassekonference (*.klassekonference)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Merging", text)


class MergeController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.store = None
        self.passphrase: str | None = None
        action = window._action
        self.prepare_action = action(_tr("&Save a copy for preparation…"), None, lambda: self.prepare_copy())
        self.merge_action = action(_tr("&Merge a copy in…"), None, lambda: self.merge_copy())
        self.send_action = action(_tr("&Send my changes…"), None, lambda: self.send_changes())
        self.conflicts_action = action(_tr("&Conflicts…"), None, lambda: self.show_conflicts())
        self.actions = [self.prepare_action, self.merge_action, self.send_action, self.conflicts_action]
        self.menu = None

    def add_to_menu(self, file_menu) -> None:
        self.menu = file_menu.addMenu(_tr("Prepare on another &computer"))
        for item in self.actions:
            self.menu.addAction(item)
        self.update_actions()

    def update_actions(self) -> None:
        for item in self.actions:
            item.setEnabled(self.store is not None)

    # -- a file opens and closes -----------------------------------------------------------------------
    def file_opened(self, store, passphrase: str | None) -> None:
        self.store, self.passphrase = store, passphrase
        self.update_actions()
        QTimer.singleShot(0, self.offer_conflict_copies)

    def file_closing(self) -> None:
        self.store = None
        self.update_actions()

    def _changed(self) -> None:
        self.window._after_undo()  # the views read the file again

    # -- the workflows ---------------------------------------------------------------------------------
    def prepare_copy(self, out: str | None = None, classes: list[str] | None = None) -> Path | None:
        if self.store is None:
            return None
        if out is None:
            dialog = ClassChoiceDialog(merging.class_names(self.store), self.window)
            if not dialog.exec():
                return None
            classes = dialog.chosen()
            suggested = self.store.path.with_name(self.store.path.stem + " - forberedelse.klassekonference")
            out, _ = QFileDialog.getSaveFileName(self.window, _tr("Save a copy for preparation"), str(suggested),
                                                 FILTER)
            if not out:
                return None
        done = run_action(lambda: merging.prepare_copy(self.store, out, classes=classes),
                          lambda message: dialogs_for(self.window).warn(_tr("The copy could not be saved"), message))
        if not done:
            return None
        path = done.value
        self.window.statusBar().showMessage(_tr("Saved a copy for preparation to {path}. Merge it in afterwards "
                                                "with Merge a copy in….").format(path=path), 10000)
        return path

    def send_changes(self, out: str | None = None) -> Path | None:
        if self.store is None:
            return None
        if out is None:
            suggested = self.store.path.with_name(self.store.path.stem + " - mine ændringer.klassekonference")
            out, _ = QFileDialog.getSaveFileName(self.window, _tr("Send my changes"), str(suggested), FILTER)
            if not out:
                return None
        done = run_action(lambda: merging.write_changes(self.store, out),
                          lambda message: dialogs_for(self.window).warn(_tr("The changes could not be saved"),
                                                                        message))
        if not done:
            return None
        path = done.value
        self.window.statusBar().showMessage(_tr("Saved your changes to {path}. Send the file to the one who "
                                                "keeps the team's file.").format(path=path), 10000)
        return path

    def merge_copy(self, path: str | Path | None = None) -> bool:
        """Preview, then (if accepted) merge; then the conflicts, if any wait. True when something merged."""
        if self.store is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self.window, _tr("Merge a copy in"), str(self.store.path.parent),
                                                    FILTER)
            if not chosen:
                return False
            path = chosen
        path = Path(path)
        if self.window.workspace is not None:
            self.window.workspace.flush()
        passphrase: str | None = None
        store = self.store
        assert store is not None  # checked above

        def preview_or_locked() -> MergeReport | StorageError:
            try:
                return merging.merge_file(store, path, passphrase, dry_run=True)
            except (PassphraseNeededError, WrongPassphraseError) as locked:  # the copy got its own passphrase
                return locked

        while True:
            done = run_action(preview_or_locked, lambda message: dialogs_for(self.window).warn(
                _tr("The copy cannot be merged"), message))
            if not done:
                return False
            if isinstance(done.value, MergeReport):
                preview = done.value
                break
            from app.ui.passphrase_dialogs import PassphrasePromptDialog

            error = done.value
            assert isinstance(error, StorageError)
            message = "" if isinstance(error, PassphraseNeededError) or passphrase is None else str(error)
            passphrase = PassphrasePromptDialog.ask(self.window, path.name, message)
            if not passphrase:
                return False
        lines = merging.report_lines(store, preview, path.name)
        dialog = MergePreviewDialog(lines, path.name, not preview.nothing_new, self.window)
        self.preview_dialog = dialog
        if not dialog.exec() or preview.nothing_new:
            return False
        merged = run_action(lambda: merging.merge_file(store, path, passphrase),
                            lambda message: dialogs_for(self.window).warn(_tr("The copy cannot be merged"), message))
        if not merged:
            return False
        report = merged.value
        assert report is not None
        self._changed()
        text = _tr("Merged in 1 change from “{name}”.") if report.applied == 1 else _tr(
            "Merged in {count} changes from “{name}”.")
        self.window.statusBar().showMessage(text.format(count=report.applied, name=path.name), 10000)
        if merging.waiting_conflicts(self.store):
            self.show_conflicts()
        return True

    def show_conflicts(self) -> None:
        if self.store is None:
            return
        dialog = ConflictDialog(self.store, self.window)
        self.conflict_dialog = dialog
        dialog.exec()
        self._changed()

    def announce_waiting(self) -> None:
        """Say in the status bar how many fields wait for someone to choose after a merge."""
        if self.store is None:
            return
        count = len(merging.waiting_conflicts(self.store))
        if count:
            self.window.statusBar().showMessage(plural(
                count,
                _tr("{count} field waits for someone to choose a version after merging: File › Prepare on another "
                    "computer › Conflicts…."),
                _tr("{count} fields wait for someone to choose a version after merging: File › Prepare on another "
                    "computer › Conflicts…."),
            ), 15000)

    def offer_conflict_copies(self) -> None:
        """Conflict copies of the open file in its folder ("Skole-LAPTOP-7…", "Skole (1)…") that hold something
        new: offer to merge them, one after the other."""
        if self.store is None:
            return
        self.announce_waiting()
        waiting = []
        store = self.store

        def preview_of(copy: Path) -> MergeReport:
            return merging.merge_file(store, copy, dry_run=True)

        for path in merging.conflict_copies(store.path):
            # Another school's file with a similar name, or a newer one, is not offered (logged without names).
            done = run_action(partial(preview_of, path), lambda _message: log.info("conflict copy not offered"))
            if done and done.value is not None and not done.value.nothing_new:
                waiting.append(path)
        if not waiting:
            return
        names = "\n".join(f"• {p.name}" for p in waiting)
        answer = dialogs_for(self.window).ask(_tr("Copies of this file from other computers"), _tr(
            "The folder holds copies of this file that were changed on other computers (a synced folder makes them "
            "when two computers change the file at the same time):\n{names}\n\nMerge them in now? You see what "
            "each one changes before it is merged.").format(names=names), default_yes=True)
        if not answer:
            return
        for path in waiting:
            self.merge_copy(path)
