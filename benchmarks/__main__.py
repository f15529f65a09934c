"""The performance baseline on a large school: one line per figure.

    python -m benchmarks            # 40 classes × 25 pupils, ten school years (a few minutes; the school is cached)
    python -m benchmarks --quick    # 10 classes × 25 pupils, three years, fewer repeats (well under 2 minutes)
    python -m benchmarks --list     # the figures, their units and targets; measures nothing
    python -m benchmarks --write-doc docs/performance.md   # also write the table and the machine to that file

Prints ``name value unit`` and, where a floor is measured in the same run, ``ratio=<value/floor>``. Progress
goes to stderr. The generated school (benchmarks/generate_school.py) is cached in a temp folder and copied
before anything changes it. Timed work never runs in the test suite (tests/test_benchmarks.py only lists).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.generate_school import FINAL_YEAR, FULL, QUICK, TODAY, SchoolSize, cached_school  # noqa: E402

GUI_SCRIPT = Path(__file__).resolve().parent / "gui_session.py"
HOSTILE_SECTION = "## Hostile imports"


@dataclass(frozen=True)
class Figure:
    name: str
    unit: str
    target: str = ""  # shown in docs/performance.md
    floor: str = ""  # the figure this one is divided by for ratio=
    limit: float | None = None  # the target as a number in ``unit``
    ratio_limit: float | None = None  # the target as a ratio to the floor


FIGURES = [
    Figure("first_window", "s", "< 3 × floor", floor="first_window_floor", ratio_limit=3.0),
    Figure("first_window_floor", "s", "floor: bare PySide6 window"),
    Figure("open_class", "ms", "median of every class"),
    Figure("open_class_max", "ms"),
    Figure("open_conference", "ms", "meeting view, pupils step"),
    Figure("next_pupil", "ms", "< 50 ms (median)", limit=50),
    Figure("next_pupil_max", "ms", "< 50 ms", limit=50),
    Figure("agreement_keystrokes", "keys", "≤ 6 (non-text keys, from the pupil view)", limit=6),
    Figure("protocol_pdf_28", "s", "< 1 s", floor="protocol_pdf_floor", limit=1.0),
    Figure("protocol_pdf_floor", "s", "floor: bare reportlab, same text"),
    Figure("all_classes_pdf", "s", "< 30 s", limit=30.0),
    Figure("excel_workbook", "s", "one class, ten years of history"),
    Figure("import_roster_1000", "s", "< 0.5 s", limit=0.5),
    Figure("import_survey_school", "s", "every class's sheet"),
    Figure("file_size", "MB", "< 40 MB after ten school years", limit=40.0),
    Figure("pupil_history", "ms", "one pupil's change log (median of 20)"),
    Figure("undo_edit", "ms", "undo of a two-field review edit (median of 20)"),
    Figure("undo_import", "s", "undo of a class's school year, ~700 changes (median of 6)"),
    Figure("quick_check", "s", "integrity check on open, in the background in the window"),
    Figure("peak_memory", "MB", "< 250 MB", limit=250.0),
]
BY_NAME = {figure.name: figure for figure in FIGURES}


def log(message: str) -> None:
    print(f"[benchmarks] {message}", file=sys.stderr, flush=True)


class Results:
    def __init__(self):
        self.values: dict[str, float] = {}

    def add(self, name: str, value: float) -> None:
        """Print the figure's line at once (``ratio=`` when its floor is already measured)."""
        figure = BY_NAME[name]
        self.values[name] = value
        line = f"{name} {value:.{3 if figure.unit == 's' else 1}f} {figure.unit}"
        ratio = self.ratio(name)
        if ratio is not None:
            line += f" ratio={ratio:.2f}"
        print(line, flush=True)

    def ratio(self, name: str) -> float | None:
        figure = BY_NAME[name]
        if figure.floor and figure.floor in self.values and name in self.values and self.values[figure.floor]:
            return self.values[name] / self.values[figure.floor]
        return None

    def verdict(self, name: str) -> str:
        """ "ok" or "OVER" against the figure's target; "" when it has none."""
        figure = BY_NAME[name]
        checks = []
        if figure.limit is not None and name in self.values:
            checks.append(self.values[name] < figure.limit)
        if figure.ratio_limit is not None and self.ratio(name) is not None:
            checks.append(self.ratio(name) < figure.ratio_limit)
        if not checks:
            return ""
        return "ok" if all(checks) else "OVER"


# -- the window, as a process of its own -----------------------------------------------------------------------
def _start(args: list[str], *, wait_for_result: bool = False) -> tuple[float, dict | None]:
    """Seconds from starting ``gui_session.py args`` to its READY line (and its RESULT, if asked for)."""
    backups = tempfile.mkdtemp(prefix="kk-bench-backups-")  # the window's own backups: removed afterwards
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",  # the warm-up start also writes the .pyc files
               KLASSEKONFERENCE_NO_WRITER_PROMPT="1",  # a question for the user is not start-up time
               KLASSEKONFERENCE_BACKUP_DIR=backups)
    started = time.perf_counter()
    try:
        process = subprocess.Popen([sys.executable, str(GUI_SCRIPT), *args], stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
        ready, result = None, None
        for line in process.stdout:
            if line.startswith("READY") and ready is None:
                ready = time.perf_counter() - started
                if not wait_for_result:
                    break
            elif line.startswith("RESULT "):
                result = json.loads(line[len("RESULT "):])
        _, errors = process.communicate(timeout=300)
    finally:
        shutil.rmtree(backups, ignore_errors=True)
    if ready is None or process.returncode != 0 or (wait_for_result and result is None):
        raise RuntimeError(f"gui_session.py {' '.join(args)} failed ({process.returncode}):\n{errors[-2000:]}")
    return ready, result


def measure_window(results: Results, school: Path, classes: int, repeats: int, rounds: int) -> None:
    log(f"first window: {repeats} starts each of a bare window and of the app on {school.name}")
    _start(["floor", str(classes)])  # the first start of each only warms the disk cache
    _start(["window", str(school)])
    floors, windows = [], []
    for _ in range(repeats):  # alternating, so that both see the same machine
        floors.append(_start(["floor", str(classes)])[0])
        windows.append(_start(["window", str(school)])[0])
    results.add("first_window_floor", statistics.median(floors))
    results.add("first_window", statistics.median(windows))
    log("opening classes and the meeting view")
    _ready, session = _start(["session", str(school), str(rounds)], wait_for_result=True)
    results.add("open_class", statistics.median(session["open_class"]) * 1000)
    results.add("open_class_max", max(session["open_class"]) * 1000)
    results.add("open_conference", session["open_conference"] * 1000)
    results.add("next_pupil", statistics.median(session["next_pupil"]) * 1000)
    results.add("next_pupil_max", max(session["next_pupil"]) * 1000)
    results.add("agreement_keystrokes", session["agreement_keystrokes"])
    if session.get("peak_memory_mb") is not None:
        results.add("peak_memory", session["peak_memory_mb"])


# -- handouts ----------------------------------------------------------------------------------------------
def _strings(value, found: list[str], depth: int = 0) -> None:
    """Every user text in the collected content (names, reviews, subjects, agreements), ids and stamps left out."""
    import dataclasses
    from enum import Enum

    if depth > 6 or value is None:
        return
    if isinstance(value, Enum):
        return
    if isinstance(value, str):
        if value.strip():
            found.append(value)
    elif dataclasses.is_dataclass(value):
        for field in dataclasses.fields(value):
            if field.name == "id" or field.name.endswith(("_id", "_at", "_ids")):
                continue
            _strings(getattr(value, field.name), found, depth + 1)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _strings(item, found, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, found, depth + 1)


def bare_reportlab_pdf(texts: list[str]) -> bytes:
    """The floor for a handout: the same text as paragraphs in the same font, without layout of our own."""
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from app.services.export.pdf_layout import register_fonts

    style = ParagraphStyle("body", fontName=register_fonts(), fontSize=9.5, leading=13)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(escape(text), style) for text in texts])
    return out.getvalue()


def measure_protocol(results: Results, folder: Path, repeats: int) -> None:
    from app.services.conferences import conferences_of_class
    from app.services.export.content import DocumentKind, collect
    from app.services.export.files import render_pdf
    from app.services.school import classes_of_year
    from benchmarks.bench_exports import SCHOOL_YEAR, make_school

    log("protocol of a 28-pupil class and its floor")
    store = make_school(folder / "klasse.klassekonference", 1, 28, sentences=5)
    try:
        school_class = classes_of_year(store, SCHOOL_YEAR)[0]
        conference = conferences_of_class(store, school_class)[-1]
        render_pdf(DocumentKind.PROTOCOL, collect(store, conference, school_class))  # loads the fonts once
        protocol, floor = [], []
        for _ in range(repeats):
            started = time.perf_counter()
            content = collect(store, conference, school_class)
            render_pdf(DocumentKind.PROTOCOL, content)
            protocol.append(time.perf_counter() - started)
            texts: list[str] = []
            _strings(content, texts)
            started = time.perf_counter()
            bare_reportlab_pdf(texts)
            floor.append(time.perf_counter() - started)
    finally:
        store.close()
    results.add("protocol_pdf_floor", statistics.median(floor))
    results.add("protocol_pdf_28", statistics.median(protocol))


def measure_school_exports(results: Results, school: Path, folder: Path, repeats: int) -> None:
    from app.services.conferences import conferences_of_class
    from app.services.export.content import DocumentKind
    from app.services.export.files import export_all_classes
    from app.services.export.workbook import workbook_bytes
    from app.services.school import classes_of_year, school_years
    from app.storage.database import open_database

    store = open_database(school)
    try:
        years = school_years(store)
        held_year = years[-2] if len(years) > 1 else years[-1]  # the last spring's protocols, all held
        out = folder / "udskrifter"
        out.mkdir()
        log(f"protocols of every class of {held_year}/{held_year + 1}")
        started = time.perf_counter()
        written = export_all_classes(store, held_year, out, DocumentKind.PROTOCOL, today=TODAY).written
        results.add("all_classes_pdf", time.perf_counter() - started)
        if len(written) != len(classes_of_year(store, held_year)):
            raise RuntimeError("not every class got its protocol")
        school_class = classes_of_year(store, FINAL_YEAR)[0]
        conference = conferences_of_class(store, school_class)[-1]
        times = []
        for _ in range(repeats):
            started = time.perf_counter()
            workbook_bytes(store, conference, school_class, today=TODAY)
            times.append(time.perf_counter() - started)
        results.add("excel_workbook", statistics.median(times))
    finally:
        store.close()


def measure_change_log(results: Results, school: Path) -> None:
    from benchmarks.bench_change_log import measure

    log("the change log: per-pupil history and undo")
    for name, value in measure(school).items():
        results.add(name, value)


# -- imports -----------------------------------------------------------------------------------------------
def measure_quick_check(results: Results, school: Path, repeats: int) -> None:
    """SQLite's quick integrity check of the whole file, as run when a file opens (issue 15)."""
    from app.storage.database import quick_check_failed

    times = []
    for _ in range(repeats):
        begun = time.perf_counter()
        assert not quick_check_failed(school)
        times.append(time.perf_counter() - begun)
    results.add("quick_check", statistics.median(times))


def measure_roster(results: Results, folder: Path) -> None:
    from benchmarks.bench_roster_import import timed_import, write_files

    log("importing a list of 1,000 pupils")
    roster = folder / "elevliste"
    roster.mkdir()
    xlsx, _csv = write_files(roster)
    elapsed, _reimport = timed_import(roster, xlsx, "skole-xlsx")
    results.add("import_roster_1000", elapsed)


def fill_survey_template(path: Path, seed: int = 7) -> int:
    """Fill the app's own survey template (one sheet per class) as a school would from the ministry's report.
    Returns the number of class sheets filled."""
    import random

    from openpyxl import load_workbook

    from app.domain.survey import SCALE_OPTIONS, Scale
    from app.domain.wellbeing import INDICATOR_ORDER, Indicator, indicator_label
    from app.services.demo import load_demo_content
    from benchmarks.generate_school import shares_from_counts

    questions = load_demo_content()["wellbeing"]
    rng = random.Random(seed)
    book = load_workbook(path)
    filled = 0
    for sheet in book.worksheets[1:]:
        tables: dict[tuple[str, ...], int] = {}  # the options of a question table -> its header row
        for row in range(1, sheet.max_row + 1):
            if sheet.cell(row, 1).value == "Nr.":
                labels = []
                column = 5
                while sheet.cell(row, column).value not in (None, "Antal svar"):
                    labels.append(sheet.cell(row, column).value)
                    column += 1
                tables[tuple(labels)] = row
        young = tuple(SCALE_OPTIONS[Scale.YOUNG]) in tables
        answers = rng.randint(19, 25)
        sheet["B4"] = answers
        if not young:
            sheet["B5"] = round(rng.uniform(75, 95), 1)
            for offset, indicator in enumerate(INDICATOR_ORDER, start=1):
                sheet.cell(7 + offset, 2, round(rng.uniform(3.0, 4.3), 1))
        used: dict[int, int] = {}
        for spec in questions["questions_0_3" if young else "questions_4_9"]:
            options = tuple(SCALE_OPTIONS[Scale.YOUNG]) if young else next(
                (labels for labels in tables if labels[0] == spec["options"][0]), None)
            if options is None:
                continue
            header = tables[options]
            row = header + 1 + used.get(header, 0)
            used[header] = used.get(header, 0) + 1
            sheet.cell(row, 1, spec["code"])
            sheet.cell(row, 2, spec["text"])
            if spec.get("indicator") and not young:
                sheet.cell(row, 3, indicator_label(Indicator(spec["indicator"])))
            if spec["option_scores"][0] < spec["option_scores"][-1]:
                sheet.cell(row, 4, "x")
            counts = [rng.randint(0, 8) for _ in options]
            counts[0] += answers
            for column, share in enumerate(shares_from_counts(counts), start=5):
                sheet.cell(row, column, share)
        filled += 1
    book.save(path)
    return filled


def measure_survey(results: Results, school: Path, folder: Path) -> None:
    from app.services.school import classes_of_year
    from app.services.survey_import import apply_import, preview_import
    from app.services.survey_template import write_template
    from app.storage.database import open_database

    store = open_database(school)
    try:
        classes = classes_of_year(store, FINAL_YEAR)
        workbook = write_template(folder / "trivsel.xlsx", classes)
        filled = fill_survey_template(workbook)
        log(f"importing a survey workbook with {filled} class sheets")
        started = time.perf_counter()
        preview = preview_import(store, workbook, FINAL_YEAR, today=TODAY)
        if preview.problems or len(preview.changes) != len(classes):
            raise RuntimeError("the survey workbook did not import: " + preview.problem_text())
        apply_import(store, preview)
        results.add("import_survey_school", time.perf_counter() - started)
    finally:
        store.close()


# -- the whole run ---------------------------------------------------------------------------------------------
def machine() -> dict[str, str]:
    def first(path: str, key: str) -> str:
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
        except OSError:
            pass
        return "?"

    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "?"
    memory = first("/proc/meminfo", "MemTotal")
    if memory.endswith("kB"):
        memory = f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB"
    def version(package: str) -> str:
        from importlib import metadata

        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "not installed"

    return {
        "cores (nproc)": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()),
        "CPU": first("/proc/cpuinfo", "model name"),
        "RAM": memory,
        "OS": platform.platform(),
        "Python": platform.python_version(),
        "PySide6": pyside,
        "packages": ", ".join(f"{name} {version(name)}" for name in ("sqlite-utils", "reportlab", "openpyxl",
                                                                      "sqlcipher3", "numpy")),
        "date": datetime.now().strftime("%Y-%m-%d %H:%M"),
    }


def markdown(results: Results, size: SchoolSize, quick: bool, elapsed: float, school_seconds: float | None) -> str:
    lines = [
        "# Performance baseline",
        "",
        "The latest full run of `python -m benchmarks` (see `benchmarks/__main__.py`); run it again after a change",
        "that could make the app slower and replace this file with `--write-doc docs/performance.md`.",
        "",
        f"School: {size.classes} classes × {size.pupils} pupils, {size.years} school years "
        f"(`benchmarks/generate_school.py`){' — quick run' if quick else ''}; the run took {elapsed:.0f} s, "
        + (f"of which {school_seconds:.0f} s generating the school." if school_seconds is not None
           else "with the school taken from the cache."),
        "",
        "| figure | value | target | ratio to floor | |",
        "| --- | ---: | --- | ---: | --- |",
    ]
    for figure in FIGURES:
        if figure.name not in results.values:
            continue
        value = results.values[figure.name]
        ratio = results.ratio(figure.name)
        shown = f"{value:.{3 if figure.unit == 's' else 1}f} {figure.unit}"
        lines.append(f"| `{figure.name}` | {shown} | {figure.target} | "
                     f"{'' if ratio is None else f'{ratio:.2f}'} | {results.verdict(figure.name)} |")
    lines += ["", "## Machine", ""]
    lines += [f"- {key}: {value}" for key, value in machine().items()]
    lines += [
        "",
        "## What each figure measures",
        "",
        "- `first_window`: from starting a Python process to the main window shown, painted and its class list",
        "  filled, with the large file open (`benchmarks/gui_session.py window`, Qt offscreen, median of the",
        "  repeats). Floor: a bare PySide6 `QMainWindow` with a list, started the same way.",
        "- `open_class`: choosing a class in the overview (pupils, conferences, agreements of its cohort).",
        "- `open_conference`, `next_pupil`: the class's planned conference in the meeting view, then every pupil",
        "  forwards and backwards (as `benchmarks/bench_workspace.py`).",
        "- `protocol_pdf_28`: collecting and writing the minutes of a 28-pupil class with long reviews (fonts",
        "  already loaded). Floor: the same text as plain reportlab paragraphs in the same font.",
        "- `all_classes_pdf`: the minutes of every class of last school year, one file each.",
        "- `excel_workbook`: the agreements-and-wellbeing workbook of a class with ten years of history.",
        "- `import_roster_1000`: reading, previewing and storing a 1,000-pupil Excel list in a new file.",
        "- `import_survey_school`: previewing and storing the app's survey template filled in for every class.",
        "- `quick_check`: `PRAGMA quick_check` of the large file on a read-only connection (median); the window "
        "runs it in the background after opening, commands before writing.",
        "- `file_size`: the generated school's file; `peak_memory`: the window process's peak (maxrss) after",
        "  opening every class and the meeting view.",
        "- `pupil_history`, `undo_edit`, `undo_import`: reading and undoing through the change log",
        "  (`benchmarks/bench_change_log.py`): the change-log dialog's lines for a pupil, `Store.revert` of a",
        "  two-field edit, and of a whole class's school year (then of that undo, and so on).",
        "",
        "Where a start's time goes: `python -X importtime benchmarks/gui_session.py window FILE` (imports), or",
        "`python -m cProfile -s cumtime benchmarks/gui_session.py window FILE`. numpy is listed above because",
        "sqlite-utils imports it at start whenever it is installed (it is not one of the app's dependencies).",
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller school and fewer repeats (< 2 minutes)")
    parser.add_argument("--list", action="store_true", help="list the figures and measure nothing")
    parser.add_argument("--write-doc", metavar="FILE", help="write the table and the machine as Markdown to FILE")
    args = parser.parse_args(argv)
    if args.list:
        for figure in FIGURES:
            extra = f"  floor={figure.floor}" if figure.floor else ""
            print(f"{figure.name} {figure.unit}  {figure.target}{extra}".rstrip())
        return 0

    size, repeats, rounds = (QUICK, 2, 1) if args.quick else (FULL, 5, 3)
    started = time.perf_counter()
    results = Results()
    log(f"school {size.label()} (classes × pupils × years): generating or taking it from the cache")
    generated: list[str] = []  # cached_school's message when it had to make the school
    school_started = time.perf_counter()
    cached = cached_school(size, log=lambda message: (generated.append(message), log(message)))
    school_seconds = time.perf_counter() - school_started if generated else None
    with tempfile.TemporaryDirectory(prefix="klassekonference-bench-") as folder:
        folder = Path(folder)
        school = folder / "skole.klassekonference"
        shutil.copyfile(cached, school)  # the runs may change it (the survey import); the cache stays as made
        measure_window(results, school, size.classes, repeats, rounds)
        measure_protocol(results, folder, repeats)
        measure_school_exports(results, school, folder, max(1, repeats // 2))
        measure_roster(results, folder)
        results.add("file_size", cached.stat().st_size / 1e6)
        measure_change_log(results, school)
        measure_quick_check(results, school, repeats)
        measure_survey(results, school, folder)
    elapsed = time.perf_counter() - started
    log(f"done in {elapsed:.0f} s")
    if args.write_doc:
        target = Path(args.write_doc)
        text = markdown(results, size, args.quick, elapsed, school_seconds)
        kept = target.read_text(encoding="utf-8") if target.exists() else ""
        if HOSTILE_SECTION in kept:  # measured by its own scripts (fuzz_imports.py, bench_import_limits.py): kept
            text += "\n" + kept[kept.index(HOSTILE_SECTION):]
        target.write_text(text, encoding="utf-8")
        log(f"wrote {args.write_doc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
