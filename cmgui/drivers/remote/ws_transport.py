"""The WebSocket transport: one persistent connection for calls, responses and callbacks.

Outstanding calls are kept by id for up to 30 minutes (:data:`CALL_VALIDITY`); an ``_Async``
function's interim ``{"status": "received"}`` response is skipped and the outcome awaited.
Callbacks are routed by ``callbackId``. After a drop the transport reconnects with back-off and
asks to resume its session (``CMAPI-Session``): when the server still has it, outstanding calls
keep waiting for their responses; when it does not, they fail (a call is never sent twice: it may
have been a PIN) and the callbacks are registered again on the new session.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import aiohttp

from cmgui.cmapi.codec import (
    Callback,
    CodecError,
    Request,
    Response,
    decode_message,
    encode_request,
    new_id,
)
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.remote.transport import (
    CALL_VALIDITY,
    CONNECT_TIMEOUT,
    SESSION_HEADER,
    CallbackSink,
    Transport,
    backoff,
    connect_failure,
    outcome,
    unreachable,
)

log = logging.getLogger(__name__)

RECEIVED = {"status": "received"}
HEARTBEAT = 30.0
MAX_MESSAGE = 16 << 20


@dataclass
class _Pending:
    future: asyncio.Future[Response]
    is_async: bool
    interim_seen: bool = False
    session: str | None = field(default=None)


class WsTransport(Transport):
    def __init__(self, url: str, token: str | None, sink: CallbackSink,
                 ssl_context: ssl.SSLContext | bool = True) -> None:
        super().__init__(url, token, sink)
        self._ssl = ssl_context
        self.session_id: str | None = None
        self._handshake_session: str | None = None
        trace = aiohttp.TraceConfig()
        trace.on_request_end.append(self._on_handshake)
        self._http = aiohttp.ClientSession(trace_configs=[trace])
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._pending: dict[str, _Pending] = {}
        self._connected = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self._closing = False
        self.reconnects = 0
        self._background: set[asyncio.Task[None]] = set()

    async def _on_handshake(self, session: aiohttp.ClientSession, ctx: SimpleNamespace,
                            params: aiohttp.TraceRequestEndParams) -> None:
        self._handshake_session = params.response.headers.get(SESSION_HEADER)

    async def connect(self) -> None:
        await self._dial()
        self._runner = asyncio.create_task(self._run())

    async def _dial(self) -> None:
        headers = self.auth_headers()
        if self.session_id:
            headers[SESSION_HEADER] = self.session_id
        try:
            ws = await self._http.ws_connect(
                self.url, headers=headers, ssl=self._ssl, heartbeat=HEARTBEAT,
                max_msg_size=MAX_MESSAGE, timeout=aiohttp.ClientWSTimeout(ws_close=5.0),
                compress=0)
        except aiohttp.WSServerHandshakeError as exc:
            if exc.status in (401, 403):
                code = ErrorCode.AUTHENTICATION_FAILED if exc.status == 401 \
                    else ErrorCode.AUTHENTICATION_DENIED
                raise CmapiError(code, data={"reason": f"the endpoint refused the token "
                                                       f"(HTTP {exc.status})"}) from None
            raise unreachable(self.url, f"HTTP {exc.status}") from None
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            raise connect_failure(self.url, exc) from None
        resumed = bool(self.session_id) and self._handshake_session == self.session_id
        self.session_id = self._handshake_session
        self._ws = ws
        if not resumed:
            self._fail_pending("the connection dropped and the endpoint lost the session")
        self._connected.set()
        if not resumed and self.callback_ids:
            task = asyncio.create_task(self._reregister_quietly())
            self._background.add(task)
            task.add_done_callback(self._background.discard)

    async def _reregister_quietly(self) -> None:
        try:
            await self.reregister()
        except CmapiError as err:
            log.warning("could not register callbacks again at %s: %s", self.url, err)

    async def _run(self) -> None:
        attempt = 0
        while not self._closing:
            ws = self._ws
            if ws is not None:
                await self._read(ws)
            self._connected.clear()
            self._ws = None
            if self._closing:
                return
            while not self._closing:
                attempt += 1
                await asyncio.sleep(backoff(attempt))
                try:
                    await self._dial()
                    self.reconnects += 1
                    attempt = 0
                    break
                except CmapiError as err:
                    log.info("reconnecting to %s failed: %s", self.url, err)

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type in (aiohttp.WSMsgType.TEXT, aiohttp.WSMsgType.BINARY):
                self._receive(msg.data)
            elif msg.type == aiohttp.WSMsgType.ERROR:
                break
        log.info("connection to %s closed (%s)", self.url, ws.close_code)

    def _receive(self, data: str | bytes) -> None:
        try:
            message = decode_message(data, max_size=MAX_MESSAGE)
        except CodecError as err:
            log.warning("ignored an invalid message from %s: %s", self.url, err.data)
            return
        if isinstance(message, Callback):
            pending = self._pending.get(message.id)
            if pending is None:
                self.deliver(message)
            return
        if isinstance(message, Response):
            pending = self._pending.get(message.id or "")
            if pending is None:
                log.debug("ignored a response with an unknown id (5.4.1.4)")
                return
            if (pending.is_async and not pending.interim_seen and message.error is None
                    and dict(message.result or {}) == RECEIVED):
                pending.interim_seen = True
                return
            if not pending.future.done():
                pending.future.set_result(message)

    def _fail_pending(self, reason: str) -> None:
        for pending in list(self._pending.values()):
            if not pending.future.done():
                pending.future.set_exception(unreachable(self.url, reason))

    async def call(self, method: str, params: Mapping[str, Any]) -> dict[str, Any]:
        try:
            await asyncio.wait_for(self._connected.wait(), CONNECT_TIMEOUT)
        except TimeoutError:
            raise unreachable(self.url, "not connected") from None
        ws = self._ws
        if ws is None:
            raise unreachable(self.url, "not connected")
        request = Request(new_id(), method, dict(params))
        future: asyncio.Future[Response] = asyncio.get_running_loop().create_future()
        self._pending[request.id] = _Pending(future, method.endswith("_Async"))
        try:
            try:
                await ws.send_str(encode_request(request).decode("utf-8"))
            except (ConnectionError, RuntimeError, aiohttp.ClientError) as exc:
                raise unreachable(self.url, exc) from None
            try:
                response = await asyncio.wait_for(future, CALL_VALIDITY)
            except TimeoutError:
                raise CmapiError(ErrorCode.FATAL, data={
                    "reason": f"no response to {method} within {CALL_VALIDITY:.0f} s"}) from None
        finally:
            self._pending.pop(request.id, None)
        return outcome(response)

    async def close(self) -> None:
        if self._closing:
            return
        self._closing = True
        ws = self._ws
        if ws is not None and not ws.closed:
            with contextlib.suppress(CmapiError, TimeoutError):
                await asyncio.wait_for(self.call("CMAPI_API_Close", {}), 2.0)
            await ws.close()
        if self._runner is not None:
            self._runner.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._runner
        self._fail_pending("the device was closed")
        self._connected.clear()
        await self._http.close()
