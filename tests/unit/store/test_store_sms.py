"""SMS archive: idempotent import, concatenation across restarts, sent/drafts, search, paging."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmgui.store.db import Database
from cmgui.store.sms import (
    ArchiveInputError,
    DeliveryStatus,
    PduRecord,
    SmsArchive,
    delivery_from_tp_status,
    normalize_number,
)
from tests.unit.store.store_support import ICCID, IMEI, IMSI, deliver, fake_pdu


async def test_importing_the_same_pdu_twice_yields_one_row(archive: SmsArchive) -> None:
    first = await archive.import_message(deliver("hello", index=3))
    again = await archive.import_message(deliver("hello", index=7))  # index reused: same PDU
    assert first.created and not again.created
    assert again.part_id == first.part_id and again.message_id == first.message_id
    assert archive.count() == 1
    (part,) = archive.parts(first.message_id or 0)
    assert part.index == 7 and part.on_device


async def test_same_index_different_pdu_is_a_new_message(archive: SmsArchive) -> None:
    await archive.import_message(deliver("one", index=1))
    await archive.import_message(deliver("two", index=1, minute=1))
    assert archive.count() == 2


async def test_same_pdu_on_another_sim_is_another_message(archive: SmsArchive) -> None:
    await archive.import_message(deliver("hi"))
    await archive.import_message(deliver("hi", imsi="262029999999999"))
    assert archive.count() == 2


async def test_received_message_fields(archive: SmsArchive) -> None:
    result = await archive.import_message(deliver("Grüße", "0049 170-1234567", status=0))
    message = archive.get(result.message_id or 0)
    assert message is not None
    assert message.direction == "in" and message.folder == "inbox" and not message.is_read
    assert message.conversation == "+491701234567"
    assert (message.imei, message.imsi, message.iccid) == (IMEI, IMSI, ICCID)
    assert message.sent_at == "2026-03-01T12:00:00+00:00"
    assert message.sort_ts == 1772366400000


async def test_concatenated_message_reassembles_across_restarts(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    texts = ["Hel", "lo ", "you"]
    parts = [deliver(t, concat=(42, 3, i + 1), minute=i) for i, t in enumerate(texts)]
    db = Database(path)
    archive = SmsArchive(db)
    r3 = await archive.import_message(parts[2])
    r1 = await archive.import_message(parts[0])
    assert r1.message_id == r3.message_id and not r1.complete
    partial = archive.get(r1.message_id or 0)
    assert partial is not None and partial.parts_present == 2 and not partial.complete
    db.close()

    db = Database(path)  # a later run: the last part arrives
    archive = SmsArchive(db)
    r2 = await archive.import_message(parts[1])
    assert r2.message_id == r1.message_id and r2.complete
    message = archive.get(r2.message_id or 0)
    assert message is not None
    assert message.text == "Hello you" and message.complete and message.parts_present == 3
    assert message.sent_at == "2026-03-01T12:00:00+00:00"
    assert archive.count() == 1
    assert [p.seq for p in archive.parts(message.id)] == [1, 2, 3]
    db.close()


async def test_reused_concat_reference_starts_a_new_message(archive: SmsArchive) -> None:
    a = [deliver(t, concat=(7, 2, i + 1), minute=i) for i, t in enumerate(["ab", "cd"])]
    b = [deliver(t, concat=(7, 2, i + 1), minute=60 + i) for i, t in enumerate(["ef", "gh"])]
    results = await archive.import_many([a[0], a[1], b[0], b[1]])
    assert results[0].message_id == results[1].message_id
    assert results[2].message_id == results[3].message_id != results[0].message_id
    texts = {m.text for m in archive.page().messages}
    assert texts == {"abcd", "efgh"}


async def test_invalid_concat_info_is_kept_as_a_single_message(archive: SmsArchive) -> None:
    result = await archive.import_message(deliver("odd", concat=(1, 2, 5)))
    assert result.complete and archive.count() == 1


async def test_garbage_pdu_is_refused_in_user_terms(archive: SmsArchive) -> None:
    for pdu in ["", "XYZ", "ABC", "12 3"]:
        with pytest.raises(ArchiveInputError):
            await archive.import_message(PduRecord(pdu=pdu, kind="deliver"))
    for bad in [PduRecord(pdu="00", kind="nonsense"),
                PduRecord(pdu="00", kind="deliver", concat=(1, 2)),  # type: ignore[arg-type]
                PduRecord(pdu="00", kind="deliver", index="3"),  # type: ignore[arg-type]
                PduRecord(pdu="00", kind="deliver", timestamp="today")]:  # type: ignore[arg-type]
        with pytest.raises(ArchiveInputError):
            await archive.import_message(bad)
    assert archive.count() == 0


async def test_failed_batch_imports_nothing(archive: SmsArchive, db: Database) -> None:
    good = deliver("fine")

    def boom(conn: object) -> None:
        raise RuntimeError("disk full")

    with pytest.raises(ArchiveInputError):
        await archive.import_many([good, PduRecord(pdu="zz", kind="deliver")])
    assert archive.count() == 0
    with pytest.raises(RuntimeError):
        await db.awrite(boom)


async def test_mark_deleted_from_device(archive: SmsArchive) -> None:
    rec = deliver("bye", index=2)
    assert archive.archived_part_id(rec) is None
    result = await archive.import_message(rec)
    assert archive.archived_part_id(rec) == result.part_id
    assert [p.id for p in archive.parts_on_device(imei=IMEI, storage="SM")] == [result.part_id]
    assert await archive.mark_deleted_from_device([result.part_id]) == 1
    assert await archive.mark_deleted_from_device([result.part_id]) == 0
    assert archive.parts_on_device(imei=IMEI) == []
    assert archive.count() == 1  # deleted from the device, kept in the archive


async def test_drafts_sent_and_delivery_reports(archive: SmsArchive) -> None:
    draft = await archive.create_draft("+441632960000", "see you", imsi=IMSI)
    assert draft.folder == "draft" and draft.direction == "out"
    draft = await archive.update_draft(draft.id, text="see you soon")
    assert draft.text == "see you soon"
    sent = await archive.record_sent("+44 1632 960000", "see you soon", [17, 18], draft_id=draft.id)
    assert sent.id == draft.id and sent.folder == "sent" and sent.delivery_status == "sent"

    def report(ref: int, status: int) -> PduRecord:
        return PduRecord(pdu=fake_pdu("report", ref, status), kind="status_report",
                         number="+441632960000", message_ref=ref, report_status=status,
                         imsi=IMSI)

    first = await archive.import_message(report(17, 0))
    assert first.message_id == sent.id
    message = archive.get(sent.id)
    assert message is not None and message.delivery_status == "sent"  # one part of two
    await archive.import_message(report(18, 0))
    message = archive.get(sent.id)
    assert message is not None and message.delivery_status == "delivered"
    orphan = await archive.import_message(report(99, 0))
    assert orphan.message_id is None
    assert archive.count() == 1


async def test_failed_report_and_status_mapping(archive: SmsArchive) -> None:
    sent = await archive.record_sent("12345", "x", [5])
    await archive.import_message(PduRecord(pdu="AA01", kind="status_report", number="12345",
                                           message_ref=5, report_status=0x41))
    message = archive.get(sent.id)
    assert message is not None and message.delivery_status == "failed"
    assert delivery_from_tp_status(0) is DeliveryStatus.DELIVERED
    assert delivery_from_tp_status(0x21) is DeliveryStatus.SENT
    assert delivery_from_tp_status(0x62) is DeliveryStatus.FAILED


async def test_update_draft_rejects_non_drafts(archive: SmsArchive) -> None:
    sent = await archive.record_sent("1", "x", [1])
    with pytest.raises(Exception, match="no draft"):
        await archive.update_draft(sent.id, text="y")


async def test_stored_submit_pdus_go_to_sent_and_drafts(archive: SmsArchive) -> None:
    await archive.import_message(PduRecord(pdu="0011", kind="submit", number="+1555",
                                           text="out", device_status=3))
    await archive.import_message(PduRecord(pdu="0012", kind="submit", number="+1555",
                                           text="unsent", device_status="STO UNSENT"))
    assert archive.count(folder="sent") == 1 and archive.count(folder="draft") == 1


async def test_page_by_keyset_visits_every_message_once(archive: SmsArchive) -> None:
    records = [deliver(f"m{i}", f"+4917000000{i % 3}", minute=i // 2) for i in range(25)]
    await archive.import_many(records)
    seen, after = [], None
    while True:
        page = archive.page(after, limit=7)
        seen += [m.id for m in page.messages]
        if page.next is None:
            break
        after = page.next
    assert len(seen) == len(set(seen)) == 25
    order = [(m.sort_ts, m.id) for m in (archive.get(i) for i in seen) if m]
    assert order == sorted(order, reverse=True)
    conv = archive.page(conversation="+49170000001", limit=100).messages
    assert len(conv) == archive.count(conversation="+49 1700 00001") == 8


async def test_conversations_and_unread_counts(archive: SmsArchive) -> None:
    await archive.import_many([
        deliver("a", "+111", minute=1, status=0),
        deliver("b", "+111", minute=2, status=1),
        deliver("c", "+222", minute=3, status=0),
    ])
    convs = archive.conversations()
    assert [(c.conversation, c.count, c.unread, c.last_text) for c in convs] == [
        ("+222", 1, 1, "c"), ("+111", 2, 1, "b")]
    ids = [m.id for m in archive.page(conversation="+111").messages]
    await archive.mark_read(ids)
    assert archive.count(unread_only=True) == 1
    assert await archive.delete_messages(ids) == 2 and archive.count() == 1


async def test_search_words_numbers_and_paging(archive: SmsArchive) -> None:
    await archive.import_many([
        deliver("Your code is 4711", "+491709990000", minute=1),
        deliver("Meeting at noon, café?", "+441632960000", minute=2),
        deliver("meeting moved", "Vodafone", minute=3),
    ])
    assert {m.text for m in archive.search("meet").messages} == {
        "Meeting at noon, café?", "meeting moved"}
    assert [m.text for m in archive.search("cafe noon").messages] == ["Meeting at noon, café?"]
    assert [m.number for m in archive.search("1632960").messages] == ["+441632960000"]
    assert [m.number for m in archive.search("vodafone").messages] == ["Vodafone"]
    assert archive.search('"; DROP TABLE sms_message; --').messages == []
    assert archive.search("  ").messages == []
    first = archive.search("meeting", limit=1)
    assert first.next is not None
    rest = archive.search("meeting", limit=1, after=first.next)
    assert rest.next is None and rest.messages[0].id != first.messages[0].id


async def test_search_falls_back_to_like_without_fts(archive: SmsArchive) -> None:
    await archive.import_many([deliver("100% sure_thing"), deliver("other", minute=1)])
    archive.has_fts = False
    assert [m.text for m in archive.search("sure").messages] == ["100% sure_thing"]
    assert [m.text for m in archive.search("100").messages] == ["100% sure_thing"]


def test_normalize_number() -> None:
    assert normalize_number(" +49 (170) 123-4567 ") == "+491701234567"
    assert normalize_number("0049170") == "+49170"
    assert normalize_number("ViRGIN") == "virgin"


async def test_reconcile_marks_parts_gone_from_the_device(archive: SmsArchive) -> None:
    kept, gone = deliver("kept", index=1), deliver("gone", index=2, minute=1)
    other_sim = deliver("other", index=3, imsi="001019999999999")
    await archive.import_many([kept, gone, other_sim])
    marked = await archive.reconcile_device([kept], imsi=IMSI, storage="SM")
    assert marked == 1
    assert {p.text for p in archive.parts_on_device(storage="SM")} == {"kept", "other"}
    assert await archive.reconcile_device([kept], imsi=IMSI, storage="ME") == 0
