"""What every stored record carries: a UUID and created/updated timestamps in UTC."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> str:
    """ISO 8601 timestamp in UTC with millisecond precision, e.g. ``2026-03-12T09:15:02.123Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(kw_only=True)
class Record:
    id: str = field(default_factory=new_id)
    created_at: str = field(default_factory=utc_now)
    updated_at: str = field(default_factory=utc_now)


class RuleError(ValueError):
    """A domain rule was broken. The message is already translated for the user."""
