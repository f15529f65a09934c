"""On the projector (F8) no other child is named: a walk over every visible text of the window finds no other
pupil's name (possessives, any letter case, other classes) while the texts stay stored exactly as typed.

The one named list is the class's own roster on the left (the meeting's agenda, which everybody in the room
has); the walk leaves that list out and reads everything else the window paints.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.domain.review import PupilReview
from app.domain.school import Pupil
from app.services import reviews
from app.ui.workspace.projector_mask import ProjectorMask
from tests.ui.workspace.keys import CTRL, press, type_text
from tests.ui.workspace.test_every_field_is_saved import TEXT_TYPES, editable_controls


def _shown_text(widget: QWidget) -> str:
    """What ``widget`` paints: an editor covered by its projector mask paints the mask's text."""
    mask = widget.findChild(ProjectorMask) if isinstance(widget, QPlainTextEdit) else None
    if mask is not None and mask.isVisible():
        return ""  # the mask itself is walked
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, (QLabel, QLineEdit, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QTabBar):
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, texts = widget.model(), []
        from PySide6.QtCore import QModelIndex

        for row in range(model.rowCount(QModelIndex())):
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for column in range(columns):
                texts.append(str(model.index(row, column).data() or ""))
        return "\n".join(texts)
    return ""


def visible_texts(window: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or any(w is widget or w.isAncestorOf(widget) for w in leave_out):
            continue
        texts.append(_shown_text(widget))
    return [t for t in texts if t]


def name_pattern(pupils: list[Pupil]) -> re.Pattern:
    """Every name part of ``pupils`` as a whole word, with a possessive ending, in any letter case."""
    parts = set()
    for pupil in pupils:
        for name in (pupil.given_name, pupil.family_name, getattr(pupil, "call_name", "") or ""):
            for word in re.split(r"[\s-]+", name):
                if len(word) >= 2:
                    parts.add(re.escape(word))
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?:s|'s?|’s?)?(?![\w-])",
                      re.IGNORECASE)


def _write_mentions(win, others: list[Pupil]) -> dict[str, str]:
    """Every free text of the shown pupil names other children, in every form."""
    form = win.workspace.pupils.form
    a, b, c = others[0], others[1], others[-1]
    texts = {
        "strengths": f"{form.row.pupil.given_name} og {a.given_name}s mor hjalp. {b.full_name} og "
                     f"{a.given_name.upper()} leger.",
        "pupil_perspective": f"Jeg leger med {b.given_name.lower()} og {c.full_name}'s bror.",
        "wellbeing_notes": f"Konflikt med {a.given_name}.",
        "next_steps": f"Tal med {b.given_name}s far.",
    }
    review = reviews.update_review(win.store, form.conference, form.row.review, **texts)
    reviews.set_subject(win.store, form.conference, review, "Dansk", goal=f"Læser med {a.given_name}",
                        status=None, evidence=f"{c.given_name}s test")
    reviews.add_note(win.store, form.row.pupil, f"{b.given_name}s far ringede.", confidential=False,
                     conference=form.conference)
    reviews.add_note(win.store, form.row.pupil, f"Fortroligt om {a.given_name}.", confidential=True,
                     conference=form.conference)
    return texts


def _show_pupil_again(win, pupil_id: str) -> None:
    step = win.workspace.pupils
    step.refresh()
    step.row = -1
    win.workspace.go_to_pupil(pupil_id)


def _setup(win):
    step = win.workspace.pupils
    win.workspace.go_to_step(2)
    shown = step.current_pupil()
    others = [p for p in win.store.find(Pupil) if p.id != shown.id]
    classmates = [r.pupil for r in step.model.rows if r.pupil.id != shown.id]
    other_classes = [p for p in others if p.id not in {c.id for c in classmates}]
    assert classmates and other_classes
    texts = _write_mentions(win, classmates[:2] + other_classes[:1])
    _show_pupil_again(win, shown.id)
    return step, shown, others, texts


def test_on_the_projector_no_visible_text_names_another_pupil(qtbot, planned):
    win = planned
    step, shown, others, _texts = _setup(win)
    pattern = name_pattern(others)
    before = visible_texts(win, leave_out=(step.list,))
    assert any(pattern.search(t) for t in before), "the texts name other pupils before F8"

    win.projector_action.trigger()  # F8
    step.list.setFocus()
    QApplication.processEvents()
    found = [m.group(0) for t in visible_texts(win, leave_out=(step.list,)) for m in pattern.finditer(t)]
    assert found == []
    form = step.form
    assert shown.given_name in form.strengths.projector_mask.toPlainText()  # the pupil's own name stays
    assert "klassekammerat" in form.strengths.projector_mask.toPlainText()
    assert not form.wellbeing.isVisible() and not form.next_steps.isVisible()  # sensitive: hidden as before
    notes = [form.notes.model.index(r).data() for r in range(form.notes.model.rowCount())]
    assert len(notes) == 1 and "Fortroligt" not in notes[0]

    # The next pupil too (its filter follows the pupil shown), and F8 again shows the real texts.
    step.move(1)
    QApplication.processEvents()
    pattern_next = name_pattern([p for p in win.store.find(Pupil) if p.id != step.current_pupil().id])
    assert [m.group(0) for t in visible_texts(win, leave_out=(step.list,)) for m in pattern_next.finditer(t)] == []
    win.projector_action.trigger()
    step.move(-1)
    QApplication.processEvents()
    assert not form.strengths.projector_mask.isVisible()
    assert any(pattern.search(t) for t in visible_texts(win, leave_out=(step.list,)))


def test_the_stored_texts_are_never_changed_by_the_projector_view(qtbot, planned):
    win = planned
    step, shown, _others, texts = _setup(win)
    review_id = step.form.row.review.id
    win.projector_action.trigger()
    step.list.setFocus()
    step.move(1)
    step.move(-1)
    win.projector_action.trigger()
    win.projector_action.trigger()
    win.workspace.flush()
    stored = win.store.get(PupilReview, review_id)
    assert {k: getattr(stored, k) for k in texts} == texts
    assert step.form.strengths.toPlainText() == texts["strengths"]


def test_typing_on_the_projector_saves_exactly_what_was_typed(qtbot, planned):
    """Every editable text box of the review, typed into by keys with F8 on: the store holds the typed text
    (names and all); the box being edited shows it, and once left the box shows it without the names."""
    win = planned
    step, shown, others, _texts = _setup(win)
    other = next(p for p in others if p.id in {r.pupil.id for r in step.model.rows})
    win.projector_action.trigger()
    form = step.form
    review_id = form.row.review.id
    controls = {k: w for k, w in editable_controls(form).items() if isinstance(w, TEXT_TYPES)}
    assert len(controls) >= 8, sorted(controls)  # strengths, perspective, goal and evidence per subject
    typed = {}
    for key, widget in controls.items():
        widget.setFocus()
        assert not widget.findChild(ProjectorMask).isVisible()  # the box being edited shows its real text
        press(qtbot, Qt.Key.Key_End, CTRL)
        addition = f" {other.given_name}s mor og {other.full_name} æø"
        type_text(qtbot, addition)
        typed[key] = widget.toPlainText()
        assert typed[key].endswith(addition)
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.wait(50)
    stored = win.store.get(PupilReview, review_id)
    stored_texts = [getattr(stored, f) or "" for f in ("strengths", "pupil_perspective", "conclusion")]
    stored_texts += [a.goal for a in reviews.subjects_of(win.store, stored)]
    stored_texts += [a.evidence for a in reviews.subjects_of(win.store, stored)]
    for key, text in typed.items():
        assert text in stored_texts, key
        widget = controls[key]
        assert widget.toPlainText() == text  # the editor keeps the real text
        mask = widget.findChild(ProjectorMask)
        assert mask.isVisible() and other.given_name not in mask.toPlainText()


def test_agreements_on_the_projector_name_only_the_pupils_they_concern(qtbot, planned):
    """Steps 1, 4 and 5 show agreements: their texts and follow-up notes name only the pupils the agreement
    concerns (listed beside it in "Vedrører"); the note being typed shows its real text and is stored as typed."""
    from datetime import date

    from app.domain.agreement import Agreement
    from app.services import agreements

    win = planned
    ws = win.workspace
    rows = ws.pupils.model.rows
    concerned, other, third = rows[0].pupil, rows[1].pupil, rows[2].pupil
    made = agreements.add_agreement(win.store, ws.conference, _class_of(win),
                                    f"{concerned.given_name} og {other.given_name}s mor øver "
                                    f"tabeller med {third.full_name}.", pupils=[concerned],
                                    deadline=date(2027, 1, 15), responsible=_staff(win))
    ws.start_meeting()
    for step_number in (3, 4, 0):
        ws.go_to_step(step_number)
    def leaks() -> list[str]:
        """Names of pupils that no agreement shown concerns (those are listed beside their agreements)."""
        shown = [row[0] for model in (ws.follow_up.model, ws.new_agreements.model, ws.summary.reviewed_model,
                                      ws.summary.new_model) for row in model.rows]
        listed = {p.id for a in shown for p in agreements.pupils_of_agreement(win.store, a)}
        allowed = {w.casefold() for p in win.store.find(Pupil) if p.id in listed
                   for w in re.split(r"[\s-]+", p.full_name)}
        pattern = name_pattern([p for p in win.store.find(Pupil) if p.id not in listed])
        found = [m.group(0) for t in visible_texts(win) for m in pattern.finditer(t)]
        return [f for f in found if re.sub(r"(s|'s?|’s?)$", "", f).casefold() not in allowed]

    ws.go_to_step(3)
    QApplication.processEvents()
    assert leaks(), "the new agreement names other pupils before F8"
    win.projector_action.trigger()  # F8
    for step_number in (3, 4):
        ws.go_to_step(step_number)
        QApplication.processEvents()
        assert leaks() == [], step_number
    ws.go_to_step(0)
    step = ws.follow_up
    QApplication.processEvents()
    assert step.detail.isVisible()  # the demo has agreements to follow up
    step.table.setFocus()
    assert leaks() == []
    step.note.setFocus()
    press(qtbot, Qt.Key.Key_End, CTRL)
    type_text(qtbot, f" {other.given_name}s far ringede")
    typed = step.note.toPlainText()
    assert not step.note_mask.isVisible()
    step.table.setFocus()
    QApplication.processEvents()
    assert step.note_mask.isVisible() and other.given_name not in step.note_mask.toPlainText()
    stored = [a.follow_up_note for a in win.store.find(Agreement)]
    assert typed in stored
    win.projector_action.trigger()
    assert win.store.get(Agreement, made.id).text == made.text


def _class_of(win):
    from app.services.conferences import classes_of_conference

    return classes_of_conference(win.store, win.workspace.conference)[0]


def _staff(win):
    from app.domain.school import StaffMember

    return win.store.find(StaffMember)[0]
