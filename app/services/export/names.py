"""How one document shows pupils: by name (the team's documents), by pseudonym ("Elev A", with
--anonymize), not at all (the class sheet), or only the pupil it is about (a pupil sheet).

Every free text goes through one :class:`TextFilter` built on the school's :class:`MentionFinder`, so all
documents find the same names; the filter's report says what was replaced, before anything is shared.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.mentions import MentionFinder
from app.domain.pseudonyms import (
    Pseudonyms,
    ReplacementReport,
    TextFilter,
    keep_names,
    name_nobody,
    only_this_pupil,
    pseudonymise,
    some_pupil,
)
from app.domain.school import Pupil
from app.services.export.content import ConferenceContent, DocumentKind


@dataclass
class DocumentNames:
    """``scrub(text)`` for free texts, ``name(pupil)`` for a pupil named by the document itself."""

    kind: DocumentKind
    content: ConferenceContent
    report: ReplacementReport = field(default_factory=ReplacementReport)

    def __post_init__(self) -> None:
        self.finder = self.content.finder or MentionFinder([])
        self.pseudonymised = self.content.options.anonymize
        self.pseudonyms = Pseudonyms(self._shuffled_ids()) if self.pseudonymised else None
        if self.kind == DocumentKind.CLASS_SHEET:
            self.scrub: Callable[[str], str] = name_nobody(self.finder, report=self.report)
        elif self.pseudonyms is not None:  # pseudonymised
            self.scrub = pseudonymise(self.finder, self.pseudonyms, self.report)
        else:
            self.scrub = keep_names()

    def _shuffled_ids(self) -> list[str]:
        """The class's pupils in an order that does not follow the class list: "Elev A" must not be the
        first name in the alphabet. Stable for one conference (the same letters in every export of it)."""
        conference_id = self.content.conference.id

        def key(pupil: Pupil) -> str:
            return hashlib.sha256(f"{conference_id}:{pupil.id}".encode()).hexdigest()

        return [p.id for p in sorted(self.content.all_pupils(), key=key)]

    def in_order(self, parts: list) -> list:
        """Pupil parts (anything with ``.pupil``) in the order the document shows them: by pseudonym when
        pseudonymised (so the order gives nothing away), else as given (the class list)."""
        pseudonyms = self.pseudonyms
        if pseudonyms is None:
            return list(parts)
        return sorted(parts, key=lambda part: _letters_key(pseudonyms.of(part.pupil.id)))

    def name(self, pupil: Pupil) -> str:
        if self.kind == DocumentKind.CLASS_SHEET:
            return some_pupil()
        if self.pseudonyms is not None:
            return self.pseudonyms.of(pupil.id)
        return pupil.full_name

    def for_sheet(self, pupil: Pupil) -> TextFilter:
        """The filter of ``pupil``'s own sheet: the pupil's names stay (or become the pseudonym), every other
        pupil becomes "[en klassekammerat]"."""
        own = self.pseudonyms.of(pupil.id) if self.pseudonyms is not None else None
        return only_this_pupil(self.finder, pupil.id, own, self.report)


def _letters_key(label: str) -> tuple[int, str]:
    letters = label.split()[-1]
    return len(letters), letters


def names_for(kind: DocumentKind | str, content: ConferenceContent) -> DocumentNames:
    return DocumentNames(DocumentKind(kind), content)
