"""The records of the SMS archive and the rules that identify them (no database access)."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from cmgui.store.errors import StoreError


class ArchiveInputError(StoreError, ValueError):
    """A record handed to the archive is unusable (e.g. the PDU is not hexadecimal)."""


class PartKind(StrEnum):
    DELIVER = "deliver"
    SUBMIT = "submit"
    STATUS_REPORT = "status_report"


class DeliveryStatus(StrEnum):
    NONE = "none"  # received messages, and sent ones found on a device without a report
    PENDING = "pending"  # queued or being sent
    SENT = "sent"  # accepted by the service centre
    DELIVERED = "delivered"
    FAILED = "failed"


# AT+CMGL stat values (3GPP TS 27.005 3.1) in PDU mode and their text-mode names.
_DEVICE_STATUS = {"0": "REC UNREAD", "1": "REC READ", "2": "STO UNSENT", "3": "STO SENT"}
_HEX = re.compile(r"[0-9A-F]*")


@dataclass(frozen=True)
class PduRecord:
    """One PDU read from (or written by) a device, with the fields its decoder found.

    ``number`` is the originator of a DELIVER and the recipient of a SUBMIT or STATUS-REPORT;
    ``timestamp`` the service-centre time stamp (naive values are taken as UTC); ``concat`` the
    (reference, total, sequence) of a concatenated message; ``device_status`` the AT+CMGL stat
    (0-3 or its text); ``report_status`` the TP-ST of a status report.
    """

    pdu: str
    kind: PartKind | str
    number: str = ""
    text: str = ""
    timestamp: datetime | None = None
    concat: tuple[int, int, int] | None = None
    imei: str | None = None
    imsi: str | None = None
    iccid: str | None = None
    storage: str | None = None
    index: int | None = None
    device_status: str | int | None = None
    message_ref: int | None = None
    report_status: int | None = None


@dataclass(frozen=True)
class ImportResult:
    part_id: int
    message_id: int | None
    created: bool  # False when the archive already held this PDU
    complete: bool


@dataclass(frozen=True)
class Message:
    id: int
    uid: str
    direction: str
    folder: str
    number: str
    conversation: str
    text: str
    sort_ts: int  # ms since the epoch: service-centre time, else when it was archived/created
    sent_at: str | None
    created_at: int
    imei: str | None
    imsi: str | None
    iccid: str | None
    is_read: bool
    concat_ref: int | None
    concat_total: int
    parts_present: int
    complete: bool
    delivery_status: str

    @property
    def cursor(self) -> Cursor:
        return (self.sort_ts, self.id)

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Message:
        return cls(
            id=row["id"], uid=row["uid"], direction=row["direction"], folder=row["folder"],
            number=row["number"], conversation=row["conversation"], text=row["text"],
            sort_ts=row["sort_ts"], sent_at=row["sent_at"], created_at=row["created_at"],
            imei=row["imei"], imsi=row["imsi"], iccid=row["iccid"], is_read=bool(row["is_read"]),
            concat_ref=row["concat_ref"], concat_total=row["concat_total"],
            parts_present=row["parts_present"], complete=bool(row["complete"]),
            delivery_status=row["delivery_status"],
        )


@dataclass(frozen=True)
class Part:
    id: int
    message_id: int | None
    kind: str
    pdu: str
    seq: int
    text: str
    storage: str | None
    index: int | None
    on_device: bool
    imei: str | None
    imsi: str | None
    iccid: str | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Part:
        return cls(
            id=row["id"], message_id=row["message_id"], kind=row["kind"], pdu=row["pdu"],
            seq=row["seq"], text=row["text"], storage=row["storage"], index=row["idx"],
            on_device=bool(row["on_device"]), imei=row["imei"], imsi=row["imsi"],
            iccid=row["iccid"],
        )


@dataclass(frozen=True)
class Conversation:
    conversation: str
    number: str
    count: int
    unread: int
    last_ts: int
    last_text: str


Cursor = tuple[int, int]  # (sort_ts, id) of the last message of the previous page


@dataclass(frozen=True)
class Page:
    messages: list[Message]
    next: Cursor | None  # None when this was the last page


def normalize_number(number: str) -> str:
    """The conversation key of a phone number: digits with an optional leading '+'.

    Separators are dropped and an international '00' prefix becomes '+'; alphanumeric senders
    ("Vodafone") are compared case-insensitively.
    """
    stripped = re.sub(r"[\s\-().]", "", number.strip())
    if re.fullmatch(r"\+?\d+", stripped):
        if stripped.startswith("00"):
            return "+" + stripped[2:]
        return stripped
    return number.strip().casefold()


def normalize_pdu(pdu: str) -> str:
    cleaned = "".join(str(pdu).split()).upper()
    if not cleaned or len(cleaned) % 2 or not _HEX.fullmatch(cleaned):
        raise ArchiveInputError(f"Not a PDU in hexadecimal: {str(pdu)[:40]!r}")
    return cleaned


def sim_key(imsi: str | None, iccid: str | None, imei: str | None) -> str:
    """Who the message belongs to: the SIM (IMSI, else ICCID), else the device."""
    if imsi:
        return f"imsi:{imsi}"
    if iccid:
        return f"iccid:{iccid}"
    if imei:
        return f"imei:{imei}"
    return ""


def part_identity(pdu: str, imsi: str | None, iccid: str | None, imei: str | None) -> str:
    """The content identity of a PDU: the same PDU of the same SIM is the same message."""
    digest = hashlib.sha256(normalize_pdu(pdu).encode("ascii")).hexdigest()
    return f"{sim_key(imsi, iccid, imei)}|{digest}"


def prepare_record(record: PduRecord) -> tuple[PduRecord, str, PartKind]:
    """Check a record before it reaches the writer; problems are ArchiveInputError."""
    pdu = normalize_pdu(record.pdu)
    try:
        kind = PartKind(record.kind)
    except ValueError:
        raise ArchiveInputError(f"Unknown kind of message part: {record.kind!r}") from None
    ints = [record.index, record.message_ref, record.report_status, *(record.concat or ())]
    if any(v is not None and (not isinstance(v, int) or isinstance(v, bool)) for v in ints):
        raise ArchiveInputError("Storage index, references and part numbers must be integers.")
    if record.concat is not None and len(record.concat) != 3:
        raise ArchiveInputError("Concatenation info is (reference, total, sequence).")
    if record.timestamp is not None and not isinstance(record.timestamp, datetime):
        raise ArchiveInputError("The time stamp must be a datetime.")
    return record, pdu, kind


def epoch_ms(value: datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return int(value.timestamp() * 1000)


def device_status_text(value: str | int | None) -> str | None:
    if value is None:
        return None
    text = str(value).strip().upper()
    return _DEVICE_STATUS.get(text, text) or None


def delivery_from_tp_status(tp_status: int) -> DeliveryStatus:
    """TS 23.040 9.2.3.15: 0x00-0x1F completed, 0x20-0x3F still trying, the rest failed."""
    if 0 <= tp_status <= 0x1F:
        return DeliveryStatus.DELIVERED
    if 0x20 <= tp_status <= 0x3F:
        return DeliveryStatus.SENT
    return DeliveryStatus.FAILED
