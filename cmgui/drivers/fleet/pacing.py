"""Pacing: requests spaced to a platform's published rate, and ``Retry-After`` honoured.

A :class:`Pacer` hands out send slots ``1/rate`` seconds apart (1NCE allows 10 requests per second
per organisation, so a bulk job runs at that rate and meets no 429). A 429 defers every waiting
request until the time its ``Retry-After`` names. Clock and sleep are injected, so tests run on
a fake clock and measure nothing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

#: Waits after a 429 without ``Retry-After``: 1, 2, 4, ... seconds, at most this.
MAX_BACKOFF = 30.0


class Pacer:
    """Send slots for one rate limit (``rate`` requests per second; None: no spacing)."""

    def __init__(self, rate: float | None = None, *, clock: Clock = time.monotonic,
                 sleep: Sleep = asyncio.sleep) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next = float("-inf")
        self._blocked_until = float("-inf")
        #: Seconds spent waiting for Retry-After (for tests and the benchmark).
        self.deferred = 0.0

    async def acquire(self) -> None:
        """Wait for this request's slot (reserved on entry, so concurrent callers queue)."""
        while True:
            now = self._clock()
            start = max(now, self._next, self._blocked_until)
            self._next = start + self.interval
            if start > now:
                await self._sleep(start - now)
            if self._clock() >= self._blocked_until:
                return
            # a Retry-After arrived while this request waited: queue again behind it

    def defer(self, seconds: float) -> None:
        """No request before ``seconds`` from now (a 429's Retry-After)."""
        until = self._clock() + max(0.0, seconds)
        if until > self._blocked_until:
            self.deferred += until - max(self._blocked_until, self._clock())
            self._blocked_until = until
        self._next = max(self._next, self._blocked_until)


class Pacing:
    """One :class:`Pacer` per rate-limit key (a backend, "" for requests without a limit)."""

    def __init__(self, rates: Mapping[str, float] | None = None, *,
                 clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep) -> None:
        self.rates = dict(rates or {})
        self._clock, self._sleep = clock, sleep
        self._pacers: dict[str, Pacer] = {}

    def pacer(self, key: str) -> Pacer:
        pacer = self._pacers.get(key)
        if pacer is None:
            pacer = self._pacers[key] = Pacer(self.rates.get(key), clock=self._clock,
                                              sleep=self._sleep)
        return pacer

    async def sleep(self, seconds: float) -> None:
        await self._sleep(seconds)


def retry_after(value: str, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` value asks for (delta-seconds or an HTTP date); None if
    absent or unreadable."""
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff(attempt: int) -> float:
    """The wait before retry ``attempt`` (1-based) when the platform named none."""
    return float(min(MAX_BACKOFF, 2 ** (attempt - 1)))
