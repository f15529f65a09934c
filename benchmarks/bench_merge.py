"""Merging a prepared copy: a class of 24 pupils prepared on a laptop, merged back into the team file.

    python benchmarks/bench_merge.py [classes]     # default: a team file of 12 classes × 24 pupils

The laptop gets a copy for preparation of one class and writes, for every one of its 24 pupils, four review
texts (two or three sentences each), three subject goals and a note. Meanwhile the team file changes four of
the same fields (conflicts). Prints ``name value unit`` lines: the copy's size, the change package's size, the
preview (a dry run), the merge of the copy (target < 1 s) and of the package, and merging again (nothing new).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PASSPHRASE = "syv blå cykler under broen"
SENTENCES = ("Eleven læser med god forståelse og fortæller gerne om det, hun har læst.",
             "Har svært ved at komme i gang med skriftlige opgaver – hjælpes med en tjekliste.",
             "Trives i klassen og er en god kammerat i frikvartererne; Sofies og Aminas makker.")


def _text(index: int, count: int) -> str:
    return " ".join(SENTENCES[(index + k) % len(SENTENCES)] for k in range(count)) + f" ({index})"


def _prepare(store, conference_id: str) -> int:
    from app.domain.conference import Conference
    from app.domain.review import PupilReview
    from app.domain.school import Pupil
    from app.services import reviews

    store.author = "Henrik Østergaard"
    conference = store.get(Conference, conference_id)
    found = store.find(PupilReview, "conference_id = ?", (conference_id,), order_by="id")
    for index, review in enumerate(found):
        review = reviews.update_review(store, conference, review, strengths=_text(index, 2),
                                       tried=_text(index + 1, 3), next_steps=_text(index + 2, 2),
                                       wellbeing_notes=_text(index + 3, 3))
        for position, subject in enumerate(("Dansk", "Matematik", "Engelsk")):
            reviews.set_subject(store, conference, review, subject, goal=_text(index + position, 1))
        reviews.add_note(store, store.get(Pupil, review.pupil_id), _text(index, 2))
    return len(found)


def main() -> None:
    from app.domain.review import PupilReview
    from app.services import merging, reviews
    from app.services.files import open_file
    from benchmarks.bench_exports import make_school

    classes = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        team_path = folder / "Team.klassekonference"
        make_school(team_path, classes, 24, sentences=1).close()
        from app.storage.encryption import encrypt_in_place

        encrypt_in_place(team_path, PASSPHRASE)  # as schools keep it: everything below is SQLCipher
        for leftover in folder.glob("*før kryptering*"):
            leftover.unlink()
        team = open_file(team_path, PASSPHRASE)
        class_name = merging.class_names(team)[0]
        from datetime import date

        from app.domain.school import SchoolClass
        from app.services.conferences import plan_conference

        school_class = [c for c in team.find(SchoolClass, order_by="school_year DESC") if c.name == class_name][0]
        conference = plan_conference(team, [school_class], date(school_class.school_year + 1, 3, 12))
        copy = merging.prepare_copy(team, folder / "Laptop.klassekonference", classes=[class_name])
        print(f"copy_size {copy.stat().st_size / 1024:.0f} kB (one class of a {classes}-class school)")
        laptop = open_file(copy, PASSPHRASE)
        pupils = _prepare(laptop, conference.id)
        laptop.close()
        team.author = "Mette Bjørk Holm"
        for review in team.find(PupilReview, "conference_id = ?", (conference.id,), order_by="id")[:4]:
            reviews.update_review(team, conference, review, strengths="Mettes tekst")
        package = merging.write_changes(copy, folder / "Henriks ændringer.klassekonference", PASSPHRASE)
        team.checkpoint()
        second = folder / "Team før fletning.klassekonference"
        shutil.copyfile(team_path, second)
        print(f"pupils_prepared {pupils} pupils")
        print(f"copy_size_after {copy.stat().st_size / 1024:.0f} kB (the laptop's copy after the preparation)")
        print(f"package_size {package.stat().st_size / 1024:.0f} kB")
        started = time.perf_counter()
        preview = merging.merge_file(team, copy, dry_run=True)
        print(f"merge_preview {time.perf_counter() - started:.2f} s ({preview.applied} changes)")
        started = time.perf_counter()
        report = merging.merge_file(team, copy)
        elapsed = time.perf_counter() - started
        print(f"merge_class_24 {elapsed:.2f} s (target < 1 s; {report.applied} changes, "
              f"{len(report.conflicts)} conflicts)")
        started = time.perf_counter()
        again = merging.merge_file(team, copy)
        print(f"merge_again {time.perf_counter() - started:.3f} s (nothing new: {again.nothing_new})")
        team.close()
        fresh = open_file(second, PASSPHRASE)
        started = time.perf_counter()
        from_package = merging.merge_file(fresh, package)
        print(f"merge_package {time.perf_counter() - started:.2f} s ({from_package.applied} changes)")
        fresh.close()

if __name__ == "__main__":
    main()
