"""Answers of the gateway API as typed values; bodies in, frozen dataclasses out.

Every answer carries ``error_code`` and ``sn`` except ``get_status`` and the STK pages, which are
bare objects. An ``error_code`` outside what the call accepts becomes :class:`GatewayApiError`
(with what the code means for that call); a body that is not what the API describes becomes
:class:`~.tolerant.GatewayProtocolError`. Field types are forgiven (see :mod:`.tolerant`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cmgui.drivers.gateway.protocol.tolerant import (
    GatewayProtocolError,
    decode_object,
    objects,
    to_float,
    to_int,
    to_text,
)
from cmgui.drivers.gateway.protocol.tolerant import (
    field as member,
)

#: What an ``error_code`` means, per call where it differs.
ERROR_MEANINGS: dict[int, str] = {
    400: "the gateway did not accept the request's format",
    401: "the gateway refused the user name or password",
    404: "the gateway does not know it",
    413: "too many numbers (at most 128, or 32 in a query) or a text over 1500 bytes",
    486: "the port is busy",
    500: "the gateway reported an internal error",
    503: "the port is not registered on a network",
    550: "no port is free to send SMS",
}
CALL_MEANINGS: dict[tuple[str, int], str] = {
    ("stop_sms", 404): "there is no such sending task",
    ("stop_sms", 486): "there is no such sending task",
}

#: Send results the API documents (others are kept as the gateway says them).
SMS_STATUSES = ("SENDING", "SENT_OK", "DELIVERED", "FAILED")
FINAL_STATUSES = frozenset({"SENT_OK", "DELIVERED", "FAILED"})


class GatewayApiError(Exception):
    """The gateway answered a call with an error code."""

    def __init__(self, call: str, code: int, detail: str = "") -> None:
        self.call = call
        self.code = code
        self.meaning = CALL_MEANINGS.get((call, code)) or ERROR_MEANINGS.get(
            code, f"the gateway answered with error {code}")
        self.detail = detail
        super().__init__(f"{call}: {self.meaning} (error {code})")


_SERIAL = re.compile(rb'"sn"\s*:\s*"([^"\\]{1,64})"')


def serial_number(body: bytes) -> str:
    """The gateway's serial number (``sn``) an answer carries, "" if none: what its pushes
    say it by, so one receiver can tell several gateways apart. Read without parsing the
    answer (the parser of the call reads it once, tolerantly)."""
    found = _SERIAL.search(body)
    return found.group(1).decode("ascii", "replace").strip() if found else ""


def checked(body: bytes | str | Mapping[str, Any], call: str,
            ok: tuple[int, ...] = (200,)) -> dict[str, Any]:
    """The answer as an object whose ``error_code`` (when it has one) is in ``ok``."""
    obj = dict(body) if isinstance(body, Mapping) else decode_object(body)
    raw = member(obj, "error_code")
    if raw is None:
        return obj
    code = to_int(raw)
    if code is None:
        raise GatewayProtocolError(f"{call}: the gateway's error code {raw!r} is not a number")
    if code not in ok:
        raise GatewayApiError(call, code)
    return obj


def _int(obj: Mapping[str, Any], *names: str) -> int | None:
    return to_int(member(obj, *names))


def _text(obj: Mapping[str, Any], *names: str) -> str:
    return to_text(member(obj, *names))


def _time(obj: Mapping[str, Any], *names: str) -> str:
    """A "YYYY-MM-DD HH:MM:SS" time with its whitespace evened out."""
    return " ".join(_text(obj, *names).split())


def _ident(obj: Mapping[str, Any], *names: str) -> str:
    """An identifier or number (IMSI, ICCID, IMEI, phone number): no whitespace in it."""
    return "".join(_text(obj, *names).split())


def _items(obj: Mapping[str, Any], key: str, call: str) -> list[dict[str, Any]]:
    value = member(obj, key)
    if value is None:
        return []
    if not isinstance(value, list | dict):
        raise GatewayProtocolError(f"{call}: {key!r} is not a list")
    return objects(value)


# --- SMS ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class SendAccepted:
    task_id: int | None
    sms_in_queue: int | None
    sn: str = ""


def parse_send_sms(body: bytes | str | Mapping[str, Any]) -> SendAccepted:
    obj = checked(body, "send_sms", ok=(200, 202))
    return SendAccepted(_int(obj, "task_id"), _int(obj, "sms_in_queue"), _text(obj, "sn"))


def part_refs(ref_id: int, count: int) -> tuple[int, ...]:
    """The TP-MR of each part of a message whose first part had ``ref_id`` (modulo 256)."""
    return tuple((ref_id + i) % 256 for i in range(max(count, 1)))


@dataclass(frozen=True, slots=True)
class SmsResult:
    """One recipient's sending result (queried or pushed)."""

    port: int | None
    number: str
    status: str
    user_id: int | None = None
    time: str = ""
    count: int = 1
    succ_count: int = 0
    ref_id: int | None = None
    imsi: str = ""

    @property
    def final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def refs(self) -> tuple[int, ...]:
        return () if self.ref_id is None else part_refs(self.ref_id, self.count)


def sms_result(item: Mapping[str, Any]) -> SmsResult:
    count = _int(item, "count")
    return SmsResult(
        port=_int(item, "port"), number=_ident(item, "number"),
        status=_text(item, "status").strip().upper() or "UNKNOWN",
        user_id=_int(item, "user_id"), time=_time(item, "time"),
        count=count if count is not None and count > 0 else 1,
        succ_count=_int(item, "succ_count") or 0, ref_id=_int(item, "ref_id"),
        imsi=_ident(item, "imsi"))


def parse_sms_results(body: bytes | str | Mapping[str, Any]) -> list[SmsResult]:
    obj = checked(body, "query_sms_result")
    return [sms_result(i) for i in _items(obj, "result", "query_sms_result")]


@dataclass(frozen=True, slots=True)
class DeliveryReport:
    """A delivery status report of one part (``status_code`` as TS 23.040 TP-ST)."""

    port: int | None
    number: str
    ref_id: int | None
    status_code: int | None
    time: str = ""
    imsi: str = ""

    @property
    def outcome(self) -> str:
        """"delivered" (0-31), "pending" (32-63: the network still tries) or "failed"."""
        code = self.status_code
        if code is None:
            return "pending"
        if 0 <= code <= 31:
            return "delivered"
        if 32 <= code <= 63:
            return "pending"
        return "failed"


def delivery_report(item: Mapping[str, Any]) -> DeliveryReport:
    return DeliveryReport(
        port=_int(item, "port"), number=_ident(item, "number"), ref_id=_int(item, "ref_id"),
        status_code=_int(item, "status_code"), time=_time(item, "time"),
        imsi=_ident(item, "imsi"))


def parse_deliver_status(body: bytes | str | Mapping[str, Any]) -> list[DeliveryReport]:
    obj = checked(body, "query_sms_deliver_status")
    return [delivery_report(i) for i in _items(obj, "result", "query_sms_deliver_status")]


def parse_queue(body: bytes | str | Mapping[str, Any]) -> int:
    obj = checked(body, "query_sms_in_queue")
    value = _int(obj, "in_queue", "sms_in_queue")
    if value is None:
        raise GatewayProtocolError("query_sms_in_queue: the answer has no in_queue count")
    return value


@dataclass(frozen=True, slots=True)
class IncomingSms:
    incoming_sms_id: int
    port: int | None
    number: str
    text: str
    timestamp: str = ""
    smsc: str = ""


def incoming_sms(item: Mapping[str, Any]) -> IncomingSms | None:
    """A received message, or None when it has no usable id."""
    ident = _int(item, "incoming_sms_id", "id")
    if ident is None:
        return None
    text = member(item, "text")
    return IncomingSms(ident, _int(item, "port"), _ident(item, "number"),
                       text if isinstance(text, str) else to_text(text),
                       _time(item, "timestamp", "time"), _text(item, "smsc"))


@dataclass(frozen=True, slots=True)
class IncomingPage:
    messages: tuple[IncomingSms, ...]
    read: int | None = None
    unread: int | None = None
    skipped: int = 0  # entries without an id (reported, never silently dropped)


def parse_incoming(body: bytes | str | Mapping[str, Any]) -> IncomingPage:
    obj = checked(body, "query_incoming_sms")
    items = _items(obj, "sms", "query_incoming_sms")
    parsed = [incoming_sms(i) for i in items]
    messages = sorted((m for m in parsed if m is not None), key=lambda m: m.incoming_sms_id)
    return IncomingPage(tuple(messages), _int(obj, "read"), _int(obj, "unread"),
                        sum(1 for m in parsed if m is None))


def parse_stop(body: bytes | str | Mapping[str, Any]) -> bool:
    """True: stopped; False: the gateway has no such task (404 in one source, 486 in another)."""
    try:
        checked(body, "stop_sms")
    except GatewayApiError as err:
        if err.code in (404, 486):
            return False
        raise
    return True


# --- USSD -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class UssdSent:
    port: int | None
    status: int | None  # 200 sent, 486 busy, 503 not registered

    @property
    def ok(self) -> bool:
        return self.status == 200


def parse_send_ussd(body: bytes | str | Mapping[str, Any]) -> list[UssdSent]:
    obj = checked(body, "send_ussd", ok=(200, 202))
    return [UssdSent(_int(i, "port"), _int(i, "status"))
            for i in _items(obj, "result", "send_ussd")]


@dataclass(frozen=True, slots=True)
class UssdReply:
    port: int | None
    text: str | None  # None: no reply yet (the gateway says "" or " ")


def ussd_reply(item: Mapping[str, Any]) -> UssdReply:
    text = _text(item, "text")
    return UssdReply(_int(item, "port"), text if text.strip() else None)


def parse_ussd_reply(body: bytes | str | Mapping[str, Any]) -> list[UssdReply]:
    obj = checked(body, "query_ussd_reply")
    return [ussd_reply(i) for i in _items(obj, "reply", "query_ussd_reply")]


# --- ports ----------------------------------------------------------------------------------

#: Response keys of the credit counters (after :data:`~.tolerant.KEY_ALIASES`).
CREDIT_KEYS = ("remain_credit", "remain_monthly_credit", "remain_daily_credit",
               "remain_daily_calltime", "remain_hourly_calltime", "remain_daily_connect")


@dataclass(frozen=True, slots=True)
class PortInfo:
    """What ``get_port_info`` says about one port (fields not asked for are empty/None)."""

    port: int
    type: str = ""
    imei: str = ""
    imsi: str = ""
    iccid: str = ""
    number: str = ""
    reg: str = ""
    slot: int | None = None
    callstate: str = ""
    signal: int | None = None
    gprs: str = ""
    smsc: str = ""
    credits: dict[str, str] = field(default_factory=dict)
    call_forward: dict[str, str] = field(default_factory=dict)


def port_info(item: Mapping[str, Any]) -> PortInfo | None:
    port = _int(item, "port")
    if port is None:
        return None
    credits = {k: _text(item, k) for k in CREDIT_KEYS if member(item, k) is not None}
    forward = member(item, "CallForwarding", "CallForward")
    return PortInfo(
        port=port, type=_text(item, "type").strip().upper(), imei=_ident(item, "imei"),
        imsi=_ident(item, "imsi"), iccid=_ident(item, "iccid"), number=_ident(item, "number"),
        reg=_text(item, "reg").strip().upper(), slot=_int(item, "slot"),
        callstate=_text(item, "callstate"), signal=_int(item, "signal"),
        gprs=_text(item, "gprs").strip().lower(), smsc=_text(item, "smsc"), credits=credits,
        call_forward={str(k): to_text(v) for k, v in forward.items()}
        if isinstance(forward, dict) else {})


def parse_port_info(body: bytes | str | Mapping[str, Any]) -> list[PortInfo]:
    obj = checked(body, "get_port_info")
    infos = [port_info(i) for i in _items(obj, "info", "get_port_info")]
    return sorted((i for i in infos if i is not None), key=lambda i: i.port)


def parse_set_port(body: bytes | str | Mapping[str, Any]) -> None:
    """``set_port_info`` says 200 whatever happened: only the port read back tells."""
    checked(body, "set_port_info")


@dataclass(frozen=True, slots=True)
class Cdr:
    port: int | None
    start_date: str = ""
    answer_date: str = ""
    duration: int | None = None
    source_number: str = ""
    destination_number: str = ""
    direction: str = ""
    ip: str = ""
    codec: str = ""
    hangup: str = ""
    gsm_code: int | None = None
    bcch: str = ""


def cdr(item: Mapping[str, Any]) -> Cdr:
    return Cdr(
        port=_int(item, "port"), start_date=_time(item, "start_date"),
        answer_date=_time(item, "answer_date"), duration=_int(item, "duration"),
        source_number=_ident(item, "source_number"),
        destination_number=_ident(item, "destination_number"),
        direction=_text(item, "direction"), ip=_text(item, "ip"), codec=_text(item, "codec"),
        hangup=_text(item, "hangup"), gsm_code=_int(item, "gsm_code"), bcch=_text(item, "bcch"))


def parse_cdr(body: bytes | str | Mapping[str, Any]) -> list[Cdr]:
    obj = checked(body, "get_cdr")
    return [cdr(i) for i in _items(obj, "cdr", "get_cdr")]


# --- STK ------------------------------------------------------------------------------------

#: ``input_type`` of an STK page (documented as an integer, sent as a string).
STK_INPUT_TYPES: dict[int, str] = {
    0: "display", 1: "desktop", 2: "select", 3: "yes/no", 4: "one digit",
    5: "one character", 8: "digits", 9: "digits (hidden)", 10: "characters",
    11: "characters (hidden)", 12: "locked",
}


@dataclass(frozen=True, slots=True)
class StkItem:
    item_id: int
    item_string: str


@dataclass(frozen=True, slots=True)
class StkView:
    title: str
    text: str
    input_type: int | None
    frame_id: int | None
    items: tuple[StkItem, ...] = ()

    @property
    def input_kind(self) -> str:
        return STK_INPUT_TYPES.get(self.input_type if self.input_type is not None else -1,
                                   "unknown")


def parse_stk_view(body: bytes | str | Mapping[str, Any]) -> StkView:
    obj = checked(body, "GetSTKView")
    items = []
    for item in objects(member(obj, "item", "items")):
        ident = _int(item, "item_id")
        if ident is not None:
            items.append(StkItem(ident, _text(item, "item_string")))
    return StkView(_text(obj, "title"), _text(obj, "text"), _int(obj, "input_type"),
                   _int(obj, "frame_id"), tuple(items))


def parse_stk_frame(body: bytes | str | Mapping[str, Any]) -> int:
    obj = checked(body, "GetSTKCurrFrameIndex")
    frame = _int(obj, "frame_id")
    if frame is None:
        raise GatewayProtocolError("GetSTKCurrFrameIndex: the answer has no frame_id")
    return frame


def parse_stk_go(body: bytes | str | Mapping[str, Any]) -> None:
    """``STKGo`` answers nothing documented; an error code, if any, is checked."""
    if isinstance(body, bytes | str) and not body.strip():
        return
    checked(body, "STKGo")


# --- device ---------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DeviceStatusInfo:
    """``get_status`` performance figures (memory and flash in the gateway's units, KiB)."""

    cpu_used: float | None = None
    flash_total: int | None = None
    flash_used: int | None = None
    memory_total: int | None = None
    memory_cached: int | None = None
    memory_buffers: int | None = None
    memory_free: int | None = None
    memory_used: int | None = None

    @property
    def memory_percent(self) -> float | None:
        if not self.memory_total or self.memory_used is None:
            return None
        return 100.0 * self.memory_used / self.memory_total


def parse_status(body: bytes | str | Mapping[str, Any]) -> DeviceStatusInfo:
    obj = checked(body, "get_status")
    perf = member(obj, "performance")
    if not isinstance(perf, dict):
        perf = obj  # some firmware answers the figures at the top level
    if member(perf, "cpu_used", "memory_total") is None:
        raise GatewayProtocolError("get_status: the answer has no performance figures")
    return DeviceStatusInfo(
        cpu_used=to_float(member(perf, "cpu_used")),
        flash_total=_int(perf, "flash_total"), flash_used=_int(perf, "flash_used"),
        memory_total=_int(perf, "memory_total"), memory_cached=_int(perf, "memory_cached"),
        memory_buffers=_int(perf, "memory_buffers"), memory_free=_int(perf, "memory_free"),
        memory_used=_int(perf, "memory_used"))
