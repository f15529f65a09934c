"""Names in free text: the school's mention finder, the handouts with and without pseudonyms, and erasure.

    python benchmarks/bench_mentions.py [classes]     # default 40 classes × 25 pupils

Prints ``name value unit`` lines: building the finder for every pupil and staff member of the school, finding
names in every review text, the minutes of a 25-pupil class named and pseudonymised, the preview of an
erasure and the erasure itself (with the vacuum) on the whole school.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main() -> None:
    from app.domain.review import PupilReview
    from app.domain.school import Pupil
    from app.services import data_deletion
    from app.services.conferences import conferences_of_class
    from app.services.export.content import DocumentKind, ExportOptions, collect
    from app.services.export.files import render_pdf_with_report
    from app.services.import_memory import ImportMemory
    from app.services.mentions import finder_for
    from app.services.school import classes_of_year
    from benchmarks.bench_exports import SCHOOL_YEAR, make_school

    classes = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = make_school(folder / "skole.klassekonference", classes, 25, sentences=2)
        pupils = store.scalar("SELECT count(*) FROM pupil")
        print(f"pupils {pupils} pupils")
        started = time.perf_counter()
        finder = finder_for(store)
        print(f"finder_build {(time.perf_counter() - started) * 1000:.1f} ms")
        texts = [r.strengths for r in store.find(PupilReview)] + [r.next_steps for r in store.find(PupilReview)]
        started = time.perf_counter()
        found = sum(len(finder.find(text)) for text in texts)
        elapsed = time.perf_counter() - started
        print(f"find_per_text {elapsed / len(texts) * 1e6:.0f} us ({len(texts)} texts, {found} names)")
        school_class = classes_of_year(store, SCHOOL_YEAR)[0]
        conference = conferences_of_class(store, school_class)[-1]
        render_pdf_with_report(DocumentKind.PROTOCOL, collect(store, conference, school_class))  # fonts
        for anonymize in (False, True):
            started = time.perf_counter()
            content = collect(store, conference, school_class, ExportOptions(anonymize=anonymize))
            _, report = render_pdf_with_report(DocumentKind.PROTOCOL, content)
            label = "protocol_pseudonymised" if anonymize else "protocol_named"
            print(f"{label} {time.perf_counter() - started:.3f} s ({report.summary()})")
        pupil = store.find(Pupil)[3]
        started = time.perf_counter()
        preview = data_deletion.erasure_preview(store, pupil)
        print(f"erasure_preview {time.perf_counter() - started:.3f} s ({len(preview.changes)} texts change)")
        started = time.perf_counter()
        data_deletion.delete_pupil_data(store, pupil, memory=ImportMemory(folder / "m.json"))
        print(f"erasure_with_vacuum {time.perf_counter() - started:.3f} s")
        store.close()


if __name__ == "__main__":
    main()
