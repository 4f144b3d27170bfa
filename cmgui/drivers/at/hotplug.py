"""Noticing serial ports come and go: poll the port list every second (udev can replace the
poll on Linux later without changing callers).

A port that disappears while a device is open on it is also noticed by that device itself: its
reader hits end-of-file or an I/O error, the call in flight fails with CMAPI error 0x101 and the
device emits DeviceChanged (see :class:`~cmgui.drivers.at.core.AtDeviceCore`). The watcher is for
the list of devices the app offers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from .ports import PortInfo, list_ports

log = logging.getLogger(__name__)

POLL_INTERVAL = 1.0


@dataclass(frozen=True)
class PortEvent:
    kind: Literal["added", "removed"]
    port: PortInfo


def diff_ports(before: Iterable[PortInfo], after: Iterable[PortInfo]) -> list[PortEvent]:
    """Removed ports first, then added ones; a port whose USB identity changed is both."""
    old = {p.device: p for p in before}
    new = {p.device: p for p in after}
    events = [PortEvent("removed", p) for d, p in sorted(old.items())
              if d not in new or new[d] != p]
    events += [PortEvent("added", p) for d, p in sorted(new.items())
               if d not in old or old[d] != p]
    return events


class PortWatcher:
    """Polls the port list; ``events()`` yields a :class:`PortEvent` per change.

    Use as ``async with PortWatcher() as watcher: async for event in watcher.events(): ...``.
    The listing runs in a worker thread so a slow sysfs walk never stalls the loop.
    """

    def __init__(self, interval: float = POLL_INTERVAL,
                 lister: Callable[[], list[PortInfo]] = list_ports) -> None:
        self.interval = interval
        self._lister = lister
        self._known: list[PortInfo] = []
        self._queue: asyncio.Queue[PortEvent | None] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None

    @property
    def ports(self) -> list[PortInfo]:
        """The ports present at the last poll."""
        return list(self._known)

    async def start(self) -> None:
        if self._task is not None:
            return
        self._known = await self._list()
        self._task = asyncio.create_task(self._run(), name="port-watcher")

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._queue.put_nowait(None)

    async def __aenter__(self) -> PortWatcher:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def events(self) -> AsyncIterator[PortEvent]:
        while (event := await self._queue.get()) is not None:
            yield event

    async def _list(self) -> list[PortInfo]:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(None, self._lister)
        except Exception:
            log.exception("listing serial ports failed")
            return list(self._known)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            current = await self._list()
            for event in diff_ports(self._known, current):
                log.info("serial port %s: %s", event.kind, event.port.device)
                self._queue.put_nowait(event)
            self._known = current
