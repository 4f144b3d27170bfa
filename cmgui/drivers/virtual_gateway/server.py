"""The virtual gateway on HTTP(S) (aiohttp): the API's paths, Digest authentication, and pushes
POSTed to a URL as the gateway's web UI would configure them.

Answers are HTTP 200 with the API's ``error_code`` in the JSON body (as the firmware does: "200
Data follows"), 401 with a challenge before authentication, 404 for paths the API lacks. A push
that is not answered 200 is sent again (three attempts), as a gateway retries.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from aiohttp import web

from cmgui.drivers.virtual_gateway.auth import ServerAuth
from cmgui.drivers.virtual_gateway.model import ApiError, GatewayConfig, VirtualGatewayModel, _ints

log = logging.getLogger(__name__)

PUSH_ATTEMPTS = 3
Handler = Callable[[web.Request, Any], Awaitable[dict[str, Any]]]


def _json(value: dict[str, Any], stray: bool = False) -> web.Response:
    text = json.dumps(value, ensure_ascii=False)
    if stray:
        text += "}"  # the manual's examples end with a stray brace; so does this firmware
    return web.Response(text=text, content_type="application/json", reason="Data follows")


class VirtualGatewayServer:
    """Serve a :class:`VirtualGatewayModel`; ``async with`` starts and stops it."""

    def __init__(
        self, config: GatewayConfig | None = None, *, user: str = "admin",
        password: str = "admin", auth: str = "digest", push_url: str | None = None,
        ssl_context: ssl.SSLContext | None = None, host: str = "127.0.0.1", port: int = 0,
    ) -> None:
        self.config = config or GatewayConfig()
        self.auth = ServerAuth(user, password, auth)
        self.push_url = push_url
        self.ssl_context = ssl_context
        self.host = host
        self.port = port
        self.pushes_sent = 0
        self.pushes_failed = 0
        self._model: VirtualGatewayModel | None = None
        self._runner: web.AppRunner | None = None
        self._pushes: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._pusher: asyncio.Task[None] | None = None
        self._routes: dict[str, Handler] = {
            "/api/send_sms": self._send_sms, "/api/query_sms_result": self._results,
            "/api/query_sms_deliver_status": self._reports,
            "/api/query_sms_in_queue": self._queue, "/api/query_incoming_sms": self._incoming,
            "/api/send_ussd": self._send_ussd, "/api/query_ussd_reply": self._ussd_reply,
            "/api/stop_sms": self._stop, "/api/get_port_info": self._port_info,
            "/api/set_port_info": self._set_port, "/api/get_cdr": self._cdr,
            "/GetSTKView": self._stk_view, "/STKGo": self._stk_go,
            "/GetSTKCurrFrameIndex": self._stk_frame, "/api/get_status": self._status,
        }

    @property
    def model(self) -> VirtualGatewayModel:
        if self._model is None:
            raise RuntimeError("the virtual gateway is not running")
        return self._model

    @property
    def scheme(self) -> str:
        return "https" if self.ssl_context is not None else "http"

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    @property
    def address(self) -> str:
        """The gateway address to give cmgui: ``dinstar+http(s)://HOST:PORT``."""
        return f"dinstar+{self.url}"

    async def start(self) -> str:
        loop = asyncio.get_running_loop()
        self._model = VirtualGatewayModel(self.config, schedule=loop.call_later, now=loop.time,
                                          push=self._queue_push)
        app = web.Application(middlewares=[self._authenticate], client_max_size=1 << 20)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port, ssl_context=self.ssl_context)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]
        if self.push_url:
            self._pusher = asyncio.create_task(self._push_loop(self.push_url))
        self.model.start()
        return self.address

    async def stop(self) -> None:
        if self._model is not None:
            self._model.stop()
        if self._pusher is not None:
            self._pusher.cancel()
            await asyncio.wait([self._pusher])
            self._pusher = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> VirtualGatewayServer:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    # --- HTTP ----------------------------------------------------------------------------------

    @web.middleware
    async def _authenticate(self, request: web.Request,
                            handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                            ) -> web.StreamResponse:
        ok, stale = self.auth.check(request.method, request.raw_path,
                                    request.headers.get("Authorization"))
        if not ok:
            await request.read()  # drain the body the client sent before it knew the nonce
            return web.Response(status=401, text="401 Unauthorized",
                                headers={"WWW-Authenticate": self.auth.challenge(stale)})
        return await handler(request)

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        route = self._routes.get(request.path)
        if route is None:
            raise web.HTTPNotFound(text="404 Not Found")
        self.model.requests += 1
        body: Any = None
        if request.can_read_body:
            raw = await request.text()
            try:
                body = json.loads(raw) if raw.strip() else None
            except ValueError:
                body = ValueError(raw)  # get_status takes the manual's non-JSON body
        try:
            return _json(await route(request, body),
                         stray=self.config.quirks and request.path == "/api/get_port_info")
        except ApiError as err:
            return _json({"error_code": err.code, "sn": self.config.sn})

    @staticmethod
    def _object(body: Any) -> Any:
        if isinstance(body, ValueError):
            raise ApiError(400)
        return body

    async def _send_sms(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.send_sms(self._object(body))

    async def _results(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.query_sms_result(self._object(body))

    async def _reports(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.query_deliver_status(self._object(body))

    async def _queue(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.in_queue()

    async def _incoming(self, request: web.Request, body: Any) -> dict[str, Any]:
        q = request.query
        after = q.get("incoming_sms_id", "0")
        if not after.isdigit():
            raise ApiError(400)
        return self.model.query_incoming(int(after), q.get("flag", "unread"),
                                         _ints(",".join(q.getall("port", []))))

    async def _send_ussd(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.send_ussd(self._object(body))

    async def _ussd_reply(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.ussd_reply(_ints(",".join(request.query.getall("port", []))))

    async def _stop(self, request: web.Request, body: Any) -> dict[str, Any]:
        task = request.query.get("task_id", "")
        if not task.isdigit():
            raise ApiError(400)
        return self.model.stop_task(int(task))

    async def _port_info(self, request: web.Request, body: Any) -> dict[str, Any]:
        q = request.query
        types = ",".join(q.getall("info_type", [])).split(",")
        return self.model.port_info(_ints(",".join(q.getall("port", []))), types)

    async def _set_port(self, request: web.Request, body: Any) -> dict[str, Any]:
        q = request.query
        port = q.get("port", "")
        if not port.isdigit() or "action" not in q:
            raise ApiError(400)
        return self.model.set_port(int(port), q["action"], q.get("param", ""),
                                   q.get("number", ""))

    async def _cdr(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.get_cdr(self._object(body))

    def _port_param(self, request: web.Request) -> int:
        port = request.query.get("port", "")
        if not port.isdigit():
            raise ApiError(400)
        return int(port)

    async def _stk_view(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.stk_view(self._port_param(request))

    async def _stk_go(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.stk_go(self._object(body))

    async def _stk_frame(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.stk_frame(self._port_param(request))

    async def _status(self, request: web.Request, body: Any) -> dict[str, Any]:
        return self.model.status()

    # --- pushes --------------------------------------------------------------------------------

    def _queue_push(self, payload: dict[str, Any]) -> None:
        if self.push_url:
            self._pushes.put_nowait(payload)

    async def _push_loop(self, url: str) -> None:
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            while True:
                payload = await self._pushes.get()
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                for attempt in range(PUSH_ATTEMPTS):
                    try:
                        async with session.post(url, data=data, headers={
                                "Content-Type": "application/json"}) as response:
                            await response.read()
                            if response.status == 200:
                                self.pushes_sent += 1
                                break
                    except (aiohttp.ClientError, OSError, TimeoutError) as exc:
                        log.info("push to %s failed: %s", url, exc)
                    await asyncio.sleep(0.05 * (attempt + 1))
                else:
                    self.pushes_failed += 1
                self._pushes.task_done()

    async def pushes_drained(self) -> None:
        """Wait until every queued push was sent (or given up)."""
        await self._pushes.join()
