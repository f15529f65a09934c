"""The demo school: what a user trying the program relies on."""

from __future__ import annotations

import re
import time
from datetime import date

import pytest

from app.domain.agreement import AgreementStatus, ResponsibleKind
from app.domain.conference import Conference, ConferenceKind, ConferenceStatus
from app.domain.notes import PupilNote
from app.domain.school import SchoolYear
from app.domain.wellbeing import GradeBand, Indicator, WellbeingResult
from app.services import agreements, conferences, reviews, school, wellbeing
from app.services.demo import build_demo
from app.storage.database import open_database
from app.storage.errors import FileExistsAlreadyError

TODAY = date(2026, 11, 24)
DANISH_LETTERS = re.compile(r"[æøåÆØÅ]")
CPR = re.compile(r"\d{6}-?\d{4}")
# record and file ids
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{32}\b")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "Demoskole.klassekonference"
    started = time.perf_counter()
    build_demo(path, today=TODAY)
    seconds = time.perf_counter() - started
    store = open_database(path)
    yield store, seconds
    store.close()


@pytest.fixture
def store(demo):
    return demo[0]


def _class(store, name: str, school_year: int):
    found = [c for c in school.classes_of_year(store, school_year) if c.name == name]
    assert len(found) == 1, name
    return found[0]


def _conferences(store) -> dict[str, Conference]:
    found = store.find(Conference, order_by="held_on")
    held = [c for c in found if c.status == ConferenceStatus.HELD and c.kind == ConferenceKind.CLASS]
    planned = [c for c in found if c.status == ConferenceStatus.PLANNED]
    assert len(held) == 1 and len(planned) == 1
    return {"held": held[0], "planned": planned[0]}


def test_builds_well_under_two_seconds(demo):
    assert demo[1] < 2.0


def test_school_staff_and_classes_of_this_and_last_school_year(store):
    the_school = school.the_school(store)
    assert the_school.name == "Engbakkeskolen"
    assert the_school.municipality == "Sølund Kommune"
    roles = {m.role for m in school.staff(store)}
    assert {"lærer", "pædagog", "ledelse", "AKT", "PPR", "vejleder"} <= {str(r) for r in roles}
    year = SchoolYear.of(TODAY)
    assert [c.name for c in school.classes_of_year(store, year.start_year)] == ["1.A", "5.A", "5.B"]
    assert [c.name for c in school.classes_of_year(store, year.previous().start_year)] == ["0.A", "4.A", "4.B"]
    main = _class(store, "5.B", year.start_year)
    assert [c.name for c in school.cohort_classes(store, main)] == ["4.B", "5.B"]


def test_main_class_has_about_24_pupils_with_danish_letters(store):
    year = SchoolYear.of(TODAY).start_year
    pupils = school.pupils_of_class(store, _class(store, "5.B", year))
    assert 22 <= len(pupils) <= 26
    assert sum(bool(DANISH_LETTERS.search(p.full_name)) for p in pupils) >= 8
    assert len(school.pupils_of_class(store, _class(store, "5.A", year))) == 21
    assert len(school.pupils_of_class(store, _class(store, "1.A", year))) == 18
    born = [p.birth_date for p in pupils if p.birth_date]
    assert born and all(year - 12 <= d.year <= year - 11 for d in born)  # 5th grade: about ten or eleven


def test_held_conference_has_agreements_in_all_five_statuses(store):
    held = _conferences(store)["held"]
    assert held.held_on.month == 4 and held.held_on.year == SchoolYear.of(TODAY).start_year
    assert held.leader_id and held.minute_taker_id
    assert held.closed_at and held.closed_at.startswith(held.held_on.isoformat())
    made = agreements.agreements_made_at(store, held)
    assert {a.status for a in made} == set(AgreementStatus)
    assert any(a.responsible_kind == ResponsibleKind.PARENTS and len(agreements.pupils_of_agreement(store, a)) == 1
               for a in made)
    assert any(a.indicator == Indicator.CALM for a in made)
    assert any(not agreements.pupils_of_agreement(store, a) for a in made)  # one for the whole class
    assert any(r.discussed and r.strengths for r in conferences.reviews_of(store, held))


def test_planned_conference_lists_exactly_the_still_open_agreements(store):
    found = _conferences(store)
    due = agreements.agreements_due(store, found["planned"])
    still_open = [a for a in agreements.agreements_made_at(store, found["held"])
                  if a.status in (AgreementStatus.OPEN, AgreementStatus.PARTLY)]
    assert {a.id for a in due} == {a.id for a in still_open}
    assert {a.status for a in due} == {AgreementStatus.OPEN, AgreementStatus.PARTLY}


def test_planned_conference_is_ready_to_run(store):
    planned = _conferences(store)["planned"]
    year = SchoolYear.of(TODAY)
    assert TODAY < planned.held_on <= year.last_day
    assert planned.leader_id and planned.minute_taker_id and planned.leader_id != planned.minute_taker_id
    assert len(conferences.participants_of(store, planned)) >= 5
    assert len(conferences.agenda_of(store, planned)) == 5
    prepared = conferences.reviews_of(store, planned)
    assert len(prepared) == len(school.pupils_of_class(store, _class(store, "5.B", year.start_year)))
    with_strengths = [r for r in prepared if r.strengths]
    assert len(with_strengths) >= 10
    assert 3 <= sum(r.needs_discussion for r in prepared) < len(prepared) / 2
    assert all(len(reviews.subjects_of(store, r)) > 0 for r in prepared if r.needs_discussion)


def test_absence_marks_and_the_familys_own_understanding(store):
    prepared = conferences.reviews_of(store, _conferences(store)["planned"])
    reported = [r for r in prepared if (r.absence_unlawful_pct or 0) >= 15]
    warned = [r for r in prepared if 10 <= (r.absence_unlawful_pct or 0) < 15]
    assert len(reported) == 1 and len(warned) == 1
    assert reported[0].absence_cause_child and reported[0].absence_cause_parents
    assert reported[0].absence_period_start < reported[0].absence_period_end < TODAY


def test_small_class_result_is_suppressed_and_main_class_is_shown(store):
    year = SchoolYear.of(TODAY).start_year
    small = store.find_one(WellbeingResult, "class_id = ? AND survey_year = ?",
                           (_class(store, "5.A", year).id, year))
    assert small.answer_count < 5
    hidden = wellbeing.shown_result(store, small)
    assert hidden.suppressed and hidden.questions == () and hidden.high_wellbeing_pct is None
    assert all(i.class_value is None for i in hidden.indicators)
    assert all(i.national_value is not None for i in hidden.indicators)

    main = store.find_one(WellbeingResult, "class_id = ? AND survey_year = ?",
                          (_class(store, "5.B", year).id, year))
    visible = wellbeing.shown_result(store, main)
    assert not visible.suppressed and len(visible.questions) >= 8
    values = {i.indicator: i.class_value for i in visible.indicators}
    assert set(values) == set(Indicator) and all(1 <= v <= 5 for v in values.values())


def test_main_cohort_has_results_for_two_survey_years(store):
    year = SchoolYear.of(TODAY).start_year
    results = wellbeing.results_of_cohort(store, _class(store, "5.B", year))
    assert [r.survey_year for r in results] == [year - 1, year]
    assert not any(r.suppressed for r in results)
    older = wellbeing.results_of_cohort(store, _class(store, "5.A", year))
    assert [(r.survey_year, r.suppressed) for r in older] == [(year - 1, False), (year, True)]


def test_distributions_add_up_and_scores_follow_the_options(store):
    for result in store.find(WellbeingResult):
        shown = wellbeing.shown_result(store, result)
        for question in shown.questions:
            assert sum(question.shares) == pytest.approx(100.0)
            assert len(question.options) == len(question.shares) == len(question.option_scores)
            assert question.answer_count <= result.answer_count
            if shown.grade_band == GradeBand.YOUNG:
                assert sorted(question.option_scores) == [1, 2, 3] and question.indicator is None
            else:
                assert sorted(question.option_scores) == [1, 2, 3, 4, 5]
            if "mobbet" in question.text or "alene" in question.text:
                assert question.option_scores[0] == 1  # negative items are reversed
            elif question.options[0] in ("Meget tit", "Altid", "Helt enig", "Ja, meget", "Ja, for det meste"):
                assert question.option_scores[0] == max(question.option_scores)
    young = [wellbeing.shown_result(store, r) for r in store.find(WellbeingResult, "grade_band = '0-3'")]
    assert young and all(not r.indicators for r in young)


def test_no_field_anywhere_looks_like_a_cpr_number(store):
    tables = [r["name"] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")]
    checked = 0
    for table in tables:
        columns = [c["name"] for c in store.query(f"PRAGMA table_info([{table}])") if c["type"].upper() == "TEXT"]
        for row in store.query(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"):
            for column, value in row.items():
                if value is None:
                    continue
                text = UUID.sub("", str(value))
                assert not CPR.search(text), f"{table}.{column}: {value!r}"
                checked += 1
    assert checked > 1000


def test_the_file_is_sound_and_the_change_log_names_staff(store):
    assert store.integrity_problems() == []
    authors = {row["author"] for row in store.query("SELECT DISTINCT author FROM change_log")}
    staff_names = {m.name for m in school.staff(store)}
    assert authors and authors <= staff_names


def test_a_confidential_note_exists(store):
    notes = store.find(PupilNote)
    assert len(notes) >= 2
    assert any(n.confidential for n in notes) and any(not n.confidential for n in notes)
    assert all(n.author for n in notes)


@pytest.mark.parametrize("today", [date(2026, 8, 3), date(2027, 2, 14), date(2027, 7, 30), date(2028, 5, 1)])
def test_dates_follow_today(tmp_path, today):
    path = tmp_path / "demo.klassekonference"
    build_demo(path, today=today)
    store = open_database(path)
    try:
        year = SchoolYear.of(today)
        found = _conferences(store)
        assert year.contains(found["planned"].held_on) and found["planned"].held_on >= today
        assert found["held"].held_on < year.first_day
        assert found["planned"].school_year == year.start_year
        assert found["held"].school_year == year.previous().start_year
        due = agreements.agreements_due(store, found["planned"])
        assert {a.status for a in due} == {AgreementStatus.OPEN, AgreementStatus.PARTLY}
        for review in conferences.reviews_of(store, found["planned"]):
            if review.absence_period_end:
                assert review.absence_period_start < review.absence_period_end < today
        assert store.integrity_problems() == []
    finally:
        store.close()


def test_default_today_and_encryption(tmp_path):
    path = tmp_path / "hemmelig.klassekonference"
    build_demo(path, passphrase="Sølund-Kommune 2026")
    store = open_database(path, passphrase="Sølund-Kommune 2026")
    try:
        assert store.encrypted
        assert school.the_school(store).name == "Engbakkeskolen"
        year = SchoolYear.of(date.today()).start_year
        assert len(school.pupils_of_class(store, _class(store, "5.B", year))) == 24
    finally:
        store.close()


def test_an_existing_file_is_left_alone(tmp_path):
    path = tmp_path / "findes.klassekonference"
    path.write_bytes(b"")
    with pytest.raises(FileExistsAlreadyError):
        build_demo(path, today=TODAY)
    assert path.exists()
