"""Importing wellbeing survey results from workbooks: preview first, then all or nothing.

    preview = preview_import(store, path, school_year=2026)   # reads, checks, matches classes; writes nothing
    outcome = apply_import(store, preview)                     # one store.operation, or an error and no change

The file's figures are matched to classes by name and school year (the file's "Skoleår", else the chosen
school year). What the file covers replaces what is stored: the number of answers, the indicators it
names, the share with highest wellbeing when given, and the question list when it has questions; the
rest of a stored result stays. A class whose figures are already stored as they are in the file is left
untouched, so importing the same file twice changes nothing (no new change_log rows).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from app.domain import formatting
from app.domain.school import SchoolClass, SchoolYear
from app.domain.wellbeing import INDICATOR_ORDER, WellbeingResult
from app.i18n import tr
from app.services import wellbeing
from app.services.school import default_school_year
from app.services.school_questions import is_stored, save_stage_questions
from app.services.survey_question_cube import StageQuestions, read_question_cube
from app.services.survey_sheets import (
    WORKBOOK_SUFFIXES,
    ImportProblem,
    ParsedBlock,
    ParsedIndicator,
    SurveyFileError,
    read_sheets,
    read_workbook,
)
from app.services.survey_statistics import STAGE_GRADES, read_statistics, recognise, stage_label
from app.services.survey_template import write_template
from app.services.tabular import TableError, refusing
from app.services.wellbeing import IndicatorInput, QuestionInput, ResultInput
from app.services.wellbeing_view import stored_input
from app.storage.queries import school as school_queries
from app.storage.store import Store


class EntryStatus(StrEnum):
    NEW = "ny"
    CHANGED = "ændret"
    UNCHANGED = "uændret"


def entry_status_label(status: EntryStatus) -> str:
    return {
        EntryStatus.NEW: tr("survey_import", "New"),
        EntryStatus.CHANGED: tr("survey_import", "Updated"),
        EntryStatus.UNCHANGED: tr("survey_import", "Unchanged"),
    }[EntryStatus(status)]


@dataclass
class PreviewEntry:
    """One class's result as it will be stored."""

    block: ParsedBlock
    school_class: SchoolClass
    values: ResultInput
    status: EntryStatus

    @property
    def sheet(self) -> str:
        return self.block.sheet

    @property
    def class_name(self) -> str:
        return self.school_class.name

    @property
    def school_year_label(self) -> str:
        return SchoolYear(self.values.survey_year).label

    @property
    def answer_count(self) -> int:
        return self.values.answer_count

    @property
    def indicator_count(self) -> int:
        return sum(1 for v in self.values.indicators.values() if v.class_value is not None)

    @property
    def question_count(self) -> int:
        return len(self.values.questions)

    @property
    def status_text(self) -> str:
        return entry_status_label(self.status)

    def summary(self) -> str:
        """ "5.B (2026/27): 23 answers, 5 indicators, 10 questions" — counts only, never a class's values."""
        if self.block.comparison_stage:
            return tr("survey_import", "{klass} ({year}): the school's and the country's figures for {stage} "
                                       "(comparison values, not the class's results)").format(
                klass=self.class_name, year=self.school_year_label, stage=stage_label(self.block.comparison_stage))
        return tr("survey_import", "{klass} ({year}): {answers} answers, {indicators}, "
                                   "{questions} questions").format(
            klass=self.class_name, year=self.school_year_label, answers=self.answer_count,
            indicators=formatting.indicators(self.indicator_count), questions=self.question_count,
        )


@dataclass
class SchoolEntry:
    """One stage's answer distributions for the whole school (uddannelsesstatistik.dk), as they will be stored."""

    sheet: str
    values: StageQuestions
    status: EntryStatus
    school_level = True
    indicator_count = 0

    @property
    def class_name(self) -> str:
        text = tr("survey_import", "{stage}, whole school").format(stage=stage_label(self.values.stage))
        return text[:1].upper() + text[1:]

    @property
    def school_year_label(self) -> str:
        return SchoolYear(self.values.school_year).label

    @property
    def answer_count(self) -> int:
        return self.values.answer_count

    @property
    def question_count(self) -> int:
        return len(self.values.questions)

    @property
    def status_text(self) -> str:
        return entry_status_label(self.status)

    def summary(self) -> str:
        return tr("survey_import", "{stage} ({year}): the whole school's answers to {questions} questions "
                                   "(school-level data, not a class's results)").format(
            stage=stage_label(self.values.stage), year=self.school_year_label, questions=self.question_count)


@dataclass
class ImportPreview:
    path: Path
    school_year: int
    entries: list[PreviewEntry] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)
    empty_sheets: list[str] = field(default_factory=list)  # template sheets nobody filled in
    notes: list[str] = field(default_factory=list)  # what the user should know before importing
    csv: bool = False  # the file is CSV: its problems name no sheet
    school_entries: list[SchoolEntry] = field(default_factory=list)  # the school's distributions per stage

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.entries or self.school_entries)

    @property
    def all_entries(self) -> list:
        """The classes' entries and the school's (one per stage), as the preview lists them."""
        return [*self.entries, *self.school_entries]

    @property
    def changes(self) -> list:
        return [e for e in self.all_entries if e.status != EntryStatus.UNCHANGED]

    def problem_text(self) -> str:
        return "\n".join(p.text for p in self.problems)


@dataclass
class ImportOutcome:
    stored: list  # PreviewEntry or SchoolEntry
    unchanged: list


# -- comparing what is stored with what the file says --------------------------------------------------
def _r(value: float | None) -> float | None:
    return None if value is None else round(float(value), 6)


def _snapshot(values: ResultInput) -> tuple:
    indicators = tuple(sorted(
        (str(key), _r(v.class_value), _r(v.school_value), _r(v.national_value)) for key, v in values.indicators.items()
    ))
    questions = tuple(
        (q.code, q.text, tuple(q.options), tuple(int(s) for s in q.option_scores), tuple(_r(s) for s in q.shares),
         q.answer_count or values.answer_count, str(q.indicator) if q.indicator else None)
        for q in values.questions
    )
    return values.answer_count, _r(values.high_wellbeing_pct), indicators, questions


def _merged(block: ParsedBlock, survey_year: int, existing: ResultInput | None) -> ResultInput:
    indicators = dict(existing.indicators) if existing else {}
    for indicator, parsed in block.indicators.items():
        old = indicators.get(indicator, IndicatorInput())
        indicators[indicator] = IndicatorInput(
            parsed.class_value if parsed.class_value is not None else old.class_value,
            parsed.school_value if parsed.school_value is not None else old.school_value,
            parsed.national_value if parsed.national_value is not None else old.national_value,
        )
    if block.questions:
        questions = [
            QuestionInput(
                code=q.code, text=q.text, options=list(q.options), option_scores=list(q.option_scores),
                shares=list(q.shares), answer_count=q.answer_count or block.answer_count or 0, indicator=q.indicator,
            )
            for q in block.questions
        ]
    else:
        questions = list(existing.questions) if existing else []
    high = block.high_wellbeing_pct
    if high is None and existing is not None:
        high = existing.high_wellbeing_pct
    answers = block.answer_count
    if answers is None:  # comparison values only: the class's own count stays (0 when it has no result yet)
        answers = existing.answer_count if existing else 0
    return ResultInput(
        survey_year=survey_year, answer_count=answers,
        indicators={i: indicators[i] for i in INDICATOR_ORDER if i in indicators}, questions=questions,
        high_wellbeing_pct=high,
    )


def _entries(store: Store, blocks: list[ParsedBlock], school_year: int,
             problems: list[ImportProblem]) -> list[PreviewEntry]:
    entries = []
    for block in blocks:
        year = block.school_year if block.school_year is not None else school_year
        school_class = school_queries.class_named(store, year, block.grade, block.letter)
        if school_class is None:
            problems.append(block.problem(
                tr("survey_import", "There is no class {klass} in the school year {year}. Create the class first, "
                                    "or correct the class's name or the school year in the file.").format(
                    klass=block.name, year=SchoolYear(year).long_label)))
            continue
        stored = store.find_one(WellbeingResult, class_id=school_class.id, survey_year=year)
        existing = stored_input(store, stored) if stored else None
        values = _merged(block, year, existing)
        if existing is None:
            status = EntryStatus.NEW
        elif _snapshot(existing) == _snapshot(values):
            status = EntryStatus.UNCHANGED
        else:
            status = EntryStatus.CHANGED
        entries.append(PreviewEntry(block, school_class, values, status))
    return entries


# -- the use cases -------------------------------------------------------------------------------------
def preview_import(store: Store, path: str | Path, school_year: int | None = None,
                   today: date | None = None) -> ImportPreview:
    """Read and check the file and show what would be stored. Writes nothing. Every problem names the file,
    and the sheet (a workbook's), row and column where it is."""
    preview = _preview_import(store, Path(path), school_year, today)
    for problem in preview.problems:
        problem.file = problem.file or preview.path.name
        if preview.csv:
            problem.sheet = None  # a CSV file has one sheet, never named
    return preview


def _preview_import(store: Store, path: Path, school_year: int | None, today: date | None) -> ImportPreview:
    year = school_year if school_year is not None else default_school_year(store, today or date.today())
    try:
        with refusing(path.name):
            sheets = read_sheets(path)
            csv = bool(sheets) and all(sheet.csv for sheet in sheets)
            statistics = _statistics_preview(store, path, year, sheets)
            if statistics is not None:
                return statistics
            parsed = read_workbook(path, sheets)
            problems = list(parsed.problems)
            entries = _entries(store, parsed.blocks, year, problems)
            if csv:
                return ImportPreview(path, year, entries, problems, sorted({b.sheet for b in parsed.empty_blocks}),
                                     csv=True)
    except SurveyFileError as error:
        return ImportPreview(path, year, problems=error.problems)
    except TableError as error:
        return ImportPreview(path, year, problems=[error.problem])
    return ImportPreview(path, year, entries, problems, sorted({b.sheet for b in parsed.empty_blocks}))


def _statistics_preview(store: Store, path: Path, year: int, sheets) -> ImportPreview | None:
    """uddannelsesstatistik.dk's per-school figures: comparison values for every class of that stage."""
    for sheet in sheets:
        rows = [[cell.value for cell in row] for row in sheet.rows]
        found = recognise(rows)
        if found is None:
            continue
        form, header = found
        if form == "questions":
            return _question_cube_preview(store, path, year, sheet, header)
        data = read_statistics(rows, form, header, None if sheet.csv else sheet.name)
        problems = list(data.problems)
        blocks = []
        notes = [tr("survey_import", "These are the school's and the country's figures from uddannelsesstatistik.dk "
                                     "for Mellemtrin and Udskoling, not class results. They are stored as comparison "
                                     "values beside each class of that stage; the classes' own results are not "
                                     "changed.")]
        for values in data.values:
            classes = school_queries.classes_of_grades(store, values.school_year, STAGE_GRADES[values.stage])
            if not classes:
                notes.append(tr(
                    "survey_import", "There are no classes of {stage} in the school year {year}; those figures are "
                                     "left out.").format(
                    stage=stage_label(values.stage), year=SchoolYear(values.school_year).long_label))
                continue
            for school_class in sorted(classes, key=lambda c: (c.grade, c.letter)):
                block = ParsedBlock(sheet.name, school_class.name, school_class.grade, school_class.letter,
                                    school_year=values.school_year, comparison_stage=values.stage)
                block.answer_count = None
                for indicator in set(values.school) | set(values.national):
                    block.indicators[indicator] = ParsedIndicator(
                        indicator, None, values.school.get(indicator), values.national.get(indicator))
                blocks.append(block)
        if not blocks and not problems:
            problems.append(ImportProblem(tr("survey_import", "“{name}” holds no figures for classes in this file: "
                                                              "no Mellemtrin or Udskoling of a school year with "
                                                              "classes.").format(name=path.name)))
        entries = _entries(store, blocks, year, problems) if not problems else []
        return ImportPreview(path, year, entries, problems, notes=notes, csv=sheet.csv)
    return None


def _question_cube_preview(store: Store, path: Path, year: int, sheet, header: int) -> ImportPreview:
    """uddannelsesstatistik.dk's question cube: the school's answer distributions per stage, not a class's."""
    cube = read_question_cube(sheet.rows, header, None if sheet.csv else sheet.name, year)
    notes = [tr("survey_import", "These are the whole school's answers per question from uddannelsesstatistik.dk, "
                                 "for Mellemtrin and Udskoling: school-level data, not the class's own results. "
                                 "They are stored for the school; no class's results are changed.")]
    if cube.left_out:
        notes.append(tr("survey_import", "Rows for {stages} are left out: only Mellemtrin and Udskoling are "
                                         "read.").format(stages=", ".join(f"“{s}”" for s in cube.left_out[:3])))
    entries = [SchoolEntry(sheet.name, values, _school_status(store, values)) for values in cube.stages]
    problems = list(cube.problems)
    if not entries and not problems:
        problems.append(ImportProblem(tr("survey_import", "“{name}” holds no answers for Mellemtrin or "
                                                          "Udskoling.").format(name=path.name)))
    return ImportPreview(path, year, problems=problems, notes=notes, csv=sheet.csv,
                         school_entries=entries if not problems else [])


def _school_status(store: Store, values: StageQuestions) -> EntryStatus:
    stored = is_stored(store, values)
    return EntryStatus.NEW if stored is None else EntryStatus.UNCHANGED if stored else EntryStatus.CHANGED


def apply_import(store: Store, preview: ImportPreview) -> ImportOutcome:
    """Store what the preview showed, in ONE operation; a file with any problem stores nothing."""
    if preview.problems:
        raise SurveyFileError(preview.problems)
    if preview.school_entries and not preview.entries:
        school_fresh = [SchoolEntry(e.sheet, e.values, _school_status(store, e.values)) for e in preview.school_entries]
        school_changed = [e for e in school_fresh if e.status != EntryStatus.UNCHANGED]
        if school_changed:
            save_stage_questions(store, [e.values for e in school_changed])
        return ImportOutcome(stored=school_changed,
                             unchanged=[e for e in school_fresh if e.status == EntryStatus.UNCHANGED])
    if not preview.entries:
        raise SurveyFileError([ImportProblem(tr("survey_import", "There is nothing to import."))])
    problems: list[ImportProblem] = []
    fresh = _entries(store, [e.block for e in preview.entries], preview.school_year, problems)
    if problems:
        raise SurveyFileError(problems)
    changed = [e for e in fresh if e.status != EntryStatus.UNCHANGED]
    if changed:
        wellbeing.save_results(
            store, [(e.school_class, e.values) for e in changed], tr("operations", "Import wellbeing results")
        )
    return ImportOutcome(stored=changed, unchanged=[e for e in fresh if e.status == EntryStatus.UNCHANGED])


def import_survey(store: Store, path: str | Path, school_year: int | None = None,
                  today: date | None = None) -> ImportOutcome:
    """Preview and apply in one go (the command line). Raises SurveyFileError listing every problem."""
    return apply_import(store, preview_import(store, path, school_year, today))


__all__ = ["EntryStatus", "ImportOutcome", "ImportPreview", "ImportProblem", "PreviewEntry", "SchoolEntry",
           "SurveyFileError",
           "WORKBOOK_SUFFIXES", "apply_import", "entry_status_label", "import_survey", "preview_import",
           "write_template"]
