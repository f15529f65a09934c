"""A held conference's documents are a record: agreements as they stood when the meeting was closed.

Agreements live on after the meeting (reviewed at the next conference, edited, dropped), so a document of an
older conference must not read today's rows. For a held conference every agreement is shown as it was when
the meeting closed:

1. the outcome given at this very conference (its ``agreement_review`` row), if any;
2. otherwise the value the change log says the field had at ``closed_at`` (the old value of the first logged
   change after it) – this also gives back the text and deadline before a later edit;
3. otherwise, when later conferences reviewed the agreement, the latest outcome from an earlier conference,
   or "åben" (for files whose log does not reach back);
4. otherwise the agreement as it is.

A planned or running conference shows the agreements as they are now (its documents say UDKAST).
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from typing import Any

from app.domain.agreement import Agreement, AgreementReview, AgreementStatus
from app.domain.conference import Conference, ConferenceStatus
from app.storage.queries import conferences as conference_queries
from app.storage.store import Store

_FROZEN_FIELDS = ("status", "text", "deadline", "follow_up_note")


def agreements_as_of(store: Store, conference: Conference, agreements: list[Agreement]) -> list[Agreement]:
    """``agreements`` as they stood when ``conference`` was closed (unchanged for a conference not held)."""
    if ConferenceStatus(conference.status) != ConferenceStatus.HELD or not agreements:
        return agreements
    ids = [a.id for a in agreements]
    held_on = conference_queries.conference_dates(store)
    reviews: dict[str, list[AgreementReview]] = {}
    for review in store.find(AgreementReview, agreement_id=ids):
        reviews.setdefault(review.agreement_id, []).append(review)
    logged: dict[tuple[str, str], str | None] = {}
    if conference.closed_at:
        for entry in store.change_log("agreement", ids, actions=("update",), after=conference.closed_at, values=False):
            logged.setdefault((entry.row_id, entry.field or ""), entry.old_value)
    result = []
    for agreement in agreements:
        changes = {}
        for name in _FROZEN_FIELDS:
            if (agreement.id, name) in logged:
                changes[name] = _decode(name, logged[(agreement.id, name)])
        own = [r for r in reviews.get(agreement.id, []) if r.conference_id == conference.id]
        if own:
            changes["status"] = AgreementStatus(own[0].status)
            changes["follow_up_note"] = own[0].note
        elif "status" not in changes:
            when = {r.conference_id: held_on.get(r.conference_id, date.max) for r in reviews.get(agreement.id, [])}
            later = [r for r in reviews.get(agreement.id, []) if when[r.conference_id] > conference.held_on]
            if later:
                earlier = sorted(
                    (r for r in reviews.get(agreement.id, []) if when[r.conference_id] < conference.held_on),
                    key=lambda r: when[r.conference_id],
                )
                changes["status"] = AgreementStatus(earlier[-1].status) if earlier else AgreementStatus.OPEN
        result.append(dataclasses.replace(agreement, **changes) if changes else agreement)
    return result


def _decode(name: str, value: str | None):
    decoded: Any = None if value is None else json.loads(value)
    if name == "deadline":
        return date.fromisoformat(decoded) if decoded else None
    if name == "status":
        return AgreementStatus(decoded)
    return decoded or ""
