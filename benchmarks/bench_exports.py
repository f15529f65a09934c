"""Writing the handouts: the minutes of a 28-pupil class with long reviews, its Excel workbook, and the
minutes of every class of a school of 40 classes × 25 pupils.

    python benchmarks/bench_exports.py

Prints ``name seconds s`` lines. Targets: the minutes under 1 s, all 40 classes under 30 s. The schools are
made through the services (each class's setup in one operation, so that setting up stays quick).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GIVEN = ["Åse", "Søren", "Ida", "Mikkel", "Freja", "Oliver", "Clara", "Emil", "Alma", "Noah", "Ella", "Magnus",
         "Asta", "Viggo", "Karla", "Storm", "Liva", "Bertram", "Nora", "Aksel", "Vigga", "Malthe", "Silje", "Johan"]
FAMILY = ["Ærø", "Østergaard", "Kjær", "Bødker", "Møller", "Søndergård", "Holm", "Ravn", "Bjørn", "Dahl",
          "Krøyer", "Nørgaard", "Skov", "Thøgersen", "Bach", "Lyng", "Winther", "Friis", "Brandt", "Juhl", "Kirk",
          "Mørch", "Hvid", "Boje", "Ladefoged", "Ebbesen", "Gram", "Hauge", "Jessen", "Kragh"]
SENTENCE = ("{name} er nysgerrig og hjælpsom og tager ansvar i gruppearbejdet; i dansk og matematik arbejder "
            "{name} koncentreret, når opgaven har en tydelig start, og har glæde af en fast makker. ")
SCHOOL_YEAR = 2026
CONFERENCE_DAY = date(2027, 3, 11)


def make_class(store, name: str, pupils: int, staff, *, sentences: int) -> None:
    """One class with a held conference: every pupil reviewed and discussed, subjects, absence, agreements."""
    from app.domain.agreement import AgreementStatus
    from app.domain.conference import ConferenceStatus
    from app.domain.review import SubjectStatus
    from app.services import agreements, conferences, reviews, school

    with store.operation("Benchmark: " + name):
        school_class = school.add_class(store, name, SCHOOL_YEAR)
        members = [
            school.add_pupil(store, school_class, GIVEN[(n * 7 + len(name)) % len(GIVEN)],
                             f"{FAMILY[n % len(FAMILY)]}-{FAMILY[(n * 3 + 1) % len(FAMILY)]}")
            for n in range(pupils)
        ]
        conference = conferences.plan_conference(store, [school_class], CONFERENCE_DAY, starts_at="14:00",
                                                 place="Mødelokale 2", participants=staff[:5], leader=staff[0],
                                                 minute_taker=staff[1])
        conference = conferences.set_status(store, conference, ConferenceStatus.RUNNING)
        statuses = [SubjectStatus.AS_EXPECTED, SubjectStatus.BELOW, SubjectStatus.ABOVE]
        for number, pupil in enumerate(members):
            review = reviews.review_of(store, conference, pupil)
            text = SENTENCE.format(name=pupil.given_name) * sentences
            review = reviews.update_review(
                store, conference, review, needs_discussion=number % 4 == 0, discussed=True, strengths=text,
                pupil_perspective=text, wellbeing_notes=text, tried=text[:200], next_steps=text,
                absence_total_pct=4.0 + number % 9, absence_unlawful_pct=float(number % 5),
            )
            for position, subject in enumerate(("Dansk", "Matematik", "Engelsk")):
                reviews.set_subject(store, conference, review, subject, status=statuses[(number + position) % 3],
                                    goal="Læser og forstår alderssvarende tekster og skriver sammenhængende tekster.",
                                    evidence="Skriveopgaver og test.")
            if number % 5 == 0:
                made = agreements.add_agreement(
                    store, conference, school_class, f"{pupil.given_name} får en fast makker i dansk og matematik.",
                    pupils=[pupil], responsible=staff[number % len(staff)], deadline=date(2027, 6, 1),
                )
                agreements.review_agreement(store, conference, made, AgreementStatus.OPEN, "")
        agreements.add_agreement(store, conference, school_class, "Fælles struktur ved timestart i alle fag.",
                                 responsible=staff[0], deadline=date(2027, 5, 1))
        conferences.set_status(store, conference, ConferenceStatus.HELD)


def make_school(path: Path, classes: int, pupils: int, *, sentences: int):
    from app.domain.school import Role
    from app.services import school
    from app.services.files import new_file
    from app.storage.database import open_database

    new_file(path, "Benchmarkskolen")
    store = open_database(path)
    staff = [school.add_staff(store, name, role) for name, role in (
        ("Birgitte Søndergaard", Role.LEADERSHIP), ("Mette Bjørk Holm", Role.TEACHER),
        ("Søren Ærø Lund", Role.TEACHER), ("Jonas Thøgersen", Role.PEDAGOGUE), ("Henrik Østergaard", Role.AKT))]
    for number in range(classes):
        grade, letter = number // 4, "ABCD"[number % 4]
        make_class(store, f"{grade}.{letter}", pupils, staff, sentences=sentences)
    return store


def main() -> None:
    from app.services.conferences import conferences_of_class
    from app.services.export.content import DocumentKind, ExportOptions, collect
    from app.services.export.files import export_all_classes, render_pdf
    from app.services.export.workbook import workbook_bytes
    from app.services.school import classes_of_year

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = make_school(folder / "klasse.klassekonference", 1, 28, sentences=5)
        school_class = classes_of_year(store, SCHOOL_YEAR)[0]
        conference = conferences_of_class(store, school_class)[-1]
        started = time.perf_counter()
        render_pdf(DocumentKind.PROTOCOL, collect(store, conference, school_class))  # loads the fonts once
        print(f"protocol_pdf_28_pupils_first {time.perf_counter() - started:.3f} s")
        started = time.perf_counter()
        data = render_pdf(DocumentKind.PROTOCOL, collect(store, conference, school_class, ExportOptions()))
        print(f"protocol_pdf_28_pupils {time.perf_counter() - started:.3f} s")
        pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
        print(f"protocol_pdf_28_pupils_pages {pages} pages")
        started = time.perf_counter()
        workbook_bytes(store, conference, school_class)
        print(f"excel_workbook {time.perf_counter() - started:.3f} s")
        store.close()

        started = time.perf_counter()
        store = make_school(folder / "skole.klassekonference", 40, 25, sentences=2)
        print(f"setup_school_40x25 {time.perf_counter() - started:.3f} s")
        out = folder / "ud"
        out.mkdir()
        started = time.perf_counter()
        result = export_all_classes(store, SCHOOL_YEAR, out, DocumentKind.PROTOCOL)
        print(f"all_classes_pdf_{len(result.written)} {time.perf_counter() - started:.3f} s")
        store.close()


if __name__ == "__main__":
    main()
