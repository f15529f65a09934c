"""The command line: ``klassekonference [FILE]`` opens the program; sub-commands work without a window.

Each sub-command is a module in :mod:`app.commands` (see its docstring); adding one is that module plus one
line in :data:`COMMANDS`. The commands never import this module.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import APP_NAME, __version__, i18n
from app.commands import (
    changes,
    check,
    copy_file,
    demo,
    export_pdf,
    export_xlsx,
    import_absence,
    import_roster,
    import_survey,
    merge_file,
    new,
)
from app.commands.common import PASSPHRASE_ENV, DanishParser, add_passphrase_option, passphrase_from
from app.domain.base import RuleError
from app.i18n import tr
from app.storage.errors import StorageError

# The sub-commands, in the order ``klassekonference --help`` lists them.
COMMANDS = (demo, new, check, copy_file, changes, merge_file, import_roster, import_absence, import_survey,
            export_pdf, export_xlsx)

__all__ = ["COMMANDS", "PASSPHRASE_ENV", "command_parser", "failure_message", "main"]

# argparse's own English phrases, shown in the user's language (argparse looks ``_`` up at call time).
_ARGPARSE_PHRASES = (
    "usage: ", "positional arguments", "options", "show this help message and exit",
    "the following arguments are required: %s", "unrecognized arguments: %s",
    "invalid choice: %(value)r (choose from %(choices)s)", "%(prog)s: error: %(message)s\n",
    "expected one argument", "not allowed with argument %s",
)


def _argparse_in_language() -> None:
    argparse._ = lambda text: tr("argparse", text) if text in _ARGPARSE_PHRASES else text  # type: ignore[attr-defined]


def command_names() -> tuple[str, ...]:
    return tuple(module.NAME for module in COMMANDS)


def _commands_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """``klassekonference COMMAND ...``: one argparse sub-parser per module in COMMANDS."""
    parser = DanishParser(prog="klassekonference")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=DanishParser)
    parsers: dict[str, argparse.ArgumentParser] = {}

    for module in COMMANDS:
        def add_command(name: str, description: str, run=module.run) -> argparse.ArgumentParser:
            sub = commands.add_parser(name, prog=f"klassekonference {name}", description=description)
            add_passphrase_option(sub)
            sub.set_defaults(run=run, _parser=sub)
            parsers[name] = sub
            return sub

        module.build_parser(add_command)
    return parser, parsers


def command_parser(name: str) -> argparse.ArgumentParser:
    """The sub-parser of one command (for its --help, and for tests)."""
    return _commands_parser()[1][name]


def _commands_epilog() -> str:
    lines = [tr("cli", "Commands (each has --help):")]
    for module in COMMANDS:
        usage, what = module.summary()
        lines.append(f"  {usage.ljust(36)}  {what}" if len(usage) <= 36 else f"  {usage}   {what}")
    return "\n".join(lines)


def _gui_parser() -> argparse.ArgumentParser:
    parser = DanishParser(
        prog="klassekonference",
        description=tr("cli", "Prepare and run class conferences. Without a command the program window opens."),
        epilog=_commands_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", nargs="?", metavar=tr("cli", "FILE"), help=tr("cli", "the file to open"))
    parser.add_argument("--demo", action="store_true", help=tr("cli", "open a fresh copy of the demo school"))
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    add_passphrase_option(parser)
    return parser


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
    return run(Path(args.file) if args.file else None, passphrase=passphrase_from(args))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    i18n.set_language(i18n.command_line_language())  # as the window: Danish unless the computer is English
    _argparse_in_language()
    try:
        if argv and argv[0] in command_names():
            args = _commands_parser()[0].parse_args(argv)
            return args.run(args)
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
