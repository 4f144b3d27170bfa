"""What keeps a flood of connections from taking the endpoint's file descriptors (Slowloris).

Every accepted connection passes a :class:`ConnectionGuard` before aiohttp sees it: at most
``max_connections`` are open at once and at most ``max_connections_per_ip`` from one address,
both kept below the process's file descriptor limit (:func:`effective_caps`), so ``accept()``
never runs out of descriptors. When a new connection would go over a cap, the oldest *idle*
connection (no request running: a half-open socket, headers still trickling in, an idle
keep-alive) is closed to make room; the new one is refused only when every connection is busy.
A flood of half-open connections therefore cannot lock out a client that sends a request.

Time-outs do the rest: aiohttp's keep-alive timer, set to ``Limits.header_timeout``, closes a
connection that has not completed a request's headers in time (it runs from the moment the
connection is made), and ``read_body`` bounds the body. :class:`AcceptErrorLog` turns the event
loop's per-failure tracebacks for ``accept()`` errors into one line and a count.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import ssl
from collections import OrderedDict
from typing import Any

from aiohttp import web

from cmgui.server.limits import Limits

log = logging.getLogger(__name__)

#: File descriptors left for everything that is not a client connection (the modem, the
#: database, log files, the listening sockets, aiohttp's own).
FD_RESERVE = 64


def fd_limit() -> int:
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if soft != resource.RLIM_INFINITY else 1 << 20


def effective_caps(limits: Limits, fds: int | None = None) -> tuple[int, int]:
    """``(total, per_ip)`` connection caps: the configured ones, lowered below the fd limit."""
    fds = fd_limit() if fds is None else fds
    room = max(8, fds - max(FD_RESERVE, fds // 8))
    total = max(1, min(limits.max_connections, room))
    return total, max(1, min(limits.max_connections_per_ip, total))


def listen_backlog(total: int, fds: int | None = None) -> int:
    """The listen backlog, which is also how many connections the event loop accepts at once:
    each takes a descriptor before the guard can close it, so a burst is kept to a quarter of
    the descriptors the caps leave over."""
    fds = fd_limit() if fds is None else fds
    return max(8, min(1024, (fds - total) // 4))


class GuardedProtocol(asyncio.Protocol):
    """Wraps aiohttp's protocol for one connection; counts it against the caps."""

    def __init__(self, inner: asyncio.Protocol, guard: ConnectionGuard) -> None:
        self.inner = inner
        self.guard = guard
        self.transport: asyncio.Transport | None = None
        self.ip = ""
        #: Requests running on this connection (a WebSocket counts for its whole life).
        self.busy = 0
        self.admitted = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        peer = transport.get_extra_info("peername")
        self.ip = str(peer[0]) if isinstance(peer, tuple) and peer else ""
        if not self.guard.admit(self):
            transport.abort()
            return
        self.admitted = True
        self.inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self.admitted:
            self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received() if self.admitted else None

    def connection_lost(self, exc: Exception | None) -> None:
        self.guard.release(self)
        if self.admitted:
            self.admitted = False
            self.inner.connection_lost(exc)

    def pause_writing(self) -> None:
        if self.admitted:
            self.inner.pause_writing()

    def resume_writing(self) -> None:
        if self.admitted:
            self.inner.resume_writing()

    def close(self) -> None:
        if self.transport is not None:
            self.transport.abort()


class ConnectionGuard:
    """The connection caps; see the module docstring."""

    def __init__(self, max_total: int, max_per_ip: int) -> None:
        self.max_total = max_total
        self.max_per_ip = max_per_ip
        self._all: OrderedDict[GuardedProtocol, None] = OrderedDict()
        self._by_ip: dict[str, OrderedDict[GuardedProtocol, None]] = {}
        #: Idle connections closed to make room, and new ones refused for want of it.
        self.evicted = 0
        self.refused = 0

    def __len__(self) -> int:
        return len(self._all)

    def per_ip(self, ip: str) -> int:
        return len(self._by_ip.get(ip, ()))

    def admit(self, conn: GuardedProtocol) -> bool:
        """Take ``conn`` in, closing an idle connection when a cap is reached; False when no
        idle connection can make room (the caller closes ``conn``)."""
        same_ip = self._by_ip.get(conn.ip)
        if same_ip is not None and len(same_ip) >= self.max_per_ip \
                and not self._evict(same_ip):
            return self._refuse(conn, "from one address")
        if len(self._all) >= self.max_total and not self._evict(self._all):
            return self._refuse(conn, "in total")
        self._all[conn] = None
        self._by_ip.setdefault(conn.ip, OrderedDict())[conn] = None
        return True

    def release(self, conn: GuardedProtocol) -> None:
        if conn not in self._all:
            return
        del self._all[conn]
        same_ip = self._by_ip[conn.ip]
        del same_ip[conn]
        if not same_ip:
            del self._by_ip[conn.ip]

    def _evict(self, pool: OrderedDict[GuardedProtocol, None]) -> bool:
        for victim in pool:
            if victim.busy == 0:
                self.release(victim)  # now: the transport reports its loss only later
                victim.close()
                self.evicted += 1
                return True
        return False

    def _refuse(self, conn: GuardedProtocol, where: str) -> bool:
        self.refused += 1
        if self.refused == 1 or self.refused % 1000 == 0:
            log.warning("refused a connection from %s: every connection %s is busy "
                        "(%d refused so far)", conn.ip or "?", where, self.refused)
        return False

    @staticmethod
    def request_started(request: web.BaseRequest) -> GuardedProtocol | None:
        """Mark the connection of ``request`` busy; returns it for :meth:`request_ended`."""
        transport = request.transport
        conn = transport.get_protocol() if transport is not None else None
        if isinstance(conn, GuardedProtocol):
            conn.busy += 1
            return conn
        return None

    @staticmethod
    def request_ended(conn: GuardedProtocol | None) -> None:
        if conn is not None:
            conn.busy -= 1


class GuardedSite(web.BaseSite):
    """A TCP site whose connections pass a :class:`ConnectionGuard` first."""

    def __init__(self, runner: web.BaseRunner, host: str, port: int, guard: ConnectionGuard,
                 *, ssl_context: ssl.SSLContext | None = None, backlog: int = 1024) -> None:
        super().__init__(runner, ssl_context=ssl_context, backlog=backlog)
        self.host = host
        self.requested_port = port
        self.guard = guard
        self.port = port

    @property
    def name(self) -> str:
        scheme = "https" if self._ssl_context else "http"
        return f"{scheme}://{self.host}:{self.port}"

    async def start(self) -> None:
        await super().start()
        loop = asyncio.get_running_loop()
        server = self._runner.server
        assert server is not None
        guard = self.guard
        self._server = await loop.create_server(
            lambda: GuardedProtocol(server(), guard), self.host, self.requested_port,
            ssl=self._ssl_context, backlog=self._backlog, reuse_address=True)
        sockets = self._server.sockets
        if sockets:
            self.port = int(sockets[0].getsockname()[1])


class AcceptErrorLog:
    """The event loop's exception handler while the endpoint runs: ``accept()`` failures (out
    of file descriptors, buffers or memory) are logged once, then counted, with a summary at
    most every ``summary_every`` seconds; anything else goes to the previous handler."""

    MESSAGE = "socket.accept() out of system resource"

    def __init__(self, summary_every: float = 60.0) -> None:
        self.summary_every = summary_every
        self.count = 0
        self._logged = 0
        self._last = 0.0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._previous: Any = None

    def install(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._previous = loop.get_exception_handler()
        loop.set_exception_handler(self._handle)

    def uninstall(self) -> None:
        if self._loop is not None:
            if self._loop.get_exception_handler() == self._handle:
                self._loop.set_exception_handler(self._previous)
            if self.count > self._logged:
                log.warning("accept() failed %d times in all", self.count)
            self._loop = None

    def _handle(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        if not str(context.get("message", "")).startswith(self.MESSAGE):
            if self._previous is not None:
                self._previous(loop, context)
            else:
                loop.default_exception_handler(context)
            return
        self.count += 1
        now = loop.time()
        if self.count == 1 or now - self._last >= self.summary_every:
            exc = context.get("exception")
            reason = getattr(exc, "strerror", None) or str(exc)
            if self.count == 1:
                log.warning("cannot accept connections: %s; retrying (further failures "
                            "are counted)", reason)
            else:
                log.warning("cannot accept connections: %s (%d failures so far)",
                            reason, self.count)
            self._logged = self.count
            self._last = now
