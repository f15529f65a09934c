"""A large fictional school for the benchmarks, built through the app's services and cached in a temp folder.

    python -m benchmarks.generate_school                     # 40 classes × 25 pupils, ten school years
    python -m benchmarks.generate_school --classes 2 --pupils 3 --years 2 --out /tmp/lille.klassekonference

The school has ``classes`` classes in every school year (grades 0–9, A–D for 40 classes) of ``pupils``
pupils. Over ``years`` school years (the last one is 2026/27) the cohorts move up a grade each August, the
oldest grade leaves school and new 0. classes start. Every class has one conference a school year: prepared,
held and closed in the earlier years (reviews with strengths, subjects and absence for every pupil, notes,
new agreements, and the earlier agreements followed up as done, partly done, not done, dropped or left open),
and planned and partly prepared in the last year. Every earlier year has the class's wellbeing survey results
(the last year's survey has not been held yet: the survey import benchmark fills it).

All content is fictional. Each class's school year is written in ONE store.operation (the services' own
operations join it), so that a school of ten years is made in well under a minute.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

FINAL_YEAR = 2026  # the last school year generated (2026/27); the benchmarks show it as "this year"
TODAY = date(2026, 11, 24)  # the day the benchmarks pretend it is: the last year's conferences are ahead
SUBJECTS = ("Dansk", "Matematik", "Engelsk")
LETTERS = "ABCDEFGH"
GIVEN = ["Åse", "Søren", "Ida", "Mikkel", "Freja", "Oliver", "Clara", "Emil", "Alma", "Noah", "Ella", "Magnus",
         "Asta", "Viggo", "Karla", "Storm", "Liva", "Bertram", "Nora", "Aksel", "Vigga", "Malthe", "Silje", "Johan",
         "Esther", "Carl", "Lærke", "Anton", "Sofie", "Valdemar"]
FAMILY = ["Ærø", "Østergaard", "Kjær", "Bødker", "Møller", "Søndergård", "Holm", "Lund", "Ravn", "Bjørn", "Dahl",
          "Krøyer", "Nørgaard", "Skov", "Vestergaard", "Thøgersen", "Bach", "Lyng", "Winther", "Friis", "Brandt",
          "Juhl", "Kirk", "Mørch", "Hvid", "Boje", "Ladefoged", "Ebbesen", "Gram", "Hauge", "Jessen", "Kragh"]
STAFF = ["Birgitte Søndergaard", "Mette Bjørk Holm", "Søren Ærø Lund", "Jonas Thøgersen", "Henrik Østergaard",
         "Line Dyrhøj", "Karen Mølgaard", "Peter Skovgaard", "Anne-Mette Friis", "Lars Brøndum", "Hanne Kjærsgaard",
         "Morten Lykke", "Susanne Bech", "Thomas Ravn", "Rikke Aagaard", "Jesper Nørskov", "Dorthe Wind",
         "Kasper Hjorth", "Lene Damgaard", "Niels Overby"]
STRENGTHS = ("{name} er nysgerrig og hjælpsom og tager ansvar i gruppearbejdet.",
             "{name} læser gerne højt for klassen og hjælper andre i gang med opgaverne.",
             "{name} er en god kammerat i frikvartererne og har humor.")
PERSPECTIVE = ("{name} siger selv, at matematik er sjovest, når der er en fast makker.",
               "{name} vil gerne have mere tid til at skrive færdig.")
WELLBEING = ("Trives i klassen; har et par faste venner og deltager i fællesskabet.",
             "Er til tider alene i frikvartererne; teamet holder øje og inviterer ind i legen.")
TRIED = ("Fast makker i dansk og en tydelig start på timen.", "Visuel dagsplan og korte pauser.")
NEXT_STEPS = ("Fortsætter med fast makker; forældresamtale i foråret.",
              "Læsevejlederen ser på læsningen inden jul.")
GOALS = {"Dansk": "Læser og forstår alderssvarende tekster og skriver sammenhængende tekster.",
         "Matematik": "Regner sikkert med de fire regningsarter og forklarer sine løsninger.",
         "Engelsk": "Deltager i korte samtaler og forstår enkle tekster."}


@dataclass(frozen=True)
class SchoolSize:
    classes: int = 40
    pupils: int = 25
    years: int = 10

    @property
    def letters(self) -> int:
        return max(1, min(len(LETTERS), self.classes // 10))

    @property
    def grades(self) -> int:
        return min(10, math.ceil(self.classes / self.letters))

    @property
    def first_year(self) -> int:
        return FINAL_YEAR - self.years + 1

    def label(self) -> str:
        return f"{self.classes}x{self.pupils}x{self.years}"


FULL = SchoolSize(40, 25, 10)
QUICK = SchoolSize(10, 25, 3)


def cache_folder() -> Path:
    folder = Path(os.environ.get("KLASSEKONFERENCE_BENCH_CACHE") or Path(tempfile.gettempdir()) / "klassekonference-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cache_key(size: SchoolSize) -> str:
    """Changes when the generator or the file's schema changes, so a stale cached school is never used."""
    from app.storage import migrations

    digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:10]
    return f"school-{size.label()}-v{migrations.LATEST_VERSION}-{digest}"


def cached_school(size: SchoolSize = FULL, folder: Path | None = None, *, log=None) -> Path:
    """The generated school's file, made once and kept in the cache folder. Do not change it: copy it first."""
    folder = folder or cache_folder()
    path = folder / (cache_key(size) + ".klassekonference")
    if path.exists():
        return path
    for stale in folder.glob(f"school-{size.label()}-*.klassekonference"):
        stale.unlink(missing_ok=True)
    partial = folder / f".partial-{os.getpid()}-{path.name}"
    partial.unlink(missing_ok=True)
    started = time.perf_counter()
    try:
        generate_school(partial, size)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    if log:
        log(f"generated {path.name} in {time.perf_counter() - started:.1f} s")
    return path


def _weekday(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def shares_from_counts(counts: list[int]) -> list[float]:
    """Percent per option with one decimal, adding up to 100."""
    total = sum(counts)
    raw = [c * 1000 / total for c in counts]
    tenths = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - tenths[i], reverse=True)[: 1000 - sum(tenths)]:
        tenths[i] += 1
    return [t / 10 for t in tenths]


class _Generator:
    def __init__(self, store, size: SchoolSize):
        from app.services.demo import load_demo_content

        self.store = store
        self.size = size
        self.random = random.Random(20261124)
        self.staff = []
        self.pupil_number = 0
        self.questions = load_demo_content()["wellbeing"]

    # -- people ----------------------------------------------------------------------------------------
    def add_staff(self) -> None:
        from app.domain.school import Role
        from app.services import school

        roles = [Role.LEADERSHIP, Role.TEACHER, Role.TEACHER, Role.PEDAGOGUE, Role.AKT] + [Role.TEACHER] * 15
        count = max(5, min(len(STAFF), self.size.classes // 2 + 5))
        self.staff = [school.add_staff(self.store, name, role) for name, role in zip(STAFF[:count], roles)]

    def add_pupils(self, school_class, grade: int) -> None:
        from app.services import school

        for _ in range(self.size.pupils):
            n = self.pupil_number
            self.pupil_number += 1
            born = date(school_class.school_year - grade - 6, 1, 1) + timedelta(days=(n * 37) % 365)
            school.add_pupil(self.store, school_class, GIVEN[n % len(GIVEN)],
                             f"{FAMILY[n % len(FAMILY)]}-{FAMILY[(n // len(FAMILY)) % len(FAMILY)]}", born)

    # -- one class's school year ---------------------------------------------------------------------------
    def class_year(self, school_class, index: int, final: bool) -> None:
        from app.domain.conference import ConferenceStatus
        from app.services import conferences, reviews, school

        year = school_class.school_year
        team = [self.staff[0]] + [self.staff[1 + (index + k) % (len(self.staff) - 1)] for k in range(3)]
        held_on = _weekday(date(year + 1, 2, 1) + timedelta(days=(index * 3) % 40))
        conference = conferences.plan_conference(
            self.store, [school_class], held_on, starts_at="14:00", place=f"Mødelokale {1 + index % 3}",
            participants=team, leader=team[0], minute_taker=team[1])
        pupils = school.pupils_of_class(self.store, school_class, include_left=False)
        if final:  # planned, about half prepared
            for number, pupil in enumerate(pupils[::2]):
                review = reviews.review_of(self.store, conference, pupil)
                reviews.update_review(self.store, conference, review, needs_discussion=number % 3 == 0,
                                      strengths=STRENGTHS[number % 3].format(name=pupil.given_name))
            return
        conference = conferences.set_status(self.store, conference, ConferenceStatus.RUNNING)
        self.follow_up(conference)
        for number, pupil in enumerate(pupils):
            self.review(conference, pupil, number, year)
        self.new_agreements(conference, school_class, pupils, year)
        self.wellbeing(school_class)
        conferences.set_status(self.store, conference, ConferenceStatus.HELD)

    def review(self, conference, pupil, number: int, year: int) -> None:
        from app.domain.review import SubjectStatus
        from app.services import reviews

        name = pupil.given_name
        review = reviews.review_of(self.store, conference, pupil)
        total = round(self.random.uniform(1.0, 14.0), 1)
        review = reviews.update_review(
            self.store, conference, review, needs_discussion=number % 4 == 0, discussed=True,
            strengths=STRENGTHS[number % 3].format(name=name) + " " + STRENGTHS[(number + 1) % 3].format(name=name),
            pupil_perspective=PERSPECTIVE[number % 2].format(name=name), wellbeing_notes=WELLBEING[number % 2],
            tried=TRIED[number % 2], next_steps=NEXT_STEPS[number % 2],
            absence_period_start=date(year, 11, 1), absence_period_end=date(year + 1, 1, 31),
            absence_total_pct=total, absence_unlawful_pct=round(min(total, self.random.uniform(0, 4)), 1),
        )
        statuses = (SubjectStatus.AS_EXPECTED, SubjectStatus.AS_EXPECTED, SubjectStatus.BELOW, SubjectStatus.ABOVE)
        for position, subject in enumerate(SUBJECTS):
            reviews.set_subject(self.store, conference, review, subject, goal=GOALS[subject],
                                status=statuses[(number + position) % 4], evidence="Skriveopgaver og test.")
        if number % 7 == 3:
            reviews.add_note(self.store, pupil, f"Samtale med forældrene om {name}s trivsel; aftalt at følge op.",
                             confidential=number % 14 == 3, conference=conference)

    def follow_up(self, conference) -> None:
        """Last year's agreements (and older ones still open): done, partly, not done, dropped, or left open."""
        from app.domain.agreement import AgreementStatus
        from app.services import agreements

        outcomes = (AgreementStatus.DONE, AgreementStatus.PARTLY, AgreementStatus.NOT_DONE, AgreementStatus.DROPPED,
                    None)
        notes = {AgreementStatus.DONE: "Gennemført; virker godt.", AgreementStatus.PARTLY: "Delvist; fortsætter.",
                 AgreementStatus.NOT_DONE: "Nåede det ikke; tages op igen.", AgreementStatus.DROPPED: "Ikke aktuel."}
        for number, agreement in enumerate(agreements.agreements_due(self.store, conference)):
            outcome = outcomes[number % len(outcomes)]
            if outcome is not None:
                agreements.review_agreement(self.store, conference, agreement, outcome, notes[outcome])

    def new_agreements(self, conference, school_class, pupils, year: int) -> None:
        from app.domain.agreement import ResponsibleKind
        from app.services import agreements

        deadline = date(year + 1, 6, 15)
        for number, pupil in enumerate(pupils[::6]):
            responsible = (self.staff[1 + number % (len(self.staff) - 1)], ResponsibleKind.PARENTS,
                           ResponsibleKind.PUPIL)[number % 3]
            agreements.add_agreement(self.store, conference, school_class,
                                     f"{pupil.given_name} får en fast makker i dansk og matematik.",
                                     pupils=[pupil], responsible=responsible, deadline=deadline)
        if len(pupils) >= 2:
            agreements.add_agreement(self.store, conference, school_class, "Forældrene inviteres til en fælles snak "
                                     "om klassens fællesskab.", pupils=pupils[:2], responsible=self.staff[1],
                                     deadline=deadline)
        agreements.add_agreement(self.store, conference, school_class, "Fælles struktur ved timestart i alle fag.",
                                 responsible=self.staff[0], deadline=date(year + 1, 5, 1))

    def wellbeing(self, school_class) -> None:
        from app.domain.wellbeing import Indicator, grade_band_for, GradeBand
        from app.services import wellbeing

        young = grade_band_for(school_class.grade) == GradeBand.YOUNG
        answers = max(1, self.size.pupils - self.random.randint(0, 3))
        questions = []
        for spec in self.questions["questions_0_3" if young else "questions_4_9"]:
            counts = [self.random.randint(0, 10) for _ in spec["options"]]
            counts[0] += answers  # most answers are on the good side
            questions.append(wellbeing.QuestionInput(
                code=spec["code"], text=spec["text"], options=list(spec["options"]),
                option_scores=list(spec["option_scores"]), shares=shares_from_counts(counts), answer_count=answers,
                indicator=Indicator(spec["indicator"]) if spec.get("indicator") else None))
        indicators = {}
        if not young:
            national = {Indicator.SOCIAL: 4.0, Indicator.ACADEMIC: 3.6, Indicator.SUPPORT: 3.2, Indicator.CALM: 3.8,
                        Indicator.OVERALL: 3.7}
            indicators = {key: wellbeing.IndicatorInput(round(value + self.random.uniform(-0.4, 0.3), 1), value, value)
                          for key, value in national.items()}
        wellbeing.save_result(self.store, school_class, wellbeing.ResultInput(
            survey_year=school_class.school_year, answer_count=answers, indicators=indicators, questions=questions,
            high_wellbeing_pct=None if young else round(self.random.uniform(75, 95), 1)))

    # -- the years -----------------------------------------------------------------------------------------
    def run(self) -> None:
        from app.domain.school import SchoolYear
        from app.services import school

        size = self.size
        self.store.author = STAFF[1]
        self.add_staff()
        current = []  # (class, index) of the school year being made
        for step in range(size.years):
            year = size.first_year + step
            final = step == size.years - 1
            label = SchoolYear(year).label
            moving = []
            if current:
                oldest = size.grades - 1
                with self.store.operation(f"Benchmark: skoleåret {label} begynder"):
                    for school_class, index in current:
                        if school_class.grade >= oldest:
                            for pupil in school.pupils_of_class(self.store, school_class, include_left=False):
                                school.mark_pupil_left(self.store, pupil, SchoolYear(year - 1).last_day)
                        else:
                            moving.append((school_class, index))
            made = []
            for index in range(size.classes):
                grade, letter = index // size.letters, LETTERS[index % size.letters]
                with self.store.operation(f"Benchmark: {grade}.{letter} {label}"):
                    earlier = next((c for c, i in moving if i == index - size.letters), None)
                    if earlier is not None:
                        school_class = school.move_class_up(self.store, earlier)
                    else:
                        school_class = school.add_class(self.store, f"{grade}.{letter}", year)
                        self.add_pupils(school_class, grade)
                    self.class_year(school_class, index, final)
                made.append((school_class, index))
            current = made
        self.store.author = ""


def generate_school(path: str | Path, size: SchoolSize = FULL) -> Path:
    """Write the school to a new file at ``path`` (which must not exist) and close it."""
    from app.services.files import new_file
    from app.storage.database import open_database

    path = new_file(path, "Bakkeskolen")
    store = open_database(path)
    try:
        _Generator(store, size).run()
    finally:
        store.close()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a large fictional school for the benchmarks.")
    parser.add_argument("--classes", type=int, default=FULL.classes)
    parser.add_argument("--pupils", type=int, default=FULL.pupils)
    parser.add_argument("--years", type=int, default=FULL.years)
    parser.add_argument("--out", help="write here instead of the cache folder")
    args = parser.parse_args(argv)
    size = SchoolSize(args.classes, args.pupils, args.years)
    started = time.perf_counter()
    path = generate_school(args.out, size) if args.out else cached_school(size)
    print(f"{path} ({path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
