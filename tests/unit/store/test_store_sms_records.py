"""Records built from real PDUs by the project's codec, archived and matched."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cmgui.sms.encode import encode_deliver, encode_status_report, encode_submit
from cmgui.store.sms import ArchiveInputError, SmsArchive
from cmgui.store.sms_records import record_from_pdu

WHEN = datetime(2026, 4, 1, 9, 30, tzinfo=UTC)


async def test_concatenated_deliver_from_real_pdus(archive: SmsArchive) -> None:
    text = "A long message " * 20
    pdus = encode_deliver("+4917612345678", text, timestamp=WHEN, reference=77)
    assert len(pdus) > 1
    records = [record_from_pdu(p.hex, imsi="001010000000001", storage="SM", index=i,
                               device_status=1) for i, p in enumerate(reversed(pdus))]
    assert records[0].number == "+4917612345678" and records[0].concat is not None
    results = await archive.import_many(records)
    assert results[-1].complete and archive.count() == 1
    message = archive.get(results[0].message_id or 0)
    assert message is not None and message.text == text and message.is_read
    assert message.sent_at is not None and message.sent_at.startswith("2026-04-01T09:30:00")


async def test_stored_submit_and_its_status_report(archive: SmsArchive) -> None:
    (submit,) = encode_submit("+441632960000", "hi there", message_reference=42)
    rec = record_from_pdu(submit.hex, device_status="STO SENT")
    assert (rec.kind, rec.number, rec.message_ref, rec.text) == (
        "submit", "+441632960000", 42, "hi there")
    sent = await archive.record_sent("+441632960000", "hi there", [42])
    report = encode_status_report(42, "01632960000", timestamp=WHEN, discharge_time=WHEN)
    result = await archive.import_message(record_from_pdu(report.hex, device_status=1))
    assert result.message_id == sent.id  # national format matched by its last digits
    message = archive.get(sent.id)
    assert message is not None and message.delivery_status == "delivered"


def test_undecodable_pdu_is_reported_not_archived() -> None:
    with pytest.raises(ArchiveInputError, match=r"\(SM 4\) could not be decoded"):
        record_from_pdu("00", storage="SM", index=4)
