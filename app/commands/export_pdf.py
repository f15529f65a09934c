"""``klassekonference export-pdf``: write a handout (dagsorden, protokol, klassens ark, elevark) as PDF.

    klassekonference export-pdf --db DB --class 5.B [--conference latest|ID] --kind protokol [--anonymize]
                                [--include-confidential] -o OUT.pdf
    klassekonference export-pdf --db DB --all-classes --out-dir DIR --kind klasse

The helpers here are shared with ``export-xlsx``.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from app.domain.school import SchoolYear
from app.i18n import tr

KINDS = ("dagsorden", "referat", "protokol", "klasse", "elevark")  # protokol: the old name of referat


def add_common_arguments(parser) -> None:
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


def check_target(parser, args) -> None:
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


def open_store(args):
    from app.cli import passphrase_for
    from app.services.files import open_file

    path = Path(args.db)
    return open_file(path, passphrase_for(args, path))


def school_year_of(store, args) -> int:
    from app.services.school import default_school_year

    if args.school_year:
        return SchoolYear.parse(args.school_year).start_year
    return default_school_year(store, date.today())


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
    print(tr("cli", "Wrote {count} files to {folder}").format(count=len(result.written), folder=out_dir))
    if result.skipped:
        print(tr("cli", "Without a conference: {classes}").format(classes=", ".join(result.skipped)))


def print_replacements(report, args) -> None:
    """The names replaced ("4 navne erstattet i 3 tekster"), for every document meant to be shared."""
    if args.anonymize or args.kind in ("klasse", "elevark"):
        print(report.summary() + (". " + tr("cli", "Read the texts before you share the file.")
                                  if report.names else ""))


def build_parser(make_parser):
    parser = make_parser(
        "export-pdf",
        tr("cli", "Write a handout as PDF: the agenda, the minutes, the class sheet (no pupil names) or the pupil "
                  "sheets. Confidential notes are left out unless you ask for them."),
    )
    add_common_arguments(parser)
    parser.add_argument("--kind", required=True, choices=KINDS,
                        help=tr("cli", "the document: dagsorden, referat (or protokol), klasse (class sheet) or "
                                       "elevark"))
    parser.add_argument("--anonymize", action="store_true",
                        help=tr("cli", "pseudonymise: pupils become Pupil A, Pupil B … also inside the texts "
                                       "(every kind of document)"))
    parser.add_argument("--include-confidential", action="store_true",
                        help=tr("cli", "include confidential notes in the agenda or the minutes (left out by "
                                       "default)"))
    parser.add_argument("--pupil", metavar=tr("cli", "NAME"),
                        help=tr("cli", "with --kind elevark: the sheet of this pupil only (name as on the class list)"))
    parser.add_argument("--skip-empty", action="store_true",
                        help=tr("cli", "with --kind elevark: leave out pupils with nothing written (counted in a "
                                       "note)"))
    parser.add_argument("-o", "--out", metavar=tr("cli", "OUT.pdf"), help=tr("cli", "the PDF file to write"))
    parser.set_defaults(_parser=parser)
    return parser


def run(args) -> int:
    from app.services.export.content import ExportOptions
    from app.services.export.files import export_all_classes, export_pdf_with_report

    check_target(args._parser, args)
    if (args.pupil or args.skip_empty) and args.kind != "elevark":
        args._parser.error(tr("cli", "--pupil and --skip-empty are for --kind elevark"))
    if args.pupil and args.all_classes:
        args._parser.error(tr("cli", "--pupil needs --class (one class)"))
    options = ExportOptions(anonymize=args.anonymize, include_confidential=args.include_confidential,
                            skip_empty=args.skip_empty)
    store = open_store(args)
    try:
        if args.all_classes:
            result = export_all_classes(store, school_year_of(store, args), args.out_dir, args.kind,
                                        progress=print_progress, options=options)
            print_summary(result, args.out_dir)
            print_replacements(result.report, args)
            return 0
        school_class, conference = chosen_conference(store, args, as_of_today=args.kind == "klasse")
        if args.pupil:
            from dataclasses import replace

            from app.services.export.content import find_pupil

            pupil = find_pupil(store, school_class, args.pupil)
            options = replace(options, pupil_ids=(pupil.id,))
        path, report = export_pdf_with_report(store, conference, args.kind, args.out, school_class=school_class,
                                              options=options)
    finally:
        store.close()
    print(tr("cli", "Wrote {path}").format(path=path))
    print_replacements(report, args)
    if args.include_confidential and args.kind in ("dagsorden", "referat", "protokol"):
        print(tr("cli", "Note: the file contains confidential notes. Do not share it beyond the team."),
              file=sys.stderr)
    return 0
