"""Small field decoders: PID, status words, time stamps, DCS encoding."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cmgui.sms import SmsCodecError, describe_pid
from cmgui.sms.dcs import decode_dcs, encode_dcs
from cmgui.sms.status import status_category, status_meaning
from cmgui.sms.timestamps import decode_scts, encode_scts


@pytest.mark.parametrize(
    ("pid", "words"),
    [
        (0x00, "normal short message"),
        (0x40, "type 0"),
        (0x41, "replace short message type 1"),
        (0x47, "replace short message type 7"),
        (0x7F, "SIM data download"),
        (0x21, "telematic interworking (device type 1)"),
        (0xC0, "service centre specific"),
    ],
)
def test_pid(pid: int, words: str) -> None:
    assert words in describe_pid(pid)


@pytest.mark.parametrize(
    ("status", "category", "words"),
    [
        (0x00, "delivered", "received by the recipient"),
        (0x13, "delivered", "service centre specific"),
        (0x22, "pending", "no response"),
        (0x45, "failed", "no interworking"),
        (0x4F, "failed", "permanent error (code 0x4F)"),
        (0x63, "failed", "service rejected, no more attempts"),
        (0x90, "failed", "unknown status"),
    ],
)
def test_status_words(status: int, category: str, words: str) -> None:
    assert status_category(status) == category
    assert words in status_meaning(status)


@pytest.mark.parametrize("quarters", [-79, -22, -1, 0, 1, 4, 23, 79])
def test_scts_round_trip_all_zones(quarters: int) -> None:
    when = datetime(2031, 12, 31, 23, 59, 58, tzinfo=timezone(timedelta(minutes=15 * quarters)))
    raw = encode_scts(when)
    assert decode_scts(raw) == when
    assert bool(raw[6] & 0x08) == (quarters < 0)


def test_scts_rejects_odd_zones_and_years() -> None:
    with pytest.raises(SmsCodecError, match="quarter"):
        encode_scts(datetime(2024, 1, 1, tzinfo=timezone(timedelta(minutes=10))))
    with pytest.raises(SmsCodecError, match="year"):
        encode_scts(datetime(2100, 1, 1, tzinfo=UTC))


def test_scts_month_13_is_not_a_date() -> None:
    assert decode_scts(bytes.fromhex("42310000000000")) is None  # month 13


def test_dcs_encoding() -> None:
    assert encode_dcs("gsm7") == 0x00
    assert encode_dcs("ucs2", 0) == 0x18
    assert encode_dcs("8bit", 2) == 0x16
    assert decode_dcs(0x16).message_class == 2
    assert decode_dcs(0x56).auto_delete  # 01xx group: marked for automatic deletion
    with pytest.raises(SmsCodecError, match="class"):
        encode_dcs("gsm7", 4)
