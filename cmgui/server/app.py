"""The CMAPI endpoint as an aiohttp application, and :class:`CmapiServer` that runs it.

Routes: ``POST /cmapi`` (http.py), ``POST /cmapi/callbacks`` (longpoll.py), ``GET /cmapi/ws``
(websocket.py) and the OneAPI device capability resource (oneapi.py). Every request passes, in
this order: the connection bookkeeping of :mod:`.connections`, the origin check and CORS
preflight of :mod:`.cors`, and authentication: ``Authorization: Bearer TOKEN``, or on a WebSocket
handshake the subprotocol ``bearer.TOKEN`` a browser can send, unless the server runs without
authentication (``tokens=None``).
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field

from aiohttp import WSCloseCode, web

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.common.cmapi_device import DEFAULT_PORT
from cmgui.server.auth import (
    CMAPI_PROTOCOL,
    Credential,
    TokenStore,
    parse_authorization,
    subprotocol_token,
    subprotocols,
)
from cmgui.server.common import CREDENTIAL, ENDPOINT_KEY, Refusal
from cmgui.server.connections import (
    AcceptErrorLog,
    ConnectionGuard,
    GuardedSite,
    effective_caps,
    listen_backlog,
)
from cmgui.server.cors import OriginPolicy, add_cors_headers, preflight_response
from cmgui.server.defaults import DEFAULT_HOST
from cmgui.server.endpoint import Endpoint
from cmgui.server.http import handle_cmapi
from cmgui.server.limits import Limits, TokenBucket
from cmgui.server.longpoll import POLLS_KEY, handle_poll
from cmgui.server.oneapi import add_oneapi_routes
from cmgui.server.websocket import handle_ws
from cmgui.service.dispatcher import Dispatcher

log = logging.getLogger(__name__)

ANONYMOUS = Credential("anonymous", "full")
TOKENS_KEY: web.AppKey[TokenStore | None] = web.AppKey("cmapi_tokens", TokenStore)
ORIGINS_KEY: web.AppKey[OriginPolicy] = web.AppKey("cmapi_origins", OriginPolicy)
#: Failed authentications allowed per remote address: 5 a second, bursts of 20.
AUTH_FAILURE_RATE, AUTH_FAILURE_BURST, AUTH_FAILURE_HOSTS = 5.0, 20, 4096


class AuthFailures:
    """Slows down token guessing: a token bucket of failed attempts per remote address.

    Only unknown tokens count and only unknown tokens are turned away: a valid token is checked
    first and always accepted, so bad tokens sent by someone else from the same address (a NAT,
    a shared host) never lock its owner out. Guessing is made hopeless by the tokens' length
    (``auth.MIN_TOKEN_LENGTH``); the lockout keeps the guesser's cost to the server low.
    """

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
async def connection_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Marks the connection busy while a request runs (an idle one may be closed for room)."""
    conn = ConnectionGuard.request_started(request)
    try:
        return await handler(request)
    finally:
        ConnectionGuard.request_ended(conn)


@web.middleware
async def origin_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    origin = request.headers.get("Origin")
    if origin is None:
        return await handler(request)
    policy = request.app[ORIGINS_KEY]
    if not policy.allows(origin):
        log.info("refused a request from the Web origin %r (not allowed)", origin[:100])
        return Refusal(403, CmapiError(ErrorCode.AUTHENTICATION_DENIED, data={
            "reason": "requests from this Web origin are not allowed; the endpoint's owner "
                      "can allow it with cmcli serve --allow-origin ORIGIN"})).respond(request)
    if policy.is_preflight(request):
        return preflight_response()
    return await handler(request)


def _presented_token(request: web.Request) -> tuple[str | None, str | None]:
    """``(token, reason)``: the token the request presents, or None and why not."""
    header = request.headers.get("Authorization")
    if header is not None:
        token = parse_authorization(header)
        return (token, None) if token else (None, "the Authorization header must be: "
                                                  "Bearer TOKEN")
    offered = subprotocols(request.headers.get("Sec-WebSocket-Protocol"))
    token = subprotocol_token(offered)
    if token is not None:
        if CMAPI_PROTOCOL not in offered:
            return None, "offer the WebSocket subprotocol cmapi along with bearer.TOKEN"
        return token, None
    return None, "missing Authorization header (or, on a WebSocket, the subprotocols " \
                 "cmapi and bearer.TOKEN)"


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    tokens = request.app[TOKENS_KEY]
    if tokens is None:
        request[CREDENTIAL] = ANONYMOUS
        return await handler(request)
    token, reason = _presented_token(request)
    if token is None:
        return _unauthorized(ErrorCode.SECURITY_REQUEST_MALFORMED,
                             reason or "no token").respond(request)
    credential = tokens.check(token)
    if credential is None:
        failures = request.app[FAILURES_KEY]
        if failures.blocked(request.remote):
            return Refusal(429, CmapiError(ErrorCode.AUTHENTICATION_FAILED, data={
                "reason": "too many failed authentications; wait"}),
                {"Retry-After": "1"}).respond(request)
        failures.record(request.remote)
        log.info("refused a request with an unknown token from %s", request.remote)
        return _unauthorized(ErrorCode.AUTHENTICATION_FAILED, "unknown token").respond(request)
    request[CREDENTIAL] = credential
    return await handler(request)


def make_app(endpoint: Endpoint, tokens: TokenStore | None,
             origins: OriginPolicy | None = None) -> web.Application:
    app = web.Application(middlewares=[connection_middleware, origin_middleware,
                                       auth_middleware],
                          client_max_size=endpoint.limits.max_message_size)
    policy = origins or OriginPolicy()
    app[ENDPOINT_KEY] = endpoint
    app[TOKENS_KEY] = tokens
    app[ORIGINS_KEY] = policy
    app[POLLS_KEY] = [0]
    app[FAILURES_KEY] = AuthFailures()

    async def cors_headers(request: web.Request, response: web.StreamResponse) -> None:
        add_cors_headers(request, response, policy)

    app.on_response_prepare.append(cors_headers)
    app.router.add_post("/cmapi", handle_cmapi)
    app.router.add_post("/cmapi/callbacks", handle_poll)
    app.router.add_get("/cmapi/ws", handle_ws)
    add_oneapi_routes(app)
    return app


@dataclass
class ServerConfig:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    #: None serves without authentication (``--no-auth``).
    tokens: TokenStore | None = None
    ssl_context: ssl.SSLContext | None = None
    limits: Limits = field(default_factory=Limits)
    #: Web origins whose pages may use the endpoint (``--allow-origin``).
    allow_origins: Iterable[str] = ()


class CmapiServer:
    """Runs an :class:`Endpoint` for ``dispatcher`` on an aiohttp site until :meth:`stop`."""

    def __init__(self, dispatcher: Dispatcher, config: ServerConfig) -> None:
        self.config = config
        self.endpoint = Endpoint(dispatcher, config.limits)
        self.app = make_app(self.endpoint, config.tokens, OriginPolicy(config.allow_origins))
        self.guard = ConnectionGuard(*effective_caps(config.limits))
        self._accept_log = AcceptErrorLog()
        self._runner: web.AppRunner | None = None
        self.port = config.port

    @property
    def scheme(self) -> str:
        return "https" if self.config.ssl_context else "http"

    @property
    def url(self) -> str:
        """``http(s)://HOST:PORT/cmapi``."""
        return f"{self.root_url}/cmapi"

    @property
    def root_url(self) -> str:
        return f"{self.scheme}://{_host_for_url(self.config.host)}:{self.port}"

    @property
    def ws_url(self) -> str:
        scheme = "wss" if self.config.ssl_context else "ws"
        return f"{scheme}://{_host_for_url(self.config.host)}:{self.port}/cmapi/ws"

    async def start(self) -> None:
        await self.endpoint.start()
        limits = self.config.limits
        # aiohttp's keep-alive timer runs from the moment a connection is made and closes it
        # while no request is complete: it is the header time-out as well as the idle one.
        self._runner = web.AppRunner(self.app, access_log=None, handle_signals=False,
                                     shutdown_timeout=1.0,
                                     keepalive_timeout=limits.header_timeout)
        await self._runner.setup()
        site = GuardedSite(self._runner, self.config.host, self.config.port, self.guard,
                           ssl_context=self.config.ssl_context,
                           backlog=listen_backlog(self.guard.max_total))
        self._accept_log.install(asyncio.get_running_loop())
        try:
            await site.start()
        except BaseException:
            await self.stop()
            raise
        self.port = site.port

    async def stop(self) -> None:
        for session in self.endpoint.sessions:
            ws = session.attached
            if isinstance(ws, web.WebSocketResponse):
                await ws.close(code=WSCloseCode.GOING_AWAY, message=b"server shutting down")
        await self.endpoint.stop()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self._accept_log.uninstall()

    async def __aenter__(self) -> CmapiServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


def _host_for_url(host: str) -> str:
    return f"[{host}]" if ":" in host else host
