"""What the user reads about a lock (see lock.py): who has the file open since when, and what to do."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.formatting import date_and_time
from app.i18n import tr

if TYPE_CHECKING:
    from app.storage.lock import LockInfo


def describe_holder(info: LockInfo) -> str:
    """ "Anne på LAPTOP-7 siden 24.11.2026 kl. 10.15" (user, computer, since when) in local time."""
    since = info.opened_at.astimezone()
    when = date_and_time(since)
    who = info.writer or info.user or tr("lock", "someone")
    if info.is_this_host:
        return tr("lock", "{who} on this computer since {when}").format(who=who, when=when)
    return tr("lock", "{who} on the computer “{host}” since {when}").format(who=who, host=info.host, when=when)


def locked_message(path: Path, holder: LockInfo, *, stale: bool) -> str:
    if stale:
        return tr(
            "lock",
            "“{name}” was opened by {holder}, and that copy of Klassekonference has not answered for a long "
            "time: it has probably crashed or the computer has been switched off. If you are sure nobody is "
            "working in the file, you can take it over.",
        ).format(name=path.name, holder=describe_holder(holder))
    return tr(
        "lock",
        "“{name}” is already open in Klassekonference: {holder}. To avoid overwriting each other's work, "
        "it can only be open in one place at a time. Ask them to close the file, then try again.",
    ).format(name=path.name, holder=describe_holder(holder))


def lost_message(path: Path, holder: LockInfo | None) -> str:
    who = describe_holder(holder) if holder else tr("lock", "someone")
    return tr(
        "lock",
        "“{name}” has been taken over by {holder} while this copy was inactive, so your last change was not "
        "saved here. Close the file and open it again when they have finished.",
    ).format(name=path.name, holder=who)
