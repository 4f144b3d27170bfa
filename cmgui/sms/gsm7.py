"""GSM 7-bit alphabets (3GPP TS 23.038 section 6.2) and septet packing.

A :class:`Gsm7Codec` is the pair (locking shift table, single shift table) selected by the
national language identifiers of UDH IEs 0x25 and 0x24; language 0 is the default alphabet and its
extension table. Text is first mapped to *septets* (one septet per byte, 0x00-0x7F, escape 0x1B
before each single-shift character) and then packed eight septets into seven octets.

Decoding and encoding go through the C charmap codec (``codecs.charmap_decode`` /
``charmap_encode``) with precomputed tables, which is what makes the hot path fast.
"""

from __future__ import annotations

import codecs
from functools import lru_cache

from cmgui.sms.errors import SmsCodecError
from cmgui.sms.nl_tables import LANGUAGE_NAMES, LOCKING_SHIFT, SINGLE_SHIFT, UNDEFINED

ESC = 0x1B

#: TS 23.038 6.2.1, indexed by septet value; 0x1B is the escape to the extension table.
DEFAULT_ALPHABET = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞ\x1bÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)

#: TS 23.038 6.2.1.1 default extension table (reached with ESC).
DEFAULT_EXTENSION: dict[int, str] = {
    0x0A: "\x0c",
    0x14: "^",
    0x28: "{",
    0x29: "}",
    0x2F: "\\",
    0x3C: "[",
    0x3D: "~",
    0x3E: "]",
    0x40: "|",
    0x65: "€",
}

_DEFAULT_SINGLE = "".join(DEFAULT_EXTENSION.get(i, UNDEFINED) for i in range(128))

#: Every national language identifier with at least one table here (0 = default).
SUPPORTED_LANGUAGES: frozenset[int] = frozenset({0, *LOCKING_SHIFT, *SINGLE_SHIFT})


def language_name(lang: int) -> str:
    """The English name of a national language identifier, or ``"language N"``."""
    return LANGUAGE_NAMES.get(lang, f"language {lang}")


def locking_table(lang: int) -> str:
    """The 128-character locking shift table of ``lang`` (default alphabet if it has none)."""
    return LOCKING_SHIFT.get(lang, DEFAULT_ALPHABET)


def single_table(lang: int) -> str:
    """The 128-character single shift table of ``lang`` (default extension if it has none)."""
    return SINGLE_SHIFT.get(lang, _DEFAULT_SINGLE)


class Gsm7Codec:
    """Septet <-> text conversion for one (locking, single shift) language pair."""

    __slots__ = ("_charset", "_decode_table", "_encode_map", "_ext", "locking", "single")

    def __init__(self, locking: int = 0, single: int = 0) -> None:
        self.locking = locking
        self.single = single
        lock = locking_table(locking)
        shift = single_table(single)
        # Undefined codes in the locking table read as U+FFFD; bytes >= 0x80 cannot be septets.
        dec = "".join("\ufffd" if c == UNDEFINED else c for c in lock)
        self._decode_table = dec + "\ufffd" * 128
        # An escape followed by a code missing from the extension table shows the locking
        # table's character (TS 23.038 6.2.1.1); ESC ESC is reserved and read as a space.
        ext = [dec[i] if c == UNDEFINED else c for i, c in enumerate(shift)]
        ext[ESC] = " "
        self._ext = "".join(ext)
        emap: dict[int, bytes] = {}
        for code in range(127, -1, -1):  # lowest code wins where a table repeats a character
            c = shift[code]
            if c != UNDEFINED and code != ESC:
                emap[ord(c)] = bytes((ESC, code))
        for code in range(127, -1, -1):
            c = lock[code]
            if c != UNDEFINED and code != ESC:
                emap[ord(c)] = bytes((code,))
        self._encode_map = emap
        self._charset = frozenset(chr(o) for o in emap)

    @property
    def charset(self) -> frozenset[str]:
        """Every character this pair can encode."""
        return self._charset

    def can_encode(self, text: str) -> bool:
        return self._charset.issuperset(text)

    def char_cost(self, ch: str) -> int:
        """Septets needed for ``ch`` (1 or 2), 0 if it cannot be encoded."""
        b = self._encode_map.get(ord(ch))
        return 0 if b is None else len(b)

    def septet_length(self, text: str) -> int:
        """Septets needed for ``text`` (raises :class:`SmsCodecError` if not encodable)."""
        return len(self.encode(text))

    def encode(self, text: str) -> bytes:
        """Text -> septets (one per byte)."""
        try:
            return codecs.charmap_encode(text, "strict", self._encode_map)[0]
        except UnicodeEncodeError as exc:
            bad = text[exc.start]
            raise SmsCodecError(
                f"the character {bad!r} (U+{ord(bad):04X}) is not in the GSM 7-bit alphabet"
                f" ({self.describe()})"
            ) from None

    def decode(self, septets: bytes) -> str:
        """Septets (one per byte) -> text; never raises."""
        table = self._decode_table
        if ESC not in septets:
            return codecs.charmap_decode(septets, "strict", table)[0]
        ext = self._ext
        parts = septets.split(b"\x1b")
        out = [codecs.charmap_decode(parts[0], "strict", table)[0]]
        pending_esc = False
        for part in parts[1:]:
            if not part:
                # Two escapes in a row (or a trailing escape): the reserved code reads as space,
                # a lone trailing escape reads as nothing.
                if pending_esc:
                    out.append(" ")
                    pending_esc = False
                else:
                    pending_esc = True
                continue
            if pending_esc:
                out.append(" ")
                pending_esc = False
                out.append(codecs.charmap_decode(part, "strict", table)[0])
                continue
            out.append(ext[part[0] & 0x7F])
            out.append(codecs.charmap_decode(part[1:], "strict", table)[0])
        return "".join(out)

    def describe(self) -> str:
        if self.locking == 0 and self.single == 0:
            return "default alphabet"
        return (
            f"locking shift {language_name(self.locking)},"
            f" single shift {language_name(self.single)}"
        )


@lru_cache(maxsize=64)
def codec(locking: int = 0, single: int = 0) -> Gsm7Codec:
    """The shared codec for a language pair (tables are built once)."""
    return Gsm7Codec(locking, single)


DEFAULT = codec(0, 0)


# Septet i sits at bit 7i when packed and at bit 8i when unpacked (one per byte), so it moves by
# i bits. Moving every septet whose index has bit k set by 2**k, one k at a time, does the
# whole job in log2(count) big-integer mask-and-shift steps instead of a Python loop per
# septet; the masks depend only on the count and are built once per count.
_Plan = tuple[tuple[int, int, int], ...]


@lru_cache(maxsize=512)
def _unpack_plan(count: int) -> _Plan:
    full = (1 << (8 * count)) - 1
    plan = []
    for k in range(count.bit_length() - 1, -1, -1):
        mask = 0
        for i in range(count):
            if i >> k & 1:
                # After the higher steps septet i sits at 7i plus the higher bits of i.
                mask |= 0x7F << (7 * i + (i & ~((2 << k) - 1)))
        plan.append((1 << k, mask, full ^ mask))
    return tuple(plan)


@lru_cache(maxsize=512)
def _pack_plan(count: int) -> _Plan:
    full = (1 << (8 * count)) - 1
    plan = []
    for k in range(count.bit_length()):
        mask = 0
        for i in range(count):
            if i >> k & 1:
                # After the lower steps septet i sits at 8i less the lower bits of i.
                mask |= 0x7F << (8 * i - (i & ((1 << k) - 1)))
        plan.append((1 << k, mask, full ^ mask))
    return tuple(plan)


def unpack_septets(data: bytes, count: int, skip: int = 0) -> bytes:
    """Unpack ``count`` septets from packed ``data``, dropping the first ``skip`` septets.

    ``skip`` is the number of septets a UDH (plus fill bits) occupies at the start of the user
    data. Bits beyond the end of ``data`` read as zero: callers check the length first.
    """
    if count <= skip:
        return b""
    n = int.from_bytes(data[: (7 * count + 7) // 8], "little") & ((1 << (7 * count)) - 1)
    for shift, mask, keep in _unpack_plan(count):
        n = (n & keep) | ((n & mask) << shift)
    return n.to_bytes(count, "little")[skip:]


def pack_septets(septets: bytes, skip: int = 0) -> bytes:
    """Pack septets into octets, leaving ``skip`` zero septets in front (room for a UDH).

    Returns ``ceil(7 * (skip + len(septets)) / 8)`` octets; the caller overwrites the first
    octets with the UDH, whose fill bits are the zero bits up to the next septet boundary.
    """
    total = skip + len(septets)
    if total == 0:
        return b""
    n = int.from_bytes(bytes(septets).translate(_LOW7), "little") << (8 * skip)
    for shift, mask, keep in _pack_plan(total):
        n = (n & keep) | ((n & mask) >> shift)
    return n.to_bytes((7 * total + 7) // 8, "little")


_LOW7 = bytes(i & 0x7F for i in range(256))


def septets_for_octets(octets: int) -> int:
    """Septets covered by ``octets`` octets of UDH, fill bits included (TS 23.040 9.2.3.24)."""
    return (octets * 8 + 6) // 7
