"""Service centre time stamps (TS 23.040 9.2.3.11) and validity periods (9.2.3.12)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from cmgui.sms.errors import SmsCodecError

# Swapped BCD octet -> value (0-99), or -1 if a nibble is not a decimal digit.
_SWAPPED = [
    ((b & 0x0F) * 10 + (b >> 4)) if (b & 0x0F) < 10 and (b >> 4) < 10 else -1 for b in range(256)
]

_TZ_CACHE: dict[int, timezone] = {}


def _tz(quarters: int) -> timezone:
    tz = _TZ_CACHE.get(quarters)
    if tz is None:
        tz = UTC if quarters == 0 else timezone(timedelta(minutes=15 * quarters))
        _TZ_CACHE[quarters] = tz
    return tz


def decode_scts(data: bytes) -> datetime | None:
    """Seven swapped-BCD octets -> an aware datetime; ``None`` if the stamp is not a date.

    The zone is in quarter hours; bit 3 of the raw zone octet is the sign (TS 23.040 9.2.3.11).
    Two-digit years 90-99 are 1990s (SMS started in 1992), the rest 2000-2089.
    """
    s = _SWAPPED
    yy = s[data[0]]
    mo = s[data[1]]
    dd = s[data[2]]
    hh = s[data[3]]
    mi = s[data[4]]
    ss = s[data[5]]
    tzb = data[6]
    quarters = (tzb & 0x07) * 10 + (tzb >> 4)
    if yy < 0 or mo < 0 or dd < 0 or hh < 0 or mi < 0 or ss < 0 or (tzb >> 4) > 9:
        return None
    if tzb & 0x08:
        quarters = -quarters
    try:
        year = 1900 + yy if yy >= 90 else 2000 + yy
        return datetime(year, mo, dd, hh, mi, ss, tzinfo=_tz(quarters))
    except ValueError:
        return None


def _swap(value: int) -> int:
    return (value % 10) << 4 | (value // 10)


def encode_scts(when: datetime) -> bytes:
    """An aware datetime -> seven octets (its own UTC offset, in whole quarter hours)."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise SmsCodecError("a time stamp needs a time zone")
    if not 1990 <= when.year <= 2089:
        raise SmsCodecError(f"the year {when.year} cannot be sent (1990-2089 only)")
    offset = when.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    if minutes % 15:
        raise SmsCodecError("the time zone must be a whole number of quarter hours")
    quarters = abs(minutes) // 15
    if quarters > 79:
        raise SmsCodecError("the time zone is out of range")
    tzb = (quarters // 10) | ((quarters % 10) << 4) | (0x08 if minutes < 0 else 0)
    return bytes(
        (
            _swap(when.year % 100),
            _swap(when.month),
            _swap(when.day),
            _swap(when.hour),
            _swap(when.minute),
            _swap(when.second),
            tzb,
        )
    )


# --- validity period ---------------------------------------------------------------------

VPF_NONE = 0
VPF_ENHANCED = 1
VPF_RELATIVE = 2
VPF_ABSOLUTE = 3


@dataclass(frozen=True, slots=True)
class EnhancedValidity:
    """The enhanced validity period format (TS 23.040 9.2.3.12.3).

    ``period`` is ``None`` when the functionality indicator says "no validity period".
    """

    period: timedelta | None
    single_shot: bool = False


Validity = timedelta | datetime | EnhancedValidity


def relative_to_timedelta(vp: int) -> timedelta:
    """TP-VP relative octet -> duration (TS 23.040 9.2.3.12.1)."""
    if vp <= 143:
        return timedelta(minutes=(vp + 1) * 5)
    if vp <= 167:
        return timedelta(hours=12, minutes=(vp - 143) * 30)
    if vp <= 196:
        return timedelta(days=vp - 166)
    return timedelta(weeks=vp - 192)


def timedelta_to_relative(period: timedelta) -> int:
    """The smallest relative TP-VP that is at least ``period`` (63 weeks at most)."""
    minutes = period.total_seconds() / 60
    if minutes <= 0:
        raise SmsCodecError("the validity period must be positive")
    if minutes <= 720:
        return max(0, int(-(-minutes // 5)) - 1)
    if minutes <= 1440:
        return 143 + int(-(-(minutes - 720) // 30))
    days = int(-(-minutes // 1440))
    if days <= 30:
        return 166 + days
    weeks = int(-(-days // 7))
    if weeks > 63:
        raise SmsCodecError("the validity period is too long (63 weeks at most)")
    return max(197, 192 + weeks)


def encode_validity(validity: Validity | None) -> tuple[int, bytes]:
    """-> (TP-VPF, TP-VP octets)."""
    if validity is None:
        return VPF_NONE, b""
    if isinstance(validity, datetime):
        return VPF_ABSOLUTE, encode_scts(validity)
    if isinstance(validity, timedelta):
        return VPF_RELATIVE, bytes((timedelta_to_relative(validity),))
    first = 0x40 if validity.single_shot else 0
    period = validity.period
    body: bytes
    if period is None:
        body = bytes((first,))
    else:
        secs = int(period.total_seconds())
        if 0 < secs <= 255:
            body = bytes((first | 0x02, secs))
        elif 0 < secs < 100 * 3600:
            h, rest = divmod(secs, 3600)
            m, s = divmod(rest, 60)
            body = bytes((first | 0x03, _swap(h), _swap(m), _swap(s)))
        else:
            body = bytes((first | 0x01, timedelta_to_relative(period)))
    return VPF_ENHANCED, body.ljust(7, b"\x00")


_RELATIVE = tuple(relative_to_timedelta(vp) for vp in range(256))


def decode_validity(vpf: int, data: bytes) -> Validity | None:
    """TP-VP octets for a given TP-VPF -> value (``None`` if absent or not understood)."""
    if vpf == VPF_RELATIVE:
        return _RELATIVE[data[0]]
    if vpf == VPF_ABSOLUTE:
        return decode_scts(data)
    if vpf == VPF_ENHANCED:
        first = data[0]
        single = bool(first & 0x40)
        fmt = first & 0x07
        if fmt == 0:
            return EnhancedValidity(None, single)
        if fmt == 1:
            return EnhancedValidity(relative_to_timedelta(data[1]), single)
        if fmt == 2:
            return EnhancedValidity(timedelta(seconds=data[1]), single)
        if fmt == 3:
            h, m, s = (_SWAPPED[b] for b in data[1:4])
            if min(h, m, s) < 0:
                return None
            return EnhancedValidity(timedelta(hours=h, minutes=m, seconds=s), single)
        return None
    return None
