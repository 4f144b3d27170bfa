"""Reassembly of concatenated messages and the composer counter."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from cmgui.sms import (
    Reassembler,
    SmsDeliver,
    SmsSubmit,
    count,
    decode_pdu,
    encode_deliver,
    encode_submit,
)

T0 = datetime(2025, 1, 1, 12, 0, tzinfo=UTC)


def parts_of(sender: str, text: str, reference: int) -> list[SmsDeliver]:
    out = []
    for p in encode_deliver(sender, text, timestamp=T0, reference=reference):
        msg = decode_pdu(p.hex)
        assert isinstance(msg, SmsDeliver)
        out.append(msg)
    return out


def test_any_order_with_duplicates() -> None:
    text = "".join(chr(0x41 + i % 26) for i in range(700))
    parts = parts_of("+491701234567", text, 42)
    assert len(parts) == 5
    feed = parts + parts[1:3]
    random.Random(7).shuffle(feed)
    r = Reassembler()
    results = [r.feed(p) for p in feed]
    done = [m for m in results if m is not None]
    assert len(done) == 1
    assert done[0].text == text
    assert [p.concat.seq for p in done[0].parts if p.concat] == [1, 2, 3, 4, 5]
    assert done[0].address.number == "+491701234567"
    assert done[0].timestamp == T0
    assert len(r) == 0 and r.pending() == []


def test_incomplete_groups_are_exposed_and_restorable() -> None:
    a = parts_of("+491701234567", "x" * 400, 1)
    b = parts_of("+491709999999", "y" * 400, 1)  # same reference, other sender: other group
    r = Reassembler()
    assert r.feed(a[0]) is None and r.feed(b[2]) is None and r.feed(a[2]) is None
    pending = {g.key: g for g in r.pending()}
    ka = ("deliver", "+491701234567", 1, 3)
    assert set(pending) == {ka, ("deliver", "+491709999999", 1, 3)}
    assert pending[ka].missing == (2,) and pending[ka].received == (1, 3)
    # Persist the raw PDUs, start over, feed them back plus the missing part.
    saved = pending[ka].raw_pdus
    fresh = Reassembler()
    for raw in saved:
        msg = decode_pdu(raw)
        assert isinstance(msg, SmsDeliver)
        assert fresh.feed(msg) is None
    done = fresh.feed(a[1])
    assert done is not None and done.text == "x" * 400
    assert r.drop(ka) is not None and len(r) == 1


def test_single_message_passes_straight_through() -> None:
    [msg] = parts_of("Bank", "Your code is 1234", 0)
    done = Reassembler().feed(msg)
    assert done is not None and done.text == "Your code is 1234" and done.concat is None


def test_sent_and_received_never_mix() -> None:
    sent = [decode_pdu(p.hex) for p in encode_submit("+491701234567", "s" * 200, reference=9)]
    got = parts_of("+491701234567", "r" * 200, 9)
    r = Reassembler()
    assert isinstance(sent[0], SmsSubmit)
    assert r.feed(sent[0]) is None
    assert r.feed(got[1]) is None
    assert len(r) == 2


@pytest.mark.parametrize(
    ("text", "encoding", "segments", "per", "left", "units"),
    [
        ("", "gsm7", 0, 160, 160, 0),
        ("hello", "gsm7", 1, 160, 155, 5),
        ("x" * 160, "gsm7", 1, 160, 0, 160),
        ("x" * 161, "gsm7", 2, 153, 145, 161),
        ("[]" * 40, "gsm7", 1, 160, 0, 160),  # extension characters count twice
        ("€" * 81, "gsm7", 2, 153, 153 - 10, 162),  # escape pairs never split: 76 + 5
        ("Ж" * 70, "ucs2", 1, 70, 0, 70),
        ("Ж" * 71, "ucs2", 2, 67, 63, 71),
        ("😀" * 36, "ucs2", 2, 67, 67 - 6, 72),  # 33 emoji + 3: pairs never split
    ],
)
def test_counter(text: str, encoding: str, segments: int, per: int, left: int, units: int) -> None:
    c = count(text)
    assert (c.encoding, c.segments, c.chars_per_segment, c.chars_left_in_segment, c.units) == (
        encoding,
        segments,
        per,
        left,
        units,
    )
    assert c.chars_used == len(text)
    if text:
        assert len(encode_submit("+1", text)) == c.segments


def test_counter_national() -> None:
    text = "Çok güzel bir gün, değil mi?"
    assert count(text).encoding == "ucs2"
    c = count(text, allow_national=True)
    assert c.encoding == "gsm7" and 1 in (c.locking_shift, c.single_shift)
    assert c.segments == 1 and c.chars_per_segment in (155, 152)


def test_reused_reference_after_completion_is_a_new_message() -> None:
    r = Reassembler()
    first = parts_of("+491701234567", "a" * 200, 5)
    second = parts_of("+491701234567", "b" * 200, 5)
    assert r.feed(first[0]) is None
    done = r.feed(first[1])
    assert done is not None and done.text == "a" * 200
    assert r.feed(first[1]) is None and len(r) == 0  # late copy: ignored, no stale group
    assert r.feed(second[1]) is None
    again = r.feed(second[0])
    assert again is not None and again.text == "b" * 200
