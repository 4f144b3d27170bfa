"""TeamLiveController: what other desktops and the team's poller changed in a shared store, as
Qt signals (from :class:`cmgui.service.team_live.TeamLive`'s events, pumped on the qasync loop).

The pages that show the archive, the fleet and the jobs connect these to the reloads they do
for their own changes; on a SQLite store there is no TeamLive and nothing is ever emitted.
"""

from __future__ import annotations

import asyncio
import contextlib

from PySide6.QtCore import QObject, QTimer, Signal

from cmgui.service import events as ev
from cmgui.service.device import EventStream
from cmgui.service.fleet import SimStatusChanged
from cmgui.service.team_live import FleetJobChanged, JobChanged, Resync, SimsRefreshed, TeamLive


class TeamLiveController(QObject):
    """Changes made elsewhere in the shared store.

    Signals:
        messageArchived(str): a message was archived (its uid); the archive views reload.
        deliveryReported(str, str): a sent message's delivery state changed (uid, number).
        simStatusChanged(str, str): a SIM's status changed (ICCID, new status).
        simsRefreshed(str): an account's SIM list was read afresh (the account).
        jobChanged(int, str, int, int): a queued job moved (id, state, done, total).
        fleetJobChanged(int, str, str): a bulk job of the audit log moved (id, account, state).
        resyncNeeded(str): changes may have been missed (a reconnect): read everything again.
        archiveChanged(): the archive changed (at most once per burst of the above): reload.
        fleetChanged(): SIMs changed (at most once per burst): reload the SIM table.
        jobsChanged(): jobs moved (at most once per burst): reload the job lists.
    """

    messageArchived = Signal(str)
    deliveryReported = Signal(str, str)
    simStatusChanged = Signal(str, str)
    simsRefreshed = Signal(str)
    jobChanged = Signal(int, str, int, int)
    fleetJobChanged = Signal(int, str, str)
    resyncNeeded = Signal(str)
    archiveChanged = Signal()
    fleetChanged = Signal()
    jobsChanged = Signal()

    def __init__(self, live: TeamLive | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self._pump: asyncio.Task[None] | None = None
        self._dirty: set[str] = set()

    async def start(self) -> None:
        """Start listening (nothing to do on a one-person store)."""
        if self.live is None or self._pump is not None:
            return
        stream = self.live.subscribe()
        await self.live.start()
        self._pump = asyncio.get_event_loop().create_task(self._pump_events(stream))

    async def stop(self) -> None:
        pump, self._pump = self._pump, None
        if pump is not None:
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
        if self.live is not None:
            await self.live.stop()

    async def _pump_events(self, stream: EventStream) -> None:
        async for event in stream:
            self.emit_for(event)

    def emit_for(self, event: ev.Event) -> None:
        match event:
            case ev.SMSReceived():
                self.messageArchived.emit(event.msg_id)
                self._mark("archive")
            case ev.SMSMessage(status_report=True):
                self.deliveryReported.emit(event.msg_id or "", event.address)
                self._mark("archive")
            case SimStatusChanged():
                self.simStatusChanged.emit(event.iccid, event.status)
                self._mark("fleet")
            case SimsRefreshed():
                self.simsRefreshed.emit(event.account)
                self._mark("fleet")
            case JobChanged():
                self.jobChanged.emit(event.job_id, event.state, event.done, event.total)
                self._mark("jobs")
            case FleetJobChanged():
                self.fleetJobChanged.emit(event.job_id, event.account, event.state)
                self._mark("jobs")
            case Resync():
                self.resyncNeeded.emit(event.kind)
                self._mark("archive", "fleet", "jobs")

    def _mark(self, *what: str) -> None:
        """Reload signals once the events queued now are handled (a burst: one reload)."""
        if not self._dirty:
            QTimer.singleShot(0, self._flush)
        self._dirty.update(what)

    def _flush(self) -> None:
        dirty, self._dirty = self._dirty, set()
        if "archive" in dirty:
            self.archiveChanged.emit()
        if "fleet" in dirty:
            self.fleetChanged.emit()
        if "jobs" in dirty:
            self.jobsChanged.emit()
