"""The SMS archive: every PDU read from a device, sent messages, drafts and delivery reports.

One row per PDU in ``sms_part``, unique on a content identity (the SIM + the PDU bytes; never the
storage index, which the device reuses), and one row per logical message in ``sms_message``.
Parts of a concatenated message are grouped by (direction, SIM, number, reference, total) and the
message is reassembled whenever the last part arrives, in this run or a later one, because the
parts themselves are in the database.

Mutations run on the database's writer thread and are awaited; reads are synchronous on the
calling thread's read connection and cheap enough for a lazy item model (keyset paging).
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cmgui.store.engine import Database, upsert_sql
from cmgui.store.errors import StoreError
from cmgui.store.sms_types import (
    ArchiveInputError,
    Conversation,
    Cursor,
    DeliveryStatus,
    ImportResult,
    Message,
    Page,
    Part,
    PartKind,
    PduRecord,
    delivery_from_tp_status,
    normalize_number,
    normalize_pdu,
    part_identity,
    prepare_record,
    sim_key,
)
from cmgui.store.sms_write import import_part, insert_message

__all__ = [
    "ArchiveInputError",
    "Conversation",
    "Cursor",
    "DeliveryStatus",
    "ImportResult",
    "Message",
    "Page",
    "Part",
    "PartKind",
    "PduRecord",
    "SmsArchive",
    "delivery_from_tp_status",
    "normalize_number",
    "normalize_pdu",
    "part_identity",
    "sim_key",
]

if TYPE_CHECKING:
    from cmgui.store.sms_io import ImportSummary


# A search matching many messages is fastest walking the time index and testing each message;
# a rare one is fastest collecting its few matches and sorting them.
_WALK_INDEX_ABOVE = 2000

_MESSAGE_COLUMNS = (
    "id, uid, direction, folder, number, conversation, text, sort_ts, sent_at, created_at, imei, "
    "imsi, iccid, is_read, concat_ref, concat_total, parts_present, complete, delivery_status"
)


class SmsArchive:
    """The SMS archive over a :class:`Database` opened with the cmgui schema."""

    def __init__(self, db: Database, *, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock
        self.has_fts = db.fulltext

    def _now(self) -> int:
        return int(self._clock() * 1000)

    # -- importing from devices ----------------------------------------------------------------

    async def import_message(self, record: PduRecord) -> ImportResult:
        """Archive one PDU; durable (fsync'd) when this returns. Importing it again is a no-op."""
        return (await self.import_many([record]))[0]

    async def import_many(self, records: Sequence[PduRecord]) -> list[ImportResult]:
        """Archive PDUs in one durable transaction: all of them, or (on error) none."""
        prepared = [prepare_record(r) for r in records]
        now = self._now()

        def run(conn: sqlite3.Connection) -> list[ImportResult]:
            return [import_part(conn, r, pdu, kind, now) for r, pdu, kind in prepared]

        return await self._db.awrite(run, durable=True)

    def archived_part_id(self, record: PduRecord) -> int | None:
        """The committed part holding this PDU, if any (check before deleting from a device)."""
        identity = part_identity(record.pdu, record.imsi, record.iccid, record.imei)
        row = self._db.read(
            lambda c: c.execute("SELECT id FROM sms_part WHERE identity = ?", (identity,))
            .fetchone()
        )
        return None if row is None else int(row["id"])

    async def mark_deleted_from_device(self, part_ids: Sequence[int]) -> int:
        """Record that these parts were deleted from the device; returns how many changed."""
        ids = [int(i) for i in part_ids]
        now = self._now()

        def run(conn: sqlite3.Connection) -> int:
            changed = 0
            for part_id in ids:
                changed += conn.execute(
                    "UPDATE sms_part SET on_device = 0, deleted_at = ? "
                    "WHERE id = ? AND on_device = 1",
                    (now, part_id),
                ).rowcount
            return changed

        return await self._db.awrite(run, durable=True)

    async def reconcile_device(
        self, present: Sequence[PduRecord], *, imsi: str | None, iccid: str | None = None,
        imei: str | None = None, storage: str,
    ) -> int:
        """After listing a device's ``storage``: parts of this SIM recorded there but no longer
        present are marked deleted (e.g. deleted by another program, or a sync killed between
        the delete and its record). Returns how many were marked."""
        keep = {part_identity(r.pdu, r.imsi, r.iccid, r.imei) for r in present}
        owner = sim_key(imsi, iccid, imei)
        now = self._now()

        def run(conn: sqlite3.Connection) -> int:
            rows = conn.execute(
                "SELECT id, identity FROM sms_part WHERE on_device = 1 AND storage = ? "
                "AND identity LIKE ? ESCAPE '\\'",
                (storage, owner.replace("\\", "\\\\").replace("%", "\\%")
                 .replace("_", "\\_") + "|%"),
            ).fetchall()
            gone = [(now, r["id"]) for r in rows if r["identity"] not in keep]
            conn.executemany(
                "UPDATE sms_part SET on_device = 0, deleted_at = ? WHERE id = ?", gone
            )
            return len(gone)

        return await self._db.awrite(run)

    def parts_on_device(
        self, *, imei: str | None = None, imsi: str | None = None, storage: str | None = None
    ) -> list[Part]:
        """Archived parts believed to be still on a device (matching the given identities)."""
        clauses, args = ["on_device = 1"], []
        for column, value in (("imei", imei), ("imsi", imsi), ("storage", storage)):
            if value is not None:
                clauses.append(f"{column} = ?")
                args.append(value)
        sql = f"SELECT * FROM sms_part WHERE {' AND '.join(clauses)} ORDER BY id"
        return self._db.read(lambda c: [Part.from_row(r) for r in c.execute(sql, args)])

    # -- sent messages and drafts --------------------------------------------------------------

    async def create_draft(
        self, number: str, text: str, *, imei: str | None = None, imsi: str | None = None,
        iccid: str | None = None,
    ) -> Message:
        """Store a draft (CMAPI_SMS_Create)."""
        now = self._now()

        def run(conn: sqlite3.Connection) -> int:
            return insert_message(
                conn, direction="out", folder="draft", number=number, text=text, sort_ts=now,
                sent_at=None, now=now, imei=imei, imsi=imsi, iccid=iccid, is_read=True,
            )

        return self._require(await self._db.awrite(run))

    async def update_draft(
        self, message_id: int, *, number: str | None = None, text: str | None = None
    ) -> Message:
        now = self._now()

        def run(conn: sqlite3.Connection) -> None:
            row = conn.execute(
                "SELECT folder, number, text FROM sms_message WHERE id = ?", (message_id,)
            ).fetchone()
            if row is None or row["folder"] != "draft":
                raise StoreError(f"There is no draft with id {message_id}.")
            new_number = row["number"] if number is None else number
            conn.execute(
                "UPDATE sms_message SET number = ?, conversation = ?, text = ?, sort_ts = ? "
                "WHERE id = ?",
                (new_number, normalize_number(new_number),
                 row["text"] if text is None else text, now, message_id),
            )

        await self._db.awrite(run)
        return self._require(message_id)

    async def record_sent(
        self, number: str, text: str, message_refs: Sequence[int], *,
        draft_id: int | None = None, imei: str | None = None, imsi: str | None = None,
        iccid: str | None = None, status: DeliveryStatus = DeliveryStatus.SENT,
    ) -> Message:
        """Store a message the app sent (one TP-MR per part), moving ``draft_id`` if given.

        Later status reports are matched on (recipient, TP-MR) and update its delivery status.
        """
        now = self._now()
        refs = [int(r) & 0xFF for r in message_refs]

        def run(conn: sqlite3.Connection) -> int:
            if draft_id is not None:
                moved = conn.execute(
                    "UPDATE sms_message SET folder = 'sent', number = ?, conversation = ?, "
                    "text = ?, sort_ts = ?, sent_at = ?, delivery_status = ?, "
                    "status_changed_at = ? WHERE id = ? AND folder IN ('draft', 'outbox')",
                    (number, normalize_number(number), text, now,
                     datetime.fromtimestamp(now / 1000, UTC).isoformat(), str(status), now,
                     draft_id),
                ).rowcount
                if not moved:
                    raise StoreError(f"There is no draft with id {draft_id}.")
                message_id = draft_id
            else:
                message_id = insert_message(
                    conn, direction="out", folder="sent", number=number, text=text, sort_ts=now,
                    sent_at=datetime.fromtimestamp(now / 1000, UTC).isoformat(), now=now,
                    imei=imei, imsi=imsi, iccid=iccid, is_read=True, delivery=str(status),
                )
            part_status = "failed" if status == DeliveryStatus.FAILED else "sent"
            for seq, ref in enumerate(refs, start=1):
                conn.execute(
                    upsert_sql("sms_sent_ref", ("message_id", "seq", "recipient",
                                                "message_ref", "status", "updated_at"),
                               key=("message_id", "seq")),
                    (message_id, seq, normalize_number(number), ref, part_status, now),
                )
            return message_id

        return self._require(await self._db.awrite(run, durable=True))

    async def set_delivery_status(self, message_id: int, status: DeliveryStatus) -> None:
        now = self._now()

        def run(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE sms_message SET delivery_status = ?, status_changed_at = ?, "
                "folder = CASE WHEN ? = 'failed' AND folder = 'sent' THEN 'outbox' "
                "ELSE folder END WHERE id = ?",
                (str(status), now, str(status), message_id),
            )

        await self._db.awrite(run)

    # -- housekeeping ---------------------------------------------------------------------------

    async def mark_read(self, message_ids: Sequence[int], read: bool = True) -> None:
        ids = [int(i) for i in message_ids]

        def run(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "UPDATE sms_message SET is_read = ? WHERE id = ?", [(int(read), i) for i in ids]
            )

        await self._db.awrite(run)

    async def delete_messages(self, message_ids: Sequence[int]) -> int:
        """Delete messages (and their parts) from the archive, not from any device."""
        ids = [int(i) for i in message_ids]

        def run(conn: sqlite3.Connection) -> int:
            return sum(
                conn.execute("DELETE FROM sms_message WHERE id = ?", (i,)).rowcount for i in ids
            )

        return await self._db.awrite(run)

    # -- export and import ---------------------------------------------------------------------

    async def export_json(self, path: Path) -> int:
        """Write every message (with its PDUs) to a JSON file; returns how many."""
        from cmgui.store import sms_io

        return await asyncio.to_thread(sms_io.export_json, self._db, Path(path))

    async def export_csv(self, path: Path) -> int:
        from cmgui.store import sms_io

        return await asyncio.to_thread(sms_io.export_csv, self._db, Path(path))

    async def import_json(self, path: Path) -> ImportSummary:
        """Import an export; messages already in the archive are skipped."""
        from cmgui.store import sms_io

        return await sms_io.import_json(self._db, Path(path))

    async def import_csv(self, path: Path) -> ImportSummary:
        from cmgui.store import sms_io

        return await sms_io.import_csv(self._db, Path(path))

    # -- reading -------------------------------------------------------------------------------

    def get(self, message_id: int) -> Message | None:
        row = self._db.read(
            lambda c: c.execute(
                f"SELECT {_MESSAGE_COLUMNS} FROM sms_message WHERE id = ?", (message_id,)
            ).fetchone()
        )
        return None if row is None else Message.from_row(row)

    def _require(self, message_id: int) -> Message:
        message = self.get(message_id)
        if message is None:
            raise StoreError(f"There is no message with id {message_id}.")
        return message

    def parts(self, message_id: int) -> list[Part]:
        return self._db.read(
            lambda c: [
                Part.from_row(r)
                for r in c.execute(
                    "SELECT * FROM sms_part WHERE message_id = ? ORDER BY seq, id", (message_id,)
                )
            ]
        )

    def page(
        self, after: Cursor | None = None, limit: int = 200, *, conversation: str | None = None,
        folder: str | None = None,
    ) -> Page:
        """Messages newest first, ``limit`` at a time; pass ``page.next`` to get the next page."""
        clauses: list[str] = []
        args: list[object] = []
        if conversation is not None:
            clauses.append("conversation = ?")
            args.append(normalize_number(conversation))
        if folder is not None:
            clauses.append("folder = ?")
            args.append(folder)
        return self._page_query("sms_message", clauses, args, after, limit)

    def search(self, query: str, limit: int = 200, after: Cursor | None = None) -> Page:
        """Messages whose text or number contains every word of ``query`` (prefix match).

        A query of digits only is a number fragment: it also finds conversations whose number
        contains it anywhere ("1234" finds "+491701234").
        """
        words = re.findall(r"\w+", query)
        if not words:
            return Page([], None)
        digits = "".join(words)
        if not (digits.isdigit() and len(digits) >= 3):
            clause, args, hits = self._text_clause(words, columns="text number")
            table = "sms_message"
            if hits > _WALK_INDEX_ABOVE:
                table = "sms_message INDEXED BY sms_message_order"
            return self._page_query(table, [clause], args, after, limit)
        clause, args, hits = self._text_clause([digits], columns="text")

        def numbers(conn: sqlite3.Connection) -> tuple[list[str], int]:
            found = [r[0] for r in conn.execute(
                "SELECT DISTINCT conversation FROM sms_message WHERE conversation LIKE ?",
                (f"%{digits}%",),
            )]
            marks = ", ".join("?" * len(found))
            count = conn.execute(
                f"SELECT count(*) FROM sms_message WHERE conversation IN ({marks})", found
            ).fetchone()[0] if found else 0
            return found, int(count)

        conversations, in_conversations = self._db.read(numbers)
        if conversations:
            marks = ", ".join("?" * len(conversations))
            clause = f"(conversation IN ({marks}) OR {clause})"
            args = [*conversations, *args]
        table = "sms_message"
        if hits + in_conversations > _WALK_INDEX_ABOVE:
            table = "sms_message INDEXED BY sms_message_order"
        return self._page_query(table, [clause], args, after, limit)

    def _text_clause(self, words: list[str], columns: str) -> tuple[str, list[object], int]:
        """A WHERE clause matching every word in ``columns``, its arguments, and a hit count
        (only known with full-text search; 0 otherwise)."""
        if self.has_fts:
            match = f"{{{columns}}} : (" + " ".join(f'"{w}"*' for w in words) + ")"
            hits = int(self._db.read(
                lambda c: c.execute(
                    "SELECT count(*) FROM sms_fts WHERE sms_fts MATCH ?", (match,)
                ).fetchone()[0]
            ))
            return "id IN (SELECT rowid FROM sms_fts WHERE sms_fts MATCH ?)", [match], hits
        clauses: list[str] = []
        args: list[object] = []
        for word in words:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace(
                "_", "\\_") + "%"
            tests = [self._db.like(col) for col in columns.split()]
            clauses.append(f"({' OR '.join(tests)})")
            args += [pattern] * len(tests)
        return f"({' AND '.join(clauses)})", args, 0

    def _page_query(
        self, table: str, clauses: list[str], args: list[object], after: Cursor | None,
        limit: int,
    ) -> Page:
        limit = max(1, min(int(limit), 10_000))
        clauses = list(clauses)
        args = list(args)
        if after is not None:
            clauses.append("(sort_ts, id) < (?, ?)")
            args += [int(after[0]), int(after[1])]
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = (
            f"SELECT {_MESSAGE_COLUMNS} FROM {table} {where} "
            "ORDER BY sort_ts DESC, id DESC LIMIT ?"
        )
        rows = self._db.read(lambda c: c.execute(sql, [*args, limit + 1]).fetchall())
        messages = [Message.from_row(r) for r in rows[:limit]]
        return Page(messages, messages[-1].cursor if len(rows) > limit else None)

    def count(
        self, *, conversation: str | None = None, folder: str | None = None,
        unread_only: bool = False,
    ) -> int:
        clauses: list[str] = []
        args: list[object] = []
        if conversation is not None:
            clauses.append("conversation = ?")
            args.append(normalize_number(conversation))
        if folder is None:  # the conversation summary has these counts
            column = "unread" if unread_only else "messages"
            where = f"WHERE {clauses[0]}" if clauses else ""
            sql = f"SELECT coalesce(sum({column}), 0) FROM sms_conversation {where}"
        else:
            clauses.append("folder = ?")
            args.append(folder)
            if unread_only:
                clauses.append("is_read = 0")
            sql = f"SELECT count(*) FROM sms_message WHERE {' AND '.join(clauses)}"
        return int(self._db.read(lambda c: c.execute(sql, args).fetchone())[0])

    def conversations(self, limit: int = 1000) -> list[Conversation]:
        """Conversations by number, most recent first: read from the summary the schema's
        triggers keep (``sms_conversation``), never by grouping the archive."""
        rows = self._db.read(lambda c: c.execute(
            "SELECT conversation, number, messages, unread, last_ts, text "
            "FROM sms_conversation ORDER BY last_ts DESC, last_id DESC LIMIT ?",
            (max(0, int(limit)),),
        ).fetchall())
        return [Conversation(r["conversation"], r["number"], int(r["messages"]),
                             int(r["unread"]), int(r["last_ts"]), r["text"]) for r in rows]
