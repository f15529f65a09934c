"""The class agreements that answer the wellbeing survey, grouped under the indicator or question they answer.

An agreement made with "Lav aftale" on an indicator or a question is linked to it (``Agreement.indicator``,
``Agreement.question_code``). The class's wellbeing page, the minutes and the class sheet list those agreements
under what they answer. Only agreements for the whole class are listed: survey data must never be the basis
for action towards one named pupil, so an agreement that concerns pupils is left out entirely and no pupil's
name can appear here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.agreement import (
    STILL_OPEN,
    Agreement,
    AgreementScope,
    AgreementStatus,
    ResponsibleKind,
    agreement_status_label,
    responsible_label,
)
from app.domain.school import SchoolClass, class_name
from app.domain.wellbeing import INDICATOR_ORDER, Indicator, indicator_label
from app.i18n import tr
from app.storage.queries import (
    agreements as agreement_queries,
    conferences as conference_queries,
    school as school_queries,
    wellbeing as wellbeing_queries,
)
from app.storage.store import Store


@dataclass(frozen=True)
class SurveyLink:
    """What a group of agreements answers: an indicator, or (without one) a question of the survey."""

    indicator: Indicator | None = None
    question_code: str | None = None
    question_text: str = ""  # the question's wording in the newest result that has it ("" when unknown)

    @property
    def label(self) -> str:
        """ "Ro og orden", or the question's wording ("Spørgsmål A10" when the wording is unknown)."""
        if self.indicator is not None:
            return indicator_label(self.indicator)
        return self.question_text or tr("agreement", "Question {code}").format(code=self.question_code or "")

    @property
    def kind_label(self) -> str:
        """ "Indikator" or "Spørgsmål": what the label names."""
        return tr("agreement", "Indicator") if self.indicator is not None else tr("agreement", "Question")


@dataclass(frozen=True)
class LinkedAgreement:
    """One class agreement answering the survey, ready to show: no pupil is named."""

    agreement: Agreement
    responsible: str  # the staff member's name, or "Forældrene"
    made_on: date | None  # the date of the conference it was made at
    class_name: str  # the class's name then ("4.B" for an agreement made last school year)
    question_code: str | None = None  # a question it also answers (when it is listed under an indicator)
    question_text: str = ""
    status_then: AgreementStatus | None = None  # with ``made_until``: the status on that day

    @property
    def status(self) -> AgreementStatus:
        return AgreementStatus(self.status_then or self.agreement.status)

    @property
    def status_text(self) -> str:
        return agreement_status_label(self.status)

    @property
    def text(self) -> str:
        return self.agreement.text

    @property
    def deadline(self) -> date | None:
        return self.agreement.deadline

    @property
    def still_open(self) -> bool:
        return self.status in STILL_OPEN

    def is_overdue(self, today: date) -> bool:
        return self.still_open and self.deadline is not None and self.deadline < today

    @property
    def question_label(self) -> str:
        """The question it also answers, for a line under the text ("" when none)."""
        if not self.question_code:
            return ""
        return self.question_text or tr("agreement", "Question {code}").format(code=self.question_code)


def _is_class_agreement(agreement: Agreement, with_pupils: set[str]) -> bool:
    return (
        AgreementScope(agreement.scope) == AgreementScope.CLASS
        and ResponsibleKind(agreement.responsible_kind) != ResponsibleKind.PUPIL
        and agreement.id not in with_pupils
    )


def agreements_by_survey_link(
    store: Store, school_class: SchoolClass, *, made_until: date | None = None, frozen=None
) -> dict[SurveyLink, list[LinkedAgreement]]:
    """The cohort's class agreements (all school years) that answer an indicator or a question, grouped.

    Groups come in the survey's order: the indicators (social, faglig, støtte, ro, generel), then questions
    without an indicator in the order of the newest result that has them. Within a group, agreements still
    open come first, by deadline (none last); then the closed ones. An agreement linked to both an indicator
    and a question is listed under the indicator and names the question. ``made_until`` leaves out agreements
    made at conferences after that date (the minutes of an earlier conference), and gives each agreement its
    status on that date: the outcome of its latest review at a conference held by then, else "Åben".
    """
    agreements = agreement_queries.survey_linked_agreements(store, school_class.cohort_id)
    if not agreements:
        return {}
    with_pupils = agreement_queries.agreements_with_pupils(store, school_class.cohort_id)
    held_on = conference_queries.conference_dates(store)
    agreements = [a for a in agreements if _is_class_agreement(a, with_pupils)]
    if made_until is not None:
        agreements = [a for a in agreements if a.made_in_conference_id is None
                      or held_on.get(a.made_in_conference_id, date.min) <= made_until]
    if not agreements:
        return {}
    if frozen is not None:  # a held conference's record: texts and deadlines as they were when it closed
        agreements = frozen(agreements)
    status_then: dict[str, AgreementStatus] = {}
    if made_until is not None:
        for agreement_id, status in agreement_queries.latest_outcomes_until(
                store, school_class.cohort_id, made_until).items():
            status_then[agreement_id] = AgreementStatus(status)

    # The questions' wording and order from the newest of the cohort's results that has each question.
    codes = sorted({a.question_code for a in agreements if a.question_code})
    questions = wellbeing_queries.question_wording(store, school_class.cohort_id, codes)

    classes = {c.id: c for c in school_queries.cohort_classes(store, school_class.cohort_id)}
    staff_names = school_queries.staff_names(store)

    def name_of(class_id: str) -> str:
        found = classes.get(class_id)
        return class_name(found.grade, found.letter) if found else ""

    groups: dict[SurveyLink, list[LinkedAgreement]] = {}
    for agreement in agreements:
        code = agreement.question_code or None
        text = questions.get(code, ("", 0))[0] if code else ""
        if agreement.indicator:
            link = SurveyLink(indicator=Indicator(agreement.indicator))
        else:
            link = SurveyLink(question_code=code, question_text=text)
        groups.setdefault(link, []).append(LinkedAgreement(
            agreement=agreement,
            responsible=responsible_label(ResponsibleKind(agreement.responsible_kind),
                                          staff_names.get(agreement.responsible_staff_id or "", "")),
            made_on=held_on.get(agreement.made_in_conference_id or ""),
            class_name=name_of(agreement.class_id),
            question_code=code if agreement.indicator else None,
            question_text=text if agreement.indicator else "",
            status_then=status_then.get(agreement.id, AgreementStatus.OPEN) if made_until is not None else None,
        ))

    def group_order(link: SurveyLink):
        if link.indicator is not None:
            return (0, INDICATOR_ORDER.index(link.indicator), 0, "")
        position = questions.get(link.question_code or "", (None, None))[1]
        return (1, 0, position if position is not None else 10**6, link.question_code or "")

    def agreement_order(item: LinkedAgreement):
        a = item.agreement
        return (not item.still_open, a.deadline is None, a.deadline or date.max, a.created_at)

    return {link: sorted(groups[link], key=agreement_order) for link in sorted(groups, key=group_order)}
