"""The CMAPI endpoint as an aiohttp application, and :class:`CmapiServer` that runs it.

Routes: ``POST /cmapi`` (http.py), ``POST /cmapi/callbacks`` (longpoll.py), ``GET /cmapi/ws``
(websocket.py). Every route requires ``Authorization: Bearer TOKEN`` unless the server runs
without authentication (``tokens=None``).
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from aiohttp import WSCloseCode, web

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.server.auth import Credential, TokenStore, parse_authorization
from cmgui.server.common import CREDENTIAL, ENDPOINT_KEY, Refusal
from cmgui.server.defaults import DEFAULT_HOST, DEFAULT_PORT
from cmgui.server.endpoint import Endpoint
from cmgui.server.http import handle_cmapi
from cmgui.server.limits import Limits, TokenBucket
from cmgui.server.longpoll import POLLS_KEY, handle_poll
from cmgui.server.websocket import handle_ws
from cmgui.service.dispatcher import Dispatcher

log = logging.getLogger(__name__)

ANONYMOUS = Credential("anonymous", "full")
TOKENS_KEY: web.AppKey[TokenStore | None] = web.AppKey("cmapi_tokens", TokenStore)
#: Failed authentications allowed per remote address: 5 a second, bursts of 20.
AUTH_FAILURE_RATE, AUTH_FAILURE_BURST, AUTH_FAILURE_HOSTS = 5.0, 20, 4096


class AuthFailures:
    """Slows down token guessing: a token bucket of failed attempts per remote address."""

    def __init__(self) -> None:
        self._buckets: dict[str, TokenBucket] = {}

    def blocked(self, remote: str | None) -> bool:
        bucket = self._buckets.get(remote or "")
        return bucket is not None and bucket.peek() > 0

    def record(self, remote: str | None) -> None:
        if len(self._buckets) >= AUTH_FAILURE_HOSTS:
            self._buckets.clear()  # bounded memory; an attacker gains at most a fresh burst
        bucket = self._buckets.setdefault(
            remote or "", TokenBucket(AUTH_FAILURE_RATE, AUTH_FAILURE_BURST))
        bucket.take()


FAILURES_KEY: web.AppKey[AuthFailures] = web.AppKey("cmapi_auth_failures", AuthFailures)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _unauthorized(code: ErrorCode, reason: str) -> Refusal:
    return Refusal(401, CmapiError(code, data={"reason": reason}),
                   {"WWW-Authenticate": 'Bearer realm="cmapi"'})


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    tokens = request.app[TOKENS_KEY]
    if tokens is None:
        request[CREDENTIAL] = ANONYMOUS
        return await handler(request)
    failures = request.app[FAILURES_KEY]
    if failures.blocked(request.remote):
        return Refusal(429, CmapiError(ErrorCode.AUTHENTICATION_FAILED, data={
            "reason": "too many failed authentications; wait"}), {"Retry-After": "1"}).response()
    header = request.headers.get("Authorization")
    token = parse_authorization(header)
    if token is None:
        reason = "missing Authorization header" if header is None else \
            "the Authorization header must be: Bearer TOKEN"
        return _unauthorized(ErrorCode.SECURITY_REQUEST_MALFORMED, reason).response()
    credential = tokens.check(token)
    if credential is None:
        failures.record(request.remote)
        log.info("refused a request with an unknown token from %s", request.remote)
        return _unauthorized(ErrorCode.AUTHENTICATION_FAILED, "unknown token").response()
    request[CREDENTIAL] = credential
    return await handler(request)


def make_app(endpoint: Endpoint, tokens: TokenStore | None) -> web.Application:
    app = web.Application(middlewares=[auth_middleware],
                          client_max_size=endpoint.limits.max_message_size)
    app[ENDPOINT_KEY] = endpoint
    app[TOKENS_KEY] = tokens
    app[POLLS_KEY] = [0]
    app[FAILURES_KEY] = AuthFailures()
    app.router.add_post("/cmapi", handle_cmapi)
    app.router.add_post("/cmapi/callbacks", handle_poll)
    app.router.add_get("/cmapi/ws", handle_ws)
    return app


@dataclass
class ServerConfig:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    #: None serves without authentication (``--no-auth``).
    tokens: TokenStore | None = None
    ssl_context: ssl.SSLContext | None = None
    limits: Limits = field(default_factory=Limits)


class CmapiServer:
    """Runs an :class:`Endpoint` for ``dispatcher`` on an aiohttp site until :meth:`stop`."""

    def __init__(self, dispatcher: Dispatcher, config: ServerConfig) -> None:
        self.config = config
        self.endpoint = Endpoint(dispatcher, config.limits)
        self.app = make_app(self.endpoint, config.tokens)
        self._runner: web.AppRunner | None = None
        self.port = config.port

    @property
    def scheme(self) -> str:
        return "https" if self.config.ssl_context else "http"

    @property
    def url(self) -> str:
        """``http(s)://HOST:PORT/cmapi``."""
        return f"{self.scheme}://{_host_for_url(self.config.host)}:{self.port}/cmapi"

    @property
    def ws_url(self) -> str:
        scheme = "wss" if self.config.ssl_context else "ws"
        return f"{scheme}://{_host_for_url(self.config.host)}:{self.port}/cmapi/ws"

    async def start(self) -> None:
        await self.endpoint.start()
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False,
                                     shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.config.host, self.config.port,
                           ssl_context=self.config.ssl_context, backlog=1024)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        if sockets:
            self.port = int(sockets[0].getsockname()[1])

    async def stop(self) -> None:
        for session in self.endpoint.sessions:
            ws = session.attached
            if isinstance(ws, web.WebSocketResponse):
                await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutting down")
        await self.endpoint.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> CmapiServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


def _host_for_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host
