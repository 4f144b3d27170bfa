"""Helpers shared by the storage tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cmgui.store.sms import PduRecord

IMSI = "262011234567890"
ICCID = "8949011234567890123"
IMEI = "356938035643809"
T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def fake_pdu(*fields: object) -> str:
    """A stand-in PDU: distinct hex for distinct content (the archive never decodes it)."""
    return "|".join(str(f) for f in fields).encode().hex().upper()


def deliver(
    text: str, number: str = "+491701234567", *, minute: int = 0,
    concat: tuple[int, int, int] | None = None, index: int | None = None,
    status: int | str | None = 1, imsi: str = IMSI,
) -> PduRecord:
    when = T0 + timedelta(minutes=minute)
    return PduRecord(
        pdu=fake_pdu("deliver", number, text, when.isoformat(), concat),
        kind="deliver", number=number, text=text, timestamp=when, concat=concat, imei=IMEI,
        imsi=imsi, iccid=ICCID, storage="SM", index=index, device_status=status,
    )
