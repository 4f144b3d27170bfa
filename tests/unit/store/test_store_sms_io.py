"""Export to JSON and CSV, import back: lossless, idempotent, refusing garbage in user terms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmgui.store.db import Database
from cmgui.store.errors import ImportFormatError
from cmgui.store.sms import Message, PduRecord, SmsArchive
from tests.unit.store.store_support import deliver, fake_pdu


async def _fill(archive: SmsArchive) -> None:
    await archive.import_many([
        deliver("plain, with \"quotes\"\nand a newline", "+491701111111", index=1),
        deliver("Grüße 😀", "Vodafone", minute=1, status=0),
        deliver("Hel", concat=(9, 2, 1), minute=2),
        deliver("lo", concat=(9, 2, 2), minute=2),
        deliver("only part 1 of 3", concat=(10, 3, 1), minute=3),
    ])
    await archive.create_draft("+4930123", "draft text")
    sent = await archive.record_sent("+4930999", "sent", [200])
    await archive.import_message(PduRecord(pdu=fake_pdu("rep", 200), kind="status_report",
                                           number="+4930999", message_ref=200, report_status=0))
    await archive.import_message(PduRecord(pdu=fake_pdu("orphan"), kind="status_report",
                                           number="+1", message_ref=1, report_status=0))
    await archive.mark_deleted_from_device([p.id for p in archive.parts(sent.id)])


def _snapshot(archive: SmsArchive) -> list[tuple[object, ...]]:
    def key(m: Message) -> tuple[object, ...]:
        parts = [(p.kind, p.pdu, p.seq, p.text, p.storage, p.index, p.on_device)
                 for p in archive.parts(m.id)]
        return (m.uid, m.direction, m.folder, m.number, m.conversation, m.text, m.sort_ts,
                m.sent_at, m.is_read, m.concat_ref, m.concat_total, m.parts_present,
                m.complete, m.delivery_status, m.imsi, tuple(parts))

    return sorted(key(m) for m in archive.page(limit=1000).messages)


@pytest.mark.parametrize("fmt", ["json", "csv"])
async def test_round_trip_is_lossless_and_idempotent(tmp_path: Path, fmt: str) -> None:
    source_db = Database(tmp_path / "source.sqlite3")
    source = SmsArchive(source_db)
    await _fill(source)
    out = tmp_path / f"export.{fmt}"
    exported = await (source.export_json(out) if fmt == "json" else source.export_csv(out))
    assert exported == source.count() == 6

    target_db = Database(tmp_path / "target.sqlite3")
    target = SmsArchive(target_db)
    load = target.import_json if fmt == "json" else target.import_csv
    first = await load(out)
    assert (first.added, first.skipped) == (6, 0)
    assert _snapshot(target) == _snapshot(source)
    again = await load(out)
    assert (again.added, again.skipped) == (0, 6)
    assert target.count() == 6
    # Into the source itself: everything is already there.
    assert (await (source.import_json(out) if fmt == "json" else source.import_csv(out))).added == 0
    # The incomplete message still takes its missing parts after the import.
    done = await target.import_many([deliver("x", concat=(10, 3, 2), minute=4),
                                     deliver("y", concat=(10, 3, 3), minute=5)])
    assert done[-1].complete and target.count() == 6
    # Search works on imported messages (the full-text index is kept by triggers).
    assert [m.text for m in target.search("grüße").messages] == ["Grüße 😀"]
    source_db.close()
    target_db.close()


async def test_json_keeps_unmatched_status_reports(tmp_path: Path, archive: SmsArchive) -> None:
    await _fill(archive)
    out = tmp_path / "e.json"
    await archive.export_json(out)
    doc = json.loads(out.read_text())
    assert doc["format"] == "cmgui-sms-archive" and len(doc["orphan_parts"]) == 1
    db = Database(tmp_path / "t.sqlite3")
    target = SmsArchive(db)
    await target.import_json(out)
    count = db.read(lambda c: c.execute("SELECT count(*) FROM sms_part").fetchone()[0])
    assert count == archive._db.read(
        lambda c: c.execute("SELECT count(*) FROM sms_part").fetchone()[0])
    db.close()


async def test_same_message_synced_separately_is_not_duplicated(
    tmp_path: Path, archive: SmsArchive
) -> None:
    await archive.import_message(deliver("shared"))
    out = tmp_path / "e.json"
    await archive.export_json(out)
    db = Database(tmp_path / "other.sqlite3")
    other = SmsArchive(db)
    await other.import_message(deliver("shared"))  # its own sync of the same SIM
    assert (await other.import_json(out)).skipped == 1 and other.count() == 1
    db.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "Could not read"),
        ('{"format": "other"}', "not a cmgui SMS archive"),
        ('{"format": "cmgui-sms-archive", "version": 99}', "newer cmgui"),
        ('{"format": "cmgui-sms-archive", "version": 1, "messages": [1]}', "expected an object"),
        ('{"format": "cmgui-sms-archive", "version": 1, "messages": [{"uid": "u"}]}',
         "'direction' is missing"),
        ('{"format": "cmgui-sms-archive", "version": 1, "messages": [{"uid": "u", '
         '"direction": "sideways", "folder": "inbox", "sort_ts": 1}]}', "unknown value"),
        ('{"format": "cmgui-sms-archive", "version": 1, "messages": [{"uid": "u", '
         '"direction": "in", "folder": "inbox", "sort_ts": "soon"}]}', "not a whole number"),
        ('{"format": "cmgui-sms-archive", "version": 1, "messages": [{"uid": "u", '
         '"direction": "in", "folder": "inbox", "sort_ts": 1, "parts": [{"kind": "deliver", '
         '"pdu": "XYZ"}]}]}', "Not a PDU"),
    ],
)
async def test_bad_json_files_are_refused_and_change_nothing(
    tmp_path: Path, archive: SmsArchive, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content)
    with pytest.raises(ImportFormatError, match=message):
        await archive.import_json(path)
    assert archive.count() == 0


async def test_bad_csv_files_are_refused(tmp_path: Path, archive: SmsArchive) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(ImportFormatError, match="missing"):
        await archive.import_csv(path)
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ImportFormatError):
        await archive.import_csv(path)
    with pytest.raises(ImportFormatError, match="Could not read"):
        await archive.import_csv(tmp_path / "missing.csv")
