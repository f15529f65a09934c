"""``klassekonference check --db FILE``: schema version, integrity and the number of rows per table."""

from __future__ import annotations

import sys
from pathlib import Path

from app.commands.common import passphrase_from
from app.domain.formatting import plural
from app.i18n import tr

NAME = "check"


def summary() -> tuple[str, str]:
    return tr("cli", "check --db FILE"), tr("cli", "check a file: version, integrity and contents")


def build_parser(add_command):
    parser = add_command(
        NAME, tr("cli", "Check a file: schema version, integrity and the number of rows per table."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the file to check"))
    return parser


def run(args) -> int:
    from app.services.files import check_file

    path = Path(args.db)
    passphrase = passphrase_from(args)
    report = check_file(path, passphrase)
    if report.error and passphrase is None and path.is_file():
        asked = passphrase_from(args, prompt_for=path)
        if asked:
            report = check_file(path, asked)
    print(tr("cli", "File: {path}").format(path=path))
    if report.error:
        print(report.error, file=sys.stderr)
        return 1
    print(tr("cli", "Schema version: {version}").format(version=report.schema_version))
    for note in report.notes:
        print(note)
    if report.problems:
        print(plural(len(report.problems), tr("cli", "Integrity check: {count} problem"),
                     tr("cli", "Integrity check: {count} problems")))
        for problem in report.problems[:20]:
            print(f"  {problem}")
        return 1
    print(tr("cli", "Integrity check: ok"))
    print(tr("cli", "Rows per table:"))
    width = max(len(t) for t in report.counts)
    for table, count in report.counts.items():
        print(f"  {table.ljust(width)}  {count}")
    return 0
