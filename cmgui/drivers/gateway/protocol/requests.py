"""Requests of the gateway API as data: method, path, query and JSON body; nothing is sent here.

Each builder checks what the API documents as limits (128 numbers and 1500 bytes of text per
``send_sms``, 32 numbers per result query, 60 bytes of USSD, ports 0-31) and raises
:class:`GatewayRequestError` before anything reaches the gateway. Query values are URL-encoded
with commas escaped (``port=1%2C2``): a raw comma in a query has been seen to cause a false 401 on
some firmware. Bodies are compact UTF-8 JSON (not ``\\u`` escapes: the firmware's examples carry
raw Chinese text, and nothing suggests its parser decodes escapes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote, urlencode

Method = Literal["GET", "POST"]

MAX_NUMBERS_PER_SEND = 128
MAX_TEXT_BYTES = 1500
MAX_NUMBER_BYTES = 24
MAX_NUMBERS_PER_QUERY = 32
MAX_USSD_BYTES = 60
MAX_PORT = 31

#: ``get_port_info`` info types asked by default (state at a glance).
STATE_INFO = ("type", "imei", "imsi", "iccid", "number", "reg", "slot", "callstate", "signal",
              "gprs")
#: The credit and call-time counters (request names; responses spell some differently).
CREDIT_INFO = ("remain_credit", "remain_monthly_credit", "remain_daily_credit",
               "remain_daily_calltime", "remain_hourly_calltime", "remain_daily_connect")
INFO_TYPES = frozenset((*STATE_INFO, *CREDIT_INFO, "CallForward"))

#: ``set_port_info`` actions (the manual's spelling).
PORT_ACTIONS = frozenset({"slot", "reset", "power", "imei", "number", "lock", "unlock", "block",
                          "unblock", "CallForward", "CheckCallForward"})
#: STK actions as users say them -> as the firmware spells them ("cancle", sic).
STK_ACTIONS = {"ok": "ok", "cancel": "cancle", "cancle": "cancle", "home": "home"}
#: ``get_status``: the manual's body ``[{"performance"}]`` is not JSON; this is its nearest
#: valid reading. Change it here if a firmware wants another shape.
STATUS_BODY: Any = ["performance"]
INCOMING_FLAGS = frozenset({"unread", "read", "all"})
ENCODINGS = frozenset({"unicode", "gsm-7bit"})


class GatewayRequestError(ValueError):
    """A request the API would refuse (too many numbers, text too long, bad port, …)."""


@dataclass(frozen=True, slots=True)
class Request:
    """One API request. ``name`` is the API function (it selects the response parser)."""

    name: str
    method: Method
    path: str
    query: tuple[tuple[str, str], ...] = ()
    json: Any = None

    @property
    def target(self) -> str:
        """Path and query as sent (commas escaped)."""
        if not self.query:
            return self.path
        return f"{self.path}?{urlencode(self.query, quote_via=quote, safe='')}"

    @property
    def body(self) -> bytes | None:
        if self.json is None:
            return None
        return json.dumps(self.json, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True, slots=True)
class SmsParam:
    """One recipient of ``send_sms``: number, values for ``#param#`` in order, a user id."""

    number: str
    text_params: tuple[str, ...] = ()
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class TimeRange:
    after: str | None = None  # "YYYY-MM-DD HH:MM:SS", the gateway's clock
    before: str | None = None

    def members(self) -> dict[str, str]:
        out = {}
        if self.after:
            out["time_after"] = self.after
        if self.before:
            out["time_before"] = self.before
        return out


NO_TIME = TimeRange()


def check_port(port: int) -> int:
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= MAX_PORT:
        raise GatewayRequestError(f"port {port!r} is not a gateway port (0 to {MAX_PORT})")
    return port


def _ports(ports: Iterable[int]) -> list[int]:
    return [check_port(p) for p in ports]


def _csv(values: Iterable[object]) -> str:
    return ",".join(str(v) for v in values)


def check_number(number: str) -> str:
    text = str(number).strip()
    digits = text[1:] if text.startswith("+") else text
    if not digits.isdigit() or len(text.encode("utf-8")) > MAX_NUMBER_BYTES:
        raise GatewayRequestError(
            f"{number!r} is not a phone number the gateway accepts (digits, at most "
            f"{MAX_NUMBER_BYTES})")
    return text


def _numbers(numbers: Sequence[str], limit: int) -> list[str]:
    if len(numbers) > limit:
        raise GatewayRequestError(f"at most {limit} numbers per request, not {len(numbers)}")
    return [check_number(n) for n in numbers]


# --- SMS ------------------------------------------------------------------------------------

def send_sms(
    text: str, params: Sequence[SmsParam], *, ports: Sequence[int] = (),
    encoding: str | None = None, status_report: bool | None = None,
) -> Request:
    """``POST /api/send_sms`` (answered 202 with a task id)."""
    if not params:
        raise GatewayRequestError("a message needs at least one recipient")
    if len(params) > MAX_NUMBERS_PER_SEND:
        raise GatewayRequestError(
            f"at most {MAX_NUMBERS_PER_SEND} numbers per request, not {len(params)}")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise GatewayRequestError(f"the text is longer than {MAX_TEXT_BYTES} bytes")
    if encoding is not None and encoding not in ENCODINGS:
        raise GatewayRequestError(f"encoding {encoding!r} is not 'unicode' or 'gsm-7bit'")
    items: list[dict[str, Any]] = []
    for p in params:
        item: dict[str, Any] = {"number": check_number(p.number)}
        if p.text_params:
            item["text_param"] = [str(v) for v in p.text_params]
        if p.user_id is not None:
            if isinstance(p.user_id, bool) or not isinstance(p.user_id, int) or p.user_id < 0:
                raise GatewayRequestError(f"user id {p.user_id!r} is not a whole number ≥ 0")
            item["user_id"] = p.user_id
        items.append(item)
    body: dict[str, Any] = {"text": text, "param": items}
    if ports:
        body["port"] = _ports(ports)
    if encoding is not None:
        body["encoding"] = encoding
    if status_report is not None:
        body["request_status_report"] = bool(status_report)
    return Request("send_sms", "POST", "/api/send_sms", json=body)


def _query_body(numbers: Sequence[str], ports: Sequence[int], times: TimeRange,
                user_ids: Sequence[int] = ()) -> dict[str, Any]:
    body: dict[str, Any] = {}
    if numbers:
        body["number"] = _numbers(numbers, MAX_NUMBERS_PER_QUERY)
    if ports:
        body["port"] = _ports(ports)
    body.update(times.members())
    if user_ids:
        body["user_id"] = [int(u) for u in user_ids]
    return body


def query_sms_result(
    *, user_ids: Sequence[int] = (), numbers: Sequence[str] = (), ports: Sequence[int] = (),
    times: TimeRange = NO_TIME,
) -> Request:
    """``POST /api/query_sms_result``."""
    return Request("query_sms_result", "POST", "/api/query_sms_result",
                   json=_query_body(numbers, ports, times, user_ids))


def query_sms_deliver_status(
    *, numbers: Sequence[str] = (), ports: Sequence[int] = (), times: TimeRange = NO_TIME,
) -> Request:
    """``POST /api/query_sms_deliver_status``."""
    return Request("query_sms_deliver_status", "POST", "/api/query_sms_deliver_status",
                   json=_query_body(numbers, ports, times))


def query_sms_in_queue() -> Request:
    """``GET /api/query_sms_in_queue`` (the manual's example calls another URL; this is the
    documented one)."""
    return Request("query_sms_in_queue", "GET", "/api/query_sms_in_queue")


def query_incoming_sms(*, after_id: int = 0, flag: str = "all",
                       ports: Sequence[int] = ()) -> Request:
    """``GET /api/query_incoming_sms``: messages with an id above ``after_id``.

    ``flag`` defaults to "all": "unread" marks what it returns as read on the gateway, so a
    client that keeps its own high-water mark never needs it.
    """
    if flag not in INCOMING_FLAGS:
        raise GatewayRequestError(f"flag {flag!r} is not unread, read or all")
    query: list[tuple[str, str]] = []
    if after_id:
        query.append(("incoming_sms_id", str(int(after_id))))
    query.append(("flag", flag))
    if ports:
        query.append(("port", _csv(_ports(ports))))
    return Request("query_incoming_sms", "GET", "/api/query_incoming_sms", tuple(query))


def stop_sms(task_id: int) -> Request:
    """``GET /api/stop_sms?task_id=N``."""
    return Request("stop_sms", "GET", "/api/stop_sms", (("task_id", str(int(task_id))),))


# --- USSD -----------------------------------------------------------------------------------

def send_ussd(ports: Sequence[int], text: str = "", *, cancel: bool = False) -> Request:
    """``POST /api/send_ussd``: send ``text`` (or cancel the session) on ``ports``."""
    if not ports:
        raise GatewayRequestError("USSD needs at least one port")
    if not cancel and not text:
        raise GatewayRequestError("a USSD request needs a text")
    if len(text.encode("utf-8")) > MAX_USSD_BYTES:
        raise GatewayRequestError(f"a USSD text is at most {MAX_USSD_BYTES} bytes")
    body = {"port": _ports(ports), "command": "cancel" if cancel else "send", "text": text}
    return Request("send_ussd", "POST", "/api/send_ussd", json=body)


def query_ussd_reply(ports: Sequence[int]) -> Request:
    """``GET /api/query_ussd_reply?port=1,2``."""
    return Request("query_ussd_reply", "GET", "/api/query_ussd_reply",
                   (("port", _csv(_ports(ports))),))


# --- ports ----------------------------------------------------------------------------------

def get_port_info(ports: Sequence[int] = (), info_types: Sequence[str] = STATE_INFO) -> Request:
    """``GET /api/get_port_info?port=…&info_type=…`` (all ports when ``ports`` is empty)."""
    unknown = [i for i in info_types if i not in INFO_TYPES]
    if unknown or not info_types:
        raise GatewayRequestError(f"unknown port information: {', '.join(unknown) or '(none)'}")
    query: list[tuple[str, str]] = []
    if ports:
        query.append(("port", _csv(_ports(ports))))
    query.append(("info_type", _csv(info_types)))
    return Request("get_port_info", "GET", "/api/get_port_info", tuple(query))


def set_port_info(port: int, action: str, param: str | None = None,
                  number: str | None = None) -> Request:
    """``GET /api/set_port_info?port=&action=&param=`` (always answered 200: read back)."""
    if action not in PORT_ACTIONS:
        raise GatewayRequestError(f"unknown port action {action!r}")
    query = [("port", str(check_port(port))), ("action", action)]
    if param is not None:
        query.append(("param", str(param)))
    if number is not None:
        query.append(("number", check_number(number)))
    return Request("set_port_info", "GET", "/api/set_port_info", tuple(query))


def get_cdr(*, ports: Sequence[int] = (), times: TimeRange = NO_TIME) -> Request:
    """``POST /api/get_cdr``."""
    body: dict[str, Any] = {}
    if ports:
        body["port"] = _ports(ports)
    body.update(times.members())
    return Request("get_cdr", "POST", "/api/get_cdr", json=body)


# --- STK ------------------------------------------------------------------------------------

def get_stk_view(port: int) -> Request:
    """``GET /GetSTKView?port=N``."""
    return Request("get_stk_view", "GET", "/GetSTKView", (("port", str(check_port(port))),))


def stk_go(port: int, *, item: int | None = None, param: str | None = None,
           action: str | None = None) -> Request:
    """``POST /STKGo``: choose ``item``, answer ``param``, or ``action`` ok/cancel/home."""
    body: dict[str, Any] = {"port": check_port(port)}
    if item is not None:
        body["item"] = int(item)
    if param is not None:
        body["param"] = str(param)
    if action is not None:
        wire = STK_ACTIONS.get(action.lower())
        if wire is None:
            raise GatewayRequestError(f"STK action {action!r} is not ok, cancel or home")
        body["action"] = wire
    if len(body) == 1:
        raise GatewayRequestError("an STK operation needs an item, an input or an action")
    return Request("stk_go", "POST", "/STKGo", json=body)


def get_stk_frame_id(port: int) -> Request:
    """``GET /GetSTKCurrFrameIndex?port=N``."""
    return Request("get_stk_frame_id", "GET", "/GetSTKCurrFrameIndex",
                   (("port", str(check_port(port))),))


# --- device ---------------------------------------------------------------------------------

def get_status() -> Request:
    """``POST /api/get_status`` (CPU, memory, flash)."""
    return Request("get_status", "POST", "/api/get_status", json=STATUS_BODY)


def chunks(items: Sequence[Any], size: int) -> list[Sequence[Any]]:
    """``items`` in consecutive slices of at most ``size``."""
    return [items[i:i + size] for i in range(0, len(items), size)]

