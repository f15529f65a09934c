"""What a survey workbook holds once read: sheets of cells, and the classes' parsed results."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.domain.base import RuleError
from app.domain.school import class_name
from app.domain.survey import Scale
from app.domain.wellbeing import Indicator
from app.services.tabular import ImportProblem

MAX_ANSWERS = 100_000  # more answers than pupils in a municipality: a typing error
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")


class SurveyFileError(RuleError):
    """The file cannot be imported. ``problems`` lists every problem found, each with its place."""

    def __init__(self, problems: list[ImportProblem]):
        self.problems = list(problems)
        super().__init__("\n".join(p.text for p in self.problems))


@dataclass
class Cell:
    value: object
    number_format: str = "General"

    @property
    def empty(self) -> bool:
        return self.value is None or (isinstance(self.value, str) and not self.value.strip())

    @property
    def text(self) -> str:
        if self.value is None:
            return ""
        if isinstance(self.value, float) and self.value.is_integer():
            return str(int(self.value))
        return str(self.value).strip()


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]  # rows[0] is row 1
    csv: bool = False  # a CSV file's one sheet: problems name no sheet


@dataclass
class ParsedIndicator:
    indicator: Indicator
    class_value: float | None = None
    school_value: float | None = None
    national_value: float | None = None
    row: int = 0


@dataclass
class ParsedQuestion:
    code: str
    text: str
    options: list[str]  # best first for a positive item
    option_scores: list[int]
    shares: list[float]
    answer_count: int
    indicator: Indicator | None
    scale: Scale
    row: int = 0


@dataclass
class ParsedBlock:
    """One class's figures as found in the file."""

    sheet: str
    class_text: str
    grade: int
    letter: str
    class_row: int | None = None  # None: the class is the sheet's name
    class_column: int | None = None
    school_year: int | None = None
    answer_count: int | None = None
    answer_place: tuple[int, int] | None = None
    high_wellbeing_pct: float | None = None
    indicators: dict[Indicator, ParsedIndicator] = field(default_factory=dict)
    questions: list[ParsedQuestion] = field(default_factory=list)
    first_row: int = 1
    comparison_stage: str | None = None  # uddannelsesstatistik.dk: the school's and country's figures, not the class's

    @property
    def name(self) -> str:
        return class_name(self.grade, self.letter)

    @property
    def has_data(self) -> bool:
        return bool(self.answer_count is not None or self.indicators or self.questions
                    or self.high_wellbeing_pct is not None)

    def problem(self, message: str, row: int | None = None, column: int | None = None) -> ImportProblem:
        if row is None:
            row, column = self.class_row, self.class_column
        return ImportProblem(message, self.sheet, row, column)


@dataclass
class ParsedWorkbook:
    path: Path
    blocks: list[ParsedBlock]
    problems: list[ImportProblem]
    empty_blocks: list[ParsedBlock] = field(default_factory=list)  # template sheets left empty
