"""``klassekonference import-roster --db DB [--class 5.B] [--school-year 2025/26] FILE``: read a pupil list."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.domain.base import RuleError
from app.domain.formatting import plural
from app.domain.school import SchoolYear
from app.i18n import tr
from app.storage.errors import StorageError

NAME = "import-roster"


def summary() -> tuple[str, str]:
    return tr("cli", "import-roster --db FILE LIST"), tr("cli", "read a pupil list (CSV or Excel)")


def build_parser(add_command):
    parser = add_command(
        NAME,
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
    parser.add_argument("--no-header", action="store_true",
                        help=tr("cli", "the list has no header row: its first row is a pupil"))
    parser.add_argument("--column", action="append", default=[], metavar=tr("cli", "FIELD=COLUMN"),
                        help=tr("cli", "which column holds what, e.g. --column navn=B or --column fornavn=A "
                                       "--column efternavn=B --column klasse=C (fields: navn, fornavn, efternavn, "
                                       "klasse, født); may be given several times"))
    parser.add_argument("--skip-bad-rows", action="store_true",
                        help=tr("cli", "import the list even if some rows cannot be read (those rows are left out)"))
    parser.add_argument("file", metavar=tr("cli", "LIST"), help=tr("cli", "the pupil list (.csv or .xlsx)"))
    return parser


FIELD_NAMES = {"navn": "full_name", "fuldtnavn": "full_name", "fornavn": "given_name", "efternavn": "family_name",
               "klasse": "class", "født": "birth_date", "fødselsdato": "birth_date", "foedt": "birth_date"}
_FIELD_WORDS = {"full_name": "navn", "given_name": "fornavn", "family_name": "efternavn", "class": "klasse",
                "birth_date": "født"}


def column_options(options: list[str]) -> dict[str, int]:
    """["navn=B", "klasse=C"] -> {"full_name": 1, "class": 2}. Raises RuleError with a Danish message."""
    mapping: dict[str, int] = {}
    for option in options:
        word, _, letter = option.partition("=")
        field = FIELD_NAMES.get(word.strip().casefold())
        letter = letter.strip().upper()
        if field is None or not letter.isalpha() or not letter.isascii() or len(letter) > 3:
            raise RuleError(tr("cli", "“{option}” is not a column choice. Write it like --column navn=B (fields: "
                                      "navn, fornavn, efternavn, klasse, født; columns A, B, C …).").format(
                option=option))
        index = 0
        for ch in letter:
            index = index * 26 + (ord(ch) - 64)
        mapping[field] = index - 1
    return mapping


def guessed_text(source, columns: dict) -> str:
    from app.services.tabular import column_letter

    parts = [f"{_FIELD_WORDS[name]}={column_letter(column)}" for name, column in columns.items()
             if column is not None and name in _FIELD_WORDS]
    return ", ".join(parts) or "–"


def run(args, *, today: date | None = None) -> int:
    from app.commands.common import passphrase_for, print_left_out
    from app.services import school
    from app.services.files import open_file
    from app.services.import_memory import ImportMemory
    from app.services.roster_import import EntryKind, apply_roster_import, build_preview, read_roster
    from app.services.tabular import TableError

    today = today or date.today()
    path = Path(args.db)
    try:
        if not path.is_file():
            raise StorageError(tr("cli", "The file “{path}” does not exist.").format(path=path))
        store = open_file(path, passphrase_for(args, path))
        try:
            year = SchoolYear.parse(args.school_year).start_year if args.school_year else \
                school.default_school_year(store, today)
            mapping = column_options(args.column)
            source = read_roster(args.file, memory=None if mapping else ImportMemory(), no_header=args.no_header)
            columns = dict(source.columns)
            if mapping:
                columns = {name: None for name in columns}
                columns.update(mapping)
            try:
                preview = build_preview(store, source, year, columns=columns, default_class=args.class_name,
                                        only_class=args.class_name)
            except TableError as error:
                if error.kind == "no_name":
                    raise TableError(tr("cli", "No column with the pupils' names was found in “{name}”. Say which "
                                               "column holds them, e.g. --column navn=B (or --column fornavn=A "
                                               "--column efternavn=B). If the list has no header row, add "
                                               "--no-header.").format(name=source.name), kind="no_name") from None
                if error.kind == "no_class":
                    raise TableError(tr("cli", "The list has no class column. Give the class with --class 5.B, or "
                                               "say which column holds it, e.g. --column klasse=C."),
                                     kind="no_class") from None
                raise
            if not source.header_found and not mapping:
                print(tr("cli", "Note: {text}").format(text=tr(
                    "cli", "The list has no header row; the columns were guessed from the values: {columns}. If that "
                           "is wrong, give them with --column.").format(columns=guessed_text(source, columns))))
            if not print_left_out(source.name, preview.problems, skip=args.skip_bad_rows, dry_run=args.dry_run):
                return 1
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
            print(tr("cli", "Imported: {new}, {changed} changed, {left} marked as left.").format(
                new=plural(counts[EntryKind.NEW], tr("cli", "{count} new pupil"), tr("cli", "{count} new pupils")),
                changed=counts[EntryKind.CHANGED], left=counts[EntryKind.LEAVING]))
        finally:
            store.close()
    except (RuleError, StorageError) as error:
        print(str(error), file=sys.stderr)
        return 1
    return 0
