"""Small service functions the demo school needs and the regular services do not offer (yet)."""

from __future__ import annotations

from app.domain.conference import Conference, ConferenceStatus
from app.i18n import tr
from app.storage.store import Store


def set_conference_times(store: Store, conference: Conference, started_at: str, closed_at: str) -> Conference:
    """Give a held conference the times it was really run (ISO 8601 UTC, like ``utc_now()``).

    :func:`app.services.conferences.set_status` stamps the moment of the status change; a conference
    recorded afterwards (as in the demo school) would otherwise look as if it was held today.
    """
    if ConferenceStatus(conference.status) != ConferenceStatus.HELD:
        raise ValueError("only a held conference gets its times set afterwards")
    with store.operation(tr("operations", "Close conference")) as op:
        return op.update(conference, started_at=started_at, closed_at=closed_at)
