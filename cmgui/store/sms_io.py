"""Export the SMS archive to JSON or CSV and import it back, losslessly and idempotently.

Each message keeps its ``uid`` and its raw PDUs, so importing a file twice, or importing it into
an archive that synced the same SIM itself, adds nothing twice. CSV holds one message per row;
its ``parts`` and ``sent_refs`` columns carry JSON. Status reports that matched no sent message
are exported to JSON only.
"""

from __future__ import annotations

import asyncio
import csv
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from cmgui.common.files import atomic_write
from cmgui.store.engine import Database, upsert_sql
from cmgui.store.errors import ImportFormatError
from cmgui.store.sms_types import (
    ArchiveInputError,
    DeliveryStatus,
    PartKind,
    normalize_pdu,
    part_identity,
)
from cmgui.store.sms_write import group_key, insert_message

EXPORT_FORMAT = "cmgui-sms-archive"
EXPORT_VERSION = 1

MESSAGE_FIELDS = (
    "uid", "direction", "folder", "number", "text", "sort_ts", "sent_at", "created_at", "imei",
    "imsi", "iccid", "is_read", "concat_ref", "concat_total", "complete", "delivery_status",
)
PART_FIELDS = (
    "kind", "pdu", "seq", "text", "ts", "sent_at", "imei", "imsi", "iccid", "storage", "idx",
    "device_status", "message_ref", "archived_at", "on_device", "deleted_at",
)
REF_FIELDS = ("seq", "recipient", "message_ref", "status", "tp_status", "updated_at")

_INT_FIELDS = {
    "sort_ts", "created_at", "concat_ref", "concat_total", "seq", "ts", "idx", "message_ref",
    "archived_at", "deleted_at", "tp_status", "updated_at",
}
_BOOL_FIELDS = {"is_read", "complete", "on_device"}
_REQUIRED = {"uid", "direction", "folder", "sort_ts"}
_CHOICES: dict[str, set[str]] = {
    "direction": {"in", "out"},
    "folder": {"inbox", "sent", "draft", "outbox"},
    "delivery_status": {s.value for s in DeliveryStatus},
    "kind": {k.value for k in PartKind},
    "status": {"pending", "sent", "delivered", "failed"},
}


@dataclass(frozen=True)
class ImportSummary:
    added: int
    skipped: int  # already in the archive


# -- export ------------------------------------------------------------------------------------


def _iter_export(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Messages in id order with their parts and sent references (merge of three cursors)."""
    parts = conn.execute(
        f"SELECT message_id, {', '.join(PART_FIELDS)} FROM sms_part "
        "WHERE message_id IS NOT NULL ORDER BY message_id, seq, id"
    )
    refs = conn.execute(
        f"SELECT message_id, {', '.join(REF_FIELDS)} FROM sms_sent_ref ORDER BY message_id, seq"
    )
    next_part = parts.fetchone()
    next_ref = refs.fetchone()
    for row in conn.execute(f"SELECT id, {', '.join(MESSAGE_FIELDS)} FROM sms_message ORDER BY id"):
        item: dict[str, Any] = {f: row[f] for f in MESSAGE_FIELDS}
        item["is_read"] = bool(item["is_read"])
        item["complete"] = bool(item["complete"])
        item["parts"] = []
        item["sent_refs"] = []
        while next_part is not None and next_part["message_id"] <= row["id"]:
            if next_part["message_id"] == row["id"]:
                part = {f: next_part[f] for f in PART_FIELDS}
                part["on_device"] = bool(part["on_device"])
                item["parts"].append(part)
            next_part = parts.fetchone()
        while next_ref is not None and next_ref["message_id"] <= row["id"]:
            if next_ref["message_id"] == row["id"]:
                item["sent_refs"].append({f: next_ref[f] for f in REF_FIELDS})
            next_ref = refs.fetchone()
        yield item


def _orphans(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute(
        f"SELECT {', '.join(PART_FIELDS)} FROM sms_part WHERE message_id IS NULL ORDER BY id"
    )
    return [{**{f: r[f] for f in PART_FIELDS}, "on_device": bool(r["on_device"])} for r in rows]


def export_json(db: Database, path: Path) -> int:
    """Write the whole archive to ``path``; returns the number of messages."""
    count = 0

    def write(out: TextIO) -> None:
        nonlocal count

        def run(conn: sqlite3.Connection) -> None:
            nonlocal count
            out.write(f'{{"format": "{EXPORT_FORMAT}", "version": {EXPORT_VERSION},\n')
            out.write(' "messages": [')
            for item in _iter_export(conn):
                out.write(",\n  " if count else "\n  ")
                out.write(json.dumps(item, ensure_ascii=False))
                count += 1
            out.write('\n ],\n "orphan_parts": ')
            out.write(json.dumps(_orphans(conn), ensure_ascii=False))
            out.write("\n}\n")

        db.read(run)

    atomic_write(path, write, newline="")
    return count


def export_csv(db: Database, path: Path) -> int:
    count = 0

    def write(out: TextIO) -> None:
        nonlocal count
        writer = csv.writer(out)
        writer.writerow([*MESSAGE_FIELDS, "parts", "sent_refs"])

        def run(conn: sqlite3.Connection) -> None:
            nonlocal count
            for item in _iter_export(conn):
                row = ["" if item[f] is None else item[f] for f in MESSAGE_FIELDS]
                row = [int(v) if isinstance(v, bool) else v for v in row]
                writer.writerow([*row, json.dumps(item["parts"], ensure_ascii=False),
                                 json.dumps(item["sent_refs"], ensure_ascii=False)])
                count += 1

        db.read(run)

    atomic_write(path, write, newline="")
    return count


# -- import ------------------------------------------------------------------------------------


def _field(name: str, value: Any, where: str) -> Any:
    if value is None or value == "":
        if name in _REQUIRED:
            raise ImportFormatError(f"{where}: '{name}' is missing.")
        return None
    try:
        if name in _BOOL_FIELDS:
            if isinstance(value, str):
                return value.strip().lower() in {"1", "true", "yes"}
            return bool(value)
        if name in _INT_FIELDS:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                raise ValueError(value)
            return int(value)
    except (TypeError, ValueError):
        raise ImportFormatError(f"{where}: '{name}' is not a whole number: {value!r}") from None
    if not isinstance(value, str):
        raise ImportFormatError(f"{where}: '{name}' should be text, not {value!r}")
    if name in _CHOICES and value not in _CHOICES[name]:
        raise ImportFormatError(f"{where}: '{name}' has an unknown value {value!r}")
    return value


def _clean(fields: tuple[str, ...], raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ImportFormatError(f"{where}: expected an object.")
    return {f: _field(f, raw.get(f), where) for f in fields}


def _clean_message(raw: Any, where: str) -> dict[str, Any]:
    msg = _clean(MESSAGE_FIELDS, raw, where)
    parts, refs = raw.get("parts") or [], raw.get("sent_refs") or []
    if not isinstance(parts, list) or not isinstance(refs, list):
        raise ImportFormatError(f"{where}: 'parts' and 'sent_refs' must be lists.")
    msg["parts"] = [_clean_part(p, f"{where}, part {i + 1}") for i, p in enumerate(parts)]
    msg["sent_refs"] = [_clean(REF_FIELDS, r, f"{where}, reference {i + 1}")
                        for i, r in enumerate(refs)]
    for ref in msg["sent_refs"]:
        if ref["recipient"] is None or ref["message_ref"] is None:
            raise ImportFormatError(f"{where}: a sent reference lacks recipient or message_ref.")
    return msg


def _clean_part(raw: Any, where: str) -> dict[str, Any]:
    part = _clean(PART_FIELDS, raw, where)
    if part["kind"] is None or part["pdu"] is None:
        raise ImportFormatError(f"{where}: 'kind' and 'pdu' are required.")
    try:
        part["pdu"] = normalize_pdu(part["pdu"])
    except ArchiveInputError as exc:
        raise ImportFormatError(f"{where}: {exc}") from None
    part["identity"] = part_identity(part["pdu"], part["imsi"], part["iccid"], part["imei"])
    return part


def _insert_part(conn: sqlite3.Connection, message_id: int | None, part: dict[str, Any]) -> None:
    conn.execute(
        "INSERT INTO sms_part (identity, message_id, kind, pdu, seq, text, ts, sent_at, imei, "
        "imsi, iccid, storage, idx, device_status, message_ref, archived_at, on_device, "
        "deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (part["identity"], message_id, part["kind"], part["pdu"], part["seq"] or 1,
         part["text"] or "", part["ts"], part["sent_at"], part["imei"], part["imsi"],
         part["iccid"], part["storage"], part["idx"], part["device_status"],
         part["message_ref"], part["archived_at"] or 0, int(bool(part["on_device"])),
         part["deleted_at"]),
    )


def _part_known(conn: sqlite3.Connection, identity: str) -> bool:
    row = conn.execute("SELECT 1 FROM sms_part WHERE identity = ?", (identity,)).fetchone()
    return row is not None


def _store(
    conn: sqlite3.Connection, messages: list[dict[str, Any]], orphans: list[dict[str, Any]]
) -> ImportSummary:
    added = skipped = 0
    for msg in messages:
        known = conn.execute("SELECT 1 FROM sms_message WHERE uid = ?", (msg["uid"],)).fetchone()
        if known is not None or any(_part_known(conn, p["identity"]) for p in msg["parts"]):
            skipped += 1
            continue
        total = msg["concat_total"] or 1
        complete = bool(msg["complete"]) if msg["complete"] is not None else True
        key = None
        if not complete and msg["concat_ref"] is not None:
            key = group_key(msg["direction"], msg["imsi"], msg["iccid"], msg["imei"],
                            msg["number"] or "", msg["concat_ref"], total)
        message_id = insert_message(
            conn, direction=msg["direction"], folder=msg["folder"], number=msg["number"] or "",
            text=msg["text"] or "", sort_ts=msg["sort_ts"], sent_at=msg["sent_at"],
            now=msg["created_at"] or msg["sort_ts"], imei=msg["imei"], imsi=msg["imsi"],
            iccid=msg["iccid"], is_read=bool(msg["is_read"]),
            delivery=msg["delivery_status"] or "none", concat_ref=msg["concat_ref"],
            concat_total=total, complete=complete, group_key=key, uid=msg["uid"],
        )
        seen: set[str] = set()
        for part in msg["parts"]:
            if part["identity"] not in seen:
                seen.add(part["identity"])
                _insert_part(conn, message_id, part)
        present = conn.execute(
            "SELECT count(DISTINCT seq) FROM sms_part WHERE message_id = ?", (message_id,)
        ).fetchone()[0]
        conn.execute("UPDATE sms_message SET parts_present = ? WHERE id = ?",
                     (max(1, present) if total > 1 else 1, message_id))
        for ref in msg["sent_refs"]:
            conn.execute(
                upsert_sql("sms_sent_ref", ("message_id", "seq", "recipient", "message_ref",
                                            "status", "tp_status", "updated_at"),
                           key=("message_id", "seq")),
                (message_id, ref["seq"] or 1, ref["recipient"], ref["message_ref"],
                 ref["status"] or "sent", ref["tp_status"], ref["updated_at"]),
            )
        added += 1
    for part in orphans:
        if not _part_known(conn, part["identity"]):
            _insert_part(conn, None, part)
    return ImportSummary(added, skipped)


def read_json(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    try:
        with open(path, encoding="utf-8") as src:
            doc = json.load(src)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportFormatError(f"Could not read {path}: {exc}") from exc
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise ImportFormatError(f"{path} is not a cmgui SMS archive export.")
    if not isinstance(doc.get("version"), int) or doc["version"] > EXPORT_VERSION:
        raise ImportFormatError(
            f"{path} was written by a newer cmgui (format {doc.get('version')})."
        )
    raw_messages, raw_orphans = doc.get("messages") or [], doc.get("orphan_parts") or []
    if not isinstance(raw_messages, list) or not isinstance(raw_orphans, list):
        raise ImportFormatError(f"{path}: 'messages' and 'orphan_parts' must be lists.")
    messages = [_clean_message(m, f"{path}, message {i + 1}") for i, m in enumerate(raw_messages)]
    orphans = [_clean_part(p, f"{path}, report {i + 1}") for i, p in enumerate(raw_orphans)]
    return messages, orphans


def read_csv(path: Path) -> list[dict[str, Any]]:
    messages = []
    try:
        with open(path, encoding="utf-8", newline="") as src:
            reader = csv.DictReader(src)
            missing = set(MESSAGE_FIELDS) - set(reader.fieldnames or ())
            if missing:
                raise ImportFormatError(
                    f"{path} is not a cmgui SMS export (missing {', '.join(sorted(missing))})."
                )
            for line, row in enumerate(reader, start=2):
                where = f"{path}, line {line}"
                try:
                    raw: dict[str, Any] = dict(row)
                    raw["parts"] = json.loads(row.get("parts") or "[]")
                    raw["sent_refs"] = json.loads(row.get("sent_refs") or "[]")
                except json.JSONDecodeError as exc:
                    raise ImportFormatError(f"{where}: {exc}") from None
                messages.append(_clean_message(raw, where))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ImportFormatError(f"Could not read {path}: {exc}") from exc
    return messages


async def import_json(db: Database, path: Path) -> ImportSummary:
    messages, orphans = await asyncio.to_thread(read_json, path)
    return await db.awrite(lambda conn: _store(conn, messages, orphans), durable=True)


async def import_csv(db: Database, path: Path) -> ImportSummary:
    messages = await asyncio.to_thread(read_csv, path)
    return await db.awrite(lambda conn: _store(conn, messages, []), durable=True)
