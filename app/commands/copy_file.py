"""``klassekonference copy --db FILE OUT``: a complete, consistent copy of a file, encrypted as the original."""

from __future__ import annotations

from pathlib import Path

from app.i18n import tr

NAME = "copy"


def summary() -> tuple[str, str]:
    return tr("cli", "copy --db FILE OUT"), tr("cli", "write a complete copy, encrypted as the original")


def build_parser(add_command):
    parser = add_command(
        NAME,
        tr("cli", "Write a complete copy of a file (also while the program has it open), encrypted as the original."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the Klassekonference file"))
    parser.add_argument("out", metavar=tr("cli", "OUT"), help=tr("cli", "the new file"))
    return parser


def run(args) -> int:
    from app.commands.common import passphrase_for
    from app.services.files import save_copy

    path = Path(args.db)
    out = save_copy(path, args.out, passphrase_for(args, path))
    print(tr("cli", "Wrote a copy to {path}").format(path=out))
    return 0
