"""uddannelsesstatistik.dk's question cube in long form (one row per question × answer, per school and
Mellemtrin/Udskoling): read as the whole school's answer distributions, never as a class's results."""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.domain.wellbeing import StageQuestionDistribution, WellbeingResult
from app.services.school_questions import stage_questions
from app.services.survey_import import apply_import, preview_import
from app.storage.database import open_database
from tests.conftest import DEMO_TODAY
from tests.import_files import write_csv, write_xlsx
from tests.ui.wellbeing_pages import store  # noqa: F401 (a fixture)

CUBE = Path(__file__).resolve().parent.parent / "fixtures" / "uddannelsesstatistik_spoergsmaal.csv"
YEAR = 2026
OFTEN = ["Meget tit", "Tit", "En gang imellem", "Sjældent", "Aldrig"]


def cube_rows() -> list[list[str]]:
    return list(csv.reader(io.StringIO(CUBE.read_bytes().decode("utf-8-sig")), delimiter=";"))


def _changes(store) -> int:  # noqa: F811
    return store.scalar("SELECT ifnull(max(id), 0) FROM change_log")


def _check_stored(store):  # noqa: F811
    middle = stage_questions(store, 2025, "mellemtrin")
    upper = stage_questions(store, 2025, "udskoling")
    assert len(middle) == len(upper) == 7
    happy = middle[0]
    assert happy.text == "Er du glad for din skole?" and happy.options == OFTEN
    assert happy.option_scores == [5, 4, 3, 2, 1] and happy.shares == [38.2, 35.1, 18.4, 5.9, 2.4]
    assert happy.municipality_shares == [38.2, 35.9, 17.9, 5.6, 2.4]
    assert happy.national_shares == [38.2, 35.4, 18.2, 5.8, 2.4]
    assert happy.answer_count == 212 and upper[0].answer_count == 1024  # "1.024": a thousands dot
    alone = middle[2]
    assert alone.text == "Føler du dig alene i skolen?" and alone.option_scores == [1, 2, 3, 4, 5]  # reversed item
    assert middle[6].options[0] == "Helt enig"


def test_the_fixture_cube_is_read_as_the_schools_answers_per_stage(store, tmp_path):  # noqa: F811
    results_before = len(store.find(WellbeingResult))
    preview = preview_import(store, CUBE, YEAR, DEMO_TODAY)
    assert preview.ok, preview.problem_text()
    assert preview.entries == [] and len(preview.school_entries) == 2
    assert all("hele skolen" in e.class_name for e in preview.school_entries)
    assert "ikke klassens" in preview.notes[0] and "uddannelsesstatistik.dk" in preview.notes[0]
    assert any("Indskoling" in note for note in preview.notes)
    assert "ikke en klasses" in preview.school_entries[0].summary()
    assert store.find(StageQuestionDistribution) == []  # the preview writes nothing
    outcome = apply_import(store, preview)
    assert len(outcome.stored) == 2
    _check_stored(store)
    assert len(store.find(WellbeingResult)) == results_before  # no class result is touched
    logged = _changes(store)
    again = preview_import(store, CUBE, YEAR, DEMO_TODAY)
    assert again.ok and not again.changes
    assert apply_import(store, again).stored == [] and _changes(store) == logged  # idempotent


def _fraction(text: str) -> float:
    return round(float(text.rstrip(" %").replace(",", ".")) / 100, 6)


@pytest.mark.parametrize("variant", ["xlsx_text", "xlsx_percent", "cp1252_comma", "tab_fractions"])
def test_the_same_cube_as_xlsx_and_other_csv_dialects(store, tmp_path, variant):  # noqa: F811
    rows = cube_rows()
    if variant == "xlsx_text":
        path = write_xlsx(tmp_path / "spm.xlsx", {"Data": rows})
    elif variant == "xlsx_percent":
        numbers = [rows[0]] + [[*r[:5], int(r[5]), *[_fraction(c) for c in r[6:9]], int(r[9].replace(".", ""))]
                               for r in rows[1:]]
        path = write_xlsx(tmp_path / "spm.xlsx", {"Spørgsmål": numbers}, percent_columns=(6, 7, 8))
    elif variant == "cp1252_comma":
        path = write_csv(tmp_path / "spm.csv", rows, delimiter=",", encoding="cp1252")
    else:
        fractions = [rows[0]] + [[*r[:6], *[f"{_fraction(c):.4f}".replace(".", ",") for c in r[6:9]], r[9]]
                                 for r in rows[1:]]
        path = write_csv(tmp_path / "spm.txt", fractions, delimiter="\t", encoding="utf-8-sig")
    preview = preview_import(store, path, YEAR, DEMO_TODAY)
    assert preview.ok, preview.problem_text()
    apply_import(store, preview)
    _check_stored(store)


def test_a_share_that_is_not_a_number_names_its_row_and_column(store, tmp_path):  # noqa: F811
    rows = cube_rows()
    rows[3][6] = "mange"
    rows[9][8] = "140,0 %"
    preview = preview_import(store, write_csv(tmp_path / "spm.csv", rows), YEAR, DEMO_TODAY)
    assert not preview.ok and not preview.school_entries
    assert [(p.row, p.column) for p in preview.problems] == [(4, 7), (10, 9)]
    assert preview.problems[0].text.startswith("Række 4, kolonne G:")


def test_a_school_year_upgraded_from_version_4_gets_the_table(tmp_path):
    path = tmp_path / "gammel.klassekonference"
    shutil.copyfile(Path(__file__).resolve().parent.parent / "fixtures" / "schema_v4.klassekonference", path)
    upgraded = open_database(path)
    try:
        assert upgraded.find(StageQuestionDistribution) == []
        assert upgraded.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'stage_question_distribution'") == 1
    finally:
        upgraded.close()


# -- hostile variants: never a traceback, only Danish messages -----------------------------------------------
HOSTILE = ["", " ", "#N/A", "#I/T", "\u200b", "\u202eMeget tit", "1e30", "1e309", "-1", "0", "6", "2,5", "9" * 60,
           "100,0 %", "-5 %", "0,0 %", "1.234,5", "nan", "inf", "æøå", "ÆØÅ", "Ã…se", "S›ren", ";", '"', "2025/2027",
           "0000/0001", "2025/2026", "Indskoling", "Udskoling", "Mellemtrin", "Hele landet", "Nordskolen",
           "Lejre Kommune", "Er du glad for din skole?", "Meget tit", "=SUM(G2:G6)", "\r\n", "¤"]
ENGLISH = re.compile(r"\b(the|is not|cannot|missing|row|column|sheet|share|answer|question)\b")


@st.composite
def mutated(draw):
    rows = [list(row) for row in cube_rows()]
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["cell", "cell", "drop_row", "drop_column", "swap", "truncate", "header"]))
        r = draw(st.integers(0, len(rows) - 1))
        if kind == "cell" and rows[r]:
            rows[r][draw(st.integers(0, len(rows[r]) - 1))] = draw(st.sampled_from(HOSTILE))
        elif kind == "drop_row" and len(rows) > 2:
            rows.pop(r)
        elif kind == "drop_column":
            c = draw(st.integers(0, 9))
            rows = [row[:c] + row[c + 1:] for row in rows]
        elif kind == "swap":
            s = draw(st.integers(0, len(rows) - 1))
            rows[r], rows[s] = rows[s], rows[r]
        elif kind == "truncate":
            rows = rows[:max(1, r)]
        elif kind == "header" and rows[0]:
            rows[0][draw(st.integers(0, len(rows[0]) - 1))] = draw(st.sampled_from(HOSTILE))
    form = draw(st.sampled_from(["csv", "csv_cp1252", "xlsx"]))
    return rows, form


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=mutated())
def test_mutated_cubes_never_crash_and_speak_danish(store, tmp_path, case):  # noqa: F811
    rows, form = case
    if form == "xlsx":
        path = write_xlsx(tmp_path / "spm.xlsx", {"Data": [[c.replace("\r\n", " ") for c in r] for r in rows]})
    else:
        encoding = "cp1252" if form == "csv_cp1252" else "utf-8"
        safe = [[c.encode(encoding, "replace").decode(encoding) for c in r] for r in rows]
        path = write_csv(tmp_path / "spm.csv", safe, encoding=encoding)
    logged = _changes(store)
    preview = preview_import(store, path, YEAR, DEMO_TODAY)
    for problem in preview.problems:
        assert problem.text.strip() and not ENGLISH.search(problem.message.casefold()), problem.text
    if preview.ok:
        apply_import(store, preview)
    else:
        assert _changes(store) == logged


def test_a_dropped_cube_opens_the_survey_import():
    from app.services.import_kind import SURVEY, import_kind

    assert import_kind(CUBE) == SURVEY


def test_the_cube_import_is_one_operation_that_can_be_undone(store):  # noqa: F811
    apply_import(store, preview_import(store, CUBE, YEAR, DEMO_TODAY))
    operation = store.scalar("SELECT operation_id FROM change_log ORDER BY id DESC LIMIT 1")
    assert store.scalar("SELECT count(DISTINCT operation_id) FROM change_log WHERE table_name = "
                        "'stage_question_distribution'") == 1
    store.revert(operation, "Fortryd")
    assert store.find(StageQuestionDistribution) == []


def test_a_cpr_like_number_in_the_cube_is_never_echoed(store, tmp_path):  # noqa: F811
    rows = cube_rows()
    rows[2][2] = "0102031234"  # a stage that is no stage: listed as left out
    rows[3][6] = "010203-1234"  # a share that is no share
    preview = preview_import(store, write_csv(tmp_path / "spm.csv", rows), YEAR, DEMO_TODAY)
    everything = "\n".join([*preview.notes, preview.problem_text()])
    assert "0102031234" not in everything and "010203-1234" not in everything
    assert "Række 4, kolonne G" in everything


def test_answer_counts_per_answer_add_up_to_the_questions_count(store, tmp_path):  # noqa: F811
    header = cube_rows()[0]
    rows = [header] + [["2025/2026", "Engbakkeskolen", "Udskoling", "Er du glad for din klasse?", option, str(score),
                        share, "", "", count]
                       for option, score, share, count in zip(OFTEN, (5, 4, 3, 2, 1),
                                                              ("30,0 %", "40,0 %", "20,0 %", "10,0 %", "0,0 %"),
                                                              ("60", "80", "40", "20", "0"))]
    preview = preview_import(store, write_csv(tmp_path / "spm.csv", rows), YEAR, DEMO_TODAY)
    assert preview.ok, preview.problem_text()
    apply_import(store, preview)
    [question] = stage_questions(store, 2025, "udskoling")
    assert question.answer_count == 200 and question.municipality_shares == [] and question.national_shares == []
