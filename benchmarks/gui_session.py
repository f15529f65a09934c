"""A program window started as its own process, for ``python -m benchmarks`` (Qt offscreen).

    python benchmarks/gui_session.py floor [CLASSES]    a bare PySide6 QMainWindow with a list of CLASSES rows
    python benchmarks/gui_session.py window FILE        Klassekonference's main window with FILE open
    python benchmarks/gui_session.py session FILE       the same, then opens every class of the year, a class's
                                                        conference in the meeting view, and moves through pupils

Each prints ``READY`` once the window is shown, painted and (for the app) its class list is filled; the parent
measures from starting the process to that line. ``session`` then prints one ``RESULT {json}`` line with its
timings (seconds) and the process's peak memory (maxrss). Only fictional data is opened.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _peak_memory_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / 1024 / (1024 if sys.platform == "darwin" else 1)  # macOS reports bytes


def _ready() -> None:
    print("READY", flush=True)


def floor(rows: int) -> int:
    """The floor for the first window: PySide6's own start, a main window with a filled list, nothing else."""
    from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    listing = QListWidget()
    listing.addItems([f"{n // 4}.{'ABCD'[n % 4]}" for n in range(rows)])
    window.setCentralWidget(listing)
    window.show()
    app.processEvents()
    window.repaint()
    _ready()
    window.close()
    return 0


def _main_window(path: Path):
    import tempfile

    from PySide6.QtCore import QSettings

    from app.ui.application import create_application  # importing app.ui applies the PySide6 fix first
    from app.ui.main_window import MainWindow
    from benchmarks.generate_school import TODAY

    app = create_application()
    settings = QSettings(str(Path(tempfile.mkdtemp(prefix="bench-settings-")) / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(today=TODAY, settings=settings)  # as app.ui.application.run, with a fixed "today"
    window.show()
    if not window.open_path(path, remember=False):
        raise SystemExit(f"could not open {path}")
    app.processEvents()
    window.repaint()
    if not (window.isVisible() and window.overview.class_model.rowCount() > 0):
        raise SystemExit("the window is not usable: no classes shown")
    return app, window


def window_only(path: Path) -> int:
    _app, window = _main_window(path)
    _ready()
    window.close()
    return 0


def session(path: Path, rounds: int) -> int:
    from PySide6.QtWidgets import QApplication

    from app.services.conferences import conferences_of_class
    from benchmarks.bench_workspace import agreement_keystrokes, pupil_move_times

    _app, window = _main_window(path)
    _ready()
    overview = window.overview
    classes = overview.class_model.rowCount()
    open_class = []
    for row in list(range(1, classes)) + [0]:
        started = time.perf_counter()
        overview.class_list.setCurrentIndex(overview.class_model.index(row))
        QApplication.processEvents()
        open_class.append(time.perf_counter() - started)
    school_class = window.selected_class()
    conference = conferences_of_class(window.store, school_class)[-1]  # this year's planned conference
    started = time.perf_counter()
    window.open_conference(conference, step=2)  # the meeting view at the pupils step
    QApplication.processEvents()
    open_conference = time.perf_counter() - started
    next_pupil = pupil_move_times(window, rounds=rounds)
    keystrokes = agreement_keystrokes(window)
    result = {
        "agreement_keystrokes": keystrokes,
        "classes": classes, "pupils": window.workspace.pupils.model.rowCount(), "open_class": open_class,
        "open_conference": open_conference, "next_pupil": next_pupil, "peak_memory_mb": _peak_memory_mb(),
    }
    print("RESULT " + json.dumps(result), flush=True)
    window.close()
    return 0


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else ""
    if mode == "floor":
        return floor(int(argv[1]) if len(argv) > 1 else 40)
    if mode == "window" and len(argv) == 2:
        return window_only(Path(argv[1]))
    if mode == "session" and len(argv) >= 2:
        return session(Path(argv[1]), int(argv[2]) if len(argv) > 2 else 3)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
