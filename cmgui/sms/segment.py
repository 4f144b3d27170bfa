"""Choosing an encoding for a text and cutting it into SMS-sized pieces.

Capacity per message is 140 octets of user data: 160 GSM septets, 70 UCS2 code units or 140
octets, less what the user data header takes (concatenation: 153 / 67 / 134). A GSM escape
sequence and a UTF-16 surrogate pair are never split across two parts.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from cmgui.sms import gsm7
from cmgui.sms.dcs import Alphabet
from cmgui.sms.errors import SmsCodecError
from cmgui.sms.nl_tables import LOCKING_SHIFT, SINGLE_SHIFT
from cmgui.sms.udh import udh_length

Encoding = Literal["gsm7", "ucs2", "8bit"]

MAX_PARTS = 255
_UD_OCTETS = 140

NationalChoice = bool | Collection[int]
"""``True``: any national table; a collection: only those language identifiers."""


@dataclass(frozen=True, slots=True)
class EncodingChoice:
    alphabet: Alphabet
    locking: int = 0  # national language of the locking shift table (GSM 7-bit only)
    single: int = 0  # national language of the single shift table (GSM 7-bit only)

    def header_octets(self, concat: bool, ref_bits: int = 8) -> int:
        return udh_length(concat, ref_bits, self.locking, self.single)

    def capacity(self, concat: bool, ref_bits: int = 8) -> int:
        """Units (septets, UTF-16 code units or octets) one part can carry."""
        udh = self.header_octets(concat, ref_bits)
        if self.alphabet == "gsm7":
            return 160 - gsm7.septets_for_octets(udh)
        if self.alphabet == "ucs2":
            return (_UD_OCTETS - udh) // 2
        return _UD_OCTETS - udh


GSM7 = EncodingChoice("gsm7")
UCS2 = EncodingChoice("ucs2")
OCTETS = EncodingChoice("8bit")


@dataclass(frozen=True, slots=True)
class Encoded:
    """A text in its chosen encoding: septets (one per byte), UTF-16-BE or raw octets."""

    choice: EncodingChoice
    payload: bytes

    @property
    def units(self) -> int:
        return len(self.payload) // 2 if self.choice.alphabet == "ucs2" else len(self.payload)


def _national_candidates(allow: NationalChoice) -> list[EncodingChoice]:
    if allow is True:
        langs = sorted(set(SINGLE_SHIFT) | set(LOCKING_SHIFT))
    elif allow is False:
        langs = []
    else:
        langs = sorted(allow)
    out: list[EncodingChoice] = []
    for lang in langs:
        if lang in SINGLE_SHIFT:
            out.append(EncodingChoice("gsm7", 0, lang))
        if lang in LOCKING_SHIFT:
            out.append(EncodingChoice("gsm7", lang, lang))
            out.append(EncodingChoice("gsm7", lang, 0))
    return out


def part_count(encoded: Encoded, ref_bits: int = 8) -> int:
    """How many parts ``encoded`` needs."""
    single = encoded.choice.capacity(False)
    units = encoded.units
    if units <= single:
        return 1
    return len(split(encoded, ref_bits, limit=False))


def _best_national(text: str, allow: NationalChoice) -> Encoded | None:
    best: tuple[int, int, int, Encoded] | None = None
    for index, choice in enumerate(_national_candidates(allow)):
        codec = gsm7.codec(choice.locking, choice.single)
        if not codec.can_encode(text):
            continue
        enc = Encoded(choice, codec.encode(text))
        parts = part_count(enc)
        overhead = choice.header_octets(parts > 1)
        key = (parts, len(enc.payload) + overhead * 8 // 7, index)
        if best is None or key < best[:3]:
            best = (*key, enc)
    return best[3] if best else None


def _ucs2(text: str) -> Encoded:
    return Encoded(UCS2, text.encode("utf-16-be", "surrogatepass"))


def encode_text(
    text: str | bytes,
    encoding: Encoding | None = None,
    allow_national: NationalChoice = False,
) -> Encoded:
    """Pick the cheapest encoding: GSM default alphabet, then national tables (if allowed and
    not more parts than UCS2), else UCS2. ``bytes`` (or ``encoding="8bit"``) is 8-bit data."""
    if isinstance(text, bytes | bytearray):
        if encoding not in (None, "8bit"):
            raise SmsCodecError("binary data can only be sent as 8-bit data")
        return Encoded(OCTETS, bytes(text))
    if encoding == "8bit":
        return Encoded(OCTETS, text.encode("utf-8", "surrogatepass"))
    if encoding == "ucs2":
        return _ucs2(text)
    if encoding not in (None, "gsm7"):
        raise SmsCodecError(f"unknown encoding {encoding!r} (use gsm7, ucs2 or 8bit)")
    if gsm7.DEFAULT.can_encode(text):
        return Encoded(GSM7, gsm7.DEFAULT.encode(text))
    if allow_national:
        national = _best_national(text, allow_national)
        if national is not None:
            if encoding == "gsm7":
                return national
            if part_count(national) <= part_count(_ucs2(text)):
                return national
    if encoding == "gsm7":
        gsm7.DEFAULT.encode(text)  # raises, naming the first character that does not fit
    return _ucs2(text)


def split(encoded: Encoded, ref_bits: int = 8, *, limit: bool = True) -> list[bytes]:
    """Cut the payload into parts; a single part needs no concatenation header.

    With ``limit``, more than 255 parts (what the header can number) is an error.
    """
    choice = encoded.choice
    payload = encoded.payload
    alphabet = choice.alphabet
    unit = 2 if alphabet == "ucs2" else 1
    if len(payload) <= choice.capacity(False) * unit:
        return [payload]
    cap = choice.capacity(True, ref_bits) * unit
    parts: list[bytes] = []
    pos = 0
    end = len(payload)
    while pos < end:
        cut = min(pos + cap, end)
        if cut < end:
            if alphabet == "gsm7" and payload[cut - 1] == gsm7.ESC:
                cut -= 1  # keep the escape with the character it introduces
            elif alphabet == "ucs2" and 0xD8 <= payload[cut - 2] <= 0xDB:
                cut -= 2  # keep a surrogate pair together
        parts.append(payload[pos:cut])
        pos = cut
    if limit and len(parts) > MAX_PARTS:
        raise SmsCodecError(
            f"the message is too long: it needs {len(parts)} parts,"
            f" at most {MAX_PARTS} are possible"
        )
    return parts
