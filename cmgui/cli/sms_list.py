"""``cmcli sms list``: the messages on a device as a phone shows them, whole.

The device stores a concatenated message as parts (TS 23.040 9.2.3.24.1), each in its own slot
and in whatever order they arrived. The list joins them (grouped by direction, address,
reference and total, as :mod:`cmgui.sms.concat` does) and marks a message whose parts are not
all there with the ones missing. ``--parts`` lists the stored parts one by one instead.
"""

from __future__ import annotations

import argparse
from typing import Any

from cmgui.cli.common import Output, open_device
from cmgui.sms.concat import join
from cmgui.sms.errors import SmsCodecError
from cmgui.sms.pdu import SmsDeliver, SmsSubmit, decode_pdu

Record = dict[str, Any]
_RECEIVED = ("unread", "read")


def _key(record: Record) -> tuple[str, str, int, int] | None:
    total = record.get("concatTotal")
    if not total or total < 2 or record.get("concatReference") is None:
        return None
    direction = "in" if record["status"] in _RECEIVED else "out"
    return (direction, record["address"], int(record["concatReference"]), int(total))


def _joined_text(parts: list[Record]) -> str:
    """The text of parts in order; decoded together from their PDUs where the device gave
    them (a character split across two parts then reads right), else their texts joined."""
    decoded = []
    for part in parts:
        try:
            message = decode_pdu(part["PDU"])
        except (KeyError, SmsCodecError):
            break
        if not isinstance(message, SmsDeliver | SmsSubmit):
            break
        decoded.append(message)
    else:
        text = join(tuple(decoded)).text
        if text is not None:
            return text
    return "".join(str(p.get("text", "")) for p in parts)


GAP = "[…]"


def _with_gaps(parts: list[Record], total: int) -> str:
    """The parts there are, with :data:`GAP` where a missing part belongs."""
    by_seq = {int(p.get("concatSequence", 0)): str(p.get("text", "")) for p in parts}
    return "".join(by_seq.get(n, GAP) for n in range(1, total + 1))


def _whole(parts: list[Record], total: int) -> Record:
    parts = sorted(parts, key=lambda p: int(p.get("concatSequence", 0)))
    have = {int(p.get("concatSequence", 0)) for p in parts}
    missing = [n for n in range(1, total + 1) if n not in have]
    first = parts[0]
    message: Record = {
        "msgID": first["msgID"], "msgIDs": [p["msgID"] for p in parts],
        "storage": first["storage"],
        "status": "unread" if any(p["status"] == "unread" for p in parts) else first["status"],
        "address": first["address"],
        "text": _joined_text(parts) if not missing else _with_gaps(parts, total),
        "encoding": first["encoding"], "parts": total, "complete": not missing,
        "missing": missing,
    }
    if "timestamp" in first:
        message["timestamp"] = first["timestamp"]
    return message


def whole_messages(records: list[Record]) -> list[Record]:
    """Stored parts → whole messages, in the order their first stored part comes."""
    groups: dict[tuple[str, str, int, int], list[Record]] = {}
    order: list[tuple[str, str, int, int] | Record] = []
    for record in records:
        key = _key(record)
        if key is None:
            order.append(record)
            continue
        parts = groups.setdefault(key, [])
        if not parts:
            order.append(key)
        if all(p.get("concatSequence") != record.get("concatSequence") for p in parts):
            parts.append(record)  # a duplicate part: the first copy wins
    out = []
    for item in order:
        if isinstance(item, tuple):
            out.append(_whole(groups[item], item[3]))
        else:
            out.append({"msgID": item["msgID"], "msgIDs": [item["msgID"]],
                        "storage": item["storage"], "status": item["status"],
                        "address": item["address"], "text": item["text"],
                        "encoding": item["encoding"], "parts": 1, "complete": True,
                        "missing": [],
                        **({"timestamp": item["timestamp"]} if "timestamp" in item else {})})
    return out


def _missing_note(message: Record) -> str:
    missing = message["missing"]
    listed = ", ".join(str(n) for n in missing)
    noun = "part" if len(missing) == 1 else "parts"
    return f"(incomplete: {noun} {listed} of {message['parts']} not received yet)"


def text_of(messages: list[Record]) -> str:
    if not messages:
        return "No messages."
    lines = []
    for m in messages:
        ids = m["msgID"] if len(m["msgIDs"]) == 1 else f"{m['msgID']} +{len(m['msgIDs']) - 1}"
        head = f"[{ids}] {m['status']:<6} {m['address']}  {m.get('timestamp', '')}".rstrip()
        if m["parts"] > 1:
            head += f"  ({m['parts']} parts)"
        lines.append(head)
        lines.extend("    " + line for line in m["text"].splitlines() or [""])
        if not m["complete"]:
            lines.append("    " + _missing_note(m))
    return "\n".join(lines)


def parts_text(records: list[Record]) -> str:
    if not records:
        return "No messages."
    lines = []
    for m in records:
        part = ""
        if m.get("concatTotal"):
            part = f"  (part {m.get('concatSequence')} of {m['concatTotal']})"
        lines.append(f"[{m['msgID']}] {m['status']:<6} {m['address']}  "
                     f"{m.get('timestamp', '')}{part}".rstrip())
        lines.extend("    " + line for line in m["text"].splitlines() or [""])
    return "\n".join(lines)


async def cmd_sms_list(args: argparse.Namespace, out: Output) -> int:
    async with open_device(args.device) as device:
        ids = await device.sms_get_id_list(storage=args.storage)
        records = [dict(await device.sms_get(msg_id=i)) for i in ids["SMSIDList"]]
    if getattr(args, "parts", False):
        out.result(records, parts_text)
    else:
        out.result(whole_messages(records), text_of)
    return 0
