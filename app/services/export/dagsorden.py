"""Dagsorden og forberedelse: sent about a week before the conference, for the team (internal).

The agenda with times from the start time and the planned minutes, the participants and their roles, the
pupils flagged for discussion (strengths first), how far the reviews are prepared, and the agreements due
for review.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.i18n import tr
from app.services.export.content import ConferenceContent, DocumentKind
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
    space,
    table,
    title_block,
)
from app.services.export.sections import (
    agenda_rows,
    agreement_cell,
    deadline_text,
    meeting_facts,
    meeting_name,
    note_lines,
    overdue_rows,
    page_info,
    participants_table,
    pseudonymised_note,
    section_heading,
    status_text,
    subjects_table,
)

KIND = DocumentKind.AGENDA


def flowables(content: ConferenceContent, names: DocumentNames | None = None) -> list[Flowable]:
    names = names or names_for(KIND, content)
    story: list[Flowable] = title_block(tr("export", "Agenda and preparation"), meeting_name(content))
    story.append(facts(meeting_facts(content)))
    if names.pseudonymised:
        story.append(para(pseudonymised_note(), "muted"))

    story += heading(tr("export", "Agenda"))
    if content.agenda:
        story.append(table([tr("export", "Time"), tr("export", "Item"), tr("export", "Planned")],
                           agenda_rows(content), [0.2, 0.62, 0.18]))
    else:
        story.append(empty_note(tr("export", "The agenda is empty.")))

    story += heading(tr("export", "Participants"))
    story.append(participants_table(content))

    for section in content.class_sections():
        story += class_section(section, names)
    return story


def class_section(content: ConferenceContent, names: DocumentNames) -> list[Flowable]:
    """Agreements, flagged pupils and preparation of one class (each class of an årgangskonference)."""
    _name, _same = names.name, names.scrub
    story: list[Flowable] = []
    story += heading(section_heading(content, tr("export", "Agreements to follow up")))
    due = content.agreements_due
    if due:
        rows = [
            [
                agreement_cell(p, _name, _same), p.responsible, deadline_text(p),
                status_text(p, on=content.conference.held_on),
            ]
            for p in due
        ]
        story.append(table([tr("export", "Agreement"), tr("export", "Responsible"), tr("export", "Deadline"),
                            tr("export", "Status")], rows, [0.52, 0.2, 0.13, 0.15],
                           highlight_rows=overdue_rows(due, content)))
        if overdue_rows(due, content):
            story.append(space(1.5))
            story.append(para(tr("export", "Agreements whose deadline has passed say “overdue” and are shaded."),
                              "muted"))
    else:
        story.append(empty_note(tr("export", "No agreements are due for review.")))

    flagged = names.in_order([part for part in content.pupils
                              if part.review is not None and part.review.needs_discussion])
    story += heading(section_heading(content, tr("export", "Pupils flagged for discussion")))
    if not flagged:
        story.append(empty_note(tr("export", "No pupils have been flagged for discussion.")))
    for part in flagged:
        review = part.review
        story += heading(_name(part.pupil), 2)
        story.append(block_start(_name(part.pupil)))
        story += labelled(tr("export", "Strengths and resources"), _same(review.strengths))
        story += labelled(tr("export", "The pupil's own perspective"), _same(review.pupil_perspective))
        story += labelled(tr("export", "Wellbeing and social situation"), _same(review.wellbeing_notes))
        story += labelled(tr("export", "What has been tried"), _same(review.tried))
        story += labelled(tr("export", "Suggested next steps"), _same(review.next_steps))
        subjects = subjects_table(part.subjects, _same, evidence=False)
        if subjects is not None:
            story.append(labelled_block(tr("export", "Academic status"), subjects))
        story += note_lines(part.notes, _same)
        story.append(block_end())

    story += heading(section_heading(content, tr("export", "Preparation of the pupil reviews")))
    reviewed = names.in_order([part for part in content.pupils if part.review is not None])
    if reviewed:
        rows = []
        for part in reviewed:
            progress = part.review.preparation_progress(len(part.subjects))
            rows.append([
                _name(part.pupil),
                tr("export", "Yes") if part.review.needs_discussion else "",
                tr("export", "{percent} %").format(percent=round(progress * 100)),
            ])
        story.append(table([tr("export", "Pupil"), tr("export", "For discussion"), tr("export", "Prepared")],
                           rows, [0.56, 0.22, 0.22]))
    else:
        story.append(empty_note(tr("export", "No pupil reviews yet.")))
    return story


def render(content: ConferenceContent, names: DocumentNames | None = None) -> bytes:
    return build_pdf(flowables(content, names), page_info(content, KIND))
