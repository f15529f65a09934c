"""``klassekonference import-roster --db DB [--class 5.B] [--school-year 2025/26] FILE``: read a pupil list."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.domain.base import RuleError
from app.domain.school import SchoolYear
from app.i18n import tr
from app.storage.errors import StorageError


def build_parser(make_parser):
    parser = make_parser(
        "import-roster",
        tr("cli", "Read a pupil list (CSV or Excel) into a file. Pupils already in the file are recognised by name "
                  "and birth date; pupils no longer on a class's list are marked as left. Nothing is deleted."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the Klassekonference file"))
    parser.add_argument("--class", dest="class_name", metavar=tr("cli", "CLASS"),
                        help=tr("cli", "the class, e.g. 5.B (for a list without a class column, or to import only "
                                       "this class from a list of several classes)"))
    parser.add_argument("--school-year", metavar=tr("cli", "YEAR"),
                        help=tr("cli", "the school year, e.g. 2025/26 (default: the current one)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=tr("cli", "only show what would happen; change nothing"))
    parser.add_argument("file", metavar=tr("cli", "LIST"), help=tr("cli", "the pupil list (.csv or .xlsx)"))
    return parser


def run(args, *, today: date | None = None) -> int:
    from app.cli import passphrase_for
    from app.services import school
    from app.services.files import open_file
    from app.services.import_memory import ImportMemory
    from app.services.roster_import import EntryKind, apply_roster_import, build_preview, read_roster

    today = today or date.today()
    path = Path(args.db)
    try:
        if not path.is_file():
            raise StorageError(tr("cli", "The file “{path}” does not exist.").format(path=path))
        store = open_file(path, passphrase_for(args, path))
        try:
            year = SchoolYear.parse(args.school_year).start_year if args.school_year else \
                school.default_school_year(store, today)
            source = read_roster(args.file, memory=ImportMemory())
            preview = build_preview(store, source, year, default_class=args.class_name, only_class=args.class_name)
            warning = preview.cpr_warning
            if warning:
                print(tr("cli", "Note: {text}").format(text=warning))
            for text in preview.warnings:
                print(tr("cli", "Note: {text}").format(text=text))
            print(tr("cli", "Pupil list {name}, school year {year}:").format(
                name=source.name, year=SchoolYear(year).long_label))
            for class_preview in preview.classes:
                line = tr("cli", "  {name}: {new} new, {changed} changed, {left} leave, {same} unchanged").format(
                    name=class_preview.name, new=len(class_preview.of_kind(EntryKind.NEW)),
                    changed=len(class_preview.of_kind(EntryKind.CHANGED)),
                    left=len(class_preview.of_kind(EntryKind.LEAVING)),
                    same=len(class_preview.of_kind(EntryKind.UNCHANGED)))
                if class_preview.class_id is None:
                    line += " " + tr("cli", "(new class)")
                print(line)
            counts = preview.counts
            if args.dry_run:
                print(tr("cli", "Nothing was changed (--dry-run)."))
                return 0
            apply_roster_import(store, preview, today=today)
            print(tr("cli", "Imported: {new} new pupils, {changed} changed, {left} marked as left.").format(
                new=counts[EntryKind.NEW], changed=counts[EntryKind.CHANGED], left=counts[EntryKind.LEAVING]))
        finally:
            store.close()
    except (RuleError, StorageError) as error:
        print(str(error), file=sys.stderr)
        return 1
    return 0
