"""The command line: ``klassekonference [FILE]`` opens the program; sub-commands work without a window."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from app import APP_NAME, __version__
from app.domain.base import RuleError
from app.domain.passphrase import clean_passphrase_text
from app.i18n import tr
from app.storage.errors import StorageError

# Sub-commands kept in their own modules: name -> "module" with ``build_parser(make_parser)`` and ``run(args)``.
# Later issues add theirs here (import-roster, import-survey, export-pdf, ...).
EXTRA_COMMANDS: dict[str, str] = {
    "import-roster": "app.commands.import_roster",
    "import-absence": "app.commands.import_absence",
    "import-survey": "app.commands.import_survey",
    "export-pdf": "app.commands.export_pdf",
    "export-xlsx": "app.commands.export_xlsx",
    "copy": "app.commands.copy_file",
}
COMMANDS = ("demo", "new", "check", *EXTRA_COMMANDS)
PASSPHRASE_ENV = "KLASSEKONFERENCE_PASSPHRASE"

# argparse's own English phrases, shown in the user's language (argparse looks ``_`` up at call time).
_ARGPARSE_PHRASES = (
    "usage: ", "positional arguments", "options", "show this help message and exit",
    "the following arguments are required: %s", "unrecognized arguments: %s",
    "invalid choice: %(value)r (choose from %(choices)s)", "%(prog)s: error: %(message)s\n",
    "expected one argument", "not allowed with argument %s",
)


def _argparse_in_language() -> None:
    argparse._ = lambda text: tr("argparse", text) if text in _ARGPARSE_PHRASES else text  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # exit 2 with a Danish message, as argparse does in English
        self.print_usage(sys.stderr)
        self.exit(2, tr("cli", "{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")


def make_parser(command: str, description: str) -> argparse.ArgumentParser:
    """A parser for ``klassekonference COMMAND`` with Danish errors and the common --passphrase-file."""
    parser = _Parser(prog=f"klassekonference {command}", description=description)
    _add_passphrase_option(parser)
    return parser


def passphrase_for(args, path: Path | None = None) -> str | None:
    """The passphrase from --passphrase-file or the environment; for an encrypted ``path`` at a terminal, asks."""
    passphrase = _passphrase_from(args)
    if passphrase is None and path is not None and path.is_file():
        with open(path, "rb") as handle:
            encrypted = handle.read(16) != b"SQLite format 3\x00"
        if encrypted:
            passphrase = _passphrase_from(args, prompt_for=path)
    return passphrase


def _add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar=tr("cli", "FILE"),
        help=tr("cli", "read the file's passphrase from this file (or set {env})").format(env=PASSPHRASE_ENV),
    )


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="klassekonference",
        description=tr("cli", "Prepare and run class conferences. Without a command the program window opens."),
        epilog=tr(
            "cli",
            "Commands (each has --help):\n"
            "  demo OUT                    write the fictional demo school to OUT\n"
            "  new OUT [--school NAME]     write an empty file for a school\n"
            "  check --db FILE             check a file: version, integrity and contents\n"
            "  copy --db FILE OUT          write a complete copy, encrypted as the original\n"
            "  import-roster --db FILE LIST      read a pupil list (CSV or Excel)\n"
            "  import-absence --db FILE LIST     read absence per pupil for a period\n"
            "  import-survey --db FILE WORKBOOK  read wellbeing survey results\n"
            "  export-pdf --db FILE --class 5.B --kind protokol -o OUT.pdf   write a handout\n"
            "  export-xlsx --db FILE --class 5.B -o OUT.xlsx                 write the workbook",
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar=tr("cli", "FILE"), help=tr("cli", "the file to open"))
    parser.add_argument("--demo", action="store_true", help=tr("cli", "open a fresh copy of the demo school"))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_passphrase_option(parser)
    return parser


def _command_parser(command: str) -> argparse.ArgumentParser:
    if command == "demo":
        parser = _Parser(
            prog="klassekonference demo", description=tr("cli", "Write the fictional demo school to a file.")
        )
        parser.add_argument("out", metavar=tr("cli", "OUT"), help=tr("cli", "the new file"))
    elif command == "new":
        parser = _Parser(prog="klassekonference new", description=tr("cli", "Write an empty file for a school."))
        parser.add_argument("out", metavar=tr("cli", "OUT"), help=tr("cli", "the new file"))
        parser.add_argument("--school", metavar=tr("cli", "NAME"), default=tr("cli", "My school"),
                            help=tr("cli", "the school's name"))
    else:
        parser = _Parser(
            prog="klassekonference check",
            description=tr("cli", "Check a file: schema version, integrity and the number of rows per table."),
        )
        parser.add_argument("--db", required=True, metavar=tr("cli", "FILE"), help=tr("cli", "the file to check"))
    _add_passphrase_option(parser)
    return parser


def _passphrase_from(args, *, prompt_for: Path | None = None) -> str | None:
    """--passphrase-file, else the environment variable, else (for an encrypted file, at a terminal) a prompt."""
    if getattr(args, "passphrase_file", None):
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise StorageError(
                tr("cli", "The passphrase file “{path}” cannot be read.").format(path=args.passphrase_file)
            ) from None
        return clean_passphrase_text(text, from_file=True)
    if PASSPHRASE_ENV in os.environ:
        return clean_passphrase_text(os.environ[PASSPHRASE_ENV])
    if prompt_for is not None and sys.stdin is not None and sys.stdin.isatty():
        return clean_passphrase_text(getpass.getpass(tr("cli", "Passphrase for {name}: ").format(name=prompt_for.name)))
    return None


def _cmd_demo(args) -> int:
    from app.services.demo import build_demo
    from app.services.files import with_suffix

    out = with_suffix(args.out)
    if out.exists():
        raise StorageError(tr("storage", "“{name}” already exists. Choose another name.").format(name=out.name))
    build_demo(out, passphrase=_passphrase_from(args))
    print(tr("cli", "Wrote the demo school to {path}").format(path=out))
    return 0


def _cmd_new(args) -> int:
    from app.services.files import new_file

    path = new_file(args.out, args.school, passphrase=_passphrase_from(args))
    print(tr("cli", "Wrote an empty file for {school} to {path}").format(school=args.school.strip(), path=path))
    return 0


def _cmd_check(args) -> int:
    from app.services.files import check_file

    path = Path(args.db)
    passphrase = _passphrase_from(args)
    report = check_file(path, passphrase)
    if report.error and passphrase is None and path.is_file():
        asked = _passphrase_from(args, prompt_for=path)
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
        print(tr("cli", "Integrity check: {count} problems").format(count=len(report.problems)))
        for problem in report.problems[:20]:
            print(f"  {problem}")
        return 1
    print(tr("cli", "Integrity check: ok"))
    print(tr("cli", "Rows per table:"))
    width = max(len(t) for t in report.counts)
    for table, count in report.counts.items():
        print(f"  {table.ljust(width)}  {count}")
    return 0


def _has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM"))


def _cmd_gui(args) -> int:
    if not _has_display():
        print(
            tr("cli", "There is no screen to show the window on (DISPLAY is not set). Start Klassekonference "
                      "from a desktop, or use a command such as 'klassekonference check --db FILE'."),
            file=sys.stderr,
        )
        return 2
    from app.ui.application import run

    if args.demo:
        return run(demo=True)
    return run(Path(args.file) if args.file else None, passphrase=_passphrase_from(args))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _argparse_in_language()
    try:
        if argv and argv[0] in EXTRA_COMMANDS:
            import importlib

            module = importlib.import_module(EXTRA_COMMANDS[argv[0]])
            return module.run(module.build_parser(make_parser).parse_args(argv[1:]))
        if argv and argv[0] in COMMANDS:
            command = argv[0]
            args = _command_parser(command).parse_args(argv[1:])
            return {"demo": _cmd_demo, "new": _cmd_new, "check": _cmd_check}[command](args)
        return _cmd_gui(_gui_parser().parse_args(argv))
    except (StorageError, RuleError) as error:
        print(str(error), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a damaged file, a full disk: a Danish sentence, never a traceback
        message = failure_message(error)
        if message is None:  # data a damaged file made unreadable (a bad enum, a missing row) or a bug
            import logging

            logging.getLogger(__name__).exception("command failed")
            message = tr(
                "cli",
                "The command stopped because something in the file could not be understood ({kind}). The file "
                "may be damaged: run 'klassekonference check --db FILE', and restore a backup if it reports "
                "problems.",
            ).format(kind=type(error).__name__)
        print(message, file=sys.stderr)
        return 1


def failure_message(error: BaseException) -> str | None:
    """A message for the user for a database or disk error that got past a command, or None."""
    from app.services.files import failure_message as message_for

    return message_for(error)
