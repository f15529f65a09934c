"""A stand-in for the window's :class:`app.ui.user_dialogs.UserDialogs`: scripted answers, and a record of
everything the program said. ``window.dialogs = FakeDialogs(...)`` and no Qt dialog ever opens."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class FakeDialogs:
    def __init__(self, *, answers: list[bool] | None = None, texts: list[str | None] | None = None,
                 files: list[Path | None] | None = None, choices: list[str | None] | None = None):
        self.answers = list(answers or [])
        self.choices = list(choices or [])  # what choose() answers: a button's name, or None (closed)
        self.texts = list(texts or [])
        self.files = list(files or [])
        self.said: list[tuple[str, str, str]] = []  # (kind, title, text): "ask", "inform", "warn", "choose"…
        self.offered: list[tuple[str, ...]] = []  # the buttons of each choose()
        self.defaults: list[bool | str | None] = []  # each ask()'s default_yes and each choose()'s default

    def ask(self, title: str, question: str, *, default_yes: bool = False) -> bool:
        self.said.append(("ask", title, question))
        self.defaults.append(default_yes)
        return self.answers.pop(0)

    def inform(self, title: str, text: str) -> None:
        self.said.append(("inform", title, text))

    def warn(self, title: str, text: str) -> None:
        self.said.append(("warn", title, text))

    def ask_text(self, title: str, label: str) -> str | None:
        self.said.append(("ask_text", title, label))
        return self.texts.pop(0)

    def choose_file_to_open(self, title: str, filters: str) -> Path | None:
        self.said.append(("choose_file", title, filters))
        return self.files.pop(0)

    def choose_file_to_save(self, title: str, suggested: str, filters: str) -> Path | None:
        self.said.append(("choose_file", title, suggested))
        return self.files.pop(0)

    def choose(self, title: str, text: str, buttons: Sequence[str], *, default: str | None = None,
               icon: str = "question", more: str = "", details: str = "", destructive: bool = False) -> str | None:
        self.said.append(("choose", title, text + (f"\n\n{more}" if more else "")))
        self.offered.append(tuple(buttons))
        self.defaults.append(default)
        return self.choices.pop(0)

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.said]
