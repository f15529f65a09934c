"""What a shared document shows instead of pupils' names, and a count of what it replaced.

A :class:`TextFilter` runs every free text of one document through the :class:`MentionFinder` and replaces
the pupil mentions it finds; its :class:`ReplacementReport` says how many names it replaced in how many
texts, with each text before and after, so that a teacher can check a handout before sharing it.

:class:`Pseudonyms` names pupils "Elev A", "Elev B" … in the order they are first needed, the same pupil
always under the same letter within one document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from app.domain import formatting
from app.domain.mentions import Mention, MentionFinder, replace_mentions, with_possessive
from app.i18n import tr

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def letter_label(index: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA", 27 -> "AB" …"""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, len(_LETTERS))
        label = _LETTERS[rest] + label
    return label


class Pseudonyms:
    """ "Elev A", "Elev B" …: one per pupil, stable within one document."""

    def __init__(self, first: Iterable[str] = ()):
        self._labels: dict[str, str] = {}
        for pupil_id in first:
            self.of(pupil_id)

    def of(self, pupil_id: str) -> str:
        if pupil_id not in self._labels:
            self._labels[pupil_id] = tr("pseudonyms", "Pupil {letter}").format(
                letter=letter_label(len(self._labels)))
        return self._labels[pupil_id]


def some_pupil() -> str:
    """For a name that several pupils share, or a pupil a document may not name: "[en elev]"."""
    return tr("pseudonyms", "[a pupil]")


def some_classmate() -> str:
    return tr("pseudonyms", "[a classmate]")


@dataclass
class ReplacementReport:
    """How many names a document's texts lost, and the texts before and after (for checking)."""

    names: int = 0
    changes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def texts(self) -> int:
        return len(self.changes)

    def summary(self) -> str:
        """ "4 navne erstattet i 3 tekster" (or that nothing was replaced)."""
        if not self.names:
            return tr("pseudonyms", "No names were replaced.")
        return tr("pseudonyms", "{names} replaced in {texts}").format(
            names=formatting.names(self.names), texts=formatting.texts(self.texts))


class TextFilter:
    """Runs texts through ``finder`` and replaces each mention by ``replacement(mention)`` (None: keep)."""

    def __init__(self, finder: MentionFinder | None, replacement: Callable[[Mention], str | None] | None,
                 report: ReplacementReport | None = None):
        self.finder = finder
        self.replacement = replacement
        self.report = report if report is not None else ReplacementReport()
        self._seen: dict[str, str] = {}

    def __call__(self, text: str | None) -> str:
        text = text or ""
        if self.finder is None or self.replacement is None or not text.strip():
            return text
        count = 0
        replacement = self.replacement

        def replace(mention: Mention) -> str | None:
            nonlocal count
            new = replacement(mention)
            if new is not None:
                count += 1
            return new

        result = replace_mentions(text, self.finder.find(text), replace)
        if count and self._seen.get(text) != result:  # the same text shown twice is counted once
            self._seen[text] = result
            self.report.names += count
            self.report.changes.append((text, result))
        return result


# -- the filters of the documents ----------------------------------------------------------------------
def keep_names() -> TextFilter:
    """For the team's documents with names: nothing is replaced."""
    return TextFilter(None, None)


def pseudonymise(finder: MentionFinder, pseudonyms: Pseudonyms, report: ReplacementReport | None = None) -> TextFilter:
    """Every pupil mention becomes the pupil's pseudonym ("Sofies mor" -> "Elev A's mor"); a name that
    several pupils share becomes "[en elev]"."""

    def replacement(mention: Mention) -> str | None:
        if not mention.is_pupil:
            return None
        pupil_id = mention.pupil_id
        name = pseudonyms.of(pupil_id) if pupil_id else some_pupil()
        return with_possessive(name, mention)

    return TextFilter(finder, replacement, report)


def name_nobody(finder: MentionFinder, label: Callable[[], str] = some_pupil,
                report: ReplacementReport | None = None) -> TextFilter:
    """Every pupil mention becomes ``label()`` ("[en elev]"): for the class sheet."""

    def replacement(mention: Mention) -> str | None:
        return with_possessive(label(), mention) if mention.is_pupil else None

    return TextFilter(finder, replacement, report)


def only_this_pupil(finder: MentionFinder, pupil_id: str, own_name: str | None = None,
                    report: ReplacementReport | None = None) -> TextFilter:
    """For one pupil's own sheet: the pupil's own names stay (or become ``own_name``); every other pupil
    becomes "[en klassekammerat]"."""

    def replacement(mention: Mention) -> str | None:
        if not mention.is_pupil:
            return None
        if pupil_id in mention.pupils:
            return None if own_name is None else with_possessive(own_name, mention)
        return with_possessive(some_classmate(), mention)

    return TextFilter(finder, replacement, report)


def only_these_pupils(finder: MentionFinder, pupil_ids: set[str] | frozenset[str],
                      report: ReplacementReport | None = None) -> TextFilter:
    """For an agreement on the projector: the pupils it concerns keep their names (they are listed beside
    it); every other pupil becomes "[en klassekammerat]"."""
    kept = frozenset(pupil_ids)

    def replacement(mention: Mention) -> str | None:
        if not mention.is_pupil or mention.pupils & kept:
            return None
        return with_possessive(some_classmate(), mention)

    return TextFilter(finder, replacement, report)
