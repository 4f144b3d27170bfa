"""CMP push hooks, sans-IO: a pushed body in, fleet events and the exact answer out.

Three hooks arrive at one URL: the order-status push (``assetid, imsi, operation, orderid,
time``; operations 1001-1010), the SMS MT delivery report (``msg_id, status_report, ...``) and
the SMS MO (``sms_content, dest_address, ...``). The seed wants the bare body ``1`` for the order
push and ``{"code":"0","message":"success"}`` for the SMS hooks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from cmgui.drivers.fleet.http import as_dict, text
from cmgui.drivers.fleet.units import cmp_datetime
from cmgui.service.fleet import (
    FleetEvent,
    OrderChanged,
    SimStatusChanged,
    SmsDelivered,
    SmsReceived,
)

ORDER, SMS_MT, SMS_MO = "order", "sms_mt", "sms_mo"

#: The seed's operation table (1006 is blank there).
OPERATIONS = {
    "1001": "order terminated early", "1002": "order cancelled", "1003": "order paused",
    "1004": "order restarted", "1005": "non-OTA order enabled", "1006": "",
    "1007": "OTA order enabled", "1008": "order expired", "1009": "order period renewed",
    "1010": "order cycles reduced",
}
#: Operations that change whether the SIM has service.
STATUS_AFTER = {"1003": "SUSPENDED", "1004": "ACTIVE", "1005": "ACTIVE", "1007": "ACTIVE"}

ORDER_ANSWER = (200, "text/plain", b"1")
SMS_ANSWER = (200, "application/json", b'{"code":"0","message":"success"}')


class PushError(ValueError):
    """A body that is none of the three hooks, or lacks what its hook must carry."""


@dataclass(frozen=True)
class Push:
    kind: str
    events: tuple[FleetEvent, ...]
    fields: dict[str, str]

    @property
    def answer(self) -> tuple[int, str, bytes]:
        return ORDER_ANSWER if self.kind == ORDER else SMS_ANSWER


def error_answer(kind: str, message: str) -> tuple[int, str, bytes]:
    """What to answer a body that cannot be taken (so the platform sends it again)."""
    if kind == ORDER:
        return 400, "text/plain", b"0"
    body = json.dumps({"code": "1", "message": message}).encode()
    return 400, "application/json", body


def decode(body: bytes, content_type: str = "") -> dict[str, str]:
    """A pushed body as flat text fields: JSON (as the seed shows) or a form."""
    raw = body.decode("utf-8-sig", "replace").strip()
    data: Any
    if "form" in content_type.lower() and not raw.startswith("{"):
        data = dict(parse_qsl(raw, keep_blank_values=True))
    else:
        try:
            data = json.loads(raw)
        except ValueError:
            data = dict(parse_qsl(raw, keep_blank_values=True)) if "=" in raw else None
    if not isinstance(data, dict):
        raise PushError("the body is not a JSON object")
    return {str(k): text(v) for k, v in as_dict(data).items()}


def kind_of(fields: dict[str, str]) -> str:
    if "operation" in fields or "orderid" in fields:
        return ORDER
    if "status_report" in fields or "msg_id" in fields:
        return SMS_MT
    if "sms_content" in fields or "dest_address" in fields:
        return SMS_MO
    raise PushError("the body is none of the CMP push hooks")


def receive(body: bytes, content_type: str = "") -> Push:
    """The events a pushed body carries; PushError if it is not a push."""
    fields = decode(body, content_type)
    kind = kind_of(fields)
    iccid = fields.get("iccid") or fields.get("assetid", "")
    if not iccid:
        raise PushError("the push names no SIM (iccid/assetid)")
    events: list[FleetEvent] = []
    if kind == ORDER:
        operation = fields.get("operation", "")
        at = cmp_datetime(fields.get("time"))
        events.append(OrderChanged(iccid, fields.get("orderid", ""), operation,
                                   OPERATIONS.get(operation, ""), fields.get("imsi", ""), at))
        if operation in STATUS_AFTER:
            events.append(SimStatusChanged(iccid, STATUS_AFTER[operation]))
    elif kind == SMS_MT:
        report = fields.get("status_report", "")
        words = fields.get("status_report_msg", "")
        delivered = report == "1" or (not report and words.upper() == "DELIVRD")
        events.append(SmsDelivered(iccid, fields.get("msg_id", ""), delivered, words,
                                   fields.get("phone", ""), cmp_datetime(fields.get("timestamp"))))
    else:
        events.append(SmsReceived(iccid, fields.get("sms_content", ""), fields.get("phone", ""),
                                  fields.get("dest_address", ""),
                                  cmp_datetime(fields.get("timestamp"))))
    return Push(kind, tuple(events), fields)
