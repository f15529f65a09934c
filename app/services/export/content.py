"""What the handouts show, read from the file in one go and filtered once.

:func:`collect` reads everything one class's documents need from a conference (a few queries, no
per-pupil round trips) and applies the rules that hold for every document: confidential notes are left
out unless the user chose them for this export, and survey results only leave through the wellbeing
service's anonymity rule. The PDF modules then only lay the content out (and can do so in a worker thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.domain.agreement import (
    Agreement,
    AgreementReview,
    AgreementScope,
    ResponsibleKind,
    agreements_for_review,
    responsible_label,
)
from app.domain.base import RuleError
from app.domain.collation import name_key
from app.domain.conference import AgendaItem, Conference, ConferenceKind, ConferenceParticipant, ConferenceStatus
from app.domain.mentions import MentionFinder
from app.domain.notes import PupilNote
from app.domain.review import PupilReview, SubjectAssessment
from app.domain.school import (
    Pupil,
    PupilStatus,
    School,
    SchoolClass,
    SchoolYear,
    danish_sort_key,
    normalize_class_name,
)
from app.domain.wellbeing import ShownResult
from app.i18n import tr
from app.services import conferences as conference_service, school as school_service
from app.services.export.as_of import agreements_as_of
from app.services.mentions import finder_for
from app.services.survey_agreements import LinkedAgreement, SurveyLink, agreements_by_survey_link
from app.services.wellbeing_view import class_wellbeing
from app.storage.queries import (
    agreements as agreement_queries,
    conferences as conference_queries,
    reviews as review_queries,
    school as school_queries,
)
from app.storage.store import Store


class DocumentKind(StrEnum):
    AGENDA = "dagsorden"
    PROTOCOL = "referat"  # the minutes; "protokol" (the old name) is read as an alias
    CLASS_SHEET = "klasse"
    PUPIL_SHEETS = "elevark"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.strip().lower() == "protokol":
            return cls.PROTOCOL
        return None


def document_title(kind: DocumentKind) -> str:
    return {
        DocumentKind.AGENDA: tr("export", "Agenda and preparation"),
        DocumentKind.PROTOCOL: tr("export", "Minutes"),
        DocumentKind.CLASS_SHEET: tr("export", "Class sheet"),
        DocumentKind.PUPIL_SHEETS: tr("export", "Pupil sheets"),
    }[DocumentKind(kind)]


# The documents for the team, marked "Fortroligt" on every page. Only these show notes about pupils; the class
# sheet and the pupil sheets (for parents) never do.
INTERNAL_KINDS = (DocumentKind.AGENDA, DocumentKind.PROTOCOL)


def is_internal(kind: DocumentKind) -> bool:
    return DocumentKind(kind) in INTERNAL_KINDS


@dataclass(frozen=True)
class ExportOptions:
    anonymize: bool = False  # pseudonyms ("Elev A") instead of pupils' names, also inside the texts
    include_confidential: bool = False  # confidential notes are left out unless the user chose them
    pupil_ids: tuple[str, ...] | None = None  # pupil sheets for these pupils only (None: every pupil)
    skip_empty: bool = False  # pupil sheets: leave out pupils with nothing written (counted in a note)


@dataclass
class PupilPart:
    pupil: Pupil
    review: PupilReview | None
    subjects: list[SubjectAssessment] = field(default_factory=list)
    notes: list[PupilNote] = field(default_factory=list)  # already filtered for confidentiality


@dataclass
class AgreementPart:
    agreement: Agreement
    pupils: list[Pupil]
    responsible: str
    outcome: AgreementReview | None = None  # the outcome given at this conference, if any
    made_on: date | None = None

    @property
    def for_class(self) -> bool:
        return AgreementScope(self.agreement.scope) == AgreementScope.CLASS


@dataclass
class ConferenceContent:
    school: School
    school_class: SchoolClass
    conference: Conference
    participants: list[ConferenceParticipant]
    agenda: list[AgendaItem]
    pupils: list[PupilPart]
    agreements_due: list[AgreementPart]
    agreements_made: list[AgreementPart]
    wellbeing_current: ShownResult | None
    wellbeing_previous: ShownResult | None
    options: ExportOptions
    today: date
    staff_names: list[str] = field(default_factory=list)  # never replaced when pupils' names are
    wellbeing_history: list[ShownResult] = field(default_factory=list)  # the cohort's results up to the conference
    class_names_by_year: dict[int, str] = field(default_factory=dict)  # 2025 -> "4.B", 2026 -> "5.B"
    # The cohort's class agreements about the survey, made up to the conference, under what they answer.
    survey_agreements: dict[SurveyLink, list[LinkedAgreement]] = field(default_factory=dict)
    # Every pupil of the school (all classes, former pupils too), the staff and the guests: finds names in texts.
    finder: MentionFinder | None = None
    # An årgangskonference is one meeting: the other classes' content, for one agenda and one referat.
    other_classes: list[ConferenceContent] = field(default_factory=list)

    @property
    def year_group(self) -> bool:
        return ConferenceKind(self.conference.kind) == ConferenceKind.YEAR_GROUP

    def class_sections(self) -> list[ConferenceContent]:
        """This class and (at an årgangskonference) the other classes of the meeting, by name."""
        return sorted([self, *self.other_classes], key=lambda c: (c.school_class.grade, c.school_class.letter))

    @property
    def class_name(self) -> str:
        return self.school_class.name

    def participant(self, participant_id: str | None) -> ConferenceParticipant | None:
        return next((p for p in self.participants if p.id == participant_id), None)

    @property
    def as_of_today(self) -> bool:
        """The class has no conference: its documents show it as it is today."""
        return self.conference.id == AS_OF_TODAY

    @property
    def is_draft(self) -> bool:
        """Before the meeting is closed every document is a draft: proposals, not decisions."""
        return not self.as_of_today and ConferenceStatus(self.conference.status) != ConferenceStatus.HELD

    def all_pupils(self) -> list[Pupil]:
        """This class's pupils (the pupils of every class of an årgangskonference, so pseudonyms stay unique)."""
        return [part.pupil for section in [self, *self.other_classes] for part in section.pupils]


# -- finding classes and conferences ---------------------------------------------------------------
def find_class(store: Store, name: str, school_year: int) -> SchoolClass:
    """The class called ``name`` ("5.B", "5b") in the school year; a Danish error that lists the classes."""
    grade, letter = normalize_class_name(name)
    classes = school_service.classes_of_year(store, school_year)
    for school_class in classes:
        if school_class.grade == grade and school_class.letter == letter:
            return school_class
    known = ", ".join(c.name for c in classes) or tr("export", "none")
    raise RuleError(
        tr("export", "There is no class {name} in the school year {year}. The classes are: {known}.").format(
            name=name.strip(), year=SchoolYear(school_year).label, known=known
        )
    )


def find_pupil(store: Store, school_class: SchoolClass, name: str) -> Pupil:
    """The pupil of the class called ``name`` (full name, or a given name that only one pupil has; case and
    extra spaces do not matter); a Danish error listing the class's pupils otherwise."""
    wanted = " ".join(name.split()).casefold()
    pupils = school_service.pupils_of_class(store, school_class)
    exact = [p for p in pupils if " ".join(p.full_name.split()).casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    given = [p for p in pupils if p.given_name.casefold() == wanted or (p.call_name or "").casefold() == wanted]
    if len(given) == 1:
        return given[0]
    known = ", ".join(p.full_name for p in pupils) or tr("export", "none")
    if len(given) > 1:
        raise RuleError(tr("export", "Several pupils in {name} are called “{pupil}”. Write the full name: {known}.")
                        .format(name=school_class.name, pupil=name.strip(), known=known))
    raise RuleError(tr("export", "There is no pupil “{pupil}” in {name}. The pupils are: {known}.").format(
        name=school_class.name, pupil=name.strip(), known=known))


def latest_conference(store: Store, school_class: SchoolClass) -> Conference | None:
    """The class's newest conference, planned or held (following the pupils across school years)."""
    found = conference_service.conferences_of_class(store, school_class)
    return found[-1] if found else None


def conference_by_id(store: Store, school_class: SchoolClass, conference_id: str) -> Conference:
    for conference in conference_service.conferences_of_class(store, school_class):
        if conference.id == conference_id.strip():
            return conference
    raise RuleError(
        tr("export", "The class {name} has no conference with the id “{id}”.").format(
            name=school_class.name, id=conference_id.strip()
        )
    )


# The id of the stand-in "conference" of a class that has none yet: its documents are "as of today".
AS_OF_TODAY = "as-of-today"


def today_stand_in(store: Store, school_class: SchoolClass, today: date | None = None) -> Conference:
    """A class without a conference can still be exported (class sheet, workbook): an unsaved stand-in dated
    today, which finds no reviews, notes or outcomes, and whose documents say "pr. <dato>" (never UDKAST)."""
    return Conference(id=AS_OF_TODAY, school_id=school_class.school_id, school_year=school_class.school_year,
                      grade=school_class.grade, held_on=today or date.today(), status=ConferenceStatus.PLANNED)


def class_at_conference(store: Store, conference: Conference, school_class: SchoolClass | None = None) -> SchoolClass:
    """The class (as it was at the conference) that the documents are about: the one of ``school_class``'s
    pupils, or the conference's first class when none is given."""
    if conference.id == AS_OF_TODAY and school_class is not None:
        return school_class
    classes = conference_service.classes_of_conference(store, conference)
    if not classes:
        raise RuleError(tr("export", "The conference has no class."))
    if school_class is None:
        return classes[0]
    for candidate in classes:
        if candidate.cohort_id == school_class.cohort_id:
            return candidate
    raise RuleError(
        tr("export", "The class {name} did not take part in this conference.").format(name=school_class.name)
    )


# -- reading everything ----------------------------------------------------------------------------
def collect(
    store: Store,
    conference: Conference,
    school_class: SchoolClass | None = None,
    options: ExportOptions | None = None,
    today: date | None = None,
    finder: MentionFinder | None = None,
    *,
    with_other_classes: bool = True,
) -> ConferenceContent:
    """Everything the documents about ``school_class`` at ``conference`` show, with the rules applied.
    ``finder``: the school's mention finder, when the caller already has it (one per export of many classes)."""
    options = options or ExportOptions()
    today = today or date.today()
    school_class = class_at_conference(store, conference, school_class)
    cohort_classes = school_service.cohort_classes(store, school_class)
    cohort_ids = [c.id for c in cohort_classes]
    staff_names = school_queries.staff_names(store)

    # Pupils of the class with their review, subjects and this conference's notes.
    reviews = {r.pupil_id: r for r in conference_service.reviews_of(store, conference)}
    members = school_service.pupils_of_class(store, school_class)
    pupils = [p for p in members if p.id in reviews or PupilStatus(p.status) == PupilStatus.ACTIVE]
    subjects: dict[str, list[SubjectAssessment]] = {}
    for subject in review_queries.subjects_at_conference(store, conference.id):
        subjects.setdefault(subject.review_id, []).append(subject)
    notes: dict[str, list[PupilNote]] = {}
    for note in review_queries.notes_at_conference(store, conference.id):
        if note.confidential and not options.include_confidential:
            continue  # the one place where confidential notes are kept out of every document
        notes.setdefault(note.pupil_id, []).append(note)
    parts = []
    for pupil in pupils:
        review = reviews.get(pupil.id)
        parts.append(
            PupilPart(
                pupil=pupil, review=review, subjects=subjects.get(review.id, []) if review else [],
                notes=notes.get(pupil.id, []),
            )
        )

    # Agreements of the class's pupils (across school years): due for review here, and made here.
    links = agreement_queries.links_of_classes(store, cohort_ids)
    pupil_ids = {link.pupil_id for link in links}
    known_pupils = {p.id: p for p in members}
    missing = pupil_ids - set(known_pupils)
    if missing:
        for pupil in store.find(Pupil, id=sorted(missing)):
            known_pupils[pupil.id] = pupil
    pupils_by_agreement: dict[str, list[Pupil]] = {}
    for link in links:
        pupils_by_agreement.setdefault(link.agreement_id, []).append(known_pupils[link.pupil_id])
    for linked in pupils_by_agreement.values():
        linked.sort(key=lambda p: (danish_sort_key(p.given_name), danish_sort_key(p.family_name)))
    outcomes = {r.agreement_id: r for r in store.find(AgreementReview, conference_id=conference.id)}
    held_on = conference_queries.conference_dates(store)

    def part(agreement: Agreement) -> AgreementPart:
        kind = ResponsibleKind(agreement.responsible_kind)
        return AgreementPart(
            agreement=agreement,
            pupils=pupils_by_agreement.get(agreement.id, []),
            responsible=responsible_label(kind, staff_names.get(agreement.responsible_staff_id or "", "")),
            outcome=outcomes.get(agreement.id),
            made_on=held_on.get(agreement.made_in_conference_id or ""),
        )

    cohort_agreements = store.find(Agreement, class_id=cohort_ids, order_by="created_at")
    if ConferenceStatus(conference.status) == ConferenceStatus.HELD and conference.closed_at:
        # Made outside any conference after the meeting was closed: not part of its record (those made at a
        # conference are placed by that conference's date).
        cohort_agreements = [a for a in cohort_agreements if a.made_in_conference_id is not None
                             or a.created_at <= conference.closed_at]
    frozen = agreements_as_of(store, conference, cohort_agreements)
    due_dates = {cid: day for cid, day in held_on.items()}
    due = [part(a) for a in agreements_for_review(conference.id, conference.held_on, frozen, due_dates, set(outcomes))]
    made = [part(a) for a in frozen if a.made_in_conference_id == conference.id]

    participants = conference_service.participants_of(store, conference)

    # Survey results through the anonymity rule, as the wellbeing page and the meeting show them: the class's
    # own school year against the result before it, and the cohort's results up to that year.
    view = class_wellbeing(store, school_class)
    current, previous = view.current, view.previous
    results = [r for r in view.history if r.survey_year <= school_class.school_year]

    finder = finder or finder_for(store)
    others = []
    if with_other_classes and ConferenceKind(conference.kind) == ConferenceKind.YEAR_GROUP:
        others = [collect(store, conference, other, options, today, finder, with_other_classes=False)
                  for other in conference_service.classes_of_conference(store, conference)
                  if other.id != school_class.id]
    return ConferenceContent(
        other_classes=others,
        school=school_service.the_school(store),
        school_class=school_class,
        conference=conference,
        participants=participants,
        agenda=conference_service.agenda_of(store, conference),
        pupils=parts,
        agreements_due=due,
        agreements_made=made,
        wellbeing_current=current,
        wellbeing_previous=previous,
        options=options,
        today=today,
        staff_names=sorted(set(staff_names.values()) | {p.name for p in participants}, key=name_key),
        wellbeing_history=results,
        class_names_by_year={c.school_year: c.name for c in cohort_classes},
        survey_agreements=agreements_by_survey_link(store, school_class, made_until=conference.held_on,
                                                     frozen=lambda found: agreements_as_of(store, conference, found)),
        finder=finder,
    )
