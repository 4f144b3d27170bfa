"""SMS PDU codec (3GPP TS 23.040, TS 23.038, TS 27.005 PDU mode). Pure: no I/O, no Qt, no asyncio.

Decoding
    ``decode_pdu(hex_or_bytes, *, direction=None) -> SmsDeliver | SmsSubmit | SmsStatusReport``
        The PDU starts with the SMSC field, as +CMGR/+CMGL/+CMT give it. ``direction`` is
        ``"mt"`` (network to phone), ``"mo"`` (phone to network) or ``None`` (decide by TP-MTI).
        Every result has ``text`` (``None`` for 8-bit data or compressed text), ``user_data``
        (TP-UD with header), ``payload``, ``udh``, ``concat`` (``ConcatInfo(ref, total, seq)``),
        ``dcs`` (alphabet, ``message_class`` 0-3 with 0 = flash, message waiting, compressed),
        ``pid``, ``smsc``, ``tpdu_length`` and ``raw``. SmsDeliver adds ``sender`` and
        ``timestamp`` (aware datetime); SmsSubmit adds ``recipient``, ``reference`` (TP-MR),
        ``validity``, ``status_report_request``, ``reject_duplicates``, ``reply_path``;
        SmsStatusReport adds ``reference``, ``recipient``, ``timestamp``, ``discharge_time``,
        ``status`` with ``status_meaning`` / ``status_category`` / ``delivered``.
    ``SmsCodecError(ValueError)`` is the only exception decode raises; its message is plain words.

Encoding
    ``encode_submit(number, text, *, smsc=None, request_status_report=False, validity=None,
    message_class=None, encoding=None, reference=0, allow_national=False, ...) -> list[SubmitPdu]``
        One PDU per part; each has ``.hex`` (SMSC field included) and ``.tpdu_length`` (for
        ``AT+CMGS=<n>``). ``encoding``: ``None`` (cheapest), ``"gsm7"``, ``"ucs2"`` or ``"8bit"``
        (``text`` may be bytes). ``reference`` is the concatenation reference (16-bit above 255).
        ``validity``: timedelta (relative), aware datetime (absolute) or ``EnhancedValidity``.
    ``encode_deliver(sender, text, *, timestamp, ...) -> list[DeliverPdu]`` (virtual modem;
        ``sender`` may be an alphanumeric name).
    ``encode_status_report(reference, recipient, *, timestamp, discharge_time, status=0, ...)``.

Concatenation and counting
    ``Reassembler().feed(msg) -> CompleteMessage | None``; ``.pending()`` lists incomplete
        groups (``missing``, ``raw_pdus`` to persist), ``.drop(key)`` forgets one.
    ``count(text, allow_national=False) -> SmsCount(encoding, segments, chars_used,
    chars_per_segment, chars_left_in_segment, units)`` for a composer.

National language tables (TS 23.038 Annex A: Turkish, Spanish, Portuguese, Bengali, Gujarati,
Hindi, Kannada, Malayalam, Oriya, Punjabi, Tamil, Telugu, Urdu) are read whenever a message
carries UDH IE 0x24/0x25, and used for sending only with ``allow_national`` (``True`` or a
collection of language identifiers), as many phones do not support them.
"""

from cmgui.sms.address import Address, parse_address
from cmgui.sms.concat import CompleteMessage, PartialGroup, Reassembler
from cmgui.sms.counter import SmsCount, count
from cmgui.sms.dcs import Dcs, MessageWaiting, describe_pid
from cmgui.sms.encode import (
    DeliverPdu,
    EncodedPdu,
    StatusReportPdu,
    SubmitPdu,
    encode_deliver,
    encode_status_report,
    encode_submit,
)
from cmgui.sms.errors import SmsCodecError
from cmgui.sms.pdu import Direction, SmsDeliver, SmsMessage, SmsStatusReport, SmsSubmit, decode_pdu
from cmgui.sms.timestamps import EnhancedValidity
from cmgui.sms.udh import ConcatInfo, Udh

__all__ = [
    "Address",
    "CompleteMessage",
    "ConcatInfo",
    "Dcs",
    "DeliverPdu",
    "Direction",
    "EncodedPdu",
    "EnhancedValidity",
    "MessageWaiting",
    "PartialGroup",
    "Reassembler",
    "SmsCodecError",
    "SmsCount",
    "SmsDeliver",
    "SmsMessage",
    "SmsStatusReport",
    "SmsSubmit",
    "StatusReportPdu",
    "SubmitPdu",
    "Udh",
    "count",
    "decode_pdu",
    "describe_pid",
    "encode_deliver",
    "encode_status_report",
    "encode_submit",
    "parse_address",
]
