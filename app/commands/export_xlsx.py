"""``klassekonference export-xlsx``: the class's agreements, pupils and wellbeing as one Excel workbook.

    klassekonference export-xlsx --db DB --class 5.B [--conference latest|ID] -o OUT.xlsx
    klassekonference export-xlsx --db DB --all-classes --out-dir DIR
"""

from __future__ import annotations

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

NAME = "export-xlsx"


def summary() -> tuple[str, str]:
    return tr("cli", "export-xlsx --db FILE --class 5.B -o OUT.xlsx"), tr("cli", "write the workbook")


def build_parser(add_command):
    parser = add_command(
        NAME,
        tr("cli", "Write the class's agreements, pupils and wellbeing results as an Excel workbook. "
                  "Survey results from fewer than 5 answers are not written."),
    )
    add_export_arguments(parser)
    parser.add_argument("-o", "--out", metavar=tr("cli", "OUT.xlsx"), help=tr("cli", "the workbook to write"))
    return parser


def run(args) -> int:
    from app.services.export.files import WORKBOOK, export_all_classes, export_xlsx

    check_export_target(args._parser, args)
    store = open_store(args)
    try:
        if args.all_classes:
            result = export_all_classes(store, school_year_of(store, args), args.out_dir, WORKBOOK,
                                        progress=print_progress)
            print_summary(result, args.out_dir)
            return 0
        school_class, conference = chosen_conference(store, args, as_of_today=True)
        path = export_xlsx(store, conference, args.out, school_class=school_class)
    finally:
        store.close()
    print(tr("cli", "Wrote {path}").format(path=path))
    return 0
