"""Protokol: the minutes after the meeting, for the team (internal).

Participants; the agreements followed up with the outcome and note given at this conference; the class's
wellbeing with its chart and the class agreements about it (under the indicator or question they
answer); each pupil discussed, strengths first; the new agreements as a table (what, who,
by when); space for signatures. With --anonymize pupils are "Elev A", "Elev B" … (pseudonyms, also inside
the texts, for every pupil of the school).
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.domain.conference import ConferenceStatus
from app.i18n import tr
from app.services.export.content import ConferenceContent, DocumentKind, PupilPart
from app.services.export.names import DocumentNames, names_for
from app.services.export.danish import long_date
from app.services.export.pdf_layout import (
    build_pdf,
    empty_note,
    facts,
    heading,
    labelled,
    labelled_block,
    para,
    signature_block,
    table,
    title_block,
)
from app.services.export.sections import (
    absence_lines,
    agreement_cell,
    deadline_text,
    meeting_facts,
    note_lines,
    page_info,
    participants_table,
    pseudonymised_note,
    status_text,
    subjects_table,
)
from app.services.export.wellbeing_pdf import survey_agreements_section, wellbeing_section

KIND = DocumentKind.PROTOCOL


def pupils_discussed(content: ConferenceContent) -> list[PupilPart]:
    """The pupils discussed at the meeting; before it is held, also those flagged for discussion."""
    held = content.conference.status == ConferenceStatus.HELD
    found = []
    for part in content.pupils:
        review = part.review
        if review is None:
            continue
        if review.discussed or (not held and review.needs_discussion):
            found.append(part)
    return found


def flowables(content: ConferenceContent, names: DocumentNames | None = None) -> list[Flowable]:
    names = names or names_for(KIND, content)
    anonymize = names.pseudonymised
    scrub, name = names.scrub, names.name

    subtitle = tr("export", "Class conference for {name}, {date}").format(
        name=content.class_name, date=long_date(content.conference.held_on)
    )
    if content.conference.status != ConferenceStatus.HELD:
        subtitle += " – " + tr("export", "draft: the conference has not been closed yet")
    story: list[Flowable] = title_block(tr("export", "Minutes"), subtitle)
    story.append(facts(meeting_facts(content)))
    if anonymize:
        story.append(para(pseudonymised_note(), "muted"))

    story += heading(tr("export", "Participants"))
    story.append(participants_table(content, presence=True))

    story += heading(tr("export", "Follow-up on agreements"))
    due = content.agreements_due
    if due:
        rows = [[agreement_cell(p, name, scrub), p.responsible, deadline_text(p),
                 status_text(p, at_conference=True), scrub(p.outcome.note if p.outcome else "")] for p in due]
        story.append(table(
            [tr("export", "Agreement"), tr("export", "Responsible"), tr("export", "Deadline"), tr("export", "Status"),
             tr("export", "Note")],
            rows, [0.30, 0.15, 0.13, 0.14, 0.28],
        ))
    else:
        story.append(empty_note(tr("export", "No agreements from earlier conferences were due for review.")))

    story += wellbeing_section(content.wellbeing_current, content.wellbeing_previous)
    story += survey_agreements_section(content.survey_agreements, scrub)

    story += heading(tr("export", "Pupil review"))
    discussed = names.in_order(pupils_discussed(content))
    if not discussed:
        story.append(empty_note(tr("export", "No pupils were discussed.")))
    for part in discussed:
        review = part.review
        story += heading(name(part.pupil), 2)
        story += labelled(tr("export", "Strengths and resources"), scrub(review.strengths))
        story += labelled(tr("export", "The pupil's own perspective"), scrub(review.pupil_perspective))
        subjects = subjects_table(part.subjects, scrub)
        if subjects is not None:
            story.append(labelled_block(tr("export", "Academic status"), subjects))
        story += labelled(tr("export", "Wellbeing and social situation"), scrub(review.wellbeing_notes))
        absence = absence_lines(review, scrub)
        if absence:
            story.append(para(tr("export", "Absence"), "label"))
            story += absence
        story += labelled(tr("export", "What has been tried"), scrub(review.tried))
        story += labelled(tr("export", "Next steps"), scrub(review.next_steps))
        story += note_lines(part.notes, scrub)

    story += heading(tr("export", "New agreements"))
    made = content.agreements_made
    if made:
        rows = [[agreement_cell(p, name, scrub), p.responsible, deadline_text(p)] for p in made]
        story.append(table([tr("export", "What"), tr("export", "Who"), tr("export", "By when")], rows,
                           [0.6, 0.24, 0.16]))
    else:
        story.append(empty_note(tr("export", "No new agreements were made.")))

    story += heading(tr("export", "Signatures"))
    leader = content.participant(content.conference.leader_id)
    minute_taker = content.participant(content.conference.minute_taker_id)
    story.append(signature_block([
        (tr("export", "Chair"), leader.name if leader else ""),
        (tr("export", "Minutes by"), minute_taker.name if minute_taker else ""),
    ]))
    return story


def render(content: ConferenceContent, names: DocumentNames | None = None) -> bytes:
    return build_pdf(flowables(content, names), page_info(content, KIND))
