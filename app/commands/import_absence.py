"""``klassekonference import-absence --db DB FILE``: read absence per pupil for a period (a quarter)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.base import RuleError
from app.domain.formatting import plural, pupils, short_date
from app.i18n import tr
from app.storage.errors import StorageError

NAME = "import-absence"


def summary() -> tuple[str, str]:
    return tr("cli", "import-absence --db FILE LIST"), tr("cli", "read absence per pupil for a period")


def build_parser(add_command):
    parser = add_command(
        NAME,
        tr("cli", "Read absence per pupil for a period (total, unlawful and sickness in %) from CSV or Excel. Pupils "
                  "are found by name (and class); unknown pupils are listed and not created."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the Klassekonference file"))
    parser.add_argument("--period", metavar=tr("cli", "PERIOD"),
                        help=tr("cli", "the period, e.g. 01-08-2025..31-10-2025 or 2025-K3 (if the list does not "
                                       "say it)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=tr("cli", "only show what would happen; change nothing"))
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help=tr("cli", "import the list even if some rows cannot be read (those rows are left out)"))
    parser.add_argument("file", metavar=tr("cli", "LIST"), help=tr("cli", "the absence list (.csv or .xlsx)"))
    return parser


def run(args) -> int:
    from app.commands.common import passphrase_for, print_left_out
    from app.services.absence_import import (
        apply_absence_import,
        build_absence_preview,
        parse_period,
        read_absence,
    )
    from app.services.files import open_file
    from app.services.import_memory import ImportMemory
    from app.services.roster_file import cpr_warning

    path = Path(args.db)
    try:
        period = parse_period(args.period) if args.period else None
        if not path.is_file():
            raise StorageError(tr("cli", "The file “{path}” does not exist.").format(path=path))
        store = open_file(path, passphrase_for(args, path))
        try:
            source = read_absence(args.file, memory=ImportMemory())
            preview = build_absence_preview(store, source, period=period)
            if not print_left_out(source.name, preview.bad_rows, skip=args.skip_bad_rows, dry_run=args.dry_run):
                return 1
            for text in filter(None, [cpr_warning(source), *preview.warnings]):
                print(tr("cli", "Note: {text}").format(text=text))
            periods = sorted({(e.period_start, e.period_end) for e in preview.entries})
            for start, end in periods:
                print(tr("cli", "Period {start} – {end}").format(start=short_date(start), end=short_date(end)))
            for pupil in preview.unknown:
                print(tr("cli", "Not found: {name} {class_name} (row {row}): {reason}").format(
                    name=pupil.name, class_name=pupil.class_name, row=pupil.row, reason=pupil.reason))
            if args.dry_run:
                print(plural(len(preview.entries),
                             tr("cli", "Would import absence for {count} pupil. Nothing was changed (--dry-run)."),
                             tr("cli", "Would import absence for {count} pupils. Nothing was changed (--dry-run).")))
                return 0
            result = apply_absence_import(store, preview)
            print(tr("cli", "Imported absence: {added} new, {updated} updated, {unchanged} unchanged, "
                            "{unknown} not found.").format(
                added=result.added, updated=result.updated, unchanged=result.unchanged, unknown=pupils(result.unknown)))
        finally:
            store.close()
    except (RuleError, StorageError) as error:
        print(str(error), file=sys.stderr)
        return 1
    return 0
