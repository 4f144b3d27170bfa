"""Encoding: exact bytes for hand-checked cases, then the choices the encoder makes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cmgui.sms import (
    EnhancedValidity,
    SmsCodecError,
    SmsDeliver,
    SmsStatusReport,
    SmsSubmit,
    decode_pdu,
    encode_deliver,
    encode_status_report,
    encode_submit,
)
from cmgui.sms.timestamps import relative_to_timedelta, timedelta_to_relative


def test_submit_matches_tutorial_vector() -> None:
    # 00 SMSC default | 11 SUBMIT+VPF relative | 00 MR | 0B 91 6407281553F8 (+46708251358)
    # | 00 PID | 00 DCS | AA = 4 days | 0A "hellohello"
    [pdu] = encode_submit("+46708251358", "hellohello", validity=timedelta(days=4))
    assert pdu.hex == "0011000B916407281553F80000AA0AE8329BFD4697D9EC37"
    assert pdu.tpdu_length == 23
    assert pdu.concat is None


def test_submit_flags_smsc_and_national_number() -> None:
    [pdu] = encode_submit(
        "0170 123 456",
        "hi",
        smsc="+49172000001",
        request_status_report=True,
        reject_duplicates=True,
        message_class=0,
    )
    # SMSC: 07 91 9471020000F1 (11 digits, F filler). FO 25 = SUBMIT | RD | SRR, no VP.
    # DA: 0A 81 1007214365 (10 digits, unknown TON, ISDN). DCS 10 = class 0 GSM.
    assert pdu.hex.startswith("07919471020000F1" + "2500" + "0A811007214365" + "0010")
    msg = decode_pdu(pdu.hex)
    assert isinstance(msg, SmsSubmit)
    assert msg.smsc is not None and msg.smsc.number == "+49172000001"
    assert msg.recipient.number == "0170123456" and msg.recipient.ton == 0
    assert msg.status_report_request and msg.reject_duplicates
    assert msg.message_class == 0 and msg.dcs.is_flash
    assert pdu.tpdu_length == len(pdu.pdu) - 8  # SMSC field: length octet + 7


def test_00_prefix_becomes_international() -> None:
    msg = decode_pdu(encode_submit("0046708251358", "x")[0].hex)
    assert isinstance(msg, SmsSubmit) and msg.recipient.number == "+46708251358"


@pytest.mark.parametrize("bad", ["", "abc", "+", "12345678901234567890123"])
def test_bad_recipient(bad: str) -> None:
    with pytest.raises(SmsCodecError):
        encode_submit(bad, "x")


def test_concatenated_gsm7_parts() -> None:
    parts = encode_submit("+491701234567", "A" * 200, reference=7)
    assert [p.tpdu_length for p in parts] == [153, 61]
    first = parts[0].hex
    # FO 41 = SUBMIT + UDHI; UDL A0 = 160 septets; UDH 050003 07 02 01; then "A" << 1 = 82.
    assert first.startswith("0041000C91947110325476" + "0000" + "A0" + "05000307020182")
    texts = [decode_pdu(p.hex).text for p in parts]
    assert texts == ["A" * 153, "A" * 47]


def test_sixteen_bit_reference_above_255() -> None:
    parts = encode_submit("+491701234567", "B" * 170, reference=0x1234)
    msg = decode_pdu(parts[1].hex)
    assert msg.concat is not None and (msg.concat.ref, msg.concat.ref_bits) == (0x1234, 16)
    assert msg.concat.seq == 2 and msg.concat.total == 2
    # 7-octet header -> 8 septets, so 152 characters per part.
    assert decode_pdu(parts[0].hex).text == "B" * 152


def test_escape_never_split_from_its_character() -> None:
    # 165 septets -> two parts of at most 153; € is ESC 0x65 at septets 152 and 153, so the
    # first part stops after 152 septets rather than end on a lone escape.
    text = "a" * 152 + "€" + "b" * 10
    parts = encode_submit("+491701234567", text)
    decoded = [decode_pdu(p.hex).text for p in parts]
    assert decoded == ["a" * 152, "€" + "b" * 10]


def test_surrogate_pairs_never_split() -> None:
    text = "x" + "😀" * 40  # 81 UTF-16 units; 67 per part would cut the 34th emoji in half
    parts = encode_submit("+491701234567", text)
    decoded = [decode_pdu(p.hex).text for p in parts]
    assert decoded == ["x" + "😀" * 33, "😀" * 7]
    assert all(t is not None and "\ufffd" not in t for t in decoded)


def test_ucs2_single_part_limit() -> None:
    assert len(encode_submit("+1", "Ж" * 70)) == 1
    assert len(encode_submit("+1", "Ж" * 71)) == 2


def test_gsm_single_part_limit() -> None:
    assert len(encode_submit("+1", "x" * 160)) == 1
    assert len(encode_submit("+1", "x" * 161)) == 2
    assert len(encode_submit("+1", "x" * 306)) == 2
    assert len(encode_submit("+1", "x" * 307)) == 3


def test_forced_encodings() -> None:
    msg = decode_pdu(encode_submit("+1", "hello", encoding="ucs2")[0].hex)
    assert msg.dcs.alphabet == "ucs2" and msg.text == "hello"
    data = decode_pdu(encode_submit("+1", b"\x00\x01\xff", encoding="8bit")[0].hex)
    assert data.dcs.alphabet == "8bit" and data.text is None and data.payload == b"\x00\x01\xff"
    with pytest.raises(SmsCodecError, match="U\\+0416"):
        encode_submit("+1", "Ж", encoding="gsm7")


def test_national_only_when_allowed() -> None:
    text = "Günaydın, nasılsın? Şimdi çıkıyorum."
    plain = decode_pdu(encode_submit("+90", text)[0].hex)
    assert plain.dcs.alphabet == "ucs2"
    nat = encode_submit("+90", text, allow_national=True)
    msg = decode_pdu(nat[0].hex)
    assert msg.dcs.alphabet == "gsm7" and msg.text == text
    assert msg.udh is not None and 1 in (msg.udh.locking_shift, msg.udh.single_shift)
    only_spanish = decode_pdu(encode_submit("+90", text, allow_national=[2])[0].hex)
    assert only_spanish.dcs.alphabet == "ucs2"


def test_hindi_locking_shift_septets() -> None:
    from cmgui.sms.gsm7 import codec

    # Hindi locking shift (TS 23.038 A.3.6): न 0x2F, म 0x42, स 0x4C, ् 0x5F, त 0x27, े 0x59.
    assert codec(6, 6).encode("नमस्ते") == bytes([0x2F, 0x42, 0x4C, 0x5F, 0x27, 0x59])
    msg = decode_pdu(encode_submit("+91", "नमस्ते", allow_national=True)[0].hex)
    assert msg.text == "नमस्ते" and msg.dcs.alphabet == "gsm7"
    assert msg.udh is not None and msg.udh.locking_shift == 6


def test_validity_formats() -> None:
    rel = decode_pdu(encode_submit("+1", "x", validity=timedelta(hours=1))[0].hex)
    assert isinstance(rel, SmsSubmit) and rel.validity == timedelta(hours=1)
    when = datetime(2025, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1)))
    ab = decode_pdu(encode_submit("+1", "x", validity=when)[0].hex)
    assert isinstance(ab, SmsSubmit) and ab.validity == when
    for period in (timedelta(seconds=90), timedelta(hours=30, minutes=5, seconds=7)):
        enh = decode_pdu(encode_submit("+1", "x", validity=EnhancedValidity(period, True))[0].hex)
        assert isinstance(enh, SmsSubmit)
        assert enh.validity == EnhancedValidity(period, True)


@pytest.mark.parametrize(
    ("vp", "period"),
    [
        (0, timedelta(minutes=5)),
        (143, timedelta(hours=12)),
        (144, timedelta(hours=12, minutes=30)),
        (167, timedelta(hours=24)),
        (168, timedelta(days=2)),
        (196, timedelta(days=30)),
        (197, timedelta(weeks=5)),
        (255, timedelta(weeks=63)),
    ],
)
def test_relative_validity_table(vp: int, period: timedelta) -> None:
    assert relative_to_timedelta(vp) == period
    assert timedelta_to_relative(period) == vp


def test_relative_validity_rounds_up() -> None:
    assert relative_to_timedelta(timedelta_to_relative(timedelta(minutes=7))) == timedelta(
        minutes=10
    )
    with pytest.raises(SmsCodecError):
        timedelta_to_relative(timedelta(weeks=64))


def test_deliver_alphanumeric_and_zone() -> None:
    when = datetime(2024, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=5, minutes=45)))
    [pdu] = encode_deliver("Vodafone", "Hi there", timestamp=when, more_messages=True)
    # 0E D0 D637396C7EBBCB: 14 useful semi-octets = 8 septets "Vodafone"; zone 32 = +23 quarters.
    assert pdu.hex == "00000ED0D637396C7EBBCB00004250102100003208C834888E2ECBCB"
    msg = decode_pdu(pdu.hex)
    assert isinstance(msg, SmsDeliver)
    assert msg.sender.number == "Vodafone" and msg.sender.is_alphanumeric
    assert msg.timestamp == when and msg.more_messages


def test_deliver_sender_too_long() -> None:
    with pytest.raises(SmsCodecError, match="too long"):
        encode_deliver("A very long sender", "x", timestamp=datetime.now(UTC))


def test_status_report_round_trip() -> None:
    t = datetime(2024, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5)))
    pdu = encode_status_report(5, "+491701234567", timestamp=t, discharge_time=t, status=0x46)
    assert pdu.hex == "0006050C919471103254764250102100000A4250102100000A46"
    msg = decode_pdu(pdu.hex)
    assert isinstance(msg, SmsStatusReport) and msg.reference == 5 and msg.status == 0x46


def test_timestamps_need_a_zone() -> None:
    with pytest.raises(SmsCodecError, match="zone"):
        encode_deliver("+1", "x", timestamp=datetime(2024, 1, 1))
