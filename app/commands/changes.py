"""``klassekonference changes --db MINE -o PACKAGE``: a small change package with only what this copy changed
(its log and the rows it created), encrypted as the copy. ``merge`` reads it like a copy."""

from __future__ import annotations

from pathlib import Path

from app.i18n import tr

NAME = "changes"


def summary() -> tuple[str, str]:
    return tr("cli", "changes --db FILE -o PACKAGE"), tr("cli", "write only what this copy changed, for merging")


def build_parser(add_command):
    parser = add_command(
        NAME,
        tr("cli", "Write a small change package with only what this copy changed, encrypted as the copy."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "your copy of the file"))
    parser.add_argument("-o", "--out", required=True, metavar=tr("cli", "PACKAGE"), help=tr("cli", "the new package"))
    return parser


def run(args) -> int:
    from app.commands.common import passphrase_for
    from app.services.merging import write_changes

    path = Path(args.db)
    out = write_changes(path, args.out, passphrase_for(args, path))
    print(tr("cli", "Wrote your changes to {path} ({size} kB).").format(
        path=out, size=max(1, out.stat().st_size // 1024)))
    return 0
