"""``klassekonference import-survey --db DB [--school-year 2025/26] FILE``: import wellbeing results."""

from __future__ import annotations

from pathlib import Path

from app.domain.school import SchoolYear
from app.i18n import tr

NAME = "import-survey"


def summary() -> tuple[str, str]:
    return tr("cli", "import-survey --db FILE WORKBOOK"), tr("cli", "read wellbeing survey results")


def build_parser(add_command):
    parser = add_command(
        NAME,
        tr("cli", "Import wellbeing survey results for classes from a workbook (.xlsx) or a CSV file: the app's "
                  "template or sheets copied from the ministry's report. Nothing is stored if the file has a problem."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "DB"), help=tr("cli", "the conference file"))
    parser.add_argument(
        "--school-year", metavar="2025/26",
        help=tr("cli", "the school year of classes the file does not give a year for (default: the current one)"),
    )
    parser.add_argument("--dry-run", action="store_true",
                        help=tr("cli", "only show what would happen; change nothing"))
    parser.add_argument("file", metavar=tr("cli", "FILE"),
                        help=tr("cli", "the workbook (.xlsx) or CSV file with the results"))
    return parser


def run(args) -> int:
    from app.commands.common import passphrase_for, print_problems
    from app.services.files import open_file
    from app.services.survey_import import apply_import, preview_import
    from app.services.survey_sheets import SurveyFileError

    school_year = SchoolYear.parse(args.school_year).start_year if args.school_year else None
    path = Path(args.db)
    store = open_file(path, passphrase_for(args, path))
    try:
        preview = preview_import(store, args.file, school_year)
        for note in preview.notes:
            print(tr("cli", "Note: {text}").format(text=note))
        if preview.problems:
            print_problems(tr("cli", "Nothing was imported. Correct the file and try again:"), preview.problems)
            return 1
        if args.dry_run:
            for entry in preview.all_entries:
                print(f"  {entry.summary()} – {entry.status_text.lower()}")
            print(tr("cli", "Nothing was changed (--dry-run)."))
            return 0
        try:
            outcome = apply_import(store, preview)
        except SurveyFileError as error:
            print_problems(tr("cli", "Nothing was imported. Correct the file and try again:"), error.problems)
            return 1
    finally:
        store.close()
    if outcome.stored:
        print(tr("cli", "Stored:"))
        for entry in outcome.stored:
            print(f"  {entry.summary()} – {entry.status_text.lower()}")
    if outcome.unchanged:
        print(tr("cli", "Already stored, unchanged:"))
        for entry in outcome.unchanged:
            print(f"  {entry.summary()}")
    return 0
