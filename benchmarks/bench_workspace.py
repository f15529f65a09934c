"""Moving between pupils and between steps in the meeting view, with 30 pupils (target: under 50 ms).

    python benchmarks/bench_workspace.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TODAY = date(2026, 11, 24)


def _build(path: Path):
    from app.services import school
    from app.services.demo import build_demo
    from app.storage.database import open_database

    build_demo(path, today=TODAY)
    store = open_database(path)
    five_b = next(c for c in school.classes_of_year(store, 2026) if c.name == "5.B")
    for number in range(30 - len(school.pupils_of_class(store, five_b))):
        school.add_pupil(store, five_b, f"Elev{number}", "Benchmarksen")
    store.close()
    return five_b


def pupil_move_times(window, rounds: int = 3) -> list[float]:
    """Seconds per move to the next (and back to the previous) pupil in the meeting view's pupil step, with
    the window's conference open at that step: Ctrl+PgDown through every pupil, then Ctrl+PgUp back,
    ``rounds`` times. Each time includes the repaint of the whole window, as the user sees it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    step = window.workspace.pupils
    pupils = step.model.rowCount()
    step.select(0)
    times = []
    for _ in range(rounds):
        for key in [Qt.Key.Key_PageDown] * (pupils - 1) + [Qt.Key.Key_PageUp] * (pupils - 1):
            start = time.perf_counter()
            QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
            QApplication.processEvents()
            window.repaint()
            times.append(time.perf_counter() - start)
    return times


def agreement_keystrokes(window) -> int:
    """Keys other than the agreement's own text needed to record an agreement for the pupil shown in the
    meeting view: Ctrl+N, then Ctrl+Enter (the pupil is ticked, the writer is responsible, the deadline is
    eight weeks on). Counted by driving the real dialog; the agreement must be stored."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services.agreements import agreements_made_at

    keys = 0
    before = len(agreements_made_at(window.store, window.workspace.conference))

    def press(widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
        nonlocal keys
        keys += 1
        QTest.keyClick(widget, key, modifiers)

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        QTest.keyClicks(dialog.text, "Læsemakker tre gange om ugen")  # the text itself is not counted
        press(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    QTimer.singleShot(0, in_dialog)
    press(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    if len(agreements_made_at(window.store, window.workspace.conference)) != before + 1:
        raise SystemExit("agreement_keystrokes: the agreement was not stored")
    return keys


def main() -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.services.conferences import plan_conference
    from app.ui.application import create_application
    from app.ui.main_window import MainWindow

    app = create_application()
    folder = Path(tempfile.mkdtemp())
    path = folder / "bench.klassekonference"
    five_b = _build(path)
    window = MainWindow(today=TODAY, settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    window.show()
    window.open_path(path)
    conference = plan_conference(window.store, [five_b], date(2026, 12, 8))  # a conference with all 30 pupils
    window.open_conference(conference, step=2)
    QApplication.processEvents()
    pupils = window.workspace.pupils.model.rowCount()
    times = pupil_move_times(window, rounds=3)
    print(f"pupils_in_conference {pupils} count")
    print(f"next_pupil_median {statistics.median(times) * 1000:.1f} ms")
    print(f"next_pupil_max {max(times) * 1000:.1f} ms")

    step_times = []
    for _ in range(5):
        for index in (0, 1, 2, 3, 4, 2):
            start = time.perf_counter()
            window.workspace.go_to_step(index)
            QApplication.processEvents()
            step_times.append(time.perf_counter() - start)
    print(f"next_step_median {statistics.median(step_times) * 1000:.1f} ms")
    print(f"next_step_max {max(step_times) * 1000:.1f} ms")
    window.close()


if __name__ == "__main__":
    main()
