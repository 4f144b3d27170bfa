"""What the host keeps about SMS gateways: inbound SMS in the SMS archive exactly once (with the
port and the SIM), the high-water mark of ``incoming_sms_id`` per gateway, delivery states of
messages sent through a gateway, and the sending tasks this host started.

Exactly once: a message is identified by (gateway, ``incoming_sms_id``, a digest of sender, time
and text — so a gateway reset that hands out the same ids again loses nothing); it is archived,
its identity recorded and the gateway's mark advanced in one durable transaction, so a sync killed
at any instant and run again adds nothing twice and skips nothing. The gateway's own read/unread
flag is never relied on (``flag=unread`` marks what it returns as read on the gateway: another
program polling that way would make us lose messages). A message deleted from the archive is not
imported again (its identity stays).

Delivery states reuse the archive's status-report matching: a report from the gateway becomes
an SMS-STATUS-REPORT PDU (TS 23.040) with the gateway's reference and status, which the archive
matches to the sent message by recipient and reference like any report read from a modem.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cmgui.sms import SmsCodecError, encode_status_report
from cmgui.store.engine import Database, open_database, upsert_sql
from cmgui.store.sms import SmsArchive
from cmgui.store.sms_types import DeliveryStatus, PartKind, PduRecord, normalize_number
from cmgui.store.sms_write import insert_message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InboundSms:
    """A message a gateway port received. ``timestamp`` is the gateway's clock (naive: local
    time of this computer, as gateways are set up where they are used)."""

    incoming_sms_id: int
    port: int | None
    number: str
    text: str
    timestamp: datetime | None = None
    imsi: str | None = None
    iccid: str | None = None
    imei: str | None = None

    @property
    def digest(self) -> str:
        stamp = self.timestamp.isoformat() if self.timestamp else ""
        text = f"{normalize_number(self.number)}\x1f{stamp}\x1f{self.text}"
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class InboundSummary:
    new: int
    duplicates: int
    mark: int
    new_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class SentSms:
    """A message a gateway port sent: its recipient, text and the reference of each part."""

    number: str
    text: str
    refs: tuple[int, ...]
    port: int | None = None
    imsi: str | None = None
    status: DeliveryStatus = DeliveryStatus.SENT


@dataclass(frozen=True)
class GatewayTask:
    gateway: str
    task_id: int
    created_at: float
    text: str
    user_ids: tuple[int, ...]
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class InboundRow:
    message_id: int
    gateway: str
    incoming_sms_id: int
    port: int | None
    number: str
    text: str
    sort_ts: int
    imsi: str | None


def _epoch_ms(value: datetime | None, fallback: int) -> int:
    if value is None:
        return fallback
    if value.tzinfo is None:
        value = value.astimezone()  # naive: this computer's local time
    return int(value.timestamp() * 1000)


def parse_gateway_time(text: str) -> datetime | None:
    """``YYYY-MM-DD HH:MM:SS`` (the API's format, sometimes with two spaces), else None."""
    cleaned = " ".join(text.split())
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S"):
        try:
            return datetime.strptime(cleaned, fmt)
        except ValueError:
            continue
    return None


class GatewayArchive:
    """Gateway state over a :class:`Database` with the cmgui schema."""

    def __init__(self, db: Database, *, clock: Callable[[], float] = time.time,
                 own_db: bool = False) -> None:
        self.db = db
        self.sms = SmsArchive(db, clock=clock)
        self._clock = clock
        self._own_db = own_db

    @classmethod
    def open(cls, data_dir: Path | str | None = None) -> GatewayArchive:
        """On the database in ``data_dir`` (default: the data directory); closed by
        :meth:`close`. StoreError when it cannot be opened."""
        return cls(open_database(data_dir=data_dir), own_db=True)

    def close(self) -> None:
        if self._own_db:
            self.db.close()

    def _now(self) -> int:
        return int(self._clock() * 1000)

    # --- inbound -------------------------------------------------------------------------------

    def mark(self, gateway: str) -> int:
        """The highest ``incoming_sms_id`` archived from ``gateway`` (0: none yet)."""
        row = self.db.read(lambda c: c.execute(
            "SELECT incoming_sms_id FROM gateway_mark WHERE gateway = ?", (gateway,)).fetchone())
        return int(row[0]) if row is not None else 0

    async def archive_inbound(self, gateway: str, messages: Sequence[InboundSms], *,
                              advance: bool = True) -> InboundSummary:
        """Archive ``messages`` of ``gateway`` once each and, with ``advance``, move its mark
        past them, durably. A pushed message must not move the mark: one pushed before it may
        have been lost, and only a poll from the mark finds that one."""
        now = self._now()
        items = list(messages)

        def run(conn: sqlite3.Connection) -> InboundSummary:
            new_ids: list[int] = []
            duplicates = 0
            for m in items:
                digest = m.digest
                seen = conn.execute(
                    "SELECT 1 FROM gateway_sms WHERE gateway = ? AND incoming_sms_id = ? "
                    "AND digest = ?", (gateway, m.incoming_sms_id, digest)).fetchone()
                if seen is not None:
                    duplicates += 1
                    continue
                message_id = insert_message(
                    conn, direction="in", folder="inbox", number=m.number, text=m.text,
                    sort_ts=_epoch_ms(m.timestamp, now),
                    sent_at=m.timestamp.astimezone(UTC).isoformat() if m.timestamp else None,
                    now=now, imei=m.imei or None, imsi=m.imsi or None, iccid=m.iccid or None,
                    is_read=False, uid=f"gateway:{gateway}:{m.incoming_sms_id}:{digest[:16]}")
                conn.execute(
                    "INSERT INTO gateway_sms (gateway, incoming_sms_id, digest, message_id, "
                    "port, archived_at) VALUES (?, ?, ?, ?, ?, ?)",
                    (gateway, m.incoming_sms_id, digest, message_id, m.port, now))
                new_ids.append(m.incoming_sms_id)
            highest = max((m.incoming_sms_id for m in items), default=0) if advance else 0
            conn.execute(
                "INSERT INTO gateway_mark (gateway, incoming_sms_id, updated_at) "
                "VALUES (?, ?, ?) ON CONFLICT (gateway) DO UPDATE SET "
                "incoming_sms_id = CASE WHEN excluded.incoming_sms_id > "
                "gateway_mark.incoming_sms_id THEN excluded.incoming_sms_id "
                "ELSE gateway_mark.incoming_sms_id END, "
                "updated_at = excluded.updated_at",
                (gateway, highest, now))
            mark = conn.execute("SELECT incoming_sms_id FROM gateway_mark WHERE gateway = ?",
                                (gateway,)).fetchone()[0]
            return InboundSummary(len(new_ids), duplicates, int(mark), tuple(new_ids))

        return await self.db.awrite(run, durable=True)

    def inbound(self, gateway: str | None = None, limit: int = 200) -> list[InboundRow]:
        """Archived inbound messages of gateways (newest first), with their port."""
        where = "WHERE g.gateway = ?" if gateway is not None else ""
        args: list[object] = [gateway] if gateway is not None else []

        def run(conn: sqlite3.Connection) -> list[InboundRow]:
            rows = conn.execute(
                "SELECT m.id, g.gateway, g.incoming_sms_id, g.port, m.number, m.text, "
                "m.sort_ts, m.imsi FROM gateway_sms g JOIN sms_message m ON m.id = g.message_id "
                f"{where} ORDER BY m.sort_ts DESC, m.id DESC LIMIT ?", [*args, int(limit)])
            return [InboundRow(*r) for r in rows]

        return self.db.read(run)

    def ports_of(self, message_ids: Sequence[int]) -> dict[int, int]:
        """The gateway port each of ``message_ids`` came in on (those that came from one)."""
        ids = [int(i) for i in message_ids]
        if not ids:
            return {}
        marks = ", ".join("?" * len(ids))
        rows = self.db.read(lambda c: c.execute(
            f"SELECT message_id, port FROM gateway_sms WHERE message_id IN ({marks}) "
            "AND port IS NOT NULL", ids).fetchall())
        return {int(r[0]): int(r[1]) for r in rows}

    # --- outbound ------------------------------------------------------------------------------

    async def record_sent(self, messages: Sequence[SentSms]) -> list[int]:
        """Archive messages sent through a gateway in one transaction (for delivery reports to
        find them); returns their message ids."""
        now = self._now()
        items = list(messages)
        sent_at = datetime.fromtimestamp(now / 1000, UTC).isoformat()

        def run(conn: sqlite3.Connection) -> list[int]:
            ids = []
            for m in items:
                message_id = insert_message(
                    conn, direction="out", folder="sent", number=m.number, text=m.text,
                    sort_ts=now, sent_at=sent_at, now=now, imei=None, imsi=m.imsi or None,
                    iccid=None, is_read=True, delivery=str(m.status))
                part_status = "failed" if m.status == DeliveryStatus.FAILED else "sent"
                conn.executemany(
                    upsert_sql("sms_sent_ref", ("message_id", "seq", "recipient",
                                                "message_ref", "status", "updated_at"),
                               key=("message_id", "seq")),
                    [(message_id, seq, normalize_number(m.number), ref & 0xFF, part_status, now)
                     for seq, ref in enumerate(m.refs, start=1)])
                ids.append(message_id)
            return ids

        return await self.db.awrite(run, durable=True)

    async def record_delivery(self, *, number: str, ref_id: int, status_code: int,
                              imsi: str | None = None, time: datetime | None = None) -> bool:
        """Apply a delivery report to the sent message it belongs to (matched by recipient and
        reference, as the archive matches any status report). False when it cannot be built."""
        stamp = (time or datetime.now()).astimezone()
        try:
            pdu = encode_status_report(ref_id % 256, number, timestamp=stamp,
                                       discharge_time=stamp, status=status_code & 0xFF)
        except (SmsCodecError, ValueError) as err:
            log.info("delivery report for %s not archived: %s", number, err)
            return False
        record = PduRecord(pdu=pdu.hex, kind=PartKind.STATUS_REPORT, number=number,
                           timestamp=stamp, imsi=imsi or None, message_ref=ref_id % 256,
                           report_status=status_code & 0xFF)
        await self.sms.import_many([record])
        return True

    # --- tasks ---------------------------------------------------------------------------------

    async def record_task(self, gateway: str, task_id: int, text: str,
                          user_ids: Sequence[int], numbers: Sequence[str]) -> None:
        now = self._now()

        def run(conn: sqlite3.Connection) -> None:
            conn.execute(
                upsert_sql("gateway_task", ("gateway", "task_id", "created_at", "text",
                                            "user_ids", "numbers"), key=("gateway", "task_id")),
                (gateway, task_id, now, text, json.dumps(list(user_ids)),
                 json.dumps(list(numbers))))

        await self.db.awrite(run)

    def tasks(self, gateway: str, limit: int = 50) -> list[GatewayTask]:
        rows = self.db.read(lambda c: c.execute(
            "SELECT gateway, task_id, created_at, text, user_ids, numbers FROM gateway_task "
            "WHERE gateway = ? ORDER BY created_at DESC, task_id DESC LIMIT ?",
            (gateway, int(limit))).fetchall())
        return [GatewayTask(r[0], int(r[1]), r[2] / 1000, r[3], tuple(json.loads(r[4])),
                            tuple(json.loads(r[5]))) for r in rows]
