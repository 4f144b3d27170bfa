"""Times in CMAPI results (an SMS record's ``timestamp``, a connection record's ``startTime``):
ISO 8601 text with ``Z`` or an offset, or without one, which means UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def parse_time(value: str | None) -> datetime | None:
    """``value`` as an aware datetime; None when it is empty or not a time at all (devices send
    what they send)."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
