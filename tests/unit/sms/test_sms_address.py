"""Address fields: semi-octets, filler, type of number, alphanumeric senders."""

from __future__ import annotations

import pytest

from cmgui.sms import SmsCodecError
from cmgui.sms.address import (
    TON_ALPHANUMERIC,
    TON_INTERNATIONAL,
    TON_UNKNOWN,
    Address,
    bcd_digits,
    decode_address,
    decode_smsc,
    encode_address,
    encode_bcd,
    encode_smsc,
    parse_address,
)


def test_semi_octets_with_filler() -> None:
    assert encode_bcd("12345") == bytes.fromhex("2143F5")
    assert bcd_digits(bytes.fromhex("2143F5"), 5) == "12345"
    # * # and the extra BCD values a b c (TS 24.008 10.5.4.7)
    assert encode_bcd("*#abc") == bytes.fromhex("BADCFE")
    assert bcd_digits(bytes.fromhex("BADCFE"), 5) == "*#abc"


def test_international_number_field() -> None:
    # 0C 91 947110325476: 12 digits, TON international, NPI ISDN.
    field = encode_address(parse_address("+49 170 1234-567"))
    assert field.hex().upper() == "0C91947110325476"
    addr, end = decode_address(field, 0)
    assert addr == Address("+491701234567", TON_INTERNATIONAL, 1) and end == len(field)


def test_unknown_type_odd_length() -> None:
    field = encode_address(parse_address("12345"))
    assert field.hex().upper() == "05812143F5"
    addr, _ = decode_address(field, 0)
    assert addr.number == "12345" and addr.ton == TON_UNKNOWN


def test_national_type_of_number_decodes_without_plus() -> None:
    addr, _ = decode_address(bytes.fromhex("0AA11007214365"), 0)  # TON 2 national
    assert addr.number == "0170123456" and addr.ton == 2


def test_alphanumeric_length_counts_useful_semi_octets() -> None:
    # 7 characters = 49 bits = 12.25 semi-octets -> 13 useful, 7 octets on the air.
    field = encode_address(Address("Telekom", TON_ALPHANUMERIC, 0))
    assert field[0] == 13 and len(field) == 2 + 7
    assert decode_address(field, 0)[0].number == "Telekom"


def test_smsc_field() -> None:
    assert encode_smsc(None) == b"\x00"
    field = encode_smsc("+27381000015")
    assert field.hex().upper() == "07917283010010F5"
    addr, n = decode_smsc(field)
    assert addr is not None and addr.number == "+27381000015" and n == 8
    assert decode_smsc(b"\x00\x11") == (None, 1)


@pytest.mark.parametrize("text", ["", "abc", "+", "++49", "12-ab"])
def test_not_a_number(text: str) -> None:
    with pytest.raises(SmsCodecError, match="not a phone number"):
        parse_address(text)


def test_alphanumeric_only_where_allowed() -> None:
    assert parse_address("My Bank", allow_alphanumeric=True).ton == TON_ALPHANUMERIC
    assert parse_address("+49 (0) 170", allow_alphanumeric=True).number == "+49170"
