"""``klassekonference copy --db FILE OUT``: a complete, consistent copy of a file, encrypted as the original."""

from __future__ import annotations

from pathlib import Path

from app.i18n import tr


def build_parser(make_parser):
    parser = make_parser(
        "copy",
        tr("cli", "Write a complete copy of a file (also while the program has it open), encrypted as the original."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the Klassekonference file"))
    parser.add_argument("out", metavar=tr("cli", "OUT"), help=tr("cli", "the new file"))
    return parser


def run(args) -> int:
    from app.cli import passphrase_for
    from app.services.files import save_copy

    path = Path(args.db)
    out = save_copy(path, args.out, passphrase_for(args, path))
    print(tr("cli", "Wrote a copy to {path}").format(path=out))
    return 0
