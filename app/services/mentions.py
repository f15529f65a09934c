"""The school's :class:`MentionFinder`: every pupil (all classes and years, former pupils too), the staff
and the conferences' guests, read in one go. Used by the handouts, erasure and the projector view.

The projector view (app/ui, F8) shows free texts through :func:`projector_filter`, which replaces every
pupil's name but ``shown_pupil_id``'s own ("[en klassekammerat]"); build the finder once with
:func:`projector_finder` and a filter per pupil shown.
"""

from __future__ import annotations

from app.domain.mentions import MentionFinder, Person
from app.domain.pseudonyms import TextFilter, name_nobody, only_these_pupils, only_this_pupil
from app.domain.school import Pupil, StaffMember
from app.storage.queries import conferences as conference_queries
from app.storage.store import Store


def pupil_person(pupil: Pupil) -> Person:
    return Person(id=pupil.id, given_name=pupil.given_name, family_name=pupil.family_name,
                  call_name=getattr(pupil, "call_name", "") or "")


def finder_for(store: Store, *, adults: bool = True) -> MentionFinder:
    """Every pupil of the file and (``adults``) every staff member and conference guest."""
    people = [pupil_person(p) for p in store.find(Pupil)]
    if adults:
        people += [Person(id=m.id, given_name=m.name, staff=True) for m in store.find(StaffMember)]
        guests = conference_queries.guest_names(store)
        people += [Person(id=f"guest:{name}", given_name=name, staff=True) for name in sorted(guests) if name]
    return MentionFinder(people)


def projector_finder(store: Store) -> MentionFinder:
    """The finder the projector view keeps while it is on (every pupil, staff member and guest)."""
    return finder_for(store)


def projector_filter(store: Store, shown_pupil_id: str | None = None,
                     finder: MentionFinder | None = None) -> TextFilter:
    """The filter for texts on the projector: no pupil named but the one being discussed (if any)."""
    finder = finder if finder is not None else finder_for(store)
    if shown_pupil_id:
        return only_this_pupil(finder, shown_pupil_id)
    return name_nobody(finder)


def projector_text(store: Store, text: str, shown_pupil_id: str | None = None) -> str:
    """One text for the projector (build :func:`projector_filter` once for many texts)."""
    return projector_filter(store, shown_pupil_id)(text)


class AgreementTexts:
    """On the projector, an agreement's texts (the agreement, its follow-up note) name only the pupils it
    concerns (listed beside it); every other pupil becomes "[en klassekammerat]". Call it with an agreement
    for its filter (made once per agreement)."""

    def __init__(self, store: Store, finder: MentionFinder | None = None):
        self.store = store
        self.finder = finder if finder is not None else finder_for(store)
        self._filters: dict[str, TextFilter] = {}

    def __call__(self, agreement) -> TextFilter:
        found = self._filters.get(agreement.id)
        if found is None:
            from app.services.agreements import pupils_of_agreement

            concerned = {pupil.id for pupil in pupils_of_agreement(self.store, agreement)}
            found = self._filters[agreement.id] = only_these_pupils(self.finder, concerned)
        return found
