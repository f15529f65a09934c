"""``klassekonference new OUT [--school NAME]``: write an empty file for a school."""

from __future__ import annotations

from app.commands.common import passphrase_from
from app.i18n import tr

NAME = "new"


def summary() -> tuple[str, str]:
    return tr("cli", "new OUT [--school NAME]"), tr("cli", "write an empty file for a school")


def build_parser(add_command):
    parser = add_command(NAME, tr("cli", "Write an empty file for a school."))
    parser.add_argument("out", metavar=tr("cli", "OUT"), help=tr("cli", "the new file"))
    parser.add_argument("--school", metavar=tr("cli", "NAME"), default=tr("cli", "My school"),
                        help=tr("cli", "the school's name"))
    return parser


def run(args) -> int:
    from app.services.files import new_file

    path = new_file(args.out, args.school, passphrase=passphrase_from(args))
    print(tr("cli", "Wrote an empty file for {school} to {path}").format(school=args.school.strip(), path=path))
    return 0
