"""Elevark: one page per pupil, for the pupil's folder or a conversation with the parents.

Each pupil's pages are numbered on their own ("Side 1 af 1"). Strengths first, the pupil's own words, the
goals per subject and the agreements that concern this pupil; no notes and nothing from the sensitive list
(next steps, wellbeing, absence: app/domain/sensitivity.py), which are for the team. Nothing about any other pupil:
agreements with several pupils do not list the others, and other pupils' names in free texts (any pupil of the
school, found by the one mention finder) are replaced by "[en klassekammerat]".
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from app.domain.formatting import long_date, plural, pupil_sheets
from app.domain.sensitivity import is_sensitive_field
from app.i18n import tr
from app.services.export.content import AgreementPart, ConferenceContent, DocumentKind, PupilPart
from app.services.export.names import DocumentNames, names_for
from app.services.export.pdf_layout import (
    build_pdf,
    empty_note,
    heading,
    labelled,
    page_header,
    para,
    table,
    title_block,
)
from app.services.export.sections import deadline_text, page_info, pseudonymised_note, status_text, subjects_table

KIND = DocumentKind.PUPIL_SHEETS


def sheets_for(content: ConferenceContent) -> list[PupilPart]:
    wanted = content.options.pupil_ids
    chosen = [part for part in content.pupils if wanted is None or part.pupil.id in wanted]
    if content.options.skip_empty:
        chosen = [part for part in chosen if has_something_written(part)]
    return chosen


def has_something_written(part: PupilPart) -> bool:
    """Strengths, the pupil's own words, next steps or a subject goal: something a sheet can show."""
    review = part.review
    if review is None:
        return False
    texts = (review.strengths, review.pupil_perspective, *(s.goal for s in part.subjects))
    return any((text or "").strip() for text in texts) or any(s.status for s in part.subjects)


def agreements_of(content: ConferenceContent, part: PupilPart) -> list[AgreementPart]:
    seen, found = set(), []
    for agreement in content.agreements_made + content.agreements_due:
        if agreement.agreement.id in seen:
            continue
        if any(p.id == part.pupil.id for p in agreement.pupils):
            seen.add(agreement.agreement.id)
            found.append(agreement)
    return found


def pupil_sheet(content: ConferenceContent, part: PupilPart, names: DocumentNames) -> list[Flowable]:
    pupil = part.pupil
    scrub = names.for_sheet(pupil)
    shown = names.name(pupil)
    story: list[Flowable] = [page_header(shown, restart_numbering=True)]
    story += title_block(
        shown,
        tr("export", "Class {name} · class conference {date}").format(
            name=content.class_name, date=long_date(content.conference.held_on)
        ),
    )
    if names.pseudonymised:
        story.append(para(pseudonymised_note(), "muted"))
    review = part.review
    if review is None:
        story.append(empty_note(tr("export", "The pupil has no review at this conference.")))
    else:
        story += heading(tr("export", "Strengths and resources"))
        if review.strengths.strip():
            story.append(para(scrub(review.strengths)))
        else:
            story.append(empty_note(tr("export", "The strengths have not been written yet.")))
        story += labelled(tr("export", "In the pupil's own words"), scrub(review.pupil_perspective))
        if part.subjects:
            story += heading(tr("export", "Goals"))
            story.append(subjects_table(part.subjects, scrub, evidence=False))
        # Sensitive fields (the one list in app/domain/sensitivity.py) never reach a sheet for the parents.
        if review.next_steps.strip() and not is_sensitive_field("next_steps"):
            story += heading(tr("export", "Suggested next steps") if content.is_draft else tr("export", "Next steps"))
            story.append(para(scrub(review.next_steps)))
    agreements = agreements_of(content, part)
    story += heading(tr("export", "Agreements"))
    if agreements:
        on = content.conference.held_on
        rows = [[scrub(a.agreement.text), a.responsible, deadline_text(a), status_text(a, on=on)] for a in agreements]
        story.append(table([tr("export", "Agreement"), tr("export", "Responsible"), tr("export", "Deadline"),
                            tr("export", "Status")], rows, [0.53, 0.2, 0.13, 0.14]))
    else:
        story.append(empty_note(tr("export", "No agreements concern the pupil.")))
    return story


def flowables(content: ConferenceContent, names: DocumentNames | None = None) -> list[Flowable]:
    names = names or names_for(KIND, content)
    story: list[Flowable] = []
    sheets = names.in_order(sheets_for(content))
    left_out = 0
    if content.options.skip_empty:
        wanted = content.options.pupil_ids
        left_out = sum(1 for part in content.pupils if (wanted is None or part.pupil.id in wanted)
                       and not has_something_written(part))
    if left_out:
        # A cover page that names nobody: how many sheets follow and how many pupils were left out.
        story += title_block(
            tr("export", "Pupil sheets"),
            tr("export", "Class {name} · class conference {date}").format(
                name=content.class_name, date=long_date(content.conference.held_on)))
        story.append(para(plural(left_out, tr("export", "{sheets} follow. {count} pupil with nothing written yet is "
                                                         "left out."),
                                 tr("export", "{sheets} follow. {count} pupils with nothing written yet are left "
                                              "out.")).format(sheets=pupil_sheets(len(sheets)))))
        if sheets:
            story.append(PageBreak())
    if not sheets:
        return story or [empty_note(tr("export", "There are no pupils to make sheets for."))]
    for index, part in enumerate(sheets):
        if index:
            story.append(PageBreak())
        story += pupil_sheet(content, part, names)
    return story


def render(content: ConferenceContent, names: DocumentNames | None = None) -> bytes:
    return build_pdf(flowables(content, names), page_info(content, KIND))
