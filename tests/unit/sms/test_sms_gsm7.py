"""GSM 7-bit alphabet, extension and national tables, and septet packing."""

from __future__ import annotations

import pytest

from cmgui.sms import SmsCodecError
from cmgui.sms.gsm7 import (
    DEFAULT,
    DEFAULT_ALPHABET,
    codec,
    pack_septets,
    septets_for_octets,
    unpack_septets,
)
from cmgui.sms.nl_tables import LOCKING_SHIFT, SINGLE_SHIFT, UNDEFINED


def test_default_alphabet_landmarks() -> None:
    # TS 23.038 6.2.1: a few positions people get wrong.
    assert len(DEFAULT_ALPHABET) == 128
    assert DEFAULT_ALPHABET[0x00] == "@" and DEFAULT_ALPHABET[0x02] == "$"
    assert DEFAULT_ALPHABET[0x11] == "_" and DEFAULT_ALPHABET[0x24] == "¤"
    assert DEFAULT_ALPHABET[0x40] == "¡" and DEFAULT_ALPHABET[0x60] == "¿"
    assert DEFAULT_ALPHABET[0x7F] == "à" and DEFAULT_ALPHABET[0x1B] == "\x1b"


@pytest.mark.parametrize(
    ("char", "code"),
    [("\x0c", 0x0A), ("^", 0x14), ("{", 0x28), ("}", 0x29), ("\\", 0x2F), ("[", 0x3C),
     ("~", 0x3D), ("]", 0x3E), ("|", 0x40), ("€", 0x65)],
)  # fmt: skip
def test_extension_table(char: str, code: int) -> None:
    assert DEFAULT.encode(char) == bytes((0x1B, code))
    assert DEFAULT.decode(bytes((0x1B, code))) == char


def test_hellohello_packing() -> None:
    # The textbook example: "hellohello" packs to E8329BFD4697D9EC37.
    packed = pack_septets(DEFAULT.encode("hellohello"))
    assert packed.hex().upper() == "E8329BFD4697D9EC37"
    assert DEFAULT.decode(unpack_septets(packed, 10)) == "hellohello"


def test_eight_septets_fill_seven_octets() -> None:
    # "12345678": eight septets, 56 bits, exactly seven octets: 31D98C56B3DD70.
    assert pack_septets(DEFAULT.encode("12345678")).hex().upper() == "31D98C56B3DD70"


@pytest.mark.parametrize("count", [0, 1, 7, 8, 9, 63, 64, 65, 150, 160])
@pytest.mark.parametrize("skip", [0, 1, 7, 8])
def test_pack_unpack_both_paths(count: int, skip: int) -> None:
    septets = bytes((i * 37 + 11) % 128 for i in range(count))
    packed = pack_septets(septets, skip)
    assert len(packed) == (7 * (count + skip) + 7) // 8
    reference = 0
    for i, s in enumerate(septets):
        reference |= s << (7 * (i + skip))
    assert packed == reference.to_bytes(len(packed), "little")
    assert unpack_septets(packed, count + skip, skip) == septets


def test_fill_bits() -> None:
    # A header of n octets occupies ceil(8n / 7) septets.
    assert [septets_for_octets(n) for n in (0, 4, 6, 7, 9, 12)] == [0, 5, 7, 8, 11, 14]


def test_unencodable_character_is_named() -> None:
    with pytest.raises(SmsCodecError, match="U\\+00E7"):
        DEFAULT.encode("ç")  # only capital Ç is in the default alphabet


def test_escape_edge_cases() -> None:
    assert DEFAULT.decode(b"a\x1b") == "a"  # a lone trailing escape shows nothing
    assert DEFAULT.decode(b"\x1b\x41") == "A"  # undefined extension code -> main table char
    assert DEFAULT.decode(b"\x1b\x1b\x1b\x65") == " €"  # ESC ESC is reserved -> space


def test_every_national_table_is_complete_and_consistent() -> None:
    for lang, table in LOCKING_SHIFT.items():
        assert len(table) == 128, lang
        assert table[0x1B] == "\x1b" and table[0x0A] == "\n" and table[0x0D] == "\r"
        assert table[0x20] == " "
        assert table[0x61:0x7B] == "abcdefghijklmnopqrstuvwxyz"  # every locking table keeps a-z
    for lang, table in SINGLE_SHIFT.items():
        assert len(table) == 128, lang
        assert table[0x1B] == UNDEFINED and table[0x0A] == "\x0c"  # form feed everywhere
        assert table[0x28] == "{" and table[0x3C] == "[" and table[0x40] == "|"


@pytest.mark.parametrize(
    ("lang", "single", "locking"),
    [
        # Turkish A.2.1 / A.3.1
        (1, {0x47: "Ğ", 0x49: "İ", 0x53: "Ş", 0x63: "ç", 0x65: "€", 0x67: "ğ", 0x69: "ı",
             0x73: "ş"},
         {0x04: "€", 0x07: "ı", 0x0B: "Ğ", 0x0C: "ğ", 0x1C: "Ş", 0x1D: "ş", 0x40: "İ",
          0x60: "ç"}),
        # Spanish A.2.2 (no locking table)
        (2, {0x09: "ç", 0x41: "Á", 0x49: "Í", 0x4F: "Ó", 0x55: "Ú", 0x61: "á", 0x69: "í",
             0x6F: "ó", 0x75: "ú"}, {}),
        # Portuguese A.2.3 / A.3.3
        (3, {0x05: "ê", 0x12: "Φ", 0x41: "À", 0x5B: "Ã", 0x7F: "â"},
         {0x04: "ê", 0x12: "ª", 0x15: "∞", 0x24: "º", 0x40: "Í", 0x60: "~", 0x7D: "`"}),
        # Hindi A.2.6 / A.3.6
        (6, {0x19: "।", 0x1A: "॥", 0x1C: "०", 0x20: "४", 0x40: "|"},
         {0x00: "ँ", 0x2F: "न", 0x42: "म", 0x7F: "ॿ"}),
        # Urdu A.3.13
        (13, {0x33: "؟"}, {0x00: "ا", 0x01: "آ", 0x02: "ب"}),
    ],
)  # fmt: skip
def test_national_landmarks(lang: int, single: dict[int, str], locking: dict[int, str]) -> None:
    for code, ch in single.items():
        assert SINGLE_SHIFT[lang][code] == ch, (lang, hex(code))
    for code, ch in locking.items():
        assert LOCKING_SHIFT[lang][code] == ch, (lang, hex(code))


def test_national_decode_through_codec() -> None:
    turkish = codec(1, 1)
    assert turkish.encode("ş") == b"\x1d"  # in the locking table, no escape needed
    assert turkish.decode(b"\x1b\x47") == "Ğ"
    spanish = codec(0, 2)
    assert spanish.encode("á") == b"\x1b\x61"
    assert spanish.decode(b"\x1b\x61") == "á"


def test_undefined_locking_code_reads_as_replacement() -> None:
    # Bengali locking table leaves 0x0C empty.
    assert LOCKING_SHIFT[4][0x0C] == UNDEFINED
    assert codec(4, 4).decode(b"\x0c") == "\ufffd"
