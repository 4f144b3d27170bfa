"""A token bucket: ``rate`` requests per second with bursts of at most ``burst`` (the 1NCE rule:
10 requests per second per organisation). The clock is injected."""

from __future__ import annotations

import math
import time
from collections.abc import Callable


class TokenBucket:
    def __init__(self, rate: float, burst: int | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.burst = float(burst if burst is not None else max(1, int(rate)))
        self._clock = clock
        self._tokens = self.burst
        self._at = clock()
        self.allowed = 0
        self.refused = 0

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._at) * self.rate)
        self._at = now

    def take(self) -> float:
        """0 if the request may pass (a token is taken); else whole seconds to wait
        (``Retry-After``)."""
        self._refill()
        if self._tokens >= 1.0:
            self._tokens -= 1.0
            self.allowed += 1
            return 0.0
        self.refused += 1
        return float(max(1, math.ceil((1.0 - self._tokens) / self.rate)))
