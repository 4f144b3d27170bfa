"""Data sessions -> connection records, usage per SIM and billing period, limit warnings.

A :class:`SessionRecorder` serves one device. ``started`` opens a connection record,
``sample`` takes the session's cumulative byte counters (from CMAPI_Callback_ByteCount, or from
polling CMAPI_NetStatistic_GetConnectionStatistics when the device sends no such callback) and
``ended`` closes the record. Each usage threshold crossed is published once per billing period
as :class:`UsageThresholdCrossed`; at the limit, when the plan says so, the device is
disconnected.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError
from cmgui.service.events import Event, UsageThresholdCrossed
from cmgui.store.errors import StoreError
from cmgui.store.stats import ConnectionLog, Crossing

log = logging.getLogger(__name__)

#: Seconds between statistics polls while connected (only without ByteCount callbacks).
POLL_INTERVAL = 2.0


@dataclass(frozen=True)
class SessionContext:
    imsi: str | None
    iccid: str | None
    profile: str | None
    roaming: bool


class SessionRecorder:
    """Connection records and usage limits for one device (see the module docstring)."""

    def __init__(
        self, connections: ConnectionLog, device: str, *,
        publish: Callable[[Event], None],
        disconnect: Callable[[], Awaitable[object]],
        statistics: Callable[[], Awaitable[t.ConnectionStatistics]] | None = None,
        poll_interval: float = POLL_INTERVAL,
    ) -> None:
        self.connections = connections
        self.device = device
        self._publish = publish
        self._disconnect = disconnect
        self._statistics = statistics
        self.poll_interval = poll_interval
        self.record_id: int | None = None
        self._lock = asyncio.Lock()
        self._poller: asyncio.Task[None] | None = None
        self._byte_events = False
        self._disconnecting = False
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def active(self) -> bool:
        return self.record_id is not None

    async def started(self, context: SessionContext) -> None:
        """A session is up; idempotent while one is open."""
        async with self._lock:
            if self.record_id is not None:
                return
            self.record_id = await self.connections.start(
                device=self.device, imsi=context.imsi, iccid=context.iccid,
                profile=context.profile, roaming=context.roaming)
            self._byte_events = False
            self._disconnecting = False
        if self._statistics is not None and self.poll_interval > 0:
            self._poller = asyncio.create_task(self._poll(self.record_id))

    async def byte_count(self, sent: int, received: int) -> None:
        """A ByteCount callback: from now on the device's own reports are used, not polls."""
        self._byte_events = True
        await self.sample(sent, received)

    async def sample(self, sent: int, received: int) -> None:
        """The open session's cumulative counters."""
        async with self._lock:
            if self.record_id is None:
                return
            crossings = await self.connections.byte_count(self.record_id, sent, received)
        for crossing in crossings:
            self._crossed(crossing)

    async def ended(self) -> None:
        """The session is down: a last sample, then the record is closed."""
        poller, self._poller = self._poller, None
        if poller is not None:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller
        if self.record_id is not None and not self._byte_events:
            await self._poll_once()
        async with self._lock:
            record_id, self.record_id = self.record_id, None
            if record_id is not None:
                await self.connections.end(record_id)

    async def adopt(self, record_id: int) -> None:
        """Continue a session recorded by an earlier run (still up on the device)."""
        async with self._lock:
            if self.record_id is not None:
                return
            self.record_id = record_id
        if self._statistics is not None and self.poll_interval > 0:
            self._poller = asyncio.create_task(self._poll(record_id))

    async def detach(self) -> None:
        """Stop watching without ending the record: the session may outlive this process
        (``cmcli connect`` exits, the modem stays connected); a later run adopts or ends it."""
        poller, self._poller = self._poller, None
        if poller is not None:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller
        if self.record_id is not None and not self._byte_events:
            await self._poll_once()
        self.record_id = None

    async def refresh(self) -> None:
        """Bring the open record up to date now (without ByteCount callbacks: poll once)."""
        if self.record_id is not None and not self._byte_events:
            await self._poll_once()

    async def _poll_once(self) -> bool:
        if self._statistics is None:
            return False
        try:
            stats = await self._statistics()
        except CmapiError as err:
            log.debug("%s: no byte counters (%s); usage is not counted", self.device, err)
            return False
        await self.sample(stats["bytesSent"], stats["bytesReceived"])
        return True

    async def _poll(self, record_id: int) -> None:
        while self.record_id == record_id:
            await asyncio.sleep(self.poll_interval)
            if self._byte_events or self.record_id != record_id:
                continue
            try:
                if not await self._poll_once():
                    return
            except StoreError:
                log.exception("%s: could not record usage", self.device)
                return

    def _crossed(self, crossing: Crossing) -> None:
        disconnect = crossing.disconnect and not self._disconnecting
        self._publish(UsageThresholdCrossed(
            sim=crossing.sim, roaming=crossing.roaming, threshold=crossing.threshold,
            used=crossing.used, limit=crossing.limit, disconnecting=disconnect))
        if disconnect:
            self._disconnecting = True
            task = asyncio.get_running_loop().create_task(self._disconnect_at_limit())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _disconnect_at_limit(self) -> None:
        try:
            await self._disconnect()
        except CmapiError as err:
            log.warning("%s: could not disconnect at the usage limit: %s", self.device, err)
