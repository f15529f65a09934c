"""``klassekonference export-pdf``: write a handout (dagsorden, protokol, klassens ark, elevark) as PDF.

    klassekonference export-pdf --db DB --class 5.B [--conference latest|ID] --kind protokol [--anonymize]
                                [--include-confidential] -o OUT.pdf
    klassekonference export-pdf --db DB --all-classes --out-dir DIR --kind klasse
"""

from __future__ import annotations

import sys

from app.commands.common import (
    add_export_arguments,
    check_export_target,
    chosen_conference,
    open_store,
    print_progress,
    print_summary,
    school_year_of,
)
from app.i18n import tr

NAME = "export-pdf"

KINDS = ("dagsorden", "referat", "protokol", "klasse", "elevark")  # protokol: the old name of referat


def print_replacements(report, args) -> None:
    """The names replaced ("4 navne erstattet i 3 tekster"), for every document meant to be shared."""
    if args.anonymize or args.kind in ("klasse", "elevark"):
        print(report.summary() + (". " + tr("cli", "Read the texts before you share the file.")
                                  if report.names else ""))


def summary() -> tuple[str, str]:
    return tr("cli", "export-pdf --db FILE --class 5.B --kind protokol -o OUT.pdf"), tr("cli", "write a handout")


def build_parser(add_command):
    parser = add_command(
        NAME,
        tr("cli", "Write a handout as PDF: the agenda, the minutes, the class sheet (no pupil names) or the pupil "
                  "sheets. Confidential notes are left out unless you ask for them."),
    )
    add_export_arguments(parser)
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
    return parser


def run(args) -> int:
    from app.services.export.content import ExportOptions
    from app.services.export.files import export_all_classes, export_pdf_with_report

    check_export_target(args._parser, args)
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
