"""The virtual modem's view of SMS PDUs: a thin adapter over the project codec :mod:`cmgui.sms`.

PDUs are handled here as TPDUs (no SMSC field), as a device stores them; the SMSC prefix is
added where the TE sees a PDU (+CMGL/+CMGR/+CMT).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cmgui.sms import (
    EncodedPdu,
    SmsCodecError,
    SmsDeliver,
    SmsStatusReport,
    SmsSubmit,
    count,
    decode_pdu,
)
from cmgui.sms import encode_deliver as _encode_deliver
from cmgui.sms import encode_status_report as _encode_status_report
from cmgui.sms import encode_submit as _encode_submit
from cmgui.sms.address import decode_smsc
from cmgui.sms.address import encode_smsc as _encode_smsc
from cmgui.sms.gsm7 import codec as _gsm7_codec
from cmgui.sms.gsm7 import pack_septets as _pack
from cmgui.sms.gsm7 import unpack_septets as _unpack

_GSM7 = _gsm7_codec()


class PduError(ValueError):
    """A PDU that cannot be read."""


def _tpdu(encoded: EncodedPdu) -> bytes:
    return encoded.pdu[len(encoded.pdu) - encoded.tpdu_length :]


# -- GSM 7-bit (USSD) --------------------------------------------------------------------------
def gsm7_encodable(text: str) -> bool:
    return _GSM7.can_encode(text)


def to_septets(text: str) -> list[int]:
    """Septets of ``text`` in the default alphabet (unencodable characters become ``?``)."""
    return list(_GSM7.encode("".join(ch if _GSM7.can_encode(ch) else "?" for ch in text)))


def from_septets(septets: list[int]) -> str:
    return _GSM7.decode(bytes(s & 0x7F for s in septets))


def pack_septets(septets: list[int]) -> bytes:
    return _pack(bytes(septets))


def unpack_septets(data: bytes, count_: int) -> list[int]:
    return list(_unpack(data, count_))


# -- SMSC field ----------------------------------------------------------------------------------
def encode_smsc(number: str) -> bytes:
    """The SMSC prefix of a PDU as the TE sees it (``00`` when unknown)."""
    try:
        return _encode_smsc(number or None)
    except (SmsCodecError, ValueError):
        return b"\x00"


def split_smsc(data: bytes) -> tuple[str, bytes]:
    """(SMSC number, TPDU) of a PDU given with its SMSC field."""
    try:
        smsc, pos = decode_smsc(data)
    except SmsCodecError as exc:
        raise PduError(str(exc)) from None
    return (smsc.number if smsc else ""), data[pos:]


# -- encoding ------------------------------------------------------------------------------------
def segments(text: str) -> int:
    """How many SMS parts ``text`` needs."""
    return count(text).segments


def build_deliver(sender: str, text: str, scts: datetime, ref: int) -> list[bytes]:
    """SMS-DELIVER TPDUs for ``text`` from ``sender`` (concatenated when long)."""
    return [_tpdu(p) for p in _encode_deliver(sender, text, timestamp=scts, reference=ref)]


def encode_submit(dest: str, text: str, *, srr: bool = False, ref: int = 0) -> list[bytes]:
    """SMS-SUBMIT TPDUs for ``text`` to ``dest``, one per part."""
    parts = _encode_submit(dest, text, request_status_report=srr, reference=ref)
    return [_tpdu(p) for p in parts]


def encode_status_report(mr: int, recipient: str, scts: datetime, done: datetime,
                         status: int = 0) -> bytes:
    return _tpdu(_encode_status_report(mr, recipient, timestamp=scts, discharge_time=done,
                                       status=status))


# -- decoding ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tpdu:
    """The fields of a TPDU the virtual modem uses."""

    kind: str  # "deliver" | "submit" | "status-report"
    address: str
    text: str = ""
    mr: int = 0
    srr: bool = False
    scts: datetime | None = None
    discharge: datetime | None = None
    status: int = 0
    concat: tuple[int, int, int] | None = None  # (reference, total, sequence)


def decode_tpdu(tpdu: bytes) -> Tpdu:
    """Decode an SMS-DELIVER, SMS-SUBMIT or SMS-STATUS-REPORT given without SMSC field."""
    try:
        msg = decode_pdu(b"\x00" + tpdu)
    except SmsCodecError as exc:
        raise PduError(str(exc)) from None
    concat = (msg.concat.ref, msg.concat.total, msg.concat.seq) if msg.concat else None
    text = msg.text or ""
    if isinstance(msg, SmsDeliver):
        return Tpdu("deliver", msg.sender.number, text, scts=msg.timestamp, concat=concat)
    if isinstance(msg, SmsSubmit):
        return Tpdu("submit", msg.recipient.number, text, mr=msg.reference,
                    srr=msg.status_report_request, concat=concat)
    assert isinstance(msg, SmsStatusReport)
    return Tpdu("status-report", msg.recipient.number, mr=msg.reference, scts=msg.timestamp,
                discharge=msg.discharge_time, status=msg.status)
