"""Live for every desktop: the shared store's change notices as the seam's events.

On a PostgreSQL store, :class:`TeamLive` listens (``cmgui.store.notify``) and publishes, for
each change another process made, the event the app already handles for a change of its own:
a new archived message is ``SMSReceived`` (storage ``archive``, the message's uid as its id:
the messages controller reloads from the archive, as for ``smsStored``), a delivery report is
``SMSMessage`` with ``status_report`` (``smsReportReceived``), a SIM's status is the fleet's
``SimStatusChanged``; bulk jobs are :class:`JobChanged` (queued jobs) and
:class:`FleetJobChanged` (the audit log). :class:`Resync` means "read everything again": after
a reconnect, or when a notice named fewer rows than changed. On SQLite there is one process and
nothing to hear: :func:`live_for` returns None.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass

from cmgui.service import events as ev
from cmgui.service.device import EventHub, EventStream
from cmgui.service.fleet import SimStatusChanged
from cmgui.store.engine import is_shared
from cmgui.store.notify import RESYNC, Change, Listener


@dataclass(frozen=True, slots=True)
class JobChanged(ev.Event):
    """A queued job moved (state, progress)."""

    job_id: int
    state: str
    done: int
    total: int


@dataclass(frozen=True, slots=True)
class FleetJobChanged(ev.Event):
    """A bulk job of the fleet audit log was created or moved on."""

    job_id: int
    account: str
    state: str


@dataclass(frozen=True, slots=True)
class SimsRefreshed(ev.Event):
    """The SIM list of an account was read afresh from the platform."""

    account: str


@dataclass(frozen=True, slots=True)
class Resync(ev.Event):
    """Notices may have been missed (``kind``: which, or ``resync`` for all): read again."""

    kind: str


def events_of(change: Change) -> list[ev.Event]:
    """The seam events for one notice (unknown kinds give none)."""
    out: list[ev.Event] = []
    rows = change.rows
    match change.kind:
        case "sms":
            out += [ev.SMSReceived(msg_id=str(r[0]), storage="archive") for r in rows]
        case "delivery":
            out += [ev.SMSMessage(address=str(r[1]), text="", msg_id=str(r[0]),
                                  status_report=True) for r in rows]
        case "sim":
            out += [SimStatusChanged(str(r[1]), str(r[2]), str(r[3])) for r in rows]
        case "sims":
            out += [SimsRefreshed(str(r[0])) for r in rows]
        case "fleet_job":
            out += [FleetJobChanged(int(r[0]), str(r[1]), str(r[2])) for r in rows]
        case "job":
            out += [JobChanged(int(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]
        case _ if change.kind == RESYNC:
            return [Resync(RESYNC)]
        case _:
            return []
    if not change.complete:
        out.append(Resync(change.kind))
    return out


class TeamLive:
    """Publishes the store's changes to every subscriber (:meth:`subscribe`), from
    :meth:`start` until :meth:`stop`."""

    def __init__(self, url: str) -> None:
        self.events = EventHub()
        self.listener = Listener(url)
        self._task: asyncio.Task[None] | None = None

    def subscribe(self) -> EventStream:
        return self.events.subscribe()

    async def start(self) -> None:
        """Start listening; returns once the first LISTEN is in place."""
        if self._task is None:
            self._task = asyncio.create_task(self._pump(), name="cmgui-team-live")
        waiting = asyncio.ensure_future(self.listener.listening.wait())
        done, _ = await asyncio.wait({waiting, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if waiting not in done:
            waiting.cancel()
            self._task.result()  # the pump failed: raise its error

    async def _pump(self) -> None:
        async for change in self.listener.changes():
            for event in events_of(change):
                self.events.publish(event)

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:  # first: its wait on the socket ends before the socket closes
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.listener.close()
        self.events.close_all()


def live_for(url: str) -> TeamLive | None:
    """A TeamLive for a PostgreSQL store; None for SQLite (one process: nothing to hear)."""
    return TeamLive(url) if is_shared(url) else None


def live_for_store_in_use() -> TeamLive | None:
    """:func:`live_for` the store in use (``$CMGUI_STORE``, the store setting, else SQLite)."""
    from cmgui.store.engine import resolve_url

    return live_for(resolve_url())
