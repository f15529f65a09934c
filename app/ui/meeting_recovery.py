"""After a crash (or closing the program mid-meeting) the meeting comes back where it was: the running
conference, its step and its pupil. The place is remembered in the settings of this computer, per file."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtCore import QCoreApplication

from app.services import conferences as conference_service
from app.ui.user_dialogs import dialogs_for

POSITION_KEY = "meeting/{file}"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MeetingRecovery", text)


def _key(window) -> str:
    digest = hashlib.sha256(str(window.store.path.resolve()).encode("utf-8")).hexdigest()[:16]
    return POSITION_KEY.format(file=digest)  # no path, no names in the settings


def remember_position(window) -> None:
    if window.store is None or window.workspace is None or window.workspace.conference is None:
        return
    window.settings.setValue(_key(window), json.dumps(window.workspace.position()))


def offer_running_meeting(window) -> bool:
    """A meeting that was started and not closed: offer to go on at the same step and pupil."""
    if window.store is None:  # the file was closed meanwhile (the program is ending)
        return False
    running = conference_service.running_conferences(window.store)
    if not running:
        return False
    conference = running[0]
    classes = ", ".join(c.name for c in conference_service.classes_of_conference(window.store, conference))
    try:
        position = json.loads(window.settings.value(_key(window), "") or "{}")
    except (TypeError, ValueError):
        position = {}
    if position.get("conference") != conference.id:
        position = {}
    if not dialogs_for(window).ask(
            _tr("The meeting is still running"),
            _tr("The conference for {classes} was started and not closed (perhaps the program stopped). "
                "Go on with the meeting where you left it?").format(classes=classes), default_yes=True):
        return False
    step = position.get("step", 0)
    window.open_conference(conference, step if isinstance(step, int) and 0 <= step < 5 else 0)
    if position.get("pupil"):
        window.workspace.go_to_pupil(position["pupil"])
    window.workspace.current_step().focus_first()
    return True
