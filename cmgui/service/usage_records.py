"""Data sessions of a device served with the host's stores: connection records, usage per SIM
and billing period, and the plan's limit.

:class:`UsageRecords` follows the device's sessions (its events, and the connects and
disconnects it is asked for) with a :class:`~cmgui.service.sessions.SessionRecorder`, refuses to
connect once the period's limit is used up when the plan disconnects there, adopts on opening a
session an earlier run recorded (or ends it at its last sample when it is gone), and answers
CMAPI_NetStatistic_* from the records.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar, TypeVar

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.device_facts import DeviceFacts, optional
from cmgui.service.events import ByteCount, Event, SessionStateChanged
from cmgui.service.sessions import POLL_INTERVAL, SessionContext, SessionRecorder
from cmgui.service.store_shapes import connection_record, connection_statistics
from cmgui.store.profiles import Profile
from cmgui.store.stats import ConnectionLog, sim_of

T = TypeVar("T")
Guard = Callable[[Awaitable[Any]], Awaitable[Any]]


async def _unguarded(awaitable: Awaitable[T]) -> T:
    return await awaitable


class UsageRecords:
    """Connection records and usage limits of one device (module docstring)."""

    #: The seam methods it serves.
    SEAM_FUNCTIONS: ClassVar[frozenset[str]] = frozenset({
        "net_connect_srv_disconnect_async", "net_statistic_get_connection_statistics",
        "net_statistic_get_all_connection_records", "net_statistic_delete_connection_record"})

    def __init__(
        self, device: Device, connections: ConnectionLog, facts: DeviceFacts, *,
        publish: Callable[[Event], None], guard: Guard = _unguarded,
        poll_interval: float = POLL_INTERVAL, clock: Callable[[], float] = time.time,
    ) -> None:
        self.device = device
        self.connections = connections
        self.facts = facts
        self._guard = guard
        self._clock = clock
        #: The profile the open session was connected with (None: an APN given directly).
        self.session_profile: str | None = None
        self.sessions = SessionRecorder(
            connections, device.address, publish=publish,
            disconnect=self.net_connect_srv_disconnect_async,
            statistics=self._statistics if (
                "net_statistic_get_connection_statistics" in device.supported_functions())
            else None,
            poll_interval=poll_interval)

    def in_use(self) -> str | None:
        """The profile of the open session, if one is open."""
        return self.session_profile if self.sessions.active else None

    async def attach(self) -> None:
        """The device is open: key records by its IMEI and take up an earlier run's session."""
        who = await self.facts.identity()
        self.sessions.device = who.imei or self.device.address
        await self._resume_session()

    async def detach(self) -> None:
        """Stop following sessions; an open one is left for a later run (see SessionRecorder)."""
        await self.sessions.detach()

    async def observe(self, event: Event) -> None:
        """Follow what ``event`` says about the session (before it is passed on)."""
        if isinstance(event, SessionStateChanged):
            if event.connection_state == "connected":
                await self._start_session()
            elif event.connection_state == "disconnected":
                await self.sessions.ended()
        elif isinstance(event, ByteCount):
            await self.sessions.byte_count(event.bytes_sent, event.bytes_received)

    # --- connecting ----------------------------------------------------------------------------

    async def connect(self, profile: Profile | None, arguments: dict[str, Any]) -> t.ConnectResult:
        """Connect the device with ``arguments`` (after the limit check) and record the
        session."""
        await self._check_limit()
        self.session_profile = profile.name if profile is not None else None
        result: t.ConnectResult = await self._guard(
            self.device.net_connect_srv_connect_async(**arguments))
        await self._start_session()
        return result

    async def _check_limit(self) -> None:
        """Refuse to connect once the period's limit is used up, when the plan disconnects
        there (the warning fired once; connecting again would run past the limit)."""
        who = await self.facts.identity()
        roaming = await self.facts.roaming()
        sim = sim_of(who.imsi, who.iccid)
        plan = self.connections.plan(sim)
        limit = plan.roaming_limit if roaming else plan.home_limit
        if not (plan.disconnect_at_limit and limit):
            return
        usage = self.connections.usage(sim)
        used = usage.roaming if roaming else usage.home
        if used >= limit:
            raise CmapiError(ErrorCode.CONNECTION_PREVENTS, data={
                "reason": f"the data limit of this billing period is used up ({used} of "
                          f"{limit} bytes, until {usage.period.end.isoformat()}); raise it "
                          "with: cmcli usage set-plan"})

    async def net_connect_srv_disconnect_async(self) -> t.Empty:
        result: t.Empty = await self._guard(self.device.net_connect_srv_disconnect_async())
        await self.sessions.ended()
        return result

    async def _session_context(self) -> SessionContext:
        who = await self.facts.identity()
        return SessionContext(who.imsi, who.iccid, self.session_profile,
                              await self.facts.roaming())

    async def _start_session(self) -> None:
        if not self.sessions.active:
            await self.sessions.started(await self._session_context())

    async def _resume_session(self) -> None:
        """Adopt a session an earlier run recorded that is still up, or end it if it is not."""
        status = await optional(self.device.net_con_get_connection_status)
        connected = status is not None and status["connectionState"] == "connected"
        current = self.connections.current(self.sessions.device)
        if connected:
            if current is not None:
                self.session_profile = current.profile
                await self.sessions.adopt(current.id)
            else:
                await self._start_session()
        elif current is not None:
            await self.connections.close_dangling(record_id=current.id)

    # --- records -------------------------------------------------------------------------------

    async def _statistics(self) -> t.ConnectionStatistics:
        return await self.device.net_statistic_get_connection_statistics()

    async def net_statistic_get_connection_statistics(self) -> t.ConnectionStatistics:
        """The open session's (else the last session's) counters from the record."""
        await self.sessions.refresh()
        record = self.connections.current(self.sessions.device)
        if record is None:
            recent = self.connections.records(device=self.sessions.device, limit=1)
            record = recent[0] if recent else None
        if record is None:
            return await self.device.net_statistic_get_connection_statistics()
        return connection_statistics(record, self._clock())

    async def net_statistic_get_all_connection_records(self) -> t.ConnectionRecordList:
        now = self._clock()
        records = [connection_record(r, now)
                   for r in self.connections.records(device=self.sessions.device)]
        return {"connectionRecordListElements": len(records), "connectionRecordList": records}

    async def net_statistic_delete_connection_record(self, *, index: int) -> t.Empty:
        record = self.connections.record(index)
        if record is None or record.device != self.sessions.device:
            raise CmapiError(ErrorCode.NO_SUCH_RECORD, data={"index": index})
        if record.ended_at is None:
            raise CmapiError(ErrorCode.INVALID_OPERATION, data={
                "index": index, "reason": "the session is still open"})
        await self.connections.delete(index)
        return {}
