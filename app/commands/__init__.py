"""Command-line sub-commands, one module each (see app.cli.EXTRA_COMMANDS)."""
