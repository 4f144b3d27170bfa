"""Decoding of hand-checked PDUs. Each vector is written out field by field with its meaning."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from cmgui.sms import (
    SmsCodecError,
    SmsDeliver,
    SmsStatusReport,
    SmsSubmit,
    decode_pdu,
)
from cmgui.sms.address import TON_ALPHANUMERIC, TON_INTERNATIONAL

# The classic PDU-mode tutorial example (dreamfabric "SMS and the PDU format"):
#   07 91 7283010010F5   SMSC: 7 octets, international/ISDN, digits 27381000015 (F filler)
#   04                   SMS-DELIVER, TP-MMS set (no more messages)
#   0B C8 7238880900F1   originator: 11 digits, TON 4 (subscriber) NPI 8 (national) 27838890001
#   00 00                PID 0, DCS 0 (GSM 7-bit, no class)
#   99309251619580       SCTS 1999-03-29 15:16:59, zone 0x80 = +8 quarters = +02:00
#   0A E8329BFD4697D9EC37  10 septets "hellohello"
DREAMFABRIC_DELIVER = "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37"

# Same tutorial, SMS-SUBMIT: SMSC 00 (use stored), 11 = SUBMIT + VPF relative, MR 00,
# DA 0B 91 6407281553F8 = +46708251358, PID 00, DCS 00, VP AA = 170 -> (170-166) = 4 days.
DREAMFABRIC_SUBMIT = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37"

# Widely quoted DELIVER: SMSC +31624000000, OA +31641600986, SCTS 02-08-26 19:37:41 with zone
# octet 08: low nibble 8 = sign bit set, tens 0; high nibble 0 -> -0 quarters, i.e. UTC.
HOW_ARE_YOU = "07911326040000F0040B911346610089F60000208062917314080CC8F71D14969741F977FD07"


def test_dreamfabric_deliver() -> None:
    msg = decode_pdu(DREAMFABRIC_DELIVER)
    assert isinstance(msg, SmsDeliver)
    assert msg.smsc is not None and msg.smsc.number == "+27381000015"
    assert msg.sender.number == "27838890001"
    assert (msg.sender.ton, msg.sender.npi) == (4, 8)
    assert msg.timestamp == datetime(1999, 3, 29, 15, 16, 59, tzinfo=timezone(timedelta(hours=2)))
    assert msg.text == "hellohello"
    assert msg.pid == 0 and msg.dcs.alphabet == "gsm7" and msg.message_class is None
    assert msg.more_messages is False and msg.udh is None and msg.concat is None
    assert msg.tpdu_length == 28  # 36 octets less the 8 of the SMSC field


def test_dreamfabric_submit() -> None:
    msg = decode_pdu(DREAMFABRIC_SUBMIT)
    assert isinstance(msg, SmsSubmit)
    assert msg.smsc is None
    assert msg.recipient.number == "+46708251358" and msg.recipient.ton == TON_INTERNATIONAL
    assert msg.reference == 0
    assert msg.validity == timedelta(days=4)
    assert msg.text == "hellohello"
    assert msg.tpdu_length == 23
    assert not msg.status_report_request and not msg.reject_duplicates and not msg.reply_path


def test_negative_zero_zone_is_utc() -> None:
    msg = decode_pdu(HOW_ARE_YOU)
    assert isinstance(msg, SmsDeliver)
    assert msg.sender.number == "+31641600986"
    assert msg.text == "How are you?"
    assert msg.timestamp == datetime(2002, 8, 26, 19, 37, 41, tzinfo=UTC)
    assert msg.timestamp is not None and msg.timestamp.utcoffset() == timedelta(0)


def test_alphanumeric_sender() -> None:
    # OA 14 D0 C4F23C7D760390EF7619: 20 useful semi-octets = 80 bits -> 11 septets, TON 5
    # (alphanumeric) -> "Design@Home". SCTS 21103011225240: 2012-01-03 11:22:25, zone 0x40 ->
    # high nibble 4 = +4 quarters = +01:00.
    pdu = "000414D0C4F23C7D760390EF76190000211030112252400AE8329BFD4697D9EC37"
    msg = decode_pdu(pdu)
    assert isinstance(msg, SmsDeliver)
    assert msg.sender.number == "Design@Home" and msg.sender.ton == TON_ALPHANUMERIC
    assert msg.timestamp == datetime(2012, 1, 3, 11, 22, 25, tzinfo=timezone(timedelta(hours=1)))


def test_ucs2_deliver_and_negative_zone() -> None:
    # OA 0B 91 9471103254F6 = +49170123456 (11 digits, F filler). DCS 08 = UCS2.
    # SCTS 524010123400 2A: 2025-04-01 21:43:00; zone 0x2A: low nibble A = sign bit + tens 2,
    # high nibble 2 -> 22 quarters, negative = -05:30.
    # UDL 0C = 12 octets: 041F 0440 0438 0432 0435 0442 = "Привет".
    pdu = "00040B919471103254F600085240101234002A0C041F04400438043204350442"
    msg = decode_pdu(pdu)
    assert isinstance(msg, SmsDeliver)
    assert msg.sender.number == "+49170123456"
    assert msg.text == "Привет"
    assert msg.timestamp == datetime(
        2025, 4, 1, 21, 43, 0, tzinfo=timezone(-timedelta(hours=5, minutes=30))
    )


# A common DELIVER head for the vectors below: SMSC 00, OA +49170123456, SCTS 2025-04-01
# 21:43:00 UTC. Each test supplies the first octet, DCS, UDL and UD.
OA = "0B919471103254F6"
SCTS = "52401012340000"


def deliver(fo: str, dcs: str, udl_ud: str) -> str:
    return "00" + fo + OA + "00" + dcs + SCTS + udl_ud


def test_gsm7_concat_with_fill_bit() -> None:
    # FO 44 = DELIVER + UDHI + MMS set. UDH 05 00 03 CC 02 01: 8-bit reference 0xCC, part 1 of 2.
    # The header is 6 octets = 48 bits, so one fill bit puts the first septet at bit 49:
    # "H" (0x48) << 1 = 0x90 in octet 6; "i" (0x69) fills octet 7. UDL 09 = 7 + 2 septets.
    msg = decode_pdu(deliver("44", "00", "09050003CC02019069"))
    assert isinstance(msg, SmsDeliver)
    assert msg.text == "Hi"
    assert msg.concat is not None
    assert (msg.concat.ref, msg.concat.total, msg.concat.seq, msg.concat.ref_bits) == (
        0xCC,
        2,
        1,
        8,
    )
    assert msg.udh is not None and msg.udh.elements == ((0, b"\xcc\x02\x01"),)


def test_turkish_single_shift() -> None:
    # UDH 03 24 01 01: single shift table, language 1 (Turkish). 4 octets = 32 bits -> 3 fill
    # bits; septets ESC (0x1B) and 0x73 (Turkish single shift "ş") start at bit 35:
    # octet 4 = 0x1B << 3 & 0xFF = 0xD8; octet 5 = 0x73 << 2 & 0xFF = 0xCC; octet 6 = 0x73 >> 6.
    msg = decode_pdu(deliver("44", "00", "0703240101D8CC01"))
    assert msg.text == "ş"
    assert msg.udh is not None and msg.udh.single_shift == 1


def test_turkish_locking_shift() -> None:
    # UDH 03 25 01 01: locking shift Turkish; septets 0x07 ("ı") and 0x0C ("ğ"):
    # octet 4 = 0x07 << 3 = 0x38, octet 5 = 0x0C << 2 = 0x30, octet 6 = 0.
    msg = decode_pdu(deliver("44", "00", "0703250101383000"))
    assert msg.text == "ığ"
    assert msg.udh is not None and msg.udh.locking_shift == 1


def test_ucs2_surrogate_pair_split_by_sender_is_rejoined() -> None:
    from cmgui.sms import Reassembler

    # 16-bit reference IE 08 04 1234 02 0n. Part 1 carries "A" + high surrogate D83D, part 2
    # low surrogate DE00 + "B": each alone shows U+FFFD, joined they are "A😀B".
    p1 = decode_pdu(deliver("44", "08", "0B060804123402010041D83D"))
    p2 = decode_pdu(deliver("44", "08", "0B06080412340202DE000042"))
    assert p1.text == "A\ufffd" and p2.text == "\ufffdB"
    assert p1.concat is not None and p1.concat.ref == 0x1234 and p1.concat.ref_bits == 16
    r = Reassembler()
    assert isinstance(p1, SmsDeliver) and isinstance(p2, SmsDeliver)
    assert r.feed(p2) is None
    done = r.feed(p1)
    assert done is not None and done.text == "A😀B"


def test_status_report() -> None:
    # 06 = STATUS-REPORT, MMS set; MR 05; RA 0C 91 947110325476 = +491701234567;
    # SCTS 4250102100000A = 2024-05-01 12:00:00, zone 0A = sign + tens 2 -> 20 quarters = -05:00;
    # DT 42501021005000 = 2024-05-01 12:00:05 UTC; ST 46 = validity period expired (permanent).
    pdu = "0006050C919471103254764250102100000A4250102100500046"
    msg = decode_pdu(pdu)
    assert isinstance(msg, SmsStatusReport)
    assert msg.reference == 5
    assert msg.recipient.number == "+491701234567"
    assert msg.timestamp == datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert msg.discharge_time == datetime(2024, 5, 1, 12, 0, 5, tzinfo=UTC)
    assert msg.status == 0x46
    assert msg.status_meaning == "validity period expired"
    assert msg.status_category == "failed" and not msg.delivered
    assert not msg.is_command_result


def test_status_report_delivered_with_optional_fields() -> None:
    # Same report with ST 00 (received) and TP-PI 03: PID 00 and DCS 00 follow.
    pdu = "0006050C919471103254764250102100000A4250102100500000030000"
    msg = decode_pdu(pdu)
    assert isinstance(msg, SmsStatusReport)
    assert msg.delivered and msg.status_category == "delivered"
    assert msg.status_meaning == "received by the recipient"
    # A pending (temporary) status:
    pending = decode_pdu(pdu[:-8] + "21")
    assert isinstance(pending, SmsStatusReport)
    assert pending.status_category == "pending" and "busy" in pending.status_meaning


@pytest.mark.parametrize(
    ("dcs", "alphabet", "klass"),
    [
        ("10", "gsm7", 0),  # general group, class 0 = flash
        ("11", "gsm7", 1),
        ("12", "gsm7", 2),
        ("13", "gsm7", 3),
        ("F0", "gsm7", 0),  # data coding/message class group
        ("F2", "gsm7", 2),
        ("00", "gsm7", None),
        ("8C", "gsm7", None),  # reserved group: assume GSM 7-bit
    ],
)
def test_dcs_classes(dcs: str, alphabet: str, klass: int | None) -> None:
    msg = decode_pdu(deliver("04", dcs, "0AE8329BFD4697D9EC37"))
    assert msg.dcs.alphabet == alphabet
    assert msg.message_class == klass
    assert msg.dcs.is_flash == (klass == 0)
    assert msg.text == "hellohello"


def test_dcs_message_waiting_groups() -> None:
    on = decode_pdu(deliver("04", "C8", "0AE8329BFD4697D9EC37")).dcs
    assert on.waiting is not None
    assert (on.waiting.active, on.waiting.kind, on.waiting.store) == (True, "voicemail", False)
    stored = decode_pdu(deliver("04", "D9", "0AE8329BFD4697D9EC37")).dcs
    assert stored.waiting is not None
    assert (stored.waiting.active, stored.waiting.kind, stored.waiting.store) == (True, "fax", True)
    off = decode_pdu(deliver("04", "E0", "0400480069")).dcs  # UCS2 group, inactive
    assert off.alphabet == "ucs2" and off.waiting is not None and not off.waiting.active


def test_compressed_text_is_reported_not_decoded() -> None:
    msg = decode_pdu(deliver("04", "24", "03AABBCC"))  # 0010 0100: compressed, 8-bit
    assert msg.dcs.compressed and msg.text is None and msg.user_data == b"\xaa\xbb\xcc"
    gsm = decode_pdu(deliver("04", "20", "03AABBCC"))  # compressed GSM: UDL counts octets
    assert gsm.dcs.compressed and gsm.text is None


def test_eight_bit_with_port_addressing() -> None:
    # UDH 06 05 04 0B84 23F0: 16-bit application ports 2948 -> 9200 (WAP push), then 4 octets.
    msg = decode_pdu(deliver("44", "04", "0B0605040B8423F0DEADBEEF"))
    assert msg.text is None
    assert msg.payload == bytes.fromhex("DEADBEEF")
    assert msg.udh is not None and msg.udh.elements == ((5, bytes.fromhex("0B8423F0")),)


def test_hex_with_spaces_and_bytes_input() -> None:
    spaced = " ".join(DREAMFABRIC_DELIVER[i : i + 2] for i in range(0, len(DREAMFABRIC_DELIVER), 2))
    assert decode_pdu(spaced).text == "hellohello"
    assert decode_pdu(bytes.fromhex(DREAMFABRIC_DELIVER)).text == "hellohello"


def test_direction() -> None:
    assert isinstance(decode_pdu(DREAMFABRIC_SUBMIT, direction="mo"), SmsSubmit)
    with pytest.raises(SmsCodecError, match="SUBMIT-REPORT"):
        decode_pdu(DREAMFABRIC_SUBMIT, direction="mt")
    with pytest.raises(SmsCodecError, match="DELIVER-REPORT"):
        decode_pdu(DREAMFABRIC_DELIVER, direction="mo")


def test_invalid_timestamp_gives_none_not_an_error() -> None:
    msg = decode_pdu("0004" + OA + "0000" + "52F11012340000" + "0AE8329BFD4697D9EC37")
    assert isinstance(msg, SmsDeliver) and msg.timestamp is None and msg.text == "hellohello"


@pytest.mark.parametrize(
    ("pdu", "words"),
    [
        ("", "empty"),
        ("0", "hexadecimal"),
        ("zz", "hexadecimal"),
        ("00", "no content"),
        ("0003", "reserved"),
        ("0791", "service centre"),
        ("0004", "address"),
        ("00040B919471103254F6", "ends inside"),
        (deliver("04", "00", "A1" + "00" * 140), "more than an SMS"),
        (deliver("04", "00", "0AE8329B"), "shorter than"),
        (deliver("44", "00", "020500"), "header"),
        (deliver("44", "08", "040700030102"), "header"),
    ],
)
def test_errors_are_plain_words(pdu: str, words: str) -> None:
    with pytest.raises(SmsCodecError, match=words):
        decode_pdu(pdu)
