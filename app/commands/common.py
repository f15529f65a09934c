"""What the command-line commands share: the Danish argument parser, the passphrase, opening a file, and the
arguments and messages of the export commands.

Nothing here imports :mod:`app.cli`: the CLI imports the commands, never the other way round.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

from app.domain.formatting import plural
from app.domain.passphrase import clean_passphrase_text
from app.domain.school import SchoolYear
from app.i18n import tr
from app.services.import_problems import ImportProblem, left_out_heading, problems_report, refused
from app.storage.errors import StorageError

PASSPHRASE_ENV = "KLASSEKONFERENCE_PASSPHRASE"


class DanishParser(argparse.ArgumentParser):
    def error(self, message):  # exit 2 with a Danish message, as argparse does in English
        self.print_usage(sys.stderr)
        self.exit(2, tr("cli", "{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar=tr("cli", "FILE"),
        help=tr("cli", "read the file's passphrase from this file (or set {env})").format(env=PASSPHRASE_ENV),
    )


def passphrase_from(args, *, prompt_for: Path | None = None) -> str | None:
    """--passphrase-file, else the environment variable, else (for an encrypted file, at a terminal) a prompt."""
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise StorageError(
                tr("cli", "The passphrase file “{path}” cannot be read.").format(path=args.passphrase_file)
            ) from None
        return clean_passphrase_text(text, from_file=True)
    if PASSPHRASE_ENV in os.environ:
        return clean_passphrase_text(os.environ[PASSPHRASE_ENV])
    if prompt_for is not None and sys.stdin is not None and sys.stdin.isatty():
        return clean_passphrase_text(getpass.getpass(tr("cli", "Passphrase for {name}: ").format(name=prompt_for.name)))
    return None


def passphrase_for(args, path: Path | None = None) -> str | None:
    """The passphrase from --passphrase-file or the environment; for an encrypted ``path`` at a terminal, asks."""
    passphrase = passphrase_from(args)
    if passphrase is None and path is not None and path.is_file():
        with open(path, "rb") as handle:
            encrypted = handle.read(16) != b"SQLite format 3\x00"
        if encrypted:
            passphrase = passphrase_from(args, prompt_for=path)
    return passphrase


def open_store(args):
    """The file of --db, opened with its passphrase."""
    from app.services.files import open_file

    path = Path(args.db)
    return open_file(path, passphrase_for(args, path))


def school_year_of(store, args) -> int:
    """The start year of --school-year, or the current school year."""
    from app.services.school import default_school_year

    if args.school_year:
        return SchoolYear.parse(args.school_year).start_year
    return default_school_year(store, date.today())


# The export commands (export-pdf, export-xlsx)


def add_export_arguments(parser) -> None:
    """--db, --class, --school-year, --conference, --all-classes and --out-dir (both export commands)."""
    parser.add_argument("--db", required=True, metavar=tr("cli", "DB"), help=tr("cli", "the conference file"))
    parser.add_argument("--class", dest="class_name", metavar="5.B", help=tr("cli", "the class"))
    parser.add_argument(
        "--school-year", metavar="2026/27",
        help=tr("cli", "the school year of the class (default: the current one)"),
    )
    parser.add_argument(
        "--conference", default="latest", metavar="latest|ID",
        help=tr("cli", "which conference: latest (the class's newest, planned or held) or its id"),
    )
    parser.add_argument("--all-classes", action="store_true",
                        help=tr("cli", "one file per class of the school year (with --out-dir)"))
    parser.add_argument("--out-dir", metavar=tr("cli", "DIR"), help=tr("cli", "the folder for --all-classes"))


def check_export_target(parser, args) -> None:
    """Either --class with -o, or --all-classes with --out-dir (argparse's exit 2 otherwise)."""
    if args.all_classes:
        if not args.out_dir:
            parser.error(tr("cli", "--all-classes needs --out-dir DIR"))
        if args.class_name or args.out:
            parser.error(tr("cli", "--all-classes writes to --out-dir; leave out --class and -o"))
    else:
        if not args.class_name:
            parser.error(tr("cli", "choose a class with --class (or use --all-classes)"))
        if not args.out:
            parser.error(tr("cli", "name the file to write with -o"))


def chosen_conference(store, args, *, as_of_today: bool = False):
    """(class, conference) for --class and --conference; a Danish RuleError when either is unknown. With
    ``as_of_today`` a class without a conference gets a stand-in dated today (class sheet, workbook)."""
    from app.domain.base import RuleError
    from app.services.export.content import conference_by_id, find_class, latest_conference, today_stand_in

    school_class = find_class(store, args.class_name, school_year_of(store, args))
    if args.conference.strip().lower() == "latest":
        conference = latest_conference(store, school_class)
        if conference is None and as_of_today:
            conference = today_stand_in(store, school_class)
        if conference is None:
            raise RuleError(tr("cli", "The class {name} has no conference yet. Plan one in the program first.").format(
                name=school_class.name))
    else:
        conference = conference_by_id(store, school_class, args.conference)
    return school_class, conference


def print_progress(done: int, total: int, message: str) -> None:
    print(f"[{done}/{total}] {message}", flush=True)


def print_summary(result, out_dir) -> None:
    print(plural(len(result.written), tr("cli", "Wrote {count} file to {folder}"),
                 tr("cli", "Wrote {count} files to {folder}")).format(folder=out_dir))
    if result.skipped:
        print(tr("cli", "Without a conference: {classes}").format(classes=", ".join(result.skipped)))


# -- how the import commands print a file's problems (the same report the import dialogs show) ----------
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
