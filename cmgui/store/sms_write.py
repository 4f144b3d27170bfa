"""The write side of the SMS archive: functions run on the writer thread, in its transaction.

A part joins the message of its concatenation group (direction, SIM, number, reference, total)
that is still incomplete and lacks its sequence number; otherwise it starts a new message. The
message's text, part count and time stamp are recomputed from its parts each time one arrives.
"""

from __future__ import annotations

import re
import sqlite3
import uuid

from cmgui.store.sms_types import (
    DeliveryStatus,
    ImportResult,
    PartKind,
    PduRecord,
    delivery_from_tp_status,
    device_status_text,
    epoch_ms,
    normalize_number,
    part_identity,
    sim_key,
)

_FOLDER_BY_STATUS = {"REC UNREAD": "inbox", "REC READ": "inbox", "STO UNSENT": "draft",
                     "STO SENT": "sent"}


def insert_message(
    conn: sqlite3.Connection, *, direction: str, folder: str, number: str, text: str,
    sort_ts: int, sent_at: str | None, now: int, imei: str | None, imsi: str | None,
    iccid: str | None, is_read: bool, delivery: str = "none", concat_ref: int | None = None,
    concat_total: int = 1, complete: bool = True, group_key: str | None = None,
    uid: str | None = None,
) -> int:
    cursor = conn.execute(
        "INSERT INTO sms_message (uid, direction, folder, number, conversation, text, sort_ts, "
        "sent_at, created_at, imei, imsi, iccid, is_read, concat_ref, concat_total, "
        "parts_present, complete, group_key, delivery_status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (uid or uuid.uuid4().hex, direction, folder, number, normalize_number(number), text,
         sort_ts, sent_at, now, imei, imsi, iccid, int(is_read), concat_ref, concat_total,
         1 if complete else 0, int(complete), group_key, delivery),
    )
    return int(cursor.fetchone()[0])


def import_part(
    conn: sqlite3.Connection, rec: PduRecord, pdu: str, kind: PartKind, now: int
) -> ImportResult:
    identity = part_identity(pdu, rec.imsi, rec.iccid, rec.imei)
    status = device_status_text(rec.device_status)
    existing = conn.execute(
        "SELECT p.id, p.message_id, m.complete FROM sms_part p "
        "LEFT JOIN sms_message m ON m.id = p.message_id WHERE p.identity = ?",
        (identity,),
    ).fetchone()
    if existing is not None:
        if rec.storage is not None or rec.index is not None:
            conn.execute(
                "UPDATE sms_part SET storage = coalesce(?, storage), idx = coalesce(?, idx), "
                "device_status = coalesce(?, device_status), on_device = 1, deleted_at = NULL "
                "WHERE id = ?",
                (rec.storage, rec.index, status, existing["id"]),
            )
        return ImportResult(existing["id"], existing["message_id"], False,
                            bool(existing["complete"]) if existing["message_id"] else True)

    ts = epoch_ms(rec.timestamp) if rec.timestamp is not None else None
    sent_at = rec.timestamp.isoformat() if rec.timestamp is not None else None
    if kind is PartKind.STATUS_REPORT:
        message_id = _apply_status_report(conn, rec, now)
        seq, complete = 1, True
    else:
        message_id, seq, complete = _place_in_message(conn, rec, kind, status, ts, sent_at, now)
    cursor = conn.execute(
        "INSERT INTO sms_part (identity, message_id, kind, pdu, seq, text, ts, sent_at, imei, "
        "imsi, iccid, storage, idx, device_status, message_ref, archived_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (identity, message_id, str(kind), pdu, seq, rec.text, ts, sent_at, rec.imei, rec.imsi,
         rec.iccid, rec.storage, rec.index, status, rec.message_ref, now),
    )
    part_id = int(cursor.fetchone()[0])
    if message_id is not None and kind is not PartKind.STATUS_REPORT:
        complete = refresh_concat(conn, message_id)
    return ImportResult(part_id, message_id, True, complete)


def _place_in_message(
    conn: sqlite3.Connection, rec: PduRecord, kind: PartKind, status: str | None,
    ts: int | None, sent_at: str | None, now: int,
) -> tuple[int, int, bool]:
    """Find or create the message this part belongs to; returns (message id, seq, complete)."""
    direction = "in" if kind is PartKind.DELIVER else "out"
    folder = _FOLDER_BY_STATUS.get(status or "", "inbox" if direction == "in" else "sent")
    is_read = direction == "out" or status == "REC READ"
    concat = rec.concat
    if concat is not None:
        ref, total, seq = (int(v) for v in concat)
        if not (1 <= seq <= total and total > 1):
            concat = None
    if concat is None:
        message_id = insert_message(
            conn, direction=direction, folder=folder, number=rec.number, text=rec.text,
            sort_ts=ts if ts is not None else now, sent_at=sent_at, now=now, imei=rec.imei,
            imsi=rec.imsi, iccid=rec.iccid, is_read=is_read,
            delivery="sent" if folder == "sent" else "none",
        )
        return message_id, 1, True
    key = group_key(direction, rec.imsi, rec.iccid, rec.imei, rec.number, ref, total)
    row = conn.execute(
        "SELECT m.id FROM sms_message m WHERE m.group_key = ? AND m.complete = 0 "
        "AND NOT EXISTS (SELECT 1 FROM sms_part p WHERE p.message_id = m.id AND p.seq = ?) "
        "ORDER BY m.id LIMIT 1",
        (key, seq),
    ).fetchone()
    if row is not None:
        if not is_read:
            conn.execute("UPDATE sms_message SET is_read = 0 WHERE id = ?", (row["id"],))
        return int(row["id"]), seq, False
    message_id = insert_message(
        conn, direction=direction, folder=folder, number=rec.number, text=rec.text,
        sort_ts=ts if ts is not None else now, sent_at=sent_at, now=now, imei=rec.imei,
        imsi=rec.imsi, iccid=rec.iccid, is_read=is_read,
        delivery="sent" if folder == "sent" else "none", concat_ref=ref, concat_total=total,
        complete=False, group_key=key,
    )
    return message_id, seq, False


def group_key(
    direction: str, imsi: str | None, iccid: str | None, imei: str | None, number: str,
    ref: int, total: int,
) -> str:
    return f"{direction}|{sim_key(imsi, iccid, imei)}|{normalize_number(number)}|{ref}|{total}"


def refresh_concat(conn: sqlite3.Connection, message_id: int) -> bool:
    """Recompute a concatenated message from its parts; returns whether it is complete."""
    msg = conn.execute(
        "SELECT concat_total, sort_ts, sent_at FROM sms_message WHERE id = ?", (message_id,)
    ).fetchone()
    total = int(msg["concat_total"])
    if total <= 1:
        return True
    parts = conn.execute(
        "SELECT seq, text, ts, sent_at FROM sms_part WHERE message_id = ? ORDER BY seq, id",
        (message_id,),
    ).fetchall()
    seqs = {p["seq"] for p in parts}
    complete = len(seqs) >= total
    text = "".join(p["text"] for p in parts)
    stamped = [p for p in parts if p["ts"] is not None]
    first = min(stamped, key=lambda p: p["ts"]) if stamped else None
    conn.execute(
        "UPDATE sms_message SET text = ?, parts_present = ?, complete = ?, sort_ts = ?, "
        "sent_at = ? WHERE id = ?",
        (text, len(seqs), int(complete),
         first["ts"] if first else msg["sort_ts"], first["sent_at"] if first else msg["sent_at"],
         message_id),
    )
    return complete


def _match_sent_ref(conn: sqlite3.Connection, number: str, ref: int) -> sqlite3.Row | None:
    """The newest sent part with this TP-MR to this recipient.

    Reports may carry the recipient in another format (national vs international), so when
    no key matches exactly the last 7 digits decide.
    """
    key = normalize_number(number)
    candidates: list[sqlite3.Row] = conn.execute(
        "SELECT message_id, seq, recipient FROM sms_sent_ref WHERE message_ref = ? "
        "ORDER BY message_id DESC LIMIT 50",
        (ref,),
    ).fetchall()
    for row in candidates:
        if row["recipient"] == key:
            return row
    tail = re.sub(r"\D", "", key)[-7:]
    if len(tail) < 7:
        return None
    for row in candidates:
        if re.sub(r"\D", "", row["recipient"])[-7:] == tail:
            return row
    return None


def _apply_status_report(conn: sqlite3.Connection, rec: PduRecord, now: int) -> int | None:
    """Match a status report to the sent part with the same recipient and TP-MR."""
    if rec.message_ref is None:
        return None
    row = _match_sent_ref(conn, rec.number, int(rec.message_ref) & 0xFF)
    if row is None:
        return None
    status = delivery_from_tp_status(rec.report_status if rec.report_status is not None else 0)
    conn.execute(
        "UPDATE sms_sent_ref SET status = ?, tp_status = ?, updated_at = ? "
        "WHERE message_id = ? AND seq = ?",
        (str(status), rec.report_status, now, row["message_id"], row["seq"]),
    )
    states = {
        r[0] for r in conn.execute(
            "SELECT status FROM sms_sent_ref WHERE message_id = ?", (row["message_id"],)
        )
    }
    overall = (
        DeliveryStatus.FAILED if "failed" in states
        else DeliveryStatus.DELIVERED if states == {"delivered"}
        else DeliveryStatus.SENT
    )
    conn.execute(
        "UPDATE sms_message SET delivery_status = ?, status_changed_at = ? WHERE id = ?",
        (str(overall), now, row["message_id"]),
    )
    return int(row["message_id"])
