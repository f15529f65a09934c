"""How every import dialog shows the problems of a file: one box, the same words and colours for pupil
lists, absence and wellbeing results (the command line prints the same lines, see
:mod:`app.services.import_problems`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit

from app.services.import_problems import ImportProblem, problems_report, refused

_REFUSED_STYLE = "QPlainTextEdit { background: #fde8e8; color: #1a1a1a; border: 1px solid #d08080; }"
_WARNING_STYLE = "QPlainTextEdit { background: #fff4d6; color: #1a1a1a; border: 1px solid #e0c060; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportProblems", text)


class ImportProblemsView(QPlainTextEdit):
    """A read-only, scrollable list: a heading that says what happens, then one line per problem with its
    place ("Række 4, kolonne C: …"). Hidden when there is nothing to say."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(_tr("Problems in the file"))
        self.setMaximumHeight(150)
        self.problems: list[ImportProblem] = []
        self.hide()

    def show_problems(self, heading: str, problems: list[ImportProblem]) -> None:
        """``heading`` says what happens to the rows (left out, or nothing imported); every problem is listed,
        refused rows first, then what was read but should be checked."""
        self.problems = list(problems)
        text = problems_report(heading, problems)
        self.setPlainText(text)
        self.setStyleSheet(_REFUSED_STYLE if refused(problems) else _WARNING_STYLE)
        self.setVisible(bool(text))

    def clear_problems(self) -> None:
        self.problems = []
        self.clear()
        self.hide()

    def text(self) -> str:
        return "" if self.isHidden() else self.toPlainText()
