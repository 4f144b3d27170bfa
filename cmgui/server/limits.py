"""Resource limits of the CMAPI endpoint and the per-client rate limiter."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """What one endpoint accepts before it answers 413, 429 or 503 (docs/transport.md)."""

    #: Largest request body or WebSocket message, in bytes.
    max_message_size: int = 1 << 20
    #: Client sessions alive at once (HTTP sessions, per-token defaults, WebSocket connections).
    max_clients: int = 1024
    #: Long polls waiting at once, over all clients.
    max_pending_polls: int = 1024
    #: Callback messages kept for a client that does not fetch them; the oldest go first.
    outbox_size: int = 256
    #: A session nobody used (no request, no poll, no socket) for this long is forgotten.
    idle_timeout: float = 300.0
    #: Default and largest long-poll wait, in seconds.
    poll_timeout: float = 25.0
    #: Requests per second one client may make on average (0: no limit) and its burst.
    rate: float = 500.0
    burst: int = 1000
    #: Seconds a connection may take to send a request's headers (and may sit idle between
    #: requests): a half-open or trickling connection is closed after this.
    header_timeout: float = 15.0
    #: Seconds a request may take to send its body once its headers are in.
    body_timeout: float = 30.0
    #: Open connections at once, over all clients and from one address. Both are lowered to
    #: stay below the process's file descriptor limit (``connections.effective_caps``).
    max_connections: int = 2048
    max_connections_per_ip: int = 256
    #: Callbacks derived from readings (``service.derived_events``): seconds between readings
    #: while someone wants them, of the battery, and of no traffic before "dormant".
    event_poll_interval: float = 2.0
    battery_poll_interval: float = 30.0
    dormant_after: float = 6.0


class TokenBucket:
    """The classic token bucket: ``rate`` tokens a second, at most ``burst`` saved up."""

    def __init__(self, rate: float, burst: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._clock = clock
        self._tokens = float(self.burst)
        self._stamp = clock()

    def peek(self) -> float:
        """Like :meth:`take` without spending: 0.0 when a token is there."""
        if self.rate <= 0:
            return 0.0
        self._refill()
        return 0.0 if self._tokens >= 1.0 else (1.0 - self._tokens) / self.rate

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def take(self) -> float:
        """0.0 when the request may go ahead, else the seconds until it could."""
        if self.rate <= 0:
            return 0.0
        self._refill()
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            return 0.0
        return (1.0 - self._tokens) / self.rate
