"""``klassekonference merge --db TEAM OTHER [--dry-run]``: merge a copy or change package into the team file.

Prints the changes applied, the conflicts and the dropped changes. Exit status 0, or 1 when conflicts wait
(open the file in the program to choose)."""

from __future__ import annotations

import sys
from pathlib import Path

from app.domain.formatting import plural
from app.i18n import tr

NAME = "merge"


def summary() -> tuple[str, str]:
    return tr("cli", "merge --db FILE COPY"), tr("cli", "merge a copy or change package into the team file")


def build_parser(add_command):
    parser = add_command(
        NAME,
        tr("cli", "Merge a copy (or a change package) prepared on another computer into the team file. Exit status 1 "
                  "when conflicts wait for someone to choose."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the team's file"))
    parser.add_argument("other", metavar=tr("cli", "COPY"), help=tr("cli", "the copy or change package"))
    parser.add_argument("--dry-run", action="store_true", help=tr("cli", "only show what would happen; change nothing"))
    parser.add_argument("--other-passphrase-file", metavar=tr("cli", "FILE"),
                        help=tr("cli", "the copy's passphrase, if it differs from the team file's"))
    return parser


def run(args) -> int:
    from app.commands.common import passphrase_for
    from app.services import merging
    from app.services.files import open_file

    path, other = Path(args.db), Path(args.other)
    if not other.is_file():
        print(tr("cli", "The file “{path}” does not exist.").format(path=other), file=sys.stderr)
        return 2
    from app.domain.base import RuleError
    from app.storage.errors import StorageError

    try:
        store = open_file(path, passphrase_for(args, path))
    except (StorageError, RuleError) as error:
        print(str(error), file=sys.stderr)
        return 2
    try:
        try:
            other_passphrase = None
            if args.other_passphrase_file:
                from app.domain.passphrase import clean_passphrase_text

                try:
                    text = Path(args.other_passphrase_file).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    raise StorageError(tr("cli", "The passphrase file “{path}” cannot be read.").format(
                        path=args.other_passphrase_file)) from None
                other_passphrase = clean_passphrase_text(text, from_file=True)
            report = merging.merge_file(store, other, other_passphrase, dry_run=args.dry_run)
        except (StorageError, RuleError) as error:  # another school's file, a newer version: exit 2, not 1
            print(str(error), file=sys.stderr)
            return 2
        for line in merging.report_lines(store, report, other.name):
            print(line)
        waiting = len(report.conflicts) if args.dry_run else len(merging.waiting_conflicts(store))
        if args.dry_run:
            print(tr("cli", "Nothing was changed (--dry-run)."))
        elif waiting:
            print(plural(
                waiting,
                tr("cli", "{count} field waits for someone to choose a version: open the file in the program "
                          "(Filer › Forbered på en anden computer › Konflikter)."),
                tr("cli", "{count} fields wait for someone to choose a version: open the file in the program "
                          "(Filer › Forbered på en anden computer › Konflikter)."),
            ))
        return 1 if waiting else 0
    finally:
        store.close()
