"""Data coding scheme (TS 23.038 section 4) and protocol identifier (TS 23.040 9.2.3.9)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cmgui.sms.errors import SmsCodecError

Alphabet = Literal["gsm7", "8bit", "ucs2"]

MWI_KINDS = ("voicemail", "fax", "email", "other")


@dataclass(frozen=True, slots=True)
class MessageWaiting:
    """Message waiting indication of DCS groups 1100-1110."""

    active: bool
    kind: str  # one of MWI_KINDS
    store: bool  # False: the message itself may be discarded (group 1100)


@dataclass(frozen=True, slots=True)
class Dcs:
    """A decoded TP-DCS octet."""

    raw: int
    alphabet: Alphabet
    message_class: int | None = None  # 0 "flash" .. 3, None if not given
    compressed: bool = False
    auto_delete: bool = False
    waiting: MessageWaiting | None = None

    @property
    def is_flash(self) -> bool:
        """Class 0: shown at once and not stored by default."""
        return self.message_class == 0


_ALPHABETS: tuple[Alphabet, ...] = ("gsm7", "8bit", "ucs2", "gsm7")  # 11 is reserved -> GSM


def _decode_dcs(raw: int) -> Dcs:
    group = raw >> 4
    if group < 8:  # 00xx general data coding, 01xx same with automatic deletion
        return Dcs(
            raw,
            _ALPHABETS[(raw >> 2) & 3],
            (raw & 3) if raw & 0x10 else None,
            bool(raw & 0x20),
            bool(raw & 0x40),
        )
    if group in (0xC, 0xD, 0xE):
        waiting = MessageWaiting(bool(raw & 0x08), MWI_KINDS[raw & 3], group != 0xC)
        return Dcs(raw, "ucs2" if group == 0xE else "gsm7", waiting=waiting)
    if group == 0xF:
        return Dcs(raw, "8bit" if raw & 0x04 else "gsm7", raw & 3)
    # 1000-1011 reserved: TS 23.038 says to assume the GSM 7 bit default alphabet.
    return Dcs(raw, "gsm7")


_DCS_CACHE: tuple[Dcs, ...] = tuple(_decode_dcs(i) for i in range(256))


def decode_dcs(raw: int) -> Dcs:
    return _DCS_CACHE[raw]


def encode_dcs(alphabet: Alphabet, message_class: int | None = None) -> int:
    """General data coding group, uncompressed."""
    if message_class is not None and message_class not in (0, 1, 2, 3):
        raise SmsCodecError(f"message class must be 0 to 3, not {message_class!r}")
    value = {"gsm7": 0x00, "8bit": 0x04, "ucs2": 0x08}[alphabet]
    if message_class is not None:
        value |= 0x10 | message_class
    return value


_PID_SPECIAL = {
    0x00: "normal short message",
    0x40: "short message type 0 (silent)",
    0x5E: "return call message (type 6 of replace)",
    0x5F: "return call message",
    0x7C: "ANSI-136 R-DATA",
    0x7D: "ME data download",
    0x7E: "ME de-personalization short message",
    0x7F: "(U)SIM data download",
}


def describe_pid(pid: int) -> str:
    """A short English description of TP-PID."""
    if pid in _PID_SPECIAL:
        return _PID_SPECIAL[pid]
    if 0x41 <= pid <= 0x47:
        return f"replace short message type {pid - 0x40}"
    if pid >> 6 == 0 and pid & 0x20:
        return f"telematic interworking (device type {pid & 0x1F})"
    if pid >> 6 == 0:
        return "SME-to-SME protocol"
    if pid >> 6 == 3:
        return "service centre specific use"
    return "reserved"
