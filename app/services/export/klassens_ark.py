"""Klassens ark: the class as a whole, for a parents' meeting or the staff room.

No pupil is named anywhere: only the class's wellbeing (with the anonymity rule), the class agreements about it
under the indicator or question they answer, and the agreements made for the whole class. Should a free text
mention a pupil (of any class of the school, or a former pupil), the name is replaced by "[en elev]".
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from app.i18n import tr
from app.services.export.content import ConferenceContent, DocumentKind
from app.services.export.danish import long_date
from app.services.export.names import DocumentNames, names_for
from app.services.export.pdf_layout import build_pdf, empty_note, heading, para, table, title_block
from app.services.export.sections import deadline_text, page_info, status_text
from app.services.export.wellbeing_pdf import survey_agreements_section, wellbeing_section

KIND = DocumentKind.CLASS_SHEET


def class_agreements(content: ConferenceContent):
    """The whole class's agreements: made at this conference, and those still open from earlier ones."""
    seen, found = set(), []
    for part in content.agreements_made + content.agreements_due:
        if part.for_class and part.agreement.id not in seen:
            seen.add(part.agreement.id)
            found.append(part)
    return found


def flowables(content: ConferenceContent, names: DocumentNames | None = None) -> list[Flowable]:
    names = names or names_for(KIND, content)
    scrub = names.scrub
    story: list[Flowable] = title_block(
        tr("export", "Class sheet for {name}").format(name=content.class_name),
        tr("export", "As of {date}; the class has no class conference yet").format(
            date=long_date(content.conference.held_on)) if content.as_of_today else
        tr("export", "From the class conference on {date}").format(date=long_date(content.conference.held_on)),
    )
    story.append(para(tr("export", "This sheet shows the class as a whole. No pupil is named on it."), "muted"))
    story += wellbeing_section(content.wellbeing_current, content.wellbeing_previous, questions=True,
                               history=content.wellbeing_history, class_names=content.class_names_by_year)
    story += survey_agreements_section(content.survey_agreements, scrub)

    story += heading(tr("export", "The class's agreements"))
    parts = class_agreements(content)
    if parts:
        on = content.conference.held_on
        rows = [[scrub(p.agreement.text), p.responsible, deadline_text(p), status_text(p, on=on)] for p in parts]
        story.append(table([tr("export", "Agreement"), tr("export", "Responsible"), tr("export", "Deadline"),
                            tr("export", "Status")], rows, [0.53, 0.2, 0.13, 0.14]))
    else:
        story.append(empty_note(tr("export", "The class has no agreements for the whole class.")))
    return story


def render(content: ConferenceContent, names: DocumentNames | None = None) -> bytes:
    return build_pdf(flowables(content, names), page_info(content, KIND))
