"""Which of the window's tasks take over half a second on the benchmark school (those need a progress window or
must run in the background, issue 18). Each task is timed as the window runs it, on a copy of the school.

    python benchmarks/bench_tasks.py [--full]

Prints ``task seconds s`` lines, slowest first, and marks those over 0.5 s. Backups go to a temporary folder
that is removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LIMIT_S = 0.5


def _timed(results: dict, name: str, work, repeat: int = 2):
    best, value = None, None
    for _ in range(repeat):
        start = time.perf_counter()
        value = work()
        took = time.perf_counter() - start
        best = took if best is None else min(best, took)
    results[name] = best
    print(f"[bench_tasks] {name}: {best:.2f} s", file=sys.stderr, flush=True)
    return value


def measure(school: Path, folder: Path) -> dict[str, float]:
    from app.domain.school import Pupil, SchoolClass
    from app.services import files, protection
    from app.services.new_school_year import plan_new_school_year
    from app.services.pupil_erasure import erasure_preview
    from app.storage import backups

    path = folder / "skole.klassekonference"
    shutil.copyfile(school, path)
    results: dict[str, float] = {"file_size_mb": path.stat().st_size / 1e6}
    store = _timed(results, "open_file (window: integrity check in the background)",
                   lambda: files.open_file(path, quick_check=False), repeat=1)
    _timed(results, "integrity check (background)", lambda: files.is_damaged(path))
    root = folder / "backups"
    _timed(results, "backup, through the window's connection (open/10 min/close)",
           lambda: backups.make_backup(store, backups.REASON_OPEN, root, thin=False))
    _timed(results, "backup, through a connection of its own (background)",
           lambda: backups.make_backup_from_file(path, None, backups.REASON_OPEN, root, thin=False))
    _timed(results, "save a copy (File › Save a copy)",
           lambda: files.save_copy(store, folder / f"kopi-{time.perf_counter_ns()}.klassekonference"))
    _timed(results, "check_file (command line)", lambda: files.check_file(path), repeat=1)
    classes = store.find(SchoolClass)
    year = max(c.school_year for c in classes)
    _timed(results, "plan new school year (preview)", lambda: plan_new_school_year(store, year))
    pupil = store.find(Pupil)[0]
    _timed(results, "erasure preview (one pupil, all texts)", lambda: erasure_preview(store, pupil))
    from app.services import data_deletion
    from app.services.new_school_year import start_new_school_year

    _timed(results, "start the new school year", lambda: start_new_school_year(store, year), repeat=1)
    report = _timed(results, "erase one pupil (without rebuilding the file)",
                    lambda: data_deletion.delete_pupil_data(store, pupil, vacuum=False), repeat=1)
    assert report is not None
    _timed(results, "finish the erasure (rebuild the file, fresh backup)",
           lambda: data_deletion.finish_erasure(store, root), repeat=1)
    store.close()
    _timed(results, "restore a backup", lambda: protection.restore_backup(
        backups.list_backups(path, root)[0], path, backup_root=root), repeat=1)
    plain_copy = folder / "plain.klassekonference"
    shutil.copyfile(school, plain_copy)
    _timed(results, "encrypt the file (File › Encrypt)", lambda: protection.encrypt_file(
        plain_copy, "benchmark-passphrase-1", backup_root=root), repeat=1)
    return results


def main(argv: list[str]) -> int:
    from benchmarks.generate_school import FULL, QUICK, cached_school

    size = FULL if "--full" in argv else QUICK
    school = cached_school(size, log=lambda m: print(f"[bench_tasks] {m}", file=sys.stderr))
    folder = Path(tempfile.mkdtemp(prefix="kk-bench-backups-tasks-"))
    os.environ["KLASSEKONFERENCE_BACKUP_DIR"] = str(folder / "backups")
    try:
        results = measure(school, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    size_mb = results.pop("file_size_mb")
    print(f"file_size {size_mb:.1f} MB")
    for name, seconds in sorted(results.items(), key=lambda item: -item[1]):
        print(f"{name}: {seconds:.2f} s{'  > 0.5 s' if seconds > LIMIT_S else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
