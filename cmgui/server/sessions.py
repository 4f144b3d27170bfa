"""Client sessions of the CMAPI endpoint.

A :class:`ClientSession` is one client's :class:`~cmgui.service.dispatcher.Session` (access level,
registered callbacks) plus what the transport needs: an outbox of encoded messages (callbacks,
and over WebSocket the late responses of a dropped connection) bounded by ``Limits.outbox_size``
(the oldest are dropped and counted), the client's rate limiter and the time it was last used.
Sessions belong to the token that created them; the :class:`SessionManager` caps their number and
forgets idle ones, so a client that never polls cannot make the server grow without bound.

Each token also has a *default session*, used by every request that names none. It is shared by
all such clients of the token, so nothing one of them does may stop the others: its long polls
wait side by side, and ``CMAPI_API_Close`` on it ends it (its registrations and queued callbacks
go) and the next request gets a fresh, open one.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections import deque
from collections.abc import Callable, Iterator

from cmgui.server.auth import Credential
from cmgui.server.limits import Limits, TokenBucket
from cmgui.service.dispatcher import Session
from cmgui.service.events import Event


class TooManyClients(Exception):
    """No room for another session (HTTP 503)."""


class ClientSession:
    """One client of the endpoint. ``id`` is a bearer secret only together with its token."""

    def __init__(self, session_id: str, credential: Credential, limits: Limits,
                 clock: Callable[[], float] = time.monotonic,
                 encoder: Callable[[Event], bytes | None] | None = None,
                 shared: bool = False) -> None:
        self.id = session_id
        self.credential = credential
        self.state = Session(access_level=credential.access_level, session_id=session_id)
        if encoder is not None:
            self.state.deliver = lambda event: self._deliver(encoder(event))
        #: The token's default session, used by every client that names none: its long polls
        #: share the messages instead of ending each other.
        self.shared = shared
        self.bucket = TokenBucket(limits.rate, limits.burst, clock)
        self.outbox: deque[bytes] = deque()
        self.outbox_size = limits.outbox_size
        self.dropped = 0
        self.closed = False
        #: The WebSocket connection attached to this session, if any (an opaque handle).
        self.attached: object | None = None
        self.polls = 0
        self._poll_generation = 0
        self._wake = asyncio.Event()
        self._clock = clock
        self.last_seen = clock()

    def touch(self) -> None:
        self.last_seen = self._clock()

    @property
    def busy(self) -> bool:
        """In use right now: a socket attached or a poll waiting."""
        return self.attached is not None or self.polls > 0

    def push(self, message: bytes) -> None:
        """Queue a message for the client; drops the oldest when the outbox is full."""
        if self.closed:
            return
        if len(self.outbox) >= self.outbox_size:
            self.outbox.popleft()
            self.dropped += 1
        self.outbox.append(message)
        self._wake.set()

    def _deliver(self, message: bytes | None) -> None:
        if message is not None:
            self.push(message)

    def pop(self) -> bytes | None:
        if self.outbox:
            return self.outbox.popleft()
        self._wake.clear()
        return None

    async def next_message(self, timeout: float | None) -> bytes | None:
        """The next queued message, waiting up to ``timeout`` s (None: forever).

        Returns None on timeout, when the session closes, or when a newer long poll of the same
        session takes over (one poll a session; the older one then answers 204). The shared
        default session lets its polls wait side by side, each message going to one of them.
        """
        if self.shared:
            generation = self._poll_generation
        else:
            generation = self._poll_generation = self._poll_generation + 1
            self._wake.set()  # an older waiter wakes, sees the new generation and gives up
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while True:
            if self.closed or generation != self._poll_generation:
                return None
            message = self.pop()
            if message is not None:
                return message
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                return None
            try:
                await asyncio.wait_for(self._wake.wait(), remaining)
            except TimeoutError:
                return None

    def close(self) -> None:
        self.closed = True
        self.outbox.clear()
        self.state.callback_ids.clear()
        self._wake.set()


class SessionManager:
    """Every live session, by id; the per-token default sessions of HTTP clients."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic,
                 encoder: Callable[[Event], bytes | None] | None = None) -> None:
        self.limits = limits
        self._clock = clock
        #: Encodes the callbacks a session's own calls produce (see ``Session.deliver``).
        self.encoder = encoder
        self._sessions: dict[str, ClientSession] = {}
        self._defaults: dict[str, str] = {}  # token id -> session id

    def __len__(self) -> int:
        return len(self._sessions)

    def __iter__(self) -> Iterator[ClientSession]:
        return iter(list(self._sessions.values()))

    def create(self, credential: Credential, *, shared: bool = False) -> ClientSession:
        if len(self._sessions) >= self.limits.max_clients:
            self.expire()
            if len(self._sessions) >= self.limits.max_clients:
                raise TooManyClients
        session = ClientSession(secrets.token_urlsafe(18), credential, self.limits, self._clock,
                                self.encoder, shared)
        self._sessions[session.id] = session
        return session

    def get(self, session_id: str) -> ClientSession | None:
        session = self._sessions.get(session_id)
        if session is not None and session.closed:
            return None
        return session

    def default_for(self, credential: Credential) -> ClientSession:
        """The session used by requests that name none (one per token)."""
        session_id = self._defaults.get(credential.token_id)
        session = self._sessions.get(session_id) if session_id else None
        if session is None or session.closed:
            session = self.create(credential, shared=True)
            self._defaults[credential.token_id] = session.id
        return session

    def remove(self, session: ClientSession) -> None:
        session.close()
        self._sessions.pop(session.id, None)
        if self._defaults.get(session.credential.token_id) == session.id:
            del self._defaults[session.credential.token_id]

    def expire(self) -> int:
        """Forget sessions idle longer than ``idle_timeout``; returns how many."""
        limit = self._clock() - self.limits.idle_timeout
        stale = [s for s in self._sessions.values()
                 if s.closed or (not s.busy and s.last_seen < limit)]
        for session in stale:
            self.remove(session)
        return len(stale)

    def close_all(self) -> None:
        for session in list(self._sessions.values()):
            self.remove(session)
