"""uddannelsesstatistik.dk's question cube in long form: the school's answer distribution per question (no database).

One row per question × answer, per school and Mellemtrin (4.–6.) or Udskoling (7.–9.), never per class::

    [Skoleår] ; [Institution] ; [Klassetrin] ; [Spørgsmål] ; [Svar] ; [Svarværdi] ; Svarfordeling ;
    Svarfordeling - Kommunetal ; Svarfordeling - Landstal ; Antal svar

The column names may carry the API's MDX form (``[Spørgsmål].[Spørgsmål].[Spørgsmål]``); shares come as text
("38,2 %"), as cells formatted % in Excel, or as fractions (0,382); "Antal svar" is the number of answers to
the question (the same on each of its rows) or per answer (then their sum is the question's). Indskoling
(0.–3.) has other questions and is left out. Every problem names the row and the column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.domain.base import RuleError
from app.domain.formatting import decimal, plural
from app.domain.school import SchoolYear
from app.domain.survey import normalize_label, parse_number
from app.i18n import tr
from app.services.import_columns import clean_text, shown
from app.services.import_problems import ImportProblem
from app.services.survey_statistics import _SCHOOL, _STAGE, _YEAR, header_name, stage_of

MAX_OPTIONS = 7
MAX_ANSWERS = 1_000_000  # more answers than pupils in the country: a typing error
SHARE_TOLERANCE = 2.0  # published shares are rounded: they add up to 100 % ± 2


@dataclass
class CubeQuestion:
    text: str
    options: list[str] = field(default_factory=list)
    option_scores: list[int] = field(default_factory=list)
    shares: list[float] = field(default_factory=list)
    municipality_shares: list[float] = field(default_factory=list)
    national_shares: list[float] = field(default_factory=list)
    answer_count: int = 0
    row: int = 0  # the question's first row in the file


@dataclass
class StageQuestions:
    """The school's distributions for one stage in one school year."""

    school_year: int
    stage: str
    questions: list[CubeQuestion] = field(default_factory=list)

    @property
    def answer_count(self) -> int:
        return max((q.answer_count for q in self.questions), default=0)


@dataclass
class QuestionCube:
    stages: list[StageQuestions]
    problems: list[ImportProblem]
    left_out: list[str]  # stages of the file that are not read (Indskoling)


@dataclass
class _Answer:
    row: int
    option: str
    score: int
    share: tuple[float, bool] | None
    municipality: tuple[float, bool] | None
    national: tuple[float, bool] | None
    count: int | None


def _column(names: list[str], *options: str, contains: tuple[str, ...] = (), avoid: tuple[str, ...] = ()) -> int | None:
    for index, name in enumerate(names):
        if name in options:
            return index
    for index, name in enumerate(names):
        if contains and all(word in name for word in contains) and not any(word in name for word in avoid):
            return index
    return None


def read_question_cube(rows: list[list], header: int, sheet: str | None, default_year: int) -> QuestionCube:
    """``rows`` of cells (objects with ``value`` and ``number_format``), the header at ``header``; ``sheet``
    None for a CSV file. Rows without a school year are of ``default_year``."""
    names = [header_name(cell.value) for cell in rows[header]]
    year_col = _column(names, *_YEAR)
    stage_col = _column(names, *_STAGE)
    school_col = _column(names, *_SCHOOL)
    question_col = _column(names, "spørgsmål", "spørgsmålstekst", "spørgsmål tekst")
    answer_col = _column(names, "svar", "svarmulighed", "svarkategori")
    score_col = _column(names, "svarværdi", "værdi")
    share_col = _column(names, "svarfordeling", "svarfordeling - skole", "svarfordeling - skoletal")
    municipality_col = _column(names, "svarfordeling - kommunetal", contains=("svarfordeling", "kommune"))
    national_col = _column(names, "svarfordeling - landstal", contains=("svarfordeling", "land"))
    count_col = _column(names, "antal svar", "antal besvarelser", contains=("antal",), avoid=("elever i",))
    problems: list[ImportProblem] = []
    header_row = header + 1
    for column, label in ((stage_col, "[Klassetrin]"), (score_col, "[Svarværdi]")):
        if column is None:
            problems.append(ImportProblem(tr("survey_import", "The column {column} is missing. Download the question "
                                                              "table again from uddannelsesstatistik.dk with that "
                                                              "column.").format(column=label), sheet, header_row))
    if problems:
        return QuestionCube([], problems, [])

    def place(row: int, column: int | None) -> tuple:
        return sheet, row, None if column is None else column + 1

    def text_of(cells: list, column: int | None) -> str:
        return clean_text(cells[column].value) if column is not None and column < len(cells) else ""

    def cell_of(cells: list, column: int | None):
        return cells[column] if column is not None and column < len(cells) else None

    def share_of(cells: list, column: int | None, number: int) -> tuple[float, bool] | None | str:
        cell = cell_of(cells, column)
        if cell is None:
            return None
        try:
            parsed = parse_number(cell.value)
        except ValueError:
            problems.append(ImportProblem(tr("survey_import", "“{text}” is not a share (write it like 38,2 %).").format(
                text=shown(cell.value, 40)), *place(number, column)))
            return "bad"
        if parsed is None:
            return None
        value, known = parsed
        if not known and "%" in (getattr(cell, "number_format", "") or ""):
            value, known = value * 100.0, True
        if value < 0 or value > 100.0001:
            problems.append(ImportProblem(tr("survey_import", "The share {value} is not between 0 and 100 %.").format(
                value=shown(cell.value, 40)), *place(number, column)))
            return "bad"
        return value, known

    grouped: dict[tuple[int, str], dict[str, list[_Answer]]] = {}
    spoiled: set[tuple[int, str, str]] = set()  # questions with a row that cannot be read: not checked further
    left_out: list[str] = []
    schools: list[str] = []
    for index in range(header + 1, len(rows)):
        cells, number = rows[index], index + 1
        if not any(getattr(cell, "value", None) not in (None, "") for cell in cells):
            continue
        if year_col is not None:
            year_text = text_of(cells, year_col)
            try:
                year = SchoolYear.parse(year_text).start_year
                if not 1990 <= year <= 2200:
                    raise RuleError("")
            except RuleError:
                problems.append(ImportProblem(tr("survey_import", "“{text}” is not a school year (write it like "
                                                                  "2024/2025).").format(text=shown(year_text, 40)),
                                              *place(number, year_col)))
                continue
        else:
            year = default_year
        stage_text = text_of(cells, stage_col)
        stage = stage_of(stage_text)
        if stage is None:
            if stage_text and stage_text not in left_out:
                left_out.append(shown(stage_text, 30))  # Indskoling, or a total over all grades
            continue
        where = normalize_label(text_of(cells, school_col))
        if "kommune" in where or re.search(r"\b(hele landet|landet|danmark)\b", where):
            continue  # the municipality's and the country's figures are columns of their own
        if where and where not in schools:
            schools.append(where)
        question = text_of(cells, question_col)
        option = text_of(cells, answer_col)
        if not question or not option:
            column = question_col if not question else answer_col
            problems.append(ImportProblem(tr("survey_import", "The question or the answer is missing."),
                                          *place(number, column)))
            continue
        score_cell = cell_of(cells, score_col)
        try:
            parsed = parse_number(score_cell.value if score_cell is not None else None)
        except ValueError:
            parsed = None
        if parsed is None or not parsed[0].is_integer() or not 1 <= parsed[0] <= 5:
            problems.append(ImportProblem(tr("survey_import", "“{text}” is not an answer value (1 to 5).").format(
                text=shown(text_of(cells, score_col), 40)), *place(number, score_col)))
            spoiled.add((year, stage, question))
            continue
        shares = [share_of(cells, column, number) for column in (share_col, municipality_col, national_col)]
        if "bad" in shares:
            spoiled.add((year, stage, question))
            continue
        if shares[0] is None:
            problems.append(ImportProblem(tr("survey_import", "The school's share for “{option}” is missing.").format(
                option=shown(option, 40)), *place(number, share_col)))
            spoiled.add((year, stage, question))
            continue
        count = None
        count_cell = cell_of(cells, count_col)
        if count_cell is not None:
            try:
                counted = parse_number(count_cell.value)
            except ValueError:
                counted = (-1.0, False)
            if counted is not None:
                if not counted[0].is_integer() or not 0 <= counted[0] <= MAX_ANSWERS or counted[1]:
                    problems.append(ImportProblem(tr("survey_import", "“{text}” is not a number of answers.").format(
                        text=shown(text_of(cells, count_col), 40)), *place(number, count_col)))
                    spoiled.add((year, stage, question))
                    continue
                count = int(counted[0])
        answers = grouped.setdefault((year, stage), {}).setdefault(question, [])
        if any(a.option.casefold() == option.casefold() or a.score == int(parsed[0]) for a in answers):
            problems.append(ImportProblem(tr("survey_import", "The answer “{option}” to “{question}” is in the file "
                                                              "twice.").format(option=shown(option, 40),
                                                                               question=shown(question, 60)),
                                          *place(number, answer_col)))
            spoiled.add((year, stage, question))
            continue
        school_share, municipality, national = (None if isinstance(s, str) else s for s in shares)  # none is "bad"
        answers.append(_Answer(number, option, int(parsed[0]), school_share, municipality, national, count))
    if len(schools) > 1:
        problems.append(ImportProblem(tr("survey_import", "The file holds the figures of several schools ({names}). "
                                                          "Keep only your own school's rows, and import it again.")
                                      .format(names=", ".join(shown(name, 40) for name in schools[:4])), sheet))
    stages = []
    for (year, stage), questions in sorted(grouped.items()):
        found = StageQuestions(year, stage)
        for text, answers in questions.items():
            if (year, stage, text) in spoiled or not answers:
                continue
            cube_question = _question(text, answers, sheet, share_col, problems)
            if cube_question is not None:
                found.questions.append(cube_question)
        if found.questions:
            stages.append(found)
    return QuestionCube(stages, problems, left_out)


def _percentages(values: list[tuple[float, bool] | None]) -> list[float]:
    """The shares in percent; [] when one is missing. Plain numbers that add up to 1 are fractions."""
    if not values or any(v is None for v in values):
        return []
    present = [v for v in values if v is not None]  # all of them (checked above)
    numbers = [value for value, _known in present]
    fractions = not any(known for _value, known in present) and all(v <= 1 for v in numbers) \
        and abs(sum(numbers) - 1) <= SHARE_TOLERANCE / 100
    return [round(v * 100 if fractions else v, 4) for v in numbers]


def _question(text: str, answers: list[_Answer], sheet: str | None, share_col: int | None,
              problems: list[ImportProblem]) -> CubeQuestion | None:
    first = answers[0].row
    if not 2 <= len(answers) <= MAX_OPTIONS:
        problems.append(ImportProblem(plural(
            len(answers), tr("survey_import", "“{question}” has {count} answer; a question has 2 to {most}."),
            tr("survey_import", "“{question}” has {count} answers; a question has 2 to {most}."),
        ).format(question=shown(text, 60), most=MAX_OPTIONS), sheet, first))
        return None
    shares = _percentages([a.share for a in answers])
    municipality = _percentages([a.municipality for a in answers])
    national = _percentages([a.national for a in answers])
    for values in (shares, municipality, national):
        if values and abs(sum(values) - 100) > SHARE_TOLERANCE:
            total = decimal(sum(values))
            problems.append(ImportProblem(tr("survey_import", "The shares for “{question}” add up to {total} %; they "
                                                              "should add up to about 100 %.").format(
                question=shown(text, 60), total=total), sheet, first, None if share_col is None else share_col + 1))
            return None
    counts = [a.count for a in answers if a.count is not None]
    count = counts[0] if counts and len(set(counts)) == 1 and len(counts) == len(answers) else sum(counts)
    return CubeQuestion(text, [a.option for a in answers], [a.score for a in answers], shares, municipality, national,
                        min(count, MAX_ANSWERS), first)
