"""User data header (TS 23.040 9.2.3.24): information elements, concatenation, shift tables."""

from __future__ import annotations

from dataclasses import dataclass

from cmgui.sms.errors import SmsCodecError

IEI_CONCAT_8 = 0x00
IEI_CONCAT_16 = 0x08
IEI_SINGLE_SHIFT = 0x24
IEI_LOCKING_SHIFT = 0x25


@dataclass(frozen=True, slots=True)
class ConcatInfo:
    """One part of a concatenated message."""

    ref: int
    total: int
    seq: int  # 1-based
    ref_bits: int = 8  # 8 (IE 0x00) or 16 (IE 0x08)


@dataclass(frozen=True, slots=True)
class Udh:
    """The decoded header: its information elements in order, plus what the codec uses."""

    elements: tuple[tuple[int, bytes], ...]
    concat: ConcatInfo | None = None
    locking_shift: int = 0  # national language of IE 0x25 (0 = default alphabet)
    single_shift: int = 0  # national language of IE 0x24
    length: int = 0  # octets including the UDHL octet itself


def decode_udh(ud: bytes) -> Udh:
    """Parse the header at the start of the user data; raises on a malformed header."""
    if not ud:
        raise SmsCodecError("the user data header is missing")
    udhl = ud[0]
    if udhl + 1 > len(ud):
        raise SmsCodecError("the user data header is longer than the user data")
    pos = 1
    end = 1 + udhl
    elements: list[tuple[int, bytes]] = []
    concat: ConcatInfo | None = None
    locking = single = 0
    while pos < end:
        if pos + 2 > end:
            raise SmsCodecError("the user data header ends inside an element")
        iei = ud[pos]
        n = ud[pos + 1]
        data = ud[pos + 2 : pos + 2 + n]
        if pos + 2 + n > end:
            raise SmsCodecError("a user data header element is longer than the header")
        pos += 2 + n
        elements.append((iei, data))
        # Reserved values make the receiver ignore the element (TS 23.040 9.2.3.24.1).
        if iei == IEI_CONCAT_8 and n == 3 and data[1] and 0 < data[2] <= data[1]:
            concat = ConcatInfo(data[0], data[1], data[2], 8)
        elif iei == IEI_CONCAT_16 and n == 4 and data[2] and 0 < data[3] <= data[2]:
            concat = ConcatInfo((data[0] << 8) | data[1], data[2], data[3], 16)
        elif iei == IEI_SINGLE_SHIFT and n == 1:
            single = data[0]
        elif iei == IEI_LOCKING_SHIFT and n == 1:
            locking = data[0]
    return Udh(tuple(elements), concat, locking, single, end)


def encode_udh(
    concat: ConcatInfo | None = None, locking_shift: int = 0, single_shift: int = 0
) -> bytes:
    """Build a header (UDHL included); empty bytes if there is nothing to say."""
    body = bytearray()
    if concat is not None:
        if concat.ref_bits == 16:
            body += bytes((IEI_CONCAT_16, 4, concat.ref >> 8, concat.ref & 0xFF))
        else:
            body += bytes((IEI_CONCAT_8, 3, concat.ref & 0xFF))
        body += bytes((concat.total, concat.seq))
    if single_shift:
        body += bytes((IEI_SINGLE_SHIFT, 1, single_shift))
    if locking_shift:
        body += bytes((IEI_LOCKING_SHIFT, 1, locking_shift))
    if not body:
        return b""
    return bytes((len(body),)) + bytes(body)


def udh_length(concat: bool, ref_bits: int, locking_shift: int, single_shift: int) -> int:
    """Octets (UDHL included) that :func:`encode_udh` would produce."""
    n = 0
    if concat:
        n += 6 if ref_bits == 16 else 5
    if single_shift:
        n += 3
    if locking_shift:
        n += 3
    return n + 1 if n else 0
