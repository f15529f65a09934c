"""The class agreements that answer the wellbeing survey, under the indicator or question they answer.

Shown on the class's wellbeing page right after the charts ("Aftaler om trivslen"). The data comes from
``app.services.survey_agreements``: class agreements only, so no pupil is ever named here.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain.agreement import AgreementStatus
from app.domain.formatting import short_date
from app.services.survey_agreements import LinkedAgreement, SurveyLink
from app.ui.theme import ink, muted_style

# Status colours (background, text): open blue, partly amber, done green, not done red, dropped grey.
_STATUS_COLORS = {
    AgreementStatus.OPEN: ("#e3edf7", "#1f4e79"),
    AgreementStatus.PARTLY: ("#fdf0d5", "#7a4b00"),
    AgreementStatus.DONE: ("#dcefdc", "#1e5b1e"),
    AgreementStatus.NOT_DONE: ("#fbe3e1", "#8a1c12"),
    AgreementStatus.DROPPED: ("#ececec", "#4a4a4a"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SurveyAgreements", text)


def _date(day: date | None) -> str:
    return short_date(day)


def _plain(text: str, *, muted: bool = False, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    style = []
    if muted:
        style.append(muted_style(label.palette()))
    if bold:
        style.append("font-weight: bold;")
    if style:
        label.setStyleSheet("QLabel { " + " ".join(style) + " }")
    return label


def status_badge(item: LinkedAgreement) -> QLabel:
    background, color = _STATUS_COLORS[item.status]
    badge = QLabel(item.status_text)
    badge.setObjectName("status")
    badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
    badge.setStyleSheet(f"QLabel {{ background: {background}; color: {color}; border-radius: 4px;"
                        f" padding: 2px 8px; font-weight: bold; }}")
    badge.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return badge


class AgreementRow(QWidget):
    """One agreement: its text and status, and under it who is responsible, the deadline and when it was made."""

    def __init__(self, item: LinkedAgreement, today: date | None, class_name: str = "", parent=None):
        super().__init__(parent)
        self.item = item
        self.text_label = _plain(item.text)
        self.status_label = status_badge(item)
        details = [_tr("Responsible: {name}").format(name=item.responsible or "–")]
        overdue = today is not None and item.is_overdue(today)
        if item.deadline is None:
            deadline = _tr("No deadline")
        elif overdue:
            deadline = _tr("Deadline: {date} (passed)").format(date=_date(item.deadline))
        else:
            deadline = _tr("Deadline: {date}").format(date=_date(item.deadline))
        made = ""
        if item.made_on is not None and item.class_name and item.class_name != class_name:
            made = _tr("Made {date} in {klass}").format(date=_date(item.made_on), klass=item.class_name)
        elif item.made_on is not None:
            made = _tr("Made {date}").format(date=_date(item.made_on))
        deadline_html = escape(deadline)
        if overdue:
            red = ink(self.palette()).warning_text.name()  # readable on a light and on a dark background
            deadline_html = f"<span style='color: {red}; font-weight: bold;'>{deadline_html}</span>"
        self.details_label = QLabel(" · ".join([escape(details[0]), deadline_html] + ([escape(made)] if made else [])))
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setWordWrap(True)
        self.details_label.setStyleSheet("QLabel { " + muted_style(self.details_label.palette()) + " }")
        self.details_text = " · ".join([details[0], deadline] + ([made] if made else []))
        self.details_label.setAccessibleName(self.details_text)
        self.question_label = None
        if item.question_label:
            self.question_label = _plain(_tr("About the question: {question}").format(question=item.question_label),
                                         muted=True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.text_label, 1)
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        if self.question_label is not None:
            layout.addWidget(self.question_label)
        layout.addWidget(self.details_label)
        self.setAccessibleName(_tr("{text} – {status}").format(text=item.text, status=item.status_text))


class LinkGroup(QFrame):
    """What the agreements answer (an indicator or a question) and the agreements under it."""

    def __init__(self, link: SurveyLink, items: list[LinkedAgreement], today: date | None, class_name: str = "",
                 parent=None):
        super().__init__(parent)
        self.link = link
        self.setObjectName("surveyLinkGroup")
        self.setStyleSheet("QFrame#surveyLinkGroup { background: #ffffff; border: 1px solid #d5d9de;"
                           " border-radius: 6px; }")
        self.kind_label = _plain(link.kind_label, muted=True)
        self.title_label = _plain(link.label, bold=True)
        self.rows = [AgreementRow(item, today, class_name) for item in items]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.kind_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        for number, row in enumerate(self.rows):
            if number:
                line = QFrame()
                line.setFrameShape(QFrame.Shape.HLine)
                line.setStyleSheet("color: #e4e7eb;")
                layout.addWidget(line)
            layout.addWidget(row)
        self.setAccessibleName(link.label)


class SurveyAgreementList(QWidget):
    """``set_groups(groups, today)`` shows the groups from ``agreements_by_survey_link``; empty: a hint."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.groups: list[LinkGroup] = []
        self.empty_label = _plain(_tr("No class agreements about the survey yet. Use “Make agreement” at an "
                                      "indicator or a question above."), muted=True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self._layout.addWidget(self.empty_label)
        self.setAccessibleName(_tr("Agreements about the wellbeing"))

    def set_groups(self, groups: dict[SurveyLink, list[LinkedAgreement]], today: date | None = None,
                   class_name: str = "") -> None:
        """``class_name``: the class shown; agreements made when the pupils were in another class say which."""
        for group in self.groups:
            self._layout.removeWidget(group)
            group.setParent(None)
            group.deleteLater()
        self.groups = [LinkGroup(link, items, today, class_name, self) for link, items in groups.items() if items]
        for group in self.groups:
            self._layout.addWidget(group)
            group.setVisible(True)  # at once, not only after the event loop's turn (the page may be on screen)
        self.empty_label.setVisible(not self.groups)

    def shown(self) -> list[tuple[str, list[tuple[str, str]]]]:
        """(what they answer, [(agreement text, status)]) per group, as shown: for tests and screen readers."""
        return [(g.link.label, [(row.item.text, row.item.status_text) for row in g.rows]) for g in self.groups]
