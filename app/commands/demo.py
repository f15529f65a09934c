"""``klassekonference demo OUT``: write the fictional demo school to a new file."""

from __future__ import annotations

from app.commands.common import passphrase_from
from app.i18n import tr
from app.storage.errors import StorageError

NAME = "demo"


def summary() -> tuple[str, str]:
    return tr("cli", "demo OUT"), tr("cli", "write the fictional demo school to OUT")


def build_parser(add_command):
    parser = add_command(NAME, tr("cli", "Write the fictional demo school to a file."))
    parser.add_argument("out", metavar=tr("cli", "OUT"), help=tr("cli", "the new file"))
    return parser


def run(args) -> int:
    from app.services.demo import build_demo
    from app.services.files import with_suffix

    out = with_suffix(args.out)
    if out.exists():
        raise StorageError(tr("storage", "“{name}” already exists. Choose another name.").format(name=out.name))
    build_demo(out, passphrase=passphrase_from(args))
    print(tr("cli", "Wrote the demo school to {path}").format(path=out))
    return 0
