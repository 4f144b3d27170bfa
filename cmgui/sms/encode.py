"""Building PDUs: SMS-SUBMIT (to send), SMS-DELIVER and SMS-STATUS-REPORT (for the virtual
modem and tests). Each PDU starts with the SMSC field as 27.005 +CMGS/+CMGW expect."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cmgui.sms import gsm7
from cmgui.sms.address import Address, encode_address, encode_smsc, parse_address
from cmgui.sms.dcs import Alphabet, encode_dcs
from cmgui.sms.errors import SmsCodecError
from cmgui.sms.segment import Encoding, NationalChoice, encode_text, split
from cmgui.sms.timestamps import Validity, encode_scts, encode_validity
from cmgui.sms.udh import ConcatInfo, encode_udh


@dataclass(frozen=True, slots=True)
class EncodedPdu:
    """One PDU ready for the modem: ``AT+CMGS=<tpdu_length>`` then ``hex``."""

    pdu: bytes
    tpdu_length: int  # octets after the SMSC field, the number +CMGS/+CMGW want
    concat: ConcatInfo | None = None

    @property
    def hex(self) -> str:
        return self.pdu.hex().upper()


SubmitPdu = EncodedPdu
DeliverPdu = EncodedPdu
StatusReportPdu = EncodedPdu


@dataclass(frozen=True, slots=True)
class _Part:
    user_data: bytes
    udl: int
    udhi: bool
    concat: ConcatInfo | None


def _parts(
    text: str | bytes,
    encoding: Encoding | None,
    allow_national: NationalChoice,
    reference: int,
) -> tuple[Alphabet, list[_Part]]:
    if not 0 <= reference <= 0xFFFF:
        raise SmsCodecError("the concatenation reference must be between 0 and 65535")
    ref_bits = 16 if reference > 0xFF else 8
    encoded = encode_text(text, encoding, allow_national)
    choice = encoded.choice
    chunks = split(encoded, ref_bits)
    total = len(chunks)
    parts: list[_Part] = []
    for seq, chunk in enumerate(chunks, 1):
        concat = ConcatInfo(reference, total, seq, ref_bits) if total > 1 else None
        udh = encode_udh(concat, choice.locking, choice.single)
        if choice.alphabet == "gsm7":
            skip = gsm7.septets_for_octets(len(udh))
            packed = gsm7.pack_septets(chunk, skip)
            parts.append(_Part(udh + packed[len(udh) :], skip + len(chunk), bool(udh), concat))
        else:
            parts.append(_Part(udh + chunk, len(udh) + len(chunk), bool(udh), concat))
    return choice.alphabet, parts


def _check_byte(value: int, what: str) -> int:
    if not 0 <= value <= 0xFF:
        raise SmsCodecError(f"the {what} must be between 0 and 255")
    return value


def encode_submit(
    number: str | Address,
    text: str | bytes,
    *,
    smsc: str | Address | None = None,
    request_status_report: bool = False,
    validity: Validity | None = None,
    message_class: int | None = None,
    encoding: Encoding | None = None,
    reference: int = 0,
    allow_national: NationalChoice = False,
    message_reference: int = 0,
    reject_duplicates: bool = False,
    reply_path: bool = False,
    pid: int = 0,
) -> list[EncodedPdu]:
    """SMS-SUBMIT PDUs for ``text`` to ``number``, one per part.

    ``reference`` numbers the concatenated parts (16-bit header above 255); ``message_reference``
    is TP-MR, which modems normally replace with their own counter. ``validity``: a timedelta
    (relative), an aware datetime (absolute) or :class:`EnhancedValidity`.
    """
    recipient = parse_address(number)
    head = encode_smsc(smsc)
    vpf, vp = encode_validity(validity)
    alphabet, parts = _parts(text, encoding, allow_national, reference)
    dcs = encode_dcs(alphabet, message_class)
    da = encode_address(recipient)
    mr = _check_byte(message_reference, "message reference")
    tail = bytes((_check_byte(pid, "protocol identifier"), dcs)) + vp
    out: list[EncodedPdu] = []
    for part in parts:
        fo = (
            0x01
            | (0x04 if reject_duplicates else 0)
            | (vpf << 3)
            | (0x20 if request_status_report else 0)
            | (0x40 if part.udhi else 0)
            | (0x80 if reply_path else 0)
        )
        tpdu = bytes((fo, mr)) + da + tail + bytes((part.udl,)) + part.user_data
        out.append(EncodedPdu(head + tpdu, len(tpdu), part.concat))
    return out


def encode_deliver(
    sender: str | Address,
    text: str | bytes,
    *,
    timestamp: datetime,
    smsc: str | Address | None = None,
    message_class: int | None = None,
    encoding: Encoding | None = None,
    reference: int = 0,
    allow_national: NationalChoice = False,
    pid: int = 0,
    more_messages: bool = False,
    status_report_indication: bool = False,
    reply_path: bool = False,
) -> list[EncodedPdu]:
    """SMS-DELIVER PDUs as a network would hand them to a phone (for the virtual modem).

    ``sender`` may be a number or an alphanumeric name of up to 11 GSM characters.
    """
    oa = encode_address(parse_address(sender, allow_alphanumeric=True))
    head = encode_smsc(smsc)
    scts = encode_scts(timestamp)
    alphabet, parts = _parts(text, encoding, allow_national, reference)
    dcs = encode_dcs(alphabet, message_class)
    mid = bytes((_check_byte(pid, "protocol identifier"), dcs)) + scts
    out: list[EncodedPdu] = []
    for part in parts:
        fo = (
            0x00
            | (0 if more_messages else 0x04)
            | (0x20 if status_report_indication else 0)
            | (0x40 if part.udhi else 0)
            | (0x80 if reply_path else 0)
        )
        tpdu = bytes((fo,)) + oa + mid + bytes((part.udl,)) + part.user_data
        out.append(EncodedPdu(head + tpdu, len(tpdu), part.concat))
    return out


def encode_status_report(
    reference: int,
    recipient: str | Address,
    *,
    timestamp: datetime,
    discharge_time: datetime,
    status: int = 0,
    smsc: str | Address | None = None,
    more_messages: bool = False,
    is_command_result: bool = False,
) -> EncodedPdu:
    """SMS-STATUS-REPORT for the message with TP-MR ``reference`` (no optional fields)."""
    fo = 0x02 | (0 if more_messages else 0x04) | (0x20 if is_command_result else 0)
    tpdu = (
        bytes((fo, _check_byte(reference, "message reference")))
        + encode_address(parse_address(recipient))
        + encode_scts(timestamp)
        + encode_scts(discharge_time)
        + bytes((_check_byte(status, "status"),))
    )
    return EncodedPdu(encode_smsc(smsc) + tpdu, len(tpdu))
