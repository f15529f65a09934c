"""Referat: the minutes of the meeting, for the team (internal). A document of record.

What a school expects of a klassekonference referat (docs/referat.md): the meeting's facts with the actual
start and end from the meeting clock; who was present and who sent apologies; the agenda with a short
referat or decision per item; the agreements followed up with the outcome given; the class's wellbeing; each
pupil discussed (strengths first, then the conclusion the meeting reached); the new agreements (what, who, by
when); "Eventuelt"; the next meeting; approval, distribution and signatures.

Before the meeting is closed the referat is a draft: every page says UDKAST, nobody is "til stede" yet, the
agreements are proposals and nothing is stated as decided. An årgangskonference is one meeting: one referat
with the classes as sections. With --anonymize pupils are "Elev A", "Elev B" … (also inside the texts).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from app.domain.formatting import long_date
from app.i18n import tr
from app.services.export.content import ConferenceContent, DocumentKind, PupilPart
from app.services.export.names import DocumentNames, names_for
from app.services.export.pdf_layout import (
    block_end,
    block_start,
    build_pdf,
    empty_note,
    facts,
    heading,
    labelled,
    labelled_block,
    para,
    signature_table,
    table,
    title_block,
)
from app.services.export.sections import (
    absence_lines,
    agreement_cell,
    deadline_text,
    meeting_facts,
    meeting_name,
    note_lines,
    page_info,
    participants_table,
    pseudonymised_note,
    section_heading,
    status_text,
    subjects_table,
)
from app.services.export.wellbeing_pdf import survey_agreements_section, wellbeing_section

KIND = DocumentKind.PROTOCOL


def pupils_discussed(content: ConferenceContent) -> list[PupilPart]:
    """The pupils discussed at the meeting; before it is held, also those flagged for discussion."""
    found = []
    for part in content.pupils:
        review = part.review
        if review is None:
            continue
        if review.discussed or (content.is_draft and review.needs_discussion):
            found.append(part)
    return found


def record_facts(content: ConferenceContent) -> list[tuple[str, str]]:
    conference = content.conference
    rows = meeting_facts(content, record=True)
    if content.is_draft:
        status = tr("export", "Draft – the meeting has not been closed")
    elif conference.approved_by.strip() and conference.approved_on:
        status = tr("export", "Approved by {name} on {date}").format(
            name=conference.approved_by.strip(), date=long_date(conference.approved_on))
    elif conference.approved_by.strip():
        status = tr("export", "Approved by {name}").format(name=conference.approved_by.strip())
    else:
        status = tr("export", "Closed, not yet approved")
    rows.append((tr("export", "Minutes status"), status))
    rows.append((tr("export", "Distribution"), conference.distribution.strip()))
    return rows


def attendance_lines(content: ConferenceContent) -> list[Flowable]:
    """ "Til stede: …" and "Afbud: …" as lines (after the meeting); before it only the apologies given."""
    present = [p.name for p in content.participants if p.present]
    absent = [p.name for p in content.participants if not p.present]
    lines = []
    if not content.is_draft:
        lines.append((tr("export", "Present"), ", ".join(present) or "–"))
    lines.append((tr("export", "Sent apologies"), ", ".join(absent) or tr("export", "none")))
    return [facts(lines)]


def agenda_section(content: ConferenceContent, scrub) -> list[Flowable]:
    story = heading(tr("export", "Agenda and minutes per item"))
    if not content.agenda:
        return story + [empty_note(tr("export", "The agenda is empty."))]
    empty = tr("export", "(to be written in the meeting)") if content.is_draft else "–"
    rows = [[f"{n}.", item.title, scrub(item.minutes) or empty] for n, item in enumerate(content.agenda, start=1)]
    story.append(table(["", tr("export", "Item"), tr("export", "Minutes / decision")], rows, [0.06, 0.3, 0.64]))
    return story


def class_section(content: ConferenceContent, names: DocumentNames) -> list[Flowable]:
    scrub, name = names.scrub, names.name
    draft = content.is_draft
    story: list[Flowable] = heading(section_heading(content, tr("export", "Follow-up on agreements")))
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

    story += heading(section_heading(content, tr("export", "Pupil review")))
    discussed = names.in_order(pupils_discussed(content))
    if not discussed:
        story.append(empty_note(tr("export", "No pupils have been flagged for discussion.") if draft
                                else tr("export", "No pupils were discussed.")))
    for part in discussed:
        story += pupil_block(part, names, draft)

    story += heading(section_heading(content, tr("export", "Proposed new agreements") if draft
                                     else tr("export", "New agreements")))
    made = content.agreements_made
    if made:
        rows = [[agreement_cell(p, name, scrub), p.responsible, deadline_text(p)] for p in made]
        story.append(table([tr("export", "What"), tr("export", "Who"), tr("export", "By when")], rows,
                           [0.6, 0.24, 0.16]))
    else:
        story.append(empty_note(tr("export", "No proposals yet.") if draft
                                else tr("export", "No new agreements were made.")))
    return story


def pupil_block(part: PupilPart, names: DocumentNames, draft: bool) -> list[Flowable]:
    review = part.review
    assert review is not None  # the protocol shows the pupils reviewed at this conference
    scrub = names.scrub
    shown = names.name(part.pupil)
    story: list[Flowable] = heading(shown, 2)
    story.insert(1, block_start(shown))
    story += labelled(tr("export", "Strengths and resources"), scrub(review.strengths))
    story += labelled(tr("export", "Conclusion"), scrub(review.conclusion))
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
    story += labelled(tr("export", "Suggested next steps") if draft else tr("export", "Next steps"),
                      scrub(review.next_steps))
    story += note_lines(part.notes, scrub)
    story.append(block_end())
    return story


def closing_section(content: ConferenceContent, names: DocumentNames) -> list[Flowable]:
    """Eventuelt, the next meeting and the signatures: kept together, so the signatures never stand alone."""
    conference = content.conference
    empty = tr("export", "(to be written in the meeting)") if content.is_draft else tr("export", "Nothing.")
    block: list[Flowable] = [para(tr("export", "Any other business"), "h1"),
                             para(names.scrub(conference.any_other_business) or empty)]
    block.append(para(tr("export", "Next meeting"), "h1"))
    block.append(para(long_date(conference.next_meeting_on) if conference.next_meeting_on
                      else tr("export", "Not fixed yet.")))
    block.append(para(tr("export", "Signatures"), "h1"))
    leader = content.participant(conference.leader_id)
    minute_taker = content.participant(conference.minute_taker_id)
    block.append(signature_table([
        (tr("export", "Chair"), leader.name if leader else ""),
        (tr("export", "Minutes by"), minute_taker.name if minute_taker else ""),
    ]))
    return [KeepTogether(block)]


def flowables(content: ConferenceContent, names: DocumentNames | None = None) -> list[Flowable]:
    names = names or names_for(KIND, content)
    story: list[Flowable] = title_block(tr("export", "Minutes"), meeting_name(content))
    story.append(facts(record_facts(content)))
    if names.pseudonymised:
        story.append(para(pseudonymised_note(), "muted"))

    story += heading(tr("export", "Participants"))
    story += attendance_lines(content)
    story.append(participants_table(content, presence=True))
    story += agenda_section(content, names.scrub)
    for section in content.class_sections():
        story += class_section(section, names)
    story += closing_section(content, names)
    return story


def render(content: ConferenceContent, names: DocumentNames | None = None) -> bytes:
    return build_pdf(flowables(content, names), page_info(content, KIND))
