"""``/cmapi/ws``: requests, responses and callbacks on one WebSocket connection (5.4.1).

The handshake carries ``Authorization: Bearer TOKEN`` or, from a browser (which cannot set that
header), the subprotocols ``cmapi`` and ``bearer.TOKEN``; the server then selects ``cmapi`` and
never echoes the token. The server answers with a ``CMAPI-Session`` header (``CMAPI_API_Open``
reports the same id as ``sessionId``, for pages that cannot read headers); a client that
reconnects with that header resumes its session: its registered callbacks, the callbacks queued
meanwhile and the responses of calls that finished while it was away. Requests run concurrently
(up to ``MAX_IN_FLIGHT`` per connection; each runs at once and becomes a task only if it has to
wait, see :mod:`.eager`) and may complete in any order; an ``_Async`` function
first answers ``{"status": "received"}``, then its outcome, with the same id, unless it is
refused before it runs (access level, parameters…): then only the error. Messages over the size
limit close the connection with 1009 (RFC 6455).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from aiohttp import WSMsgType, web

from cmgui.cmapi.codec import encode_response
from cmgui.server import eager
from cmgui.server.auth import CMAPI_PROTOCOL
from cmgui.server.common import (
    ENDPOINT_KEY,
    SESSION_HEADER,
    Refusal,
    credential_of,
    new_session,
)
from cmgui.server.endpoint import RECEIVED, Answer, Endpoint, is_async_function
from cmgui.server.sessions import ClientSession

log = logging.getLogger(__name__)

MAX_IN_FLIGHT = 256
HEARTBEAT = 30.0
CLOSE_REPLACED = 4000  # private-use close code: the session was resumed on another connection


async def handle_ws(request: web.Request) -> web.StreamResponse:
    endpoint = request.app[ENDPOINT_KEY]
    try:
        session = _resume(endpoint, request) or new_session(endpoint, request)
    except Refusal as refusal:
        return refusal.response()
    ws = web.WebSocketResponse(max_msg_size=endpoint.limits.max_message_size,
                               heartbeat=HEARTBEAT, compress=False, protocols=(CMAPI_PROTOCOL,))
    ws.headers[SESSION_HEADER] = session.id
    await ws.prepare(request)
    previous = session.attached
    if isinstance(previous, web.WebSocketResponse):
        await previous.close(code=CLOSE_REPLACED, message=b"session resumed elsewhere")
    session.attached = ws
    connection = _Connection(endpoint, session, ws)
    try:
        await connection.run()
    finally:
        if session.attached is ws:
            session.attached = None
            if not session.state.opened:  # CMAPI_API_Close, then gone: nothing to resume
                endpoint.sessions.remove(session)
        session.touch()
    return ws


def _resume(endpoint: Endpoint, request: web.Request) -> ClientSession | None:
    session_id = request.headers.get(SESSION_HEADER)
    if not session_id:
        return None
    session = endpoint.sessions.get(session_id)
    if session is None or session.credential.token_id != credential_of(request).token_id:
        return None  # unknown (expired, server restarted) or not yours: start afresh
    return session


class _Connection:
    def __init__(self, endpoint: Endpoint, session: ClientSession,
                 ws: web.WebSocketResponse) -> None:
        self.endpoint = endpoint
        self.session = session
        self.ws = ws
        #: Calls that had to wait (most finish at once and never become a task).
        self.tasks: set[asyncio.Task[None]] = set()
        #: Set while fewer than MAX_IN_FLIGHT calls wait: reading pauses on it.
        self.room = asyncio.Event()
        self.room.set()

    async def run(self) -> None:
        writer = asyncio.create_task(self._write_callbacks())
        handle = self._handle
        tasks = self.tasks
        try:
            async for msg in self.ws:
                if msg.type is WSMsgType.TEXT or msg.type is WSMsgType.BINARY:
                    try:
                        task = eager.start(handle(msg.data))
                    except Exception:  # a bug: this message gets no answer, the rest do
                        log.exception("CMAPI WebSocket message failed")
                        continue
                    if task is None:  # answered without waiting, as most calls are
                        continue
                    tasks.add(task)
                    task.add_done_callback(self._done)
                    if len(tasks) >= MAX_IN_FLIGHT:
                        self.room.clear()
                        await self.room.wait()
                elif msg.type == WSMsgType.ERROR:
                    log.info("WebSocket closed with an error: %s", self.ws.exception())
        finally:
            writer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await writer

    def _done(self, task: asyncio.Task[None]) -> None:
        self.tasks.discard(task)
        if len(self.tasks) < MAX_IN_FLIGHT:
            self.room.set()

    async def _handle(self, data: bytes | str) -> None:
        """One message, start to answer, in one coroutine (each nested one costs time on
        every message)."""
        endpoint = self.endpoint
        decoded = endpoint.decode(data)
        if isinstance(decoded, Answer):
            await self._send(decoded.body)
            return
        session = self.session
        busy = endpoint.throttled(session, decoded.id)
        if busy is not None:
            await self._send(busy.body)
            return
        if is_async_function(decoded.method):
            refused = endpoint.refused(session, decoded)
            if refused is not None:  # never "received" for a call that will not run
                await self._send(refused.body)
                return
            await self._send(encode_response(decoded.id, RECEIVED))
        answer = await endpoint.execute(session, decoded)
        await self._send(answer.body)

    async def _send(self, body: bytes) -> None:
        """Send on this connection, or keep for a resumed one when it has gone. ``body`` is
        UTF-8 JSON already: it goes out as a text frame as it is, not decoded and re-encoded."""
        if self.session.attached is self.ws and not self.ws.closed:
            try:
                await self.ws.send_frame(body, WSMsgType.TEXT)
                return
            except (ConnectionError, RuntimeError):
                pass
        self.session.push(body)

    async def _write_callbacks(self) -> None:
        while not self.ws.closed:
            message = await self.session.next_message(None)
            if message is None:
                return
            try:
                await self.ws.send_frame(message, WSMsgType.TEXT)
            except (ConnectionError, RuntimeError):
                self.session.outbox.appendleft(message)
                return
