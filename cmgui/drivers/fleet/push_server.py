"""The HTTP end of the CMP push hooks: ``POST /fleet/push`` on an aiohttp server.

Each push is handed to ``on_push`` (which archives it) *before* it is answered, so a push the
archive could not keep is answered as a failure and the platform sends it again.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from cmgui.drivers.fleet.push import Push, PushError, decode, error_answer, kind_of, receive

log = logging.getLogger(__name__)

PATH = "/fleet/push"
MAX_BODY = 64 * 1024


class PushListener:
    """Serves the push hooks on HOST:PORT until :meth:`stop`."""

    def __init__(self, on_push: Callable[[Push], Awaitable[None]], path: str = PATH) -> None:
        self.on_push = on_push
        self.path = path
        self._runner: web.AppRunner | None = None
        self.host, self.port = "", 0

    async def start(self, host: str, port: int) -> tuple[str, int]:
        app = web.Application(client_max_size=MAX_BODY)
        app.router.add_post(self.path, self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        self.host, self.port = host, (sockets[0].getsockname()[1] if sockets else port)
        return self.host, self.port

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.read()
        try:
            push = receive(body, request.content_type)
        except PushError as err:
            log.warning("refused a push from %s: %s", request.remote, err)
            try:
                kind = kind_of(decode(body, request.content_type))
            except PushError:
                kind = ""
            return _answer(error_answer(kind, str(err)))
        try:
            await self.on_push(push)
        except Exception:
            log.exception("a push could not be kept; the platform will send it again")
            return _answer(error_answer(push.kind, "not stored"))
        return _answer(push.answer)


def _answer(answer: tuple[int, str, bytes]) -> web.Response:
    status, content_type, body = answer
    return web.Response(status=status, body=body, content_type=content_type)
