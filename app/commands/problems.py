"""How the import commands (``import-roster``, ``import-absence``, ``import-survey``) print a file's problems:
the same heading-and-lines report the import dialogs show (:func:`app.services.import_problems.problems_report`),
on standard error."""

from __future__ import annotations

import sys

from app.i18n import tr
from app.services.import_problems import ImportProblem, left_out_heading, problems_report, refused


def print_problems(heading: str, problems: list[ImportProblem]) -> None:
    if problems:
        print(problems_report(heading, problems), file=sys.stderr)


def print_left_out(name: str, problems: list[ImportProblem], *, skip: bool, dry_run: bool) -> bool:
    """Rows that cannot be read (and rows to check) of a list that imports the rest when told to. Returns
    False (after saying so) when the import must stop: rows cannot be read and ``--skip-bad-rows`` is missing."""
    rows = refused(problems)
    print_problems(left_out_heading(name, len(rows)) if rows else "", problems)
    if rows and not skip and not dry_run:
        print(tr("cli", "Nothing was imported. Correct the rows, or add --skip-bad-rows to import the other pupils."),
              file=sys.stderr)
        return False
    return True
