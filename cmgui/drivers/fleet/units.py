"""Quantities and times as platforms write them, made exact: volumes in bytes (1 KB = 1024 bytes,
as CMP's own figures use: a 30 GB plan is ``flow`` 30720 MB), aware datetimes."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

KIB = 1024
UNITS = {"": 1, "B": 1, "BYTE": 1, "BYTES": 1, "KB": KIB, "KIB": KIB, "K": KIB,
         "MB": KIB ** 2, "MIB": KIB ** 2, "M": KIB ** 2, "GB": KIB ** 3, "GIB": KIB ** 3,
         "G": KIB ** 3, "TB": KIB ** 4, "TIB": KIB ** 4}

#: CMP writes local times of China Standard Time (UTC+8).
CMP_TZ = timezone(timedelta(hours=8), "UTC+8")


def decimal(value: Any) -> Decimal | None:
    """A number written as a JSON number or string; None for "", null, INF, NaN or junk."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def to_bytes(value: Any, unit: str) -> int | None:
    """``value`` in ``unit`` (B, KB, MB, GB, ...) as a whole number of bytes."""
    number = decimal(value)
    factor = UNITS.get(unit.strip().upper())
    if number is None or factor is None:
        return None
    return int((number * factor).to_integral_value(rounding=ROUND_HALF_UP))


def float_bytes(value: Any) -> int | None:
    """An IEEE 754 text (``123.456``, ``-1.2e5``, ``INF``, ``NaN``) as bytes; None if not
    finite."""
    try:
        number = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return round(number) if math.isfinite(number) else None


def cmp_datetime(value: Any) -> datetime | None:
    """CMP times (UTC+8): ``2024-05-09 18:18:56``, ``20221123153722``, ``2024-05-09``,
    ``20231124``; None for blank or unreadable values."""
    raw = str(value or "").strip()
    if not raw:
        return None
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y%m%d%H%M%S", "%Y-%m-%d", "%Y%m%d", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(raw, fmt).replace(tzinfo=CMP_TZ)
        except ValueError:
            continue
    return None


def cmp_date(value: Any) -> date | None:
    moment = cmp_datetime(value)
    return moment.date() if moment else None


def iso_datetime(value: Any) -> datetime | None:
    """An ISO 8601 time (``Z`` allowed); naive ones are taken as UTC."""
    raw = str(value or "").strip()
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
