"""Command-line sub-commands, one module each, registered in ``app.cli.COMMANDS``.

A command module holds ``NAME``, ``summary()`` (its line in ``klassekonference --help``: usage, what it does),
``build_parser(add_command)`` (``add_command(NAME, description)`` gives its argparse sub-parser, with
--passphrase-file already on it) and ``run(args) -> int``. What commands share is in :mod:`app.commands.common`.
"""
