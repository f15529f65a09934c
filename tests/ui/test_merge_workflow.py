"""Filer → "Forbered på en anden computer" on the real window, by keys: save a copy for preparation, merge it
back with a preview, choose between two versions in the conflict dialog (and keep an edited text), undo the
merge; and the offer to merge a synced folder's conflict copy when the file opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.ui.main_window import MainWindow
from app.ui.merge_dialogs import ClassChoiceDialog, ConflictDialog, MergePreviewDialog
from tests.conftest import DEMO_TODAY
from tests.merging.edits import edit, value
from tests.merging.school import build_school, raw_copy
from tests.ui.fake_dialogs import FakeDialogs


@pytest.fixture
def team(tmp_path):
    return build_school(tmp_path / "Skole.klassekonference", classes=("5.A", "5.B"))


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(today=DEMO_TODAY, settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    win.close()


class Modals:
    """Answers the modal dialogs that open, in order: each step gets the dialog of its expected class."""

    def __init__(self, steps):
        self.steps = list(steps)
        self.seen = []
        self.failure = None
        self.timer = QTimer()
        self.timer.setInterval(30)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        dialog = QApplication.activeModalWidget()
        if dialog is None or not self.steps or dialog in self.seen:
            return
        expected, step = self.steps[0]
        focus = QApplication.focusWidget()
        if focus is None or not (focus is dialog or dialog.isAncestorOf(focus)):
            return  # not shown and active yet: keys would go elsewhere
        if isinstance(dialog, expected):
            self.steps.pop(0)
            self.seen.append(dialog)
            try:
                step(dialog)
            except BaseException as error:  # never leave a modal dialog open: close it, report the failure
                self.failure = error
                dialog.reject() if hasattr(dialog, "reject") else dialog.close()

    def done(self):
        self.timer.stop()
        if self.failure is not None:
            raise self.failure
        assert self.steps == [], f"dialogs that never opened: {[cls.__name__ for cls, _ in self.steps]}"


def key(code, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key as the user presses it: to the widget with the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, code, modifiers)
    QApplication.processEvents()


ALT = Qt.KeyboardModifier.AltModifier


def alt(letter: str):
    """Alt+letter as on a desktop: the offscreen platform does not deliver mnemonics, so the visible control of
    the active dialog whose mnemonic it is gets it (a button is clicked, a label's buddy takes the focus)."""
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
    wanted = QKeySequence(f"Alt+{letter}")
    owners = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.shortcut() == wanted]
    labels = [lab for lab in dialog.findChildren(QLabel) if lab.isVisible() and lab.buddy() is not None
              and QKeySequence.mnemonic(lab.text()) == wanted]
    assert len(owners) + len(labels) == 1, f"Alt+{letter}: {owners + labels}"
    if owners:
        assert owners[0].isEnabled()
        owners[0].click()
    else:
        labels[0].buddy().setFocus()
    QApplication.processEvents()


def _file_dialogs(monkeypatch, save=None, open_=None):
    if save is not None:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(save), "")))
    if open_ is not None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(open_), "")))


def test_prepare_merge_and_resolve_a_conflict_by_keys(window, team, tmp_path, monkeypatch, qtbot):
    assert window.open_path(team)
    menu_titles = [a.text() for a in window.merging.menu.actions()]
    assert menu_titles == ["&Gem en kopi til forberedelse…", "&Flet en kopi ind…", "&Send mine ændringer…",
                           "&Konflikter…"]
    copy = tmp_path / "Henriks forberedelse.klassekonference"
    _file_dialogs(monkeypatch, save=copy)

    def only_5b(dialog: ClassChoiceDialog):
        assert QApplication.focusWidget() is dialog.list
        key(Qt.Key.Key_Home)
        assert dialog.list.currentItem().text() == "5.A"
        key(Qt.Key.Key_Space)  # untick 5.A
        alt("G")  # &Gem kopien…

    modals = Modals([(ClassChoiceDialog, only_5b)])
    window.merging.prepare_action.trigger()
    modals.done()
    assert copy.exists()
    # On the laptop: Henrik writes; meanwhile the team file gets another text in the same field.
    edit(copy, "Henrik Østergaard", "Marie-Louise", strengths="Henriks tekst om styrker")
    edit(copy, "Henrik Østergaard", "Ahmad", next_steps="Ugentlig samtale")
    window.close_file()
    edit(team, "Mette Bæk", "Marie-Louise", strengths="Mettes tekst om styrker")
    assert window.open_path(team)
    _file_dialogs(monkeypatch, open_=copy)
    previewed = []

    def preview(dialog: MergePreviewDialog):
        previewed.append(dialog.text.toPlainText())
        alt("F")  # &Flet ind

    def choose_the_copys_version(dialog: ConflictDialog):
        assert dialog.list.count() == 1
        assert "Marie-Louise Bæk" in dialog.list.item(0).text()
        assert len(dialog.version_buttons) == 2
        dialog.grab().save(str(tmp_path / "conflict.png"))
        texts = [b.parent().findChild(type(dialog.edited)).toPlainText() for b in dialog.version_buttons]
        number = texts.index("Henriks tekst om styrker") + 1
        alt(str(number))  # Behold version &1 / &2
        assert dialog.list.count() == 0
        key(Qt.Key.Key_Escape)

    modals = Modals([(MergePreviewDialog, preview), (ConflictDialog, choose_the_copys_version)])
    window.merging.merge_action.trigger()
    modals.done()
    text = previewed[0]
    assert "Henrik Østergaard" in text and "Marie-Louise Bæk" in text and "Ahmad Nielsen-Hansen" in text
    assert "Konflikter: 1" in text and "Styrker og ressourcer" in text
    assert window.store is not None
    from tests.merging.edits import review_for

    assert review_for(window.store, "Marie-Louise")[1].strengths == "Henriks tekst om styrker"
    assert review_for(window.store, "Ahmad")[1].next_steps == "Ugentlig samtale"
    # Undo (Ctrl+Z) takes the choice back, then the whole merge.
    window.undo.stack.undo()
    assert review_for(window.store, "Marie-Louise")[1].strengths == "Mettes tekst om styrker"
    window.undo.stack.undo()
    assert review_for(window.store, "Ahmad")[1].next_steps == ""


def test_an_edited_text_can_be_kept_instead(window, team, tmp_path):
    copy = raw_copy(team, "Skole-LAPTOP-7.klassekonference")
    edit(copy, "Henrik", "Søren", tried="Faste pladser")
    edit(team, "Mette", "Søren", tried="Makkerordning")
    window.dialogs = fake = FakeDialogs(answers=[True])  # yes, merge the synced folder's copy in

    def merge(dialog: MergePreviewDialog):
        alt("F")

    def edit_and_keep(dialog: ConflictDialog):
        alt("M")  # &Min tekst
        assert QApplication.focusWidget() is dialog.edited
        key(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.edited, " og faste pladser")
        alt("B")  # &Behold min tekst
        key(Qt.Key.Key_Escape)

    modals = Modals([(MergePreviewDialog, merge), (ConflictDialog, edit_and_keep)])
    assert window.open_path(team)
    QTest.qWait(50)
    for _ in range(100):
        if not modals.steps:
            break
        QTest.qWait(30)
    modals.done()
    assert fake.kinds() == ["ask"] and fake.defaults == [True]
    assert "Skole-LAPTOP-7.klassekonference" in fake.said[0][2]
    window.close_file()
    assert value(team, "Søren", "tried") == "Makkerordning og faste pladser"


def test_the_merge_dialogs_have_distinct_mnemonics(window, team, tmp_path):
    from tests.ui.workspace.test_mnemonics import clashes, menu_clashes, window_mnemonics

    copy = raw_copy(team, "Skole-LAPTOP-2.klassekonference")
    edit(copy, "Henrik", "Søren", tried="Henriks")
    edit(team, "Mette", "Søren", tried="Mettes")
    from app.services import merging
    from app.services.files import open_file

    store = open_file(team)
    try:
        merging.merge_file(store, copy)
        dialogs = [ClassChoiceDialog(["5.A", "5.B"], window), MergePreviewDialog(["Fra: Henrik"], "x", True, window),
                   ConflictDialog(store, window)]
        found = {}
        for dialog in dialogs:
            dialog.show()
            found[type(dialog).__name__] = clashes(window_mnemonics(dialog))
            dialog.reject()
    finally:
        store.close()
    assert {name: c for name, c in found.items() if c} == {}
    assert menu_clashes(window) == {}


def test_send_my_changes_and_merge_the_package(window, team, tmp_path, monkeypatch):
    from app.services import merging

    copy = merging.prepare_copy(team, tmp_path / "Laptop.klassekonference")
    edit(copy, "Jonas Thøgersen", "Søren", wellbeing_notes="Glad for SFO")
    assert window.open_path(copy)
    package = tmp_path / "Jonas' ændringer.klassekonference"
    _file_dialogs(monkeypatch, save=package)
    window.merging.send_action.trigger()
    assert package.exists()
    window.close_file()
    assert window.open_path(team)
    _file_dialogs(monkeypatch, open_=package)
    seen = []

    def merge(dialog: MergePreviewDialog):
        seen.append(dialog.text.toPlainText())
        alt("F")

    modals = Modals([(MergePreviewDialog, merge)])
    window.merging.merge_action.trigger()
    modals.done()
    assert "Jonas Thøgersen" in seen[0] and "Konflikter: 0" in seen[0]
    assert "Flettede 1 ændring ind" in window.statusBar().currentMessage()
    window.close_file()
    assert value(team, "Søren", "wellbeing_notes") == "Glad for SFO"
