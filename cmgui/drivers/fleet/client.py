"""The I/O of the platform modules: requests sent with httpx, paced, authorised, retried on 429.

``authorize`` turns a built request into the one to send (a bearer token, a signature) and
``reauthorize`` is called once when the platform answers 401 (a CMO token that died early); a
429 defers that rate-limit key by its ``Retry-After`` (or a growing back-off) and the request is
sent again, at most ``max_retries`` times.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from cmgui.drivers.fleet.http import Request, Response
from cmgui.drivers.fleet.pacing import Pacing, backoff, retry_after
from cmgui.service.fleet import PlatformError

log = logging.getLogger(__name__)

Authorize = Callable[[Request], Awaitable[Request]]
Reauthorize = Callable[[], Awaitable[None]]

MAX_RETRIES = 6
TIMEOUT = 30.0


@dataclass
class Counters:
    """What this client has sent and met (the benchmark and tests read them)."""

    requests: int = 0
    rate_limited: int = 0
    reauthorized: int = 0


async def _as_is(request: Request) -> Request:
    return request


class PlatformClient:
    """Sends :class:`Request` values and returns :class:`Response` values."""

    def __init__(self, *, pacing: Pacing | None = None, authorize: Authorize = _as_is,
                 reauthorize: Reauthorize | None = None, max_retries: int = MAX_RETRIES,
                 timeout: float = TIMEOUT, transport: httpx.AsyncBaseTransport | None = None,
                 verify: bool = True, wall_clock: Callable[[], float] = time.time) -> None:
        self.pacing = pacing or Pacing()
        self.authorize = authorize
        self.reauthorize = reauthorize
        self.max_retries = max_retries
        self.counters = Counters()
        self.wall_clock = wall_clock
        self._http = httpx.AsyncClient(timeout=timeout, transport=transport, verify=verify,
                                       follow_redirects=False)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def send(self, request: Request, *, authorize: bool = True) -> Response:
        attempt = 0
        reauthorized = False
        pacer = self.pacing.pacer(request.pace)
        while True:
            await pacer.acquire()
            ready = await self.authorize(request) if authorize else request
            response = await self.send_once(ready)
            if response.status == 429 and attempt < self.max_retries:
                attempt += 1
                self.counters.rate_limited += 1
                wait = retry_after(response.header("retry-after"))
                pacer.defer(backoff(attempt) if wait is None else wait)
                log.info("rate limited by %s; retry %d", _host(request.url), attempt)
                continue
            if (response.status == 401 and authorize and self.reauthorize is not None
                    and not reauthorized):
                reauthorized = True
                self.counters.reauthorized += 1
                await self.reauthorize()
                continue
            return response

    async def send_once(self, request: Request) -> Response:
        """One request as it is, no pacing or retry (the token request, the naive bench)."""
        self.counters.requests += 1
        try:
            reply = await self._http.request(
                request.method, request.url, params=list(request.query) or None,
                headers=list(request.headers), content=request.body or None)
        except httpx.TimeoutException:
            raise PlatformError(f"{_host(request.url)} did not answer in time") from None
        except httpx.HTTPError as exc:
            raise PlatformError(f"cannot reach {_host(request.url)}: {_reason(exc)}") from None
        headers = {k.lower(): v for k, v in reply.headers.items()}
        return Response(reply.status_code, headers, reply.content)


def _host(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def _reason(exc: Exception) -> str:
    cause = exc.__cause__ or exc.__context__
    text = str(exc) or (str(cause) if cause else "") or type(exc).__name__
    return text.split("\n")[0]
