"""Push events: what the gateway POSTs to the URL set in its web UI, as typed events.

A push body is an object with ``sn`` and one event member: ``sms``, ``sms_result``,
``sms_deliver_status``, ``ussd``, ``register``, ``cdr`` (arrays) or ``device``,
``exception_info`` (objects). Every element of an array is an event (one body may carry many
messages), arrays and objects are accepted wherever either comes, a body with several objects
(the manual's register example) yields the events of each, and a member this module does not
know becomes :class:`PushUnknown` rather than being dropped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cmgui.drivers.gateway.protocol.responses import (
    Cdr,
    DeliveryReport,
    IncomingSms,
    SmsResult,
    UssdReply,
    cdr,
    delivery_report,
    incoming_sms,
    sms_result,
    ussd_reply,
)
from cmgui.drivers.gateway.protocol.tolerant import (
    GatewayProtocolError,
    decode_values,
    objects,
    to_int,
    to_text,
)
from cmgui.drivers.gateway.protocol.tolerant import field as member

#: The event members of a push body.
PUSH_TYPES = ("sms", "sms_result", "sms_deliver_status", "ussd", "register", "cdr", "device",
              "exception_info")
_ENVELOPE = frozenset({"sn", "error_code"})


@dataclass(frozen=True, slots=True)
class PushEvent:
    sn: str


@dataclass(frozen=True, slots=True)
class PushSms(PushEvent):
    message: IncomingSms


@dataclass(frozen=True, slots=True)
class PushSmsResult(PushEvent):
    result: SmsResult


@dataclass(frozen=True, slots=True)
class PushDelivery(PushEvent):
    report: DeliveryReport


@dataclass(frozen=True, slots=True)
class PushUssd(PushEvent):
    reply: UssdReply


@dataclass(frozen=True, slots=True)
class PushRegister(PushEvent):
    """A SIM registered (``status`` "up") or left ("down"; ``iccid``/``imsi`` then empty: the
    firmware writes ``"<NULL>"``)."""

    port: int | None
    status: str
    iccid: str = ""
    imsi: str = ""
    number: str = ""
    sequence: int | None = None
    slot: int | None = None


@dataclass(frozen=True, slots=True)
class PushCdr(PushEvent):
    cdr: Cdr


@dataclass(frozen=True, slots=True)
class PushDevice(PushEvent):
    """The gateway powered on or off. ``port_count`` is the manual's ``port_number`` (32 on a
    32-port gateway, whose ports run 0-31: it is a count, not a port)."""

    status: str
    port_count: int | None = None
    ip: str = ""
    mac: str = ""


@dataclass(frozen=True, slots=True)
class PushException(PushEvent):
    port: int | None
    type: str = ""
    action: str = ""


@dataclass(frozen=True, slots=True)
class PushUnknown(PushEvent):
    """A member this version does not know, kept as it came."""

    name: str
    value: Any = None


def _ident(item: Mapping[str, Any], name: str) -> str:
    return "".join(to_text(member(item, name)).split())


def _register(sn: str, item: Mapping[str, Any]) -> PushRegister:
    return PushRegister(
        sn, to_int(member(item, "port")), to_text(member(item, "status")).strip().lower(),
        _ident(item, "iccid"), _ident(item, "imsi"), _ident(item, "number"),
        to_int(member(item, "sequence")),
        to_int(member(item, "slot")))


def _device(sn: str, item: Mapping[str, Any]) -> PushDevice:
    return PushDevice(sn, to_text(member(item, "status")).strip().lower(),
                      to_int(member(item, "port_number", "port_count")),
                      to_text(member(item, "IP", "ip")), to_text(member(item, "MAC", "mac")))


def _exception(sn: str, item: Mapping[str, Any]) -> PushException:
    return PushException(sn, to_int(member(item, "port")), to_text(member(item, "type")),
                         to_text(member(item, "action")))


def events_of(obj: Mapping[str, Any]) -> list[PushEvent]:
    """The events of one push object."""
    sn = to_text(member(obj, "sn"))
    out: list[PushEvent] = []
    for name, value in obj.items():
        if name in _ENVELOPE:
            continue
        items = objects(value)
        if name == "sms":
            for item in items:
                message = incoming_sms(item)
                out.append(PushSms(sn, message) if message is not None
                           else PushUnknown(sn, name, item))
        elif name == "sms_result":
            out.extend(PushSmsResult(sn, sms_result(i)) for i in items)
        elif name == "sms_deliver_status":
            out.extend(PushDelivery(sn, delivery_report(i)) for i in items)
        elif name == "ussd":
            out.extend(PushUssd(sn, ussd_reply(i)) for i in items)
        elif name == "register":
            out.extend(_register(sn, i) for i in items)
        elif name == "cdr":
            out.extend(PushCdr(sn, cdr(i)) for i in items)
        elif name == "device":
            out.extend(_device(sn, i) for i in items)
        elif name == "exception_info":
            out.extend(_exception(sn, i) for i in items)
        else:
            out.append(PushUnknown(sn, name, value))
    return out


def parse_push(body: bytes | str) -> list[PushEvent]:
    """Every event of a push body (objects, arrays of objects, several objects in a row)."""
    events: list[PushEvent] = []
    found_object = False
    for value in decode_values(body):
        for obj in objects(value):
            found_object = True
            events.extend(events_of(obj))
    if not found_object:
        raise GatewayProtocolError("the push is not a JSON object")
    return events
