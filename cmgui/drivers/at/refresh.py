"""Coalesced, rate-limited background refreshes (what a URC asks the driver to re-read).

A chatty modem may send hundreds of ``^RSSI``/``+CREG`` lines a second. Each one only says
"something changed, read it again", so the driver keeps at most *one* pending refresh per kind
("signal", "registration"...) and runs it at most once per :attr:`Refresher.interval` seconds:
a flood costs one task and one re-read per interval, never a queue that grows with the flood.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

#: Seconds between two runs of the same kind of refresh.
DEFAULT_INTERVAL = 1.0

Job = Callable[[], Awaitable[None]]
Spawn = Callable[[Coroutine[Any, Any, Any]], None]


class Refresher:
    """One pending refresh per kind, run by one task per kind, rate-limited.

    ``spawn`` starts a background coroutine (the device's, so closing the device cancels it).
    A job that fails ends its runner (the device's spawn logs why); the next request starts a
    new one.
    """

    def __init__(self, spawn: Spawn, *, interval: float = DEFAULT_INTERVAL) -> None:
        self.interval = interval
        self._spawn = spawn
        self._jobs: dict[str, Job] = {}
        self._wanted: set[str] = set()
        self._running: set[str] = set()
        self._next: dict[str, float] = {}
        #: Runs per kind since the device opened (for logs and tests).
        self.runs: dict[str, int] = {}

    @property
    def pending(self) -> int:
        """Kinds waiting to run (never more than the number of kinds)."""
        return len(self._wanted)

    @property
    def active(self) -> int:
        """Kinds with a runner task."""
        return len(self._running)

    def request(self, kind: str, job: Job) -> None:
        """Ask for ``job`` to run (again) soon; requests while one is pending merge into it."""
        self._jobs[kind] = job
        self._wanted.add(kind)
        if kind not in self._running:
            self._running.add(kind)
            self._spawn(self._run(kind))

    async def _run(self, kind: str) -> None:
        loop = asyncio.get_running_loop()
        try:
            while kind in self._wanted:
                wait = self._next.get(kind, 0.0) - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)  # the rate limit: requests merge meanwhile
                self._wanted.discard(kind)
                self._next[kind] = loop.time() + self.interval
                self.runs[kind] = self.runs.get(kind, 0) + 1
                await self._jobs[kind]()
        finally:
            self._running.discard(kind)
