"""``klassekonference copy --db FILE OUT [--class 5.B …]``: a complete, consistent copy of a file, encrypted as
the original; with ``--class`` (or ``--prepare``) a copy for preparation on another computer, holding only
those classes' pupils and an empty log, which ``merge`` brings back into the team file."""

from __future__ import annotations

from pathlib import Path

from app.i18n import tr

NAME = "copy"


def summary() -> tuple[str, str]:
    return (tr("cli", "copy --db FILE OUT [--class 5.B]"),
            tr("cli", "write a copy, or one for preparing on another computer"))


def build_parser(add_command):
    parser = add_command(
        NAME,
        tr("cli", "Write a complete copy of a file (also while the program has it open), encrypted as the original."),
    )
    parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the Klassekonference file"))
    parser.add_argument("out", metavar=tr("cli", "OUT"), help=tr("cli", "the new file"))
    parser.add_argument("--class", dest="classes", action="extend", nargs="+", metavar="5.B",
                        help=tr("cli", "a copy for preparation on another computer with only these classes' pupils"))
    parser.add_argument("--prepare", action="store_true",
                        help=tr("cli", "a copy for preparation on another computer (merge it back with 'merge')"))
    return parser


def run(args) -> int:
    from app.commands.common import passphrase_for
    from app.services.files import save_copy

    path = Path(args.db)
    if args.classes or args.prepare:
        from app.services.merging import prepare_copy

        out = prepare_copy(path, args.out, passphrase_for(args, path), classes=args.classes)
        print(tr("cli", "Wrote a copy for preparation to {path}. Merge it back with: klassekonference merge --db "
                        "{team} {path}").format(path=out, team=path))
        return 0
    out = save_copy(path, args.out, passphrase_for(args, path))
    print(tr("cli", "Wrote a copy to {path}").format(path=out))
    return 0
