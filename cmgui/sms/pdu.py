"""Decoding of PDU-mode messages (TS 23.040 9.2.2, as 27.005 +CMGR/+CMGL/+CMT hand them over).

A PDU starts with the SMSC address field, followed by the TPDU. :func:`decode_pdu` returns one
of three frozen dataclasses; anything it cannot parse raises :class:`SmsCodecError` and nothing
else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from cmgui.sms import gsm7
from cmgui.sms.address import Address, decode_address, decode_smsc
from cmgui.sms.dcs import Dcs, decode_dcs
from cmgui.sms.errors import SmsCodecError
from cmgui.sms.status import StatusCategory, status_category, status_meaning
from cmgui.sms.timestamps import Validity, decode_scts, decode_validity
from cmgui.sms.udh import ConcatInfo, Udh, decode_udh

Direction = Literal["mt", "mo"]
"""``"mt"``: service centre to phone (DELIVER, STATUS-REPORT); ``"mo"``: phone to SC (SUBMIT)."""

MTI_DELIVER = 0
MTI_SUBMIT = 1
MTI_STATUS_REPORT = 2


@dataclass(frozen=True, slots=True)
class _Common:
    smsc: Address | None
    text: str | None  # None for 8-bit data and compressed text
    user_data: bytes  # TP-UD as carried, header included
    udh: Udh | None
    concat: ConcatInfo | None
    dcs: Dcs
    pid: int
    tpdu_length: int
    raw: bytes  # the whole PDU, SMSC field included

    @property
    def message_class(self) -> int | None:
        return self.dcs.message_class

    @property
    def payload(self) -> bytes:
        """User data after the header (octet-aligned only for 8-bit and UCS2 messages)."""
        return self.user_data[self.udh.length :] if self.udh else self.user_data

    @property
    def hex(self) -> str:
        return self.raw.hex().upper()


@dataclass(frozen=True, slots=True)
class SmsDeliver(_Common):
    """SMS-DELIVER: a message received from ``sender``."""

    sender: Address
    timestamp: datetime | None  # TP-SCTS; None if the stamp is not a valid date
    more_messages: bool
    reply_path: bool
    status_report_indication: bool
    loop_prevention: bool


@dataclass(frozen=True, slots=True)
class SmsSubmit(_Common):
    """SMS-SUBMIT: a message for ``recipient`` (as stored in a modem's outbox)."""

    recipient: Address
    reference: int  # TP-MR
    validity: Validity | None
    reject_duplicates: bool
    status_report_request: bool
    reply_path: bool


@dataclass(frozen=True, slots=True)
class SmsStatusReport(_Common):
    """SMS-STATUS-REPORT for the message with TP-MR ``reference`` sent to ``recipient``."""

    recipient: Address
    reference: int
    timestamp: datetime | None  # TP-SCTS: when the SC took the original message
    discharge_time: datetime | None  # TP-DT
    status: int
    is_command_result: bool  # TP-SRQ: report about an SMS-COMMAND rather than a SUBMIT
    more_messages: bool

    @property
    def status_meaning(self) -> str:
        return status_meaning(self.status)

    @property
    def status_category(self) -> StatusCategory:
        return status_category(self.status)

    @property
    def delivered(self) -> bool:
        return self.status < 0x20


SmsMessage = SmsDeliver | SmsSubmit | SmsStatusReport


def _to_bytes(data: str | bytes | bytearray | memoryview) -> bytes:
    if isinstance(data, str):
        try:
            return bytes.fromhex(data)  # ignores whitespace
        except ValueError:
            raise SmsCodecError("the PDU is not a hexadecimal string") from None
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    raise SmsCodecError("the PDU must be a hexadecimal string or bytes")


def _user_data(
    pdu: bytes, pos: int, udl: int, udhi: bool, dcs: Dcs
) -> tuple[str | None, bytes, Udh | None]:
    """Decode TP-UD starting at ``pos`` with TP-UDL ``udl``."""
    if dcs.alphabet == "gsm7" and not dcs.compressed:
        if udl > 160:
            raise SmsCodecError(f"the user data length {udl} is more than an SMS can carry")
        need = (udl * 7 + 7) // 8
    else:
        if udl > 140:
            raise SmsCodecError(f"the user data length {udl} is more than an SMS can carry")
        need = udl
    ud = pdu[pos : pos + need]
    if len(ud) < need:
        raise SmsCodecError("the message is shorter than its user data length says")
    udh: Udh | None = None
    if udhi and ud:
        udh = decode_udh(ud)
    if dcs.compressed:
        return None, ud, udh
    if dcs.alphabet == "gsm7":
        if udh is None:
            return gsm7.DEFAULT.decode(gsm7.unpack_septets(ud, udl)), ud, None
        skip = gsm7.septets_for_octets(udh.length)
        if skip > udl:
            raise SmsCodecError("the user data header is longer than the user data")
        codec = gsm7.codec(udh.locking_shift, udh.single_shift)
        return codec.decode(gsm7.unpack_septets(ud, udl, skip)), ud, udh
    body = ud[udh.length :] if udh else ud
    if dcs.alphabet == "ucs2":
        if len(body) & 1:
            body = body[:-1]
        return body.decode("utf-16-be", "replace"), ud, udh
    return None, ud, udh


def _need(pdu: bytes, end: int, what: str) -> None:
    if end > len(pdu):
        raise SmsCodecError(f"the message ends inside the {what}")


def decode_pdu(
    data: str | bytes | bytearray | memoryview, *, direction: Direction | None = None
) -> SmsMessage:
    """Decode a 27.005 PDU (SMSC field first) given as hex text or raw bytes.

    The message type comes from TP-MTI; as the same value means different things in each
    direction, ``direction`` settles it when known ("mt": DELIVER/STATUS-REPORT, "mo": SUBMIT).
    Without it, 0 is a DELIVER, 1 a SUBMIT and 2 a STATUS-REPORT, which is what modem storage
    holds. Raises :class:`SmsCodecError` (only) on anything it cannot read.
    """
    pdu = _to_bytes(data)
    smsc, pos = decode_smsc(pdu)
    if pos >= len(pdu):
        raise SmsCodecError("the message has no content after the service centre address")
    tpdu_length = len(pdu) - pos
    fo = pdu[pos]
    mti = fo & 0x03
    if direction == "mt" and mti == MTI_SUBMIT:
        raise SmsCodecError("SMS-SUBMIT-REPORT messages are not supported")
    if direction == "mo" and mti == MTI_DELIVER:
        raise SmsCodecError("SMS-DELIVER-REPORT messages are not supported")
    if direction == "mo" and mti == MTI_STATUS_REPORT:
        raise SmsCodecError("SMS-COMMAND messages are not supported")
    if mti == 3:
        raise SmsCodecError("the message type is reserved (TP-MTI 3)")
    udhi = bool(fo & 0x40)
    if mti == MTI_DELIVER:
        sender, pos = decode_address(pdu, pos + 1)
        _need(pdu, pos + 10, "message header")
        pid = pdu[pos]
        dcs = decode_dcs(pdu[pos + 1])
        scts = decode_scts(pdu[pos + 2 : pos + 9])
        udl = pdu[pos + 9]
        text, ud, udh = _user_data(pdu, pos + 10, udl, udhi, dcs)
        return SmsDeliver(
            smsc,
            text,
            ud,
            udh,
            udh.concat if udh else None,
            dcs,
            pid,
            tpdu_length,
            pdu,
            sender,
            scts,
            not fo & 0x04,
            bool(fo & 0x80),
            bool(fo & 0x20),
            bool(fo & 0x08),
        )
    if mti == MTI_SUBMIT:
        _need(pdu, pos + 2, "message header")
        mr = pdu[pos + 1]
        recipient, pos = decode_address(pdu, pos + 2)
        vpf = (fo >> 3) & 0x03
        vplen = (0, 7, 1, 7)[vpf]
        _need(pdu, pos + 3 + vplen, "message header")
        pid = pdu[pos]
        dcs = decode_dcs(pdu[pos + 1])
        validity = decode_validity(vpf, pdu[pos + 2 : pos + 2 + vplen])
        pos += 2 + vplen
        udl = pdu[pos]
        text, ud, udh = _user_data(pdu, pos + 1, udl, udhi, dcs)
        return SmsSubmit(
            smsc,
            text,
            ud,
            udh,
            udh.concat if udh else None,
            dcs,
            pid,
            tpdu_length,
            pdu,
            recipient,
            mr,
            validity,
            bool(fo & 0x04),
            bool(fo & 0x20),
            bool(fo & 0x80),
        )
    return _decode_status_report(pdu, pos, smsc, tpdu_length)


def _decode_status_report(
    pdu: bytes, pos: int, smsc: Address | None, tpdu_length: int
) -> SmsStatusReport:
    fo = pdu[pos]
    _need(pdu, pos + 2, "status report")
    mr = pdu[pos + 1]
    recipient, pos = decode_address(pdu, pos + 2)
    _need(pdu, pos + 15, "status report")
    scts = decode_scts(pdu[pos : pos + 7])
    dt = decode_scts(pdu[pos + 7 : pos + 14])
    st = pdu[pos + 14]
    pos += 15
    pid = 0
    dcs = decode_dcs(0)
    text: str | None = None
    ud = b""
    udh: Udh | None = None
    # Optional tail: TP-PI then the fields it announces. A tail that does not parse is dropped:
    # the status itself is what matters and it has been read already.
    if pos < len(pdu):
        pi = pdu[pos]
        pos += 1
        if pi != 0xFF:  # some centres pad with 0xFF; no valid PI has every bit set
            try:
                if pi & 0x01:
                    _need(pdu, pos + 1, "status report")
                    pid = pdu[pos]
                    pos += 1
                if pi & 0x02:
                    _need(pdu, pos + 1, "status report")
                    dcs = decode_dcs(pdu[pos])
                    pos += 1
                if pi & 0x04:
                    _need(pdu, pos + 1, "status report")
                    udl = pdu[pos]
                    text, ud, udh = _user_data(pdu, pos + 1, udl, bool(fo & 0x40), dcs)
            except SmsCodecError:
                text, ud, udh = None, b"", None
    return SmsStatusReport(
        smsc,
        text,
        ud,
        udh,
        udh.concat if udh else None,
        dcs,
        pid,
        tpdu_length,
        pdu,
        recipient,
        mr,
        scts,
        dt,
        st,
        bool(fo & 0x20),
        not fo & 0x04,
    )
