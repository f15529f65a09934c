"""The README's two one-line commands, read from README.md so that CI and the tests run exactly what it says.

    python3 build/readme_commands.py start            # the line under "Start the program" (macOS, Linux)
    python3 build/readme_commands.py test             # the line under "Run the tests" (macOS, Linux)
    python3 build/readme_commands.py start --windows  # the Windows line (Command Prompt or PowerShell 7)

Each section of the README has one ```sh block (macOS and Linux) and one ```bat block (Windows), each a
single line that makes the virtual environment .venv, installs into it and runs the program from it.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
SECTIONS = {"start": "## Start the program", "test": "## Run the tests"}


def command(which: str, *, windows: bool = False, readme: Path = README) -> str:
    text = readme.read_text(encoding="utf-8")
    start = text.index(SECTIONS[which])
    end = text.find("\n## ", start + 1)
    section = text[start:end if end > 0 else len(text)]
    language = "bat" if windows else "sh"
    blocks = re.findall(rf"```{language}\n(.*?)```", section, flags=re.S)
    if len(blocks) != 1 or len(blocks[0].strip().splitlines()) != 1:
        raise ValueError(f"README: the section {SECTIONS[which]!r} needs exactly one one-line ```{language} block")
    return blocks[0].strip()


if __name__ == "__main__":
    print(command(sys.argv[1], windows="--windows" in sys.argv[2:]))
