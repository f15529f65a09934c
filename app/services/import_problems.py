"""The one problem type of every import (pupil lists, absence, wellbeing survey) and how it is told.

An :class:`ImportProblem` says what is wrong and where: the file, the sheet (a workbook's; a CSV file has
none), the row and the column as Excel shows them (row 1, column 1 = A), and its severity: a refused row
(left out, or the whole file refused where an import is all or nothing) or a warning (read, but check it).
The preview dialogs and the command line show problems through :func:`problems_note` and
:func:`problem_lines`, so all three imports tell them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.domain.formatting import plural
from app.i18n import tr

MAX_LISTED_PROBLEMS = 8


def column_letter(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA" (as Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class Severity(StrEnum):
    REFUSED = "refused"  # the row (or the cell's row) cannot be read: it is not imported
    WARNING = "warning"  # read, but the user should check it


@dataclass
class ImportProblem:
    """What is wrong, and where. ``sheet`` is None for a CSV file (it has one sheet, never named);
    ``row`` and ``column`` count from 1 as Excel shows them; ``file`` is the file's name."""

    message: str
    sheet: str | None = None
    row: int | None = None
    column: int | None = None
    last_column: int | None = None
    file: str | None = None
    severity: Severity = Severity.REFUSED

    @property
    def located(self) -> bool:
        return self.row is not None or self.sheet is not None

    @property
    def place(self) -> str:
        """ "Række 7, kolonne C", "Arket “5.B”, række 7, kolonne C", "Arket “5.B”" or "" (the whole file)."""
        if self.row is None:
            return tr("survey_import", "Sheet “{sheet}”").format(sheet=self.sheet) if self.sheet is not None else ""
        several = self.column is not None and self.last_column is not None and self.last_column != self.column
        first = column_letter(self.column - 1) if self.column is not None else ""
        last = column_letter(self.last_column - 1) if several and self.last_column is not None else ""
        if self.sheet is None:
            if self.column is None:
                return tr("import", "Row {row}").format(row=self.row)
            if several:
                return tr("import", "Row {row}, columns {first}–{last}").format(row=self.row, first=first, last=last)
            return tr("import", "Row {row}, column {column}").format(row=self.row, column=first)
        if self.column is None:
            return tr("survey_import", "Sheet “{sheet}”, row {row}").format(sheet=self.sheet, row=self.row)
        if several:
            return tr("survey_import", "Sheet “{sheet}”, row {row}, columns {first}–{last}").format(
                sheet=self.sheet, row=self.row, first=first, last=last)
        return tr("survey_import", "Sheet “{sheet}”, row {row}, column {column}").format(
            sheet=self.sheet, row=self.row, column=first)

    @property
    def text(self) -> str:
        """The place and the message: "Række 7, kolonne C: “meget” er ikke en procent."."""
        return f"{self.place}: {self.message}" if self.place else self.message

    def __str__(self) -> str:
        return self.text


def sentence(text: str) -> str:
    """ "the cell holds the Excel error #N/A" -> "The cell holds the Excel error #N/A." (a reason on its own)."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def refused(problems: list[ImportProblem]) -> list[ImportProblem]:
    return [p for p in problems if p.severity == Severity.REFUSED]


def warnings_of(problems: list[ImportProblem]) -> list[ImportProblem]:
    return [p for p in problems if p.severity == Severity.WARNING]


def problem_lines(problems: list[ImportProblem], *, limit: int | None = MAX_LISTED_PROBLEMS) -> list[str]:
    """One "• place: message" line per problem (the first ``limit``, then "… and N more")."""
    shown = problems if limit is None else problems[:limit]
    lines = [f"• {p.text}" for p in shown]
    if limit is not None and len(problems) > limit:
        lines.append(tr("import", "… and {count} more.").format(count=len(problems) - limit))
    return lines


def left_out_heading(name: str, count: int) -> str:
    """What happens to ``count`` rows of ``name`` that cannot be read: left out, the rest can be imported."""
    return plural(count, tr("import", "One row in “{name}” cannot be read and is left out. The other pupils can be "
                                      "imported; correct the row and import the list again to include it:"),
                  tr("import", "{count} rows in “{name}” cannot be read and are left out. The other pupils can be "
                               "imported; correct the rows and import the list again to include them:"),
                  ).format(name=name)


def left_out_note(name: str, problems: list[ImportProblem]) -> str:
    """The note above a preview whose file has rows that cannot be read: they are left out, the rest can be
    imported after the user agrees."""
    rows = refused(problems)
    return "\n".join([left_out_heading(name, len(rows)), *problem_lines(rows, limit=None)])


def refusal_text(name: str, problems: list[ImportProblem]) -> str:
    """Every row is unreadable (or the import is all or nothing): nothing is imported."""
    rows = refused(problems)
    listed = "\n".join(problem_lines(rows))
    return plural(len(rows), tr("import", "One row in “{name}” cannot be read. Nothing has been imported. Correct "
                                          "the row and try again:\n{rows}"),
                  tr("import", "{count} rows in “{name}” cannot be read. Nothing has been imported. Correct these "
                               "rows and try again:\n{rows}")).format(name=name, rows=listed)


def problems_report(heading: str, problems: list[ImportProblem]) -> str:
    """What the dialogs show and the command line prints, the same for every import: the heading (what
    happens), one "• place: message" line per refused row, then the rows to check."""
    rows, checks = refused(problems), warnings_of(problems)
    lines = [heading] if heading else []
    lines += problem_lines(rows, limit=None)
    if checks:
        lines += ([""] if lines else []) + [tr("import", "Check these rows:")] + problem_lines(checks, limit=None)
    return "\n".join(lines)
