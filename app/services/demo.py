"""The fictional demo school (Engbakkeskolen, Sølund Kommune), built only through the services.

The content lives in ``resources/demo/demo_school.json``; this module places it in time relative to
``today``: last school year's classes (4.B, 4.A, 0.A) are created and moved up, so the cohorts link to
this year's 5.B, 5.A and 1.A. 4.B had a conference last spring whose agreements were followed up at an
årgangskonference in June; 5.B's next conference is planned a couple of weeks ahead and prepared.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from app.domain.agreement import Agreement, AgreementStatus, ResponsibleKind
from app.domain.conference import Conference, ConferenceStatus
from app.domain.review import SubjectStatus
from app.domain.school import Pupil, Role, SchoolClass, SchoolYear, StaffMember
from app.domain.wellbeing import Indicator
from app.resources import resource_path
from app.services import agreements, conferences, reviews, school, wellbeing
from app.services.conferences import ParticipantSpec
from app.services.demo_support import set_conference_times
from app.storage.database import open_database
from app.storage.store import Store

DEMO_FILE = ("demo", "demo_school.json")

_REVIEW_TEXT_FIELDS = ("strengths", "pupil_perspective", "wellbeing_notes", "tried", "next_steps")


def load_demo_content() -> dict:
    with open(resource_path(*DEMO_FILE), encoding="utf-8") as handle:
        return json.load(handle)


def build_demo(path: str | Path, today: date | None = None, passphrase: str | None = None) -> None:
    """Write the demo school to a new file at ``path`` (which must not exist)."""
    today = today or date.today()
    content = load_demo_content()
    store = open_database(path, create=True, passphrase=passphrase)
    try:
        _Builder(store, content, today).build()
    except BaseException:
        store.close(checkpoint=False)
        Path(path).unlink(missing_ok=True)
        raise
    store.close()


# -- dates -------------------------------------------------------------------------------------------
def _on(year: int, month_day: str) -> date:
    month, day = (int(part) for part in month_day.split("-"))
    return date(year, month, day)


def _weekday(day: date) -> date:
    """The day itself, or the Monday after a weekend."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _utc_stamp(day: date, local_time: str, minutes_later: int = 0) -> str:
    """Danish local time as an ISO UTC stamp (summer time April–September is close enough for the demo)."""
    hour, minute = (int(part) for part in local_time.split(":"))
    offset = 2 if 4 <= day.month <= 9 else 1
    moment = datetime(day.year, day.month, day.day, hour, minute) - timedelta(hours=offset)
    moment += timedelta(minutes=minutes_later)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _shares(counts: list[int]) -> list[float]:
    """Percent per option with one decimal, adding up to exactly 100 (largest remainder)."""
    total = sum(counts)
    if not total:
        return [0.0 for _ in counts]
    raw = [c * 1000 / total for c in counts]
    tenths = [int(r) for r in raw]
    for i in sorted(range(len(raw)), key=lambda i: raw[i] - tenths[i], reverse=True)[: 1000 - sum(tenths)]:
        tenths[i] += 1
    return [t / 10 for t in tenths]


class _Builder:
    def __init__(self, store: Store, content: dict, today: date):
        self.store = store
        self.content = content
        self.today = today
        self.year = SchoolYear.of(today)
        self.last_year = self.year.previous()
        self.staff: dict[str, StaffMember] = {}
        self.classes_now: dict[str, SchoolClass] = {}
        self.classes_last: dict[str, SchoolClass] = {}
        self.pupils: dict[str, dict[str, Pupil]] = {}
        self.conferences: dict[str, Conference] = {}
        self.agreements: dict[str, Agreement] = {}

    def build(self) -> None:
        author = next(m for m in self.content["staff"] if m["key"] == self.content["author"])
        self.store.author = author["name"]
        school.create_school(self.store, self.content["school"]["name"], self.content["school"]["municipality"])
        for member in self.content["staff"]:
            self.staff[member["key"]] = school.add_staff(
                self.store, member["name"], Role(member["role"]), member.get("initials", "")
            )
        self._as(self.content["author"])
        for spec in self.content["classes"]:
            self._add_class(spec)
        self._held_conference(self.content["held_conference"])
        self._follow_up_conference(self.content["follow_up_conference"])
        self._planned_conference(self.content["planned_conference"])
        self._notes(self.content["notes"])
        self._wellbeing(self.content["wellbeing"])
        self.store.author = ""

    def _as(self, staff_key: str) -> None:
        self.store.author = self.staff[staff_key].name

    # -- classes and pupils ------------------------------------------------------------------------
    def _birth_date(self, spec: dict, grade: int) -> date | None:
        if not spec.get("born"):
            return None
        # A child starts 0. klasse in August of the year it turns six.
        year = self.year.start_year - grade - 6 - int(spec.get("born_years_earlier", 0))
        return _on(year, spec["born"])

    def _add_pupil(self, school_class: SchoolClass, key: str, spec: dict, grade: int) -> None:
        pupil = school.add_pupil(
            self.store, school_class, spec["given_name"], spec["family_name"], self._birth_date(spec, grade)
        )
        self.pupils.setdefault(key, {})[spec["key"]] = pupil

    def _add_class(self, spec: dict) -> None:
        grade, letter, key = spec["grade"], spec["letter"], spec["key"]
        last = school.add_class(self.store, f"{grade - 1}.{letter}", self.last_year.start_year)
        for pupil in spec["pupils"]:
            self._add_pupil(last, key, pupil, grade)
        now = school.move_class_up(self.store, last)
        for pupil in spec.get("joined_this_year", []):
            self._add_pupil(now, key, pupil, grade)
        self.classes_last[key], self.classes_now[key] = last, now

    # -- conferences -------------------------------------------------------------------------------
    def _plan(self, classes: list[SchoolClass], held_on: date, spec: dict) -> Conference:
        participants: list[StaffMember | ParticipantSpec] = [self.staff[k] for k in spec["participants"]]
        participants += [ParticipantSpec(name=g["name"], role=g["role"]) for g in spec.get("guests", [])]
        return conferences.plan_conference(
            self.store, classes, held_on, starts_at=spec["starts_at"], place=spec["place"],
            participants=participants, leader=self.staff[spec["leader"]],
            minute_taker=self.staff[spec["minute_taker"]],
        )

    def _prepare_reviews(self, conference: Conference, class_key: str, review_specs: dict) -> None:
        for pupil_key, spec in review_specs.items():
            pupil = self.pupils[class_key][pupil_key]
            review = reviews.review_of(self.store, conference, pupil)
            assert review is not None  # planning the conference made a review for each pupil of the class
            changes = {name: spec[name] for name in _REVIEW_TEXT_FIELDS if spec.get(name)}
            if spec.get("needs_discussion"):
                changes["needs_discussion"] = True
            if spec.get("absence"):
                changes.update(self._absence(spec["absence"]))
            review = reviews.update_review(self.store, conference, review, **changes)
            for subject in spec.get("subjects", []):
                status = SubjectStatus(subject["status"]) if subject.get("status") else None
                reviews.set_subject(
                    self.store, conference, review, subject["subject"], goal=subject.get("goal", ""),
                    status=status, evidence=subject.get("evidence", ""),
                )

    def _absence(self, spec: dict) -> dict:
        if spec["quarter"] == "spring":  # January–March of last school year's spring
            start, end = date(self.year.start_year, 1, 1), date(self.year.start_year, 3, 31)
        else:
            start, end = self._current_absence_period()
        return {
            "absence_period_start": start, "absence_period_end": end,
            "absence_total_pct": spec["total_pct"], "absence_unlawful_pct": spec["unlawful_pct"],
            "absence_cause_child": spec.get("cause_child", ""), "absence_cause_parents": spec.get("cause_parents", ""),
        }

    def _current_absence_period(self) -> tuple[date, date]:
        """The last three months of school before today; last spring's quarter if school has hardly begun."""
        first_school_day = _weekday(date(self.year.start_year, 8, 10))
        end = self.today - timedelta(days=1)
        if end - first_school_day < timedelta(days=30):
            return date(self.year.start_year, 4, 1), date(self.year.start_year, 6, 26)
        return max(first_school_day, end - timedelta(days=90)), end

    def _close(self, conference: Conference, spec: dict) -> Conference:
        conference = conferences.set_status(self.store, conference, ConferenceStatus.HELD)
        minutes = sum(spec.get("agenda_minutes_used", [90]))
        return set_conference_times(
            self.store, conference, _utc_stamp(conference.held_on, spec["starts_at"]),
            _utc_stamp(conference.held_on, spec["starts_at"], minutes),
        )

    def _held_conference(self, spec: dict) -> None:
        """4.B last spring: prepared, run, agreements made, closed."""
        class_key = spec["class"]
        held_on = _weekday(_on(self.year.start_year, spec["date"]))
        conference = self._plan([self.classes_last[class_key]], held_on, spec)
        self._prepare_reviews(conference, class_key, spec["reviews"])
        conference = conferences.set_status(self.store, conference, ConferenceStatus.RUNNING)
        self._as(spec["minute_taker"])
        self._record_attendance(conference, spec)
        conclusions = spec.get("conclusions", {})
        for pupil_key, review_spec in spec["reviews"].items():
            if review_spec.get("discussed"):
                review = reviews.review_of(self.store, conference, self.pupils[class_key][pupil_key])
                assert review is not None  # planning the conference made a review for each pupil of the class
                reviews.update_review(self.store, conference, review, discussed=True,
                                      conclusion=conclusions.get(pupil_key, ""))
        for agreement_spec in spec["agreements"]:
            self.agreements[agreement_spec["key"]] = self._agreement(conference, class_key, agreement_spec)
        self._record_minutes(conference, spec)
        self.conferences["held"] = self._close(conference, spec)
        self._as(self.content["author"])

    def _agreement(self, conference: Conference, class_key: str, spec: dict) -> Agreement:
        responsible = spec["responsible"]
        if responsible in (ResponsibleKind.PARENTS.value, ResponsibleKind.PUPIL.value):
            responsible = ResponsibleKind(responsible)
        else:
            responsible = self.staff[responsible]
        deadline = _on(self.year.start_year, spec["deadline"]) if spec.get("deadline") else None
        return agreements.add_agreement(
            self.store, conference, self.classes_last[class_key], spec["text"],
            pupils=[self.pupils[class_key][k] for k in spec.get("pupils", [])], responsible=responsible,
            deadline=deadline, indicator=Indicator(spec["indicator"]) if spec.get("indicator") else None,
            question_code=spec.get("question_code"),
        )

    def _record_attendance(self, conference: Conference, spec: dict) -> None:
        """The afbud given at the start of the meeting (one per held demo conference)."""
        absent = {self.staff[key].name for key in spec.get("absent", [])}
        if absent:
            conferences.set_attendance(self.store, conference, {
                p.id: p.name not in absent for p in conferences.participants_of(self.store, conference)})

    def _record_minutes(self, conference: Conference, spec: dict) -> None:
        """The referat per agenda item, Eventuelt and the next meeting, written in the meeting."""
        for item, text in zip(conferences.agenda_of(self.store, conference), spec.get("item_minutes", [])):
            conferences.set_item_minutes(self.store, conference, item, text)
        changes = {}
        if spec.get("any_other_business"):
            changes["any_other_business"] = spec["any_other_business"]
        if spec.get("next_meeting"):
            changes["next_meeting_on"] = _weekday(_on(conference.held_on.year, spec["next_meeting"]))
        if changes:
            conferences.set_meeting_record(self.store, conference, **changes)

    def _follow_up_conference(self, spec: dict) -> None:
        """The årgangskonference in June, where last spring's agreements got their outcome."""
        held_on = _weekday(_on(self.year.start_year, spec["date"]))
        conference = self._plan([self.classes_last[k] for k in spec["classes"]], held_on, spec)
        conference = conferences.set_status(self.store, conference, ConferenceStatus.RUNNING)
        self._as(spec["minute_taker"])
        self._record_attendance(conference, spec)
        for agreement_spec in self.content["held_conference"]["agreements"]:
            outcome = agreement_spec.get("review")
            if outcome:
                agreements.review_agreement(
                    self.store, conference, self.agreements[agreement_spec["key"]],
                    AgreementStatus(outcome["status"]), outcome.get("note", ""),
                )
        self._record_minutes(conference, spec)
        self.conferences["follow_up"] = self._close(conference, spec)
        self._as(self.content["author"])

    def _planned_conference(self, spec: dict) -> None:
        """5.B's next conference: a couple of weeks ahead (within this school year), prepared."""
        held_on = _weekday(self.today + timedelta(days=int(spec["days_after_today"])))
        held_on = min(held_on, self.year.last_day)
        class_key = spec["class"]
        conference = self._plan([self.classes_now[class_key]], held_on, spec)
        self._prepare_reviews(conference, class_key, spec["reviews"])
        self.conferences["planned"] = conference

    def _notes(self, notes: list[dict]) -> None:
        for note in notes:
            self._as(note["author"])
            pupil = next(p[note["pupil"]] for p in self.pupils.values() if note["pupil"] in p)
            reviews.add_note(
                self.store, pupil, note["text"], confidential=bool(note.get("confidential")),
                conference=self.conferences.get(note.get("conference") or ""),
            )
        self._as(self.content["author"])

    # -- wellbeing ---------------------------------------------------------------------------------
    def _wellbeing(self, spec: dict) -> None:
        for result in spec["results"]:
            last = result["year"] == "last"
            school_class = (self.classes_last if last else self.classes_now)[result["class"]]
            survey_year = (self.last_year if last else self.year).start_year
            questions = spec["questions_4_9"] if result["indicators"] else spec["questions_0_3"]
            values = wellbeing.ResultInput(
                survey_year=survey_year,
                answer_count=result["answer_count"],
                high_wellbeing_pct=result.get("high_wellbeing_pct"),
                indicators={
                    Indicator(name): wellbeing.IndicatorInput(v.get("class"), v.get("school"), v.get("national"))
                    for name, v in result["indicators"].items()
                },
                questions=[
                    wellbeing.QuestionInput(
                        code=q["code"], text=q["text"], options=list(q["options"]),
                        option_scores=list(q["option_scores"]), shares=_shares(result["counts"][q["code"]]),
                        answer_count=sum(result["counts"][q["code"]]),
                        indicator=Indicator(q["indicator"]) if q.get("indicator") else None,
                    )
                    for q in questions
                ],
            )
            wellbeing.save_result(self.store, school_class, values)
