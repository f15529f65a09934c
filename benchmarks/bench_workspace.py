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
    the window's conference open at that step: every pupil forwards, then backwards, ``rounds`` times."""
    from PySide6.QtWidgets import QApplication

    step = window.workspace.pupils
    pupils = step.model.rowCount()
    times = []
    for _ in range(rounds):
        for row in list(range(pupils)) + list(range(pupils - 1, -1, -1)):
            start = time.perf_counter()
            step.select(row)
            QApplication.processEvents()
            times.append(time.perf_counter() - start)
    return times


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
