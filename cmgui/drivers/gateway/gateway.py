"""``DinstarGateway``: a Dinstar gateway as a whole, behind the gateway seam
(:class:`cmgui.service.gateway.Gateway`), plus what ``cmcli gateway`` offers beyond it (queue,
tasks, stop, CDRs, STK)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway import bulk
from cmgui.drivers.gateway.address import GatewayAddress, parse_gateway_address
from cmgui.drivers.gateway.connect import close_session, open_session
from cmgui.drivers.gateway.credentials import Credentials
from cmgui.drivers.gateway.operators import provider_name
from cmgui.drivers.gateway.protocol import states
from cmgui.drivers.gateway.protocol.responses import Cdr, PortInfo, StkView
from cmgui.drivers.gateway.session import GatewaySession, PollIntervals
from cmgui.service.gateway import (
    BulkOutcome,
    Gateway,
    GatewayStatus,
    InboundMessage,
    PortState,
    ProgressSink,
    Recipient,
    SyncOutcome,
)


@dataclass(frozen=True)
class TaskState:
    """A sending task this host started, with its recipients' statuses counted."""

    task_id: int
    created_at: float
    text: str
    recipients: int
    statuses: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"taskId": self.task_id, "createdAt": self.created_at, "text": self.text,
                "recipients": self.recipients, "statuses": dict(self.statuses)}


class DinstarGateway(Gateway):
    """See the module docstring. ``transport`` replaces the network (tests)."""

    def __init__(self, address: str, *, credentials: Credentials | None = None,
                 fingerprint: str = "", intervals: PollIntervals | None = None,
                 archive: bool = True, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.address = address
        self.gw: GatewayAddress = parse_gateway_address(address)
        self._options: dict[str, Any] = {
            "credentials": credentials, "fingerprint": fingerprint, "intervals": intervals,
            "archive": archive, "transport": transport}
        self._session: GatewaySession | None = None

    @property
    def session(self) -> GatewaySession:
        if self._session is None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={"reason": "the gateway is not open"})
        return self._session

    async def open(self) -> None:
        if self._session is None:
            self._session = await open_session(self.gw, **self._options)

    @property
    def serial(self) -> str:
        """The serial number the gateway gave in its answers ("" until one did): its pushes
        carry it."""
        return self._session.client.serial if self._session is not None else ""

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await close_session(session)

    # --- the seam ------------------------------------------------------------------------------

    def port_state(self, info: PortInfo) -> PortState:
        signal = states.signal_strength(info.signal if states.registered(info.reg) else None,
                                        info.type)
        return PortState(
            port=info.port, address=self.gw.port_address(info.port), type=info.type,
            reg=info.reg, pin_state=states.pin_state(info.reg),
            registration_state=states.registration(info.reg),
            radio_state=states.radio_on(info.reg), signal=info.signal,
            signal_percentage=signal["signalPercentage"], bars=signal["bars"],
            operator=provider_name(info.imsi) if info.imsi and states.registered(info.reg)
            else "", imei=info.imei, imsi=info.imsi, iccid=info.iccid, number=info.number,
            slot=info.slot, call_state=info.callstate, gprs=info.gprs,
            last_activity=self.session.last_activity.get(info.port))

    async def ports(self) -> list[PortState]:
        infos = await self.session.refresh_ports()
        return [self.port_state(i) for _, i in sorted(infos.items())]

    async def watch_ports(self, interval: float | None = None) -> AsyncIterator[list[PortState]]:
        session = self.session
        every = interval if interval is not None else session.intervals.ports
        yield await self.ports()
        version = session.ports_version
        while True:
            newer = await session.wait_ports_changed(version, every)
            if newer == version:  # nothing pushed or polled meanwhile: ask now
                await session.refresh_ports()
                newer = session.ports_version
            version = newer
            yield [self.port_state(i) for _, i in sorted(session.ports.items())]

    async def status(self) -> GatewayStatus:
        s = await self.session.client.status()
        return GatewayStatus(s.cpu_used, s.memory_total, s.memory_used, s.memory_free,
                             s.memory_cached, s.memory_buffers, s.flash_total, s.flash_used)

    async def send_bulk(self, text: str, recipients: Sequence[Recipient], *,
                        ports: Sequence[int] = (), report: bool = False,
                        progress: ProgressSink | None = None) -> BulkOutcome:
        return await bulk.send_bulk(self.session, text, recipients, ports=ports, report=report,
                                    progress=progress)

    async def sync_inbound(self, *, from_start: bool = False) -> SyncOutcome:
        session = self.session
        if session.archive is None:
            raise CmapiError(ErrorCode.FATAL, data={
                "reason": "the local database cannot be opened, so nothing can be archived"})
        listed, new, duplicates = await session.poll_incoming(quiet=True, from_start=from_start)
        return SyncOutcome(listed, new, duplicates, session.archive.mark(session.gateway))

    async def recent_inbound(self, limit: int = 100) -> list[InboundMessage]:
        archive = self.session.archive
        if archive is None:
            return []
        return [InboundMessage(r.port, r.number, r.text, r.sort_ts / 1000, r.imsi or "")
                for r in archive.inbound(self.session.gateway, limit)]

    # --- cmcli extras --------------------------------------------------------------------------

    async def queue(self) -> int:
        return await self.session.client.queue()

    async def stop_task(self, task_id: int) -> bool:
        return await self.session.client.stop(task_id)

    async def tasks(self, limit: int = 20) -> list[TaskState]:
        session = self.session
        if session.archive is None:
            return []
        out = []
        for task in session.archive.tasks(session.gateway, limit):
            counts: dict[str, int] = {}
            results = {r.user_id: r for r in await session.client.sms_results(
                user_ids=list(task.user_ids))} if task.user_ids else {}
            for user_id in task.user_ids:
                status = results[user_id].status if user_id in results else "QUEUED"
                counts[status] = counts.get(status, 0) + 1
            out.append(TaskState(task.task_id, task.created_at, task.text, len(task.user_ids),
                                 counts))
        return out

    async def reset_port(self, port: int) -> PortState:
        """Restart a port's module (``set_port_info action=reset``); its state afterwards."""
        await self.session.client.set_port(port, "reset")
        return self.port_state(await self.session.port(port))

    async def cdr(self, ports: Sequence[int] = ()) -> list[Cdr]:
        return await self.session.client.cdr(ports=ports)

    async def stk_view(self, port: int) -> StkView:
        return await self.session.client.stk_view(port)

    async def stk_go(self, port: int, *, item: int | None = None, param: str | None = None,
                     action: str | None = None) -> StkView:
        await self.session.client.stk_go(port, item=item, param=param, action=action)
        return await self.session.client.stk_view(port)
