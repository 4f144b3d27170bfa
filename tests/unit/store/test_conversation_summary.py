"""The conversation summary (``sms_conversation``) equals a GROUP BY over the archive, on both
engines: after random inserts, deletes, read marks, moves and edits (one row and many rows per
statement), after upgrading a database made before the summary existed, and after a copy."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cmgui.store.copy import copy_store
from cmgui.store.db import Store, open_database
from cmgui.store.engine import scheme_of
from cmgui.store.schema import MIGRATIONS_POSTGRES, MIGRATIONS_SQLITE
from cmgui.store.sms import Conversation, PduRecord, SmsArchive
from cmgui.store.sms_write import insert_message

NUMBERS = ["+491701", "+491702", "+491703", "+491704", "+491705"]
T0 = datetime(2025, 1, 1, tzinfo=UTC)

Summary = dict[str, tuple[int, int, int, int, str, str]]


def brute_force(conn: sqlite3.Connection) -> Summary:
    """What the summary must hold, computed from the messages themselves."""
    result: Summary = {}
    for row in conn.execute(
        "SELECT conversation, count(*) AS n, sum(CASE WHEN is_read = 0 THEN 1 ELSE 0 END) AS u "
        "FROM sms_message GROUP BY conversation"
    ).fetchall():
        last = conn.execute(
            "SELECT sort_ts, id, number, text FROM sms_message WHERE conversation = ? "
            "ORDER BY sort_ts DESC, id DESC LIMIT 1", (row["conversation"],)
        ).fetchone()
        result[row["conversation"]] = (int(row["n"]), int(row["u"]), int(last["sort_ts"]),
                                       int(last["id"]), last["number"], last["text"])
    return result


def summary(conn: sqlite3.Connection) -> Summary:
    return {
        r["conversation"]: (int(r["messages"]), int(r["unread"]), int(r["last_ts"]),
                            int(r["last_id"]), r["number"], r["text"])
        for r in conn.execute("SELECT * FROM sms_conversation").fetchall()
    }


def assert_consistent(db: Store, archive: SmsArchive) -> None:
    expected = db.read(brute_force)
    assert db.read(summary) == expected
    ordered = sorted(expected.items(), key=lambda kv: (kv[1][2], kv[1][3]), reverse=True)
    assert archive.conversations() == [
        Conversation(conv, number, n, unread, last_ts, text)
        for conv, (n, unread, last_ts, _id, number, text) in ordered
    ]
    assert archive.count() == sum(v[0] for v in expected.values())
    assert archive.count(unread_only=True) == sum(v[1] for v in expected.values())


def _ids(db: Store) -> list[int]:
    return db.read(lambda c: [int(r[0]) for r in c.execute("SELECT id FROM sms_message")])


def _concat_part(rng: random.Random, n: int) -> PduRecord:
    """One part of a 3-part message (the archive updates its message as parts arrive)."""
    ref, seq = rng.randrange(4), rng.randint(1, 3)
    return PduRecord(
        pdu=f"{n:04X}{ref:02X}{seq:02X}", kind="deliver", number=rng.choice(NUMBERS),
        text=f"part {seq} of {ref} ", timestamp=T0 + timedelta(seconds=rng.randrange(50)),
        imsi="262010000000001", concat=(ref, 3, seq), device_status=rng.choice([0, 1]))


def _raw(db: Store, sql: str, *args: Any) -> None:
    db.write(lambda c: c.execute(sql, args)).result()


async def _step(rng: random.Random, db: Store, archive: SmsArchive, n: int) -> None:
    ids = _ids(db)
    choice = rng.randrange(12) if ids else 0
    a, b = rng.sample(NUMBERS, 2)
    picked = rng.sample(ids, min(len(ids), rng.randint(1, 3))) if ids else []
    if choice in (0, 1, 2):  # one message; equal time stamps happen (the id decides)
        db.write(lambda c: insert_message(
            c, direction=rng.choice(["in", "out"]), folder="inbox", number=a,
            text=f"text {n}", sort_ts=rng.randrange(40) * 1000, sent_at=None, now=0,
            imei=None, imsi=None, iccid=None, is_read=rng.random() < 0.5)).result()
    elif choice == 3:  # concatenated parts: the message's text and time change as they come
        await archive.import_message(_concat_part(rng, n))
    elif choice == 4:
        await archive.delete_messages(picked)
    elif choice == 5:
        await archive.mark_read(picked, read=rng.random() < 0.5)
    elif choice == 6:  # move messages to another conversation, one statement per message
        for i in picked:
            _raw(db, "UPDATE sms_message SET number = ?, conversation = ? WHERE id = ?", a, a, i)
    elif choice == 7:  # swap two conversations in one statement
        _raw(db, "UPDATE sms_message SET conversation = CASE WHEN conversation = ? THEN ? "
                 "ELSE ? END WHERE conversation IN (?, ?)", a, b, a, a, b)
    elif choice == 8:  # many rows in one statement: a whole conversation read, or deleted
        if rng.random() < 0.5:
            _raw(db, "UPDATE sms_message SET is_read = 1 - is_read WHERE conversation = ?", a)
        else:
            _raw(db, "DELETE FROM sms_message WHERE conversation = ? AND id % 2 = ?", a,
                 rng.randrange(2))
    elif choice == 9:  # re-time or re-word one message
        _raw(db, "UPDATE sms_message SET sort_ts = ?, text = ? WHERE id = ?",
             rng.randrange(40) * 1000, f"edited {n}", picked[0])
    elif choice == 10:  # many rows inserted by one statement
        _raw(db, "INSERT INTO sms_message (uid, direction, folder, number, conversation, text, "
                 "sort_ts, created_at, is_read) SELECT uid || ?, direction, folder, number, ?, "
                 "text, sort_ts + 500, created_at, is_read FROM sms_message "
                 "WHERE conversation = ?", f"-{n}", b, a)
    else:  # a change the summary ignores
        _raw(db, "UPDATE sms_message SET delivery_status = 'delivered' WHERE id = ?", picked[0])


@pytest.mark.parametrize("seed", [1, 2])
async def test_summary_matches_the_messages_after_random_changes(
    db: Store, archive: SmsArchive, seed: int
) -> None:
    rng = random.Random(seed)
    for n in range(120):
        await _step(rng, db, archive, n)
        if n % 10 == 9:
            assert_consistent(db, archive)
    assert_consistent(db, archive)
    assert db.read(brute_force)  # the sequence left something to compare


async def test_read_marks_and_deletes_of_the_last_message(archive: SmsArchive, db: Store) -> None:
    first = await archive.create_draft("+491701", "older")
    await archive.record_sent("+491701", "newest", [1])
    await archive.mark_read([first.id], read=False)
    [conv] = archive.conversations()
    assert (conv.count, conv.unread, conv.last_text) == (2, 1, "newest")
    newest = archive.page().messages[0]
    await archive.delete_messages([newest.id])
    [conv] = archive.conversations()
    assert (conv.count, conv.unread, conv.last_text) == (1, 1, "older")
    await archive.delete_messages([first.id])
    assert archive.conversations() == []
    assert archive.count(conversation="+491701") == 0


def _insert_many(db: Store, count: int) -> None:
    db.write(lambda c: c.executemany(
        "INSERT INTO sms_message (uid, direction, folder, number, conversation, text, sort_ts, "
        "created_at, is_read) VALUES (?, 'in', 'inbox', ?, ?, ?, ?, 0, ?)",
        [(f"u{i}", NUMBERS[i % 5], NUMBERS[i % 5], f"m{i}", (i * 7) % 50, i % 3 == 0)
         for i in range(count)])).result()


def test_an_older_database_is_upgraded_with_its_summary_filled(store_url: str) -> None:
    steps = MIGRATIONS_POSTGRES if scheme_of(store_url) == "postgresql" else MIGRATIONS_SQLITE
    old = open_database(store_url, migrations=steps[:-1])
    _insert_many(old, 200)
    assert old.read(lambda c: c.execute(
        "SELECT count(*) FROM sms_message").fetchone()[0]) == 200
    old.close()
    db = open_database(store_url)
    try:
        assert db.version == len(steps)
        assert len(db.read(summary)) == 5
        archive = SmsArchive(db)
        assert_consistent(db, archive)
        asyncio.run(archive.delete_messages(_ids(db)[:7]))
        assert_consistent(db, archive)
    finally:
        db.close()


def test_a_copy_rebuilds_the_summary_from_the_messages(store_url: str, tmp_path: Path) -> None:
    src = open_database(str(tmp_path / "source.sqlite3"))
    dst = open_database(store_url)
    try:
        _insert_many(src, 150)
        counts = copy_store(src, dst)
        assert "sms_conversation" not in {c.table for c in counts}
        assert dst.read(summary) == src.read(summary) == src.read(brute_force)
        assert_consistent(dst, SmsArchive(dst))
    finally:
        src.close()
        dst.close()
