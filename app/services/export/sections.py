"""Parts that several handouts share: the page's header data, participants, agreements, subject goals, absence."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import Flowable

from app.domain.absence import absence_mark_label, assess_absence
from app.domain.agreement import AgreementScope, agreement_status_label
from app.domain.conference import ConferenceParticipant
from app.domain.formatting import clock, long_date, parse_clock, percent, short_date
from app.domain.review import PupilReview, SubjectAssessment, subject_status_label
from app.domain.school import role_label
from app.i18n import tr
from app.services.export.content import (
    AgreementPart,
    ConferenceContent,
    DocumentKind,
    document_title,
    is_internal,
)
from app.services.export.pdf_layout import PageInfo, empty_note, para, table


def pseudonymised_note() -> str:
    return tr("export", "Pseudonymised: pupils are called Pupil A, Pupil B … in this document, also in the "
                        "texts. Read the texts before you share the document.")


def page_info(content: ConferenceContent, kind: DocumentKind) -> PageInfo:
    title = document_title(kind)
    if content.options.anonymize:
        title = tr("export", "{title} (pseudonymised)").format(title=title)
    return PageInfo(
        title=title,
        school=content.school.name,
        class_name=content.class_name,
        conference_date=long_date(content.conference.held_on),
        confidential=is_internal(kind),
        draft=content.is_draft,
        header_right=header_right(content),
    )


def header_right(content: ConferenceContent) -> str:
    if content.as_of_today:
        return tr("export", "Class {name} · as of {date}").format(name=content.class_name,
                                                                   date=long_date(content.conference.held_on))
    return meeting_name(content, short=True) if content.year_group else ""


def meeting_name(content: ConferenceContent, *, short: bool = False) -> str:
    """ "Klassekonference for 5.B, 8. december 2026" or "Årgangskonference 4. årgang (4.A, 4.B), 12. juni 2026"."""
    day = long_date(content.conference.held_on)
    if content.year_group:
        classes = ", ".join(c.class_name for c in content.class_sections())
        return tr("export", "Year-group conference grade {grade} ({classes}), {date}").format(
            grade=content.school_class.grade, classes=classes, date=day)
    if short:
        return tr("export", "Class {name} · class conference {date}").format(name=content.class_name, date=day)
    return tr("export", "Class conference for {name}, {date}").format(name=content.class_name, date=day)


def section_heading(content: ConferenceContent, title: str) -> str:
    """At an årgangskonference each class is a section: "4.A: Elevgennemgang"."""
    if content.year_group:
        return f"{content.class_name}: {title}"
    return title


def local_clock(stamp: str | None) -> str:
    """ "14.02" in local time from a stored UTC timestamp ("" for none)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(_danish_time())
    except ValueError:
        return ""
    return clock(moment.hour * 60 + moment.minute)


def _danish_time():
    """The school's time zone (Danish schools: Europe/Copenhagen); the machine's own if it is unknown."""
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Copenhagen")
    except Exception:  # no time zone database on this machine
        return None


def actual_time_text(content: ConferenceContent) -> str:
    """ "kl. 14.02–15.41" from the meeting clock (started and closed), "" when it was not run in the program."""
    start, end = local_clock(content.conference.started_at), local_clock(content.conference.closed_at)
    if not start:
        return ""
    if not end or content.is_draft:
        return tr("export", "started at {time}").format(time=start)
    return tr("export", "at {start}–{end}").format(start=start, end=end)


# -- the meeting -------------------------------------------------------------------------------------------
def time_text(content: ConferenceContent) -> str:
    """ "kl. 14.00–15.30" from the start time and the agenda's planned minutes ("" without a start time)."""
    start = parse_clock(content.conference.starts_at)
    if start is None:
        return ""
    minutes = sum(item.planned_minutes for item in content.agenda)
    if not minutes:
        return tr("export", "at {time}").format(time=clock(start))
    return tr("export", "at {start}–{end}").format(start=clock(start), end=clock(start + minutes))


def meeting_facts(content: ConferenceContent, *, record: bool = False) -> list[tuple[str, str]]:
    """Date, time, place, chair, minute taker. In the referat (``record``) of a held meeting the time is the
    actual start and end from the meeting clock; before, the planned time, said to be planned."""
    conference = content.conference
    leader = content.participant(conference.leader_id)
    minute_taker = content.participant(conference.minute_taker_id)
    when = time_text(content)
    if record:
        actual = actual_time_text(content)
        if actual and not content.is_draft:
            when = actual
        elif when:
            when = tr("export", "planned {time}").format(time=when)
    return [
        (tr("export", "Date"), long_date(conference.held_on)),
        (tr("export", "Time"), when),
        (tr("export", "Place"), conference.place),
        (tr("export", "Chair"), leader.name if leader else ""),
        (tr("export", "Minutes by"), minute_taker.name if minute_taker else ""),
    ]


def agenda_rows(content: ConferenceContent) -> list[list[str]]:
    """(time, item, minutes) per agenda item; times follow from the start time and the planned minutes."""
    start = parse_clock(content.conference.starts_at)
    rows = []
    at = start
    for item in content.agenda:
        if at is None:
            when = ""
        else:
            when = f"{clock(at)}–{clock(at + item.planned_minutes)}"
            at += item.planned_minutes
        rows.append([when, item.title, tr("export", "{minutes} min.").format(minutes=item.planned_minutes)])
    return rows


def participant_role(content: ConferenceContent, participant: ConferenceParticipant) -> str:
    role = role_label(participant.role)
    if participant.id == content.conference.leader_id:
        role = tr("export", "{role}, chair").format(role=role)
    if participant.id == content.conference.minute_taker_id:
        role = tr("export", "{role}, takes the minutes").format(role=role)
    return role


def participants_table(content: ConferenceContent, *, presence: bool = False) -> Flowable:
    if not content.participants:
        return empty_note(tr("export", "No participants have been added."))
    if presence and not content.is_draft:
        rows = [[p.name, participant_role(content, p),
                 tr("export", "Present") if p.present else tr("export", "Sent apologies")]
                for p in content.participants]
        return table([tr("export", "Name"), tr("export", "Role"), tr("export", "Attendance")], rows, [0.4, 0.4, 0.2])
    # Before the meeting nobody is "present" yet; apologies already given are shown.
    rows = [[p.name, participant_role(content, p), "" if p.present else tr("export", "Sent apologies")]
            for p in content.participants]
    return table([tr("export", "Name"), tr("export", "Role"), tr("export", "Apologies")], rows, [0.4, 0.4, 0.2])


# -- agreements --------------------------------------------------------------------------------------------
def concerns_text(part: AgreementPart, name) -> str:
    scope = AgreementScope(part.agreement.scope)
    if scope == AgreementScope.CLASS or not part.pupils:
        return tr("export", "The whole class")
    return ", ".join(name(p) for p in part.pupils)


def deadline_text(part: AgreementPart) -> str:
    return short_date(part.agreement.deadline) if part.agreement.deadline else tr("export", "No deadline")


def status_text(part: AgreementPart, *, at_conference: bool = False, on=None) -> str:
    """The outcome given at this conference (``at_conference``), else the agreement's status as the document
    shows it (at a held conference: as it stood when the meeting closed). With ``on`` (the conference date)
    an overdue agreement says so in words, not only in colour: "Åben – overskredet"."""
    if at_conference:
        if part.outcome is None:
            return tr("export", "Not reviewed")
        return agreement_status_label(part.outcome.status)
    label = agreement_status_label(part.agreement.status)
    if on is not None and part.agreement.is_overdue(on):
        label = tr("export", "{status} – overdue").format(status=label)
    return label


def agreement_cell(part: AgreementPart, name, scrub, *, show_concerns: bool = True) -> str:
    what = scrub(part.agreement.text)
    if show_concerns and AgreementScope(part.agreement.scope) != AgreementScope.CLASS and part.pupils:
        what += "\n" + tr("export", "Concerns: {pupils}").format(pupils=concerns_text(part, name))
    return what


def overdue_rows(parts: list[AgreementPart], content: ConferenceContent) -> list[int]:
    return [i for i, part in enumerate(parts) if part.agreement.is_overdue(content.conference.held_on)]


# The subject column fits the longest Danish subject name ("Kristendomskundskab") on one line: no mid-word breaks.
SUBJECT_WIDTHS = [0.22, 0.34, 0.14, 0.30]
SUBJECT_WIDTHS_SHORT = [0.22, 0.54, 0.24]


# -- a pupil's review --------------------------------------------------------------------------------------
def subjects_table(subjects: list[SubjectAssessment], scrub, *, evidence: bool = True) -> Flowable | None:
    if not subjects:
        return None
    if evidence:
        rows = [[s.subject, scrub(s.goal), subject_status_label(s.status) if s.status else "–", scrub(s.evidence)]
                for s in subjects]
        return table([tr("export", "Subject"), tr("export", "Goal"), tr("export", "Status"),
                      tr("export", "Based on")], rows, SUBJECT_WIDTHS)
    rows = [[s.subject, scrub(s.goal), subject_status_label(s.status) if s.status else "–"] for s in subjects]
    return table([tr("export", "Subject"), tr("export", "Goal"), tr("export", "Status")], rows, SUBJECT_WIDTHS_SHORT)


def absence_lines(review: PupilReview, scrub) -> list[Flowable]:
    if review.absence_total_pct is None and review.absence_unlawful_pct is None:
        return []
    period = ""
    if review.absence_period_start and review.absence_period_end:
        period = tr("export", "{start} to {end}").format(
            start=short_date(review.absence_period_start), end=short_date(review.absence_period_end)
        )
    line = tr("export", "Total {total}, of which unlawful {unlawful}").format(
        total=percent(review.absence_total_pct), unlawful=percent(review.absence_unlawful_pct)
    )
    if period:
        line = f"{period}: {line}"
    flowables = [para(line)]
    assessment = assess_absence(review.absence_total_pct, review.absence_unlawful_pct)
    for mark in assessment.marks:
        flowables.append(para(absence_mark_label(mark), "warning"))
    if review.absence_cause_child.strip():
        flowables.append(para(tr("export", "The pupil's own explanation: {text}").format(
            text=scrub(review.absence_cause_child)), "body"))
    if review.absence_cause_parents.strip():
        flowables.append(para(tr("export", "The parents' explanation: {text}").format(
            text=scrub(review.absence_cause_parents)), "body"))
    return flowables


def note_lines(notes, scrub) -> list[Flowable]:
    flowables = []
    for note in notes:
        prefix = tr("export", "Confidential note") if note.confidential else tr("export", "Note")
        who = f" ({note.author})" if note.author else ""
        flowables.append(para(f"{prefix}{who}: {scrub(note.text)}", "warning" if note.confidential else "body"))
    return flowables

