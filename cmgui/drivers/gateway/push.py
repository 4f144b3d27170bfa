"""The push receiver: the URL a gateway's web UI is given for its pushes
(``http://HOST:PORT/gateway/push``), on aiohttp.

Every push type of the API is accepted, arrays and objects as they come. The answer is 200 once
the events are handled (archived), so the gateway does not send them again; when handling fails
(the archive cannot be written) the answer is 503 and the gateway's retry brings them back —
nothing is lost. A body that is not a push at all is answered 200 too (sending it again would
not make it readable) and reported.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from cmgui.drivers.gateway.protocol.pushes import PushEvent, parse_push
from cmgui.drivers.gateway.protocol.tolerant import GatewayProtocolError

log = logging.getLogger(__name__)

PATH = "/gateway/push"
MAX_BODY = 1 << 20
PushSink = Callable[[list[PushEvent]], Awaitable[None]]
ErrorSink = Callable[[str], None]


def _answer(code: int, status: int = 200) -> web.Response:
    return web.Response(status=status, text=json.dumps({"error_code": code}),
                        content_type="application/json")


class PushReceiver:
    """Receive pushes on ``host:port`` and hand their events to ``sink``."""

    def __init__(self, sink: PushSink, host: str = "127.0.0.1", port: int = 0, *,
                 on_error: ErrorSink | None = None) -> None:
        self.sink = sink
        self.host = host
        self.port = port
        self.on_error = on_error
        self.received = 0
        self.unreadable = 0
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{PATH}"

    async def start(self) -> str:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(PATH, self._push)
        app.router.add_get(PATH, self._hello)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        sockets = getattr(site._server, "sockets", None) or []
        if sockets:
            self.port = sockets[0].getsockname()[1]
        return self.url

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> PushReceiver:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _hello(self, request: web.Request) -> web.Response:
        return web.Response(text="cmgui gateway push receiver: the gateway POSTs here\n")

    async def _push(self, request: web.Request) -> web.Response:
        body = await request.read()
        try:
            events = parse_push(body)
        except GatewayProtocolError as err:
            self.unreadable += 1
            message = f"an unreadable push from {request.remote}: {err}"
            log.warning("%s", message)
            if self.on_error is not None:
                self.on_error(message)
            return _answer(200)
        try:
            await self.sink(events)
        except Exception as exc:
            log.warning("pushed events not handled (the gateway will send them again): %s", exc)
            return _answer(503, status=503)
        self.received += len(events)
        return _answer(200)
