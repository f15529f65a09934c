"""Reading and undoing through the change log on a large school (issue 12: a lean change log).

    python benchmarks/bench_change_log.py FILE      # a copy of FILE is used; prints name value unit

* ``pupil_history``: the per-pupil change log (the dialog's lines) of 20 pupils of last school year,
  median per pupil;
* ``undo_edit``: undoing one "Edit pupil review" (two fields) with ``Store.revert``, median of 20;
* ``undo_import``: undoing a whole class's school year (the benchmark writes each as one operation:
  a conference, 25 reviews, 75 subjects, agreements …), then undoing that undo, and so on: median of 6.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def measure(school: Path, pupils: int = 20, rounds: int = 6) -> dict[str, float]:
    from app.domain.review import PupilReview
    from app.domain.school import Pupil
    from app.services.change_log import change_log_for_pupil
    from app.storage.database import open_database

    with tempfile.TemporaryDirectory(prefix="kk-bench-log-") as folder:
        path = Path(folder) / "skole.klassekonference"
        shutil.copyfile(school, path)
        store = open_database(path)
        try:
            reviews = store.find(PupilReview, "discussed = 1", order_by="created_at DESC")[: pupils]
            chosen = [store.get(Pupil, r.pupil_id) for r in reviews]
            change_log_for_pupil(store, chosen[0])  # warms the page cache
            history = []
            for pupil in chosen:
                started = time.perf_counter()
                lines = change_log_for_pupil(store, pupil)
                history.append(time.perf_counter() - started)
                if not lines:
                    raise RuntimeError("a pupil without history")
            undo = []
            for number, review in enumerate(reviews):
                with store.operation("Redigér elevgennemgang") as op:
                    op.update(review, strengths=f"Ny tekst {number}", tried=f"Prøvet {number}")
                started = time.perf_counter()
                store.revert(op.id, "Fortryd: Redigér elevgennemgang")
                undo.append(time.perf_counter() - started)
                if store.get(PupilReview, review.id).strengths != review.strengths:
                    raise RuntimeError("undo did not restore the review")
            big = store.scalar(
                "SELECT operation_id FROM change_log WHERE operation LIKE 'Benchmark: %' GROUP BY operation_id"
                " ORDER BY count(*) DESC LIMIT 1")
            undo_import = []
            for _ in range(rounds):  # undo, then undo the undo (redo), and so on: each reverts ~700 changes
                started = time.perf_counter()
                big = store.revert(big, "Fortryd: et skoleår")
                undo_import.append(time.perf_counter() - started)
        finally:
            store.close()
    return {"pupil_history": statistics.median(history) * 1000, "undo_edit": statistics.median(undo) * 1000,
            "undo_import": statistics.median(undo_import)}


def main(argv: list[str]) -> int:
    figures = measure(Path(argv[0]))
    for name, value in figures.items():
        print(f"{name} {value:.3f} {'s' if name == 'undo_import' else 'ms'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
