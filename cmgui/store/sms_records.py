"""Build archive records from raw PDUs with the project's SMS codec (``cmgui.sms``)."""

from __future__ import annotations

from dataclasses import replace

from cmgui.sms import SmsCodecError, SmsDeliver, SmsStatusReport, decode_pdu
from cmgui.store.sms_types import ArchiveInputError, PartKind, PduRecord

# AT+CMGL stat 2 and 3 (stored unsent/sent) hold SUBMITs; 0 and 1 hold DELIVERs or reports.
_OUTGOING = {"2", "3", "STO UNSENT", "STO SENT"}


def record_from_pdu(
    pdu: str, *, imei: str | None = None, imsi: str | None = None, iccid: str | None = None,
    storage: str | None = None, index: int | None = None, device_status: str | int | None = None,
) -> PduRecord:
    """Decode ``pdu`` (hex, SMSC field first) into a record for :meth:`SmsArchive.import_many`.

    A PDU the codec cannot read raises :class:`ArchiveInputError`; the caller should leave such
    a message on the device rather than delete something the archive cannot show.
    """
    outgoing = str(device_status).strip().upper() in _OUTGOING
    try:
        msg = decode_pdu(pdu, direction="mo" if outgoing else None)
    except SmsCodecError as exc:
        where = f" ({storage} {index})" if storage is not None or index is not None else ""
        raise ArchiveInputError(f"A stored message{where} could not be decoded: {exc}") from None
    base = PduRecord(
        pdu=pdu, kind=PartKind.SUBMIT, text=msg.text or "",
        concat=(msg.concat.ref, msg.concat.total, msg.concat.seq) if msg.concat else None,
        imei=imei, imsi=imsi, iccid=iccid, storage=storage, index=index,
        device_status=device_status,
    )
    if isinstance(msg, SmsDeliver):
        return replace(base, kind=PartKind.DELIVER, number=msg.sender.number,
                       timestamp=msg.timestamp)
    if isinstance(msg, SmsStatusReport):
        return replace(base, kind=PartKind.STATUS_REPORT, number=msg.recipient.number,
                       timestamp=msg.timestamp, message_ref=msg.reference,
                       report_status=msg.status)
    return replace(base, number=msg.recipient.number, message_ref=msg.reference)
