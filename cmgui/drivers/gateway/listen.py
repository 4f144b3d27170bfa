"""What ``cmcli gateway listen`` does with pushed events: archive inbound SMS and delivery
states, turn events into CMAPI-2 callbacks, and describe each as one JSON-able line.

Pushed messages are archived without moving the high-water mark (a push can be lost; a later
``sync`` finds any gap). Delivery reports update the sent message they belong to, matched by
recipient and reference like any status report. Port SIMs (IMSI) come from the gateway when it
can be asked (``-g`` with a login), so each message is filed under the SIM that received it.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from cmgui.cmapi.errors import CmapiError
from cmgui.cmapi.naming import json_name
from cmgui.drivers.gateway.protocol import pushes as ps
from cmgui.drivers.gateway.protocol import states
from cmgui.drivers.gateway.protocol.responses import PortInfo
from cmgui.service.events import (
    Event,
    RFInformationChanged,
    SMSMessage,
    USSDReceived,
    callback_name,
)
from cmgui.store.gateway import GatewayArchive, InboundSms, parse_gateway_time

log = logging.getLogger(__name__)

PortLookup = Callable[[], dict[int, PortInfo]]


def _data(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {json_name(f.name): _data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, tuple | list):
        return [_data(v) for v in obj]
    return obj


def _iso(stamp: str) -> str | None:
    parsed = parse_gateway_time(stamp)
    return parsed.astimezone().isoformat() if parsed is not None else None


def callback_of(event: ps.PushEvent) -> Event | None:
    """The CMAPI-2 callback a pushed event stands for, if any."""
    if isinstance(event, ps.PushSms):
        m = event.message
        return SMSMessage(address=m.number, text=m.text, msg_id=f"ME:{m.incoming_sms_id}",
                          timestamp=_iso(m.timestamp))
    if isinstance(event, ps.PushDelivery) and event.report.ref_id is not None:
        r = event.report
        return SMSMessage(address=r.number, text="", status_report=True,
                          message_reference=r.ref_id % 256 if r.ref_id is not None else None,
                          delivery_status=r.status_code, timestamp=_iso(r.time))
    if isinstance(event, ps.PushUssd) and event.reply.text:
        return USSDReceived(ussd_string=event.reply.text,
                            ussd_state=states.ussd_state(event.reply.text))
    if isinstance(event, ps.PushRegister):
        up = event.status == "up"
        return RFInformationChanged(registration_state="registeredHome" if up
                                    else "notRegistered")
    return None


_KINDS = {ps.PushSms: "sms", ps.PushSmsResult: "sms_result", ps.PushDelivery:
          "sms_deliver_status", ps.PushUssd: "ussd", ps.PushRegister: "register",
          ps.PushCdr: "cdr", ps.PushDevice: "device", ps.PushException: "exception_info"}


def describe(event: ps.PushEvent, *, archived: bool | None = None) -> dict[str, Any]:
    """One JSON line: the push type, the port, the gateway's fields (camelCase), the CMAPI-2
    callback name and result where one applies, and whether it was archived."""
    data = {k: v for k, v in _data(event).items() if k != "sn"}
    port = None
    for inner in data.values():
        if isinstance(inner, dict) and "port" in inner:
            port = inner["port"]
    if port is None:
        port = data.get("port")
    callback = callback_of(event)
    line: dict[str, Any] = {
        "event": _KINDS.get(type(event), getattr(event, "name", "unknown")), "sn": event.sn,
        "port": port, "data": data,
        "callback": callback_name(callback) if callback is not None else None,
        "result": callback.to_result() if callback is not None else None}
    if archived is not None:
        line["archived"] = archived
    return line


class PushArchiver:
    """Archive what pushes carry, under ``gateway`` (the gateway's address, else its SN)."""

    def __init__(self, archive: GatewayArchive, gateway: str | None = None,
                 ports: PortLookup | None = None) -> None:
        self.archive = archive
        self.gateway = gateway
        self.ports = ports or dict

    def key(self, event: ps.PushEvent) -> str:
        return self.gateway or f"sn:{event.sn}"

    async def handle(self, event: ps.PushEvent) -> bool | None:
        """Archive ``event`` if it carries something to keep; True if something new was kept,
        False if it was known, None if there was nothing to keep."""
        if isinstance(event, ps.PushSms):
            m = event.message
            info = self.ports().get(m.port) if m.port is not None else None
            summary = await self.archive.archive_inbound(self.key(event), [InboundSms(
                m.incoming_sms_id, m.port, m.number, m.text, parse_gateway_time(m.timestamp),
                imsi=info.imsi if info else None, iccid=info.iccid if info else None,
                imei=info.imei if info else None)], advance=False)
            return summary.new > 0
        if isinstance(event, ps.PushDelivery):
            r = event.report
            if r.ref_id is None or r.status_code is None or r.outcome == "pending":
                return None
            return await self.archive.record_delivery(
                number=r.number, ref_id=r.ref_id, status_code=r.status_code,
                imsi=r.imsi or None, time=parse_gateway_time(r.time))
        if isinstance(event, ps.PushSmsResult) and event.result.status == "DELIVERED":
            result = event.result
            done = False
            for ref in result.refs:
                done = await self.archive.record_delivery(
                    number=result.number, ref_id=ref, status_code=0, imsi=result.imsi or None,
                    time=parse_gateway_time(result.time)) or done
            return done
        return None


async def fetch_ports(gateway: Any) -> dict[int, PortInfo]:
    """Port information for SIM identities, or {} when the gateway cannot be asked."""
    try:
        return dict(await gateway.session.refresh_ports(publish=False))
    except CmapiError as err:
        log.info("ports not read (messages are archived without their SIM): %s", err)
        return {}
