"""``cmcli virtual-gateway``: run the virtual gateway until interrupted."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import ssl
from collections.abc import Callable

from cmgui.drivers.virtual_gateway.model import GatewayConfig, Timing
from cmgui.drivers.virtual_gateway.ports import ALL_READY, DEFAULT_LAYOUT
from cmgui.drivers.virtual_gateway.server import VirtualGatewayServer


def make_server(*, ports: int = 8, host: str = "127.0.0.1", port: int = 0,
                user: str = "admin", password: str = "admin", auth: str = "digest",
                push_url: str | None = None, ssl_context: ssl.SSLContext | None = None,
                time_scale: float = 1.0, all_ready: bool = False,
                quirks: bool = True) -> VirtualGatewayServer:
    config = GatewayConfig(ports=ports, layout=ALL_READY if all_ready else DEFAULT_LAYOUT,
                           timing=Timing(scale=time_scale), quirks=quirks)
    return VirtualGatewayServer(config, user=user, password=password, auth=auth,
                                push_url=push_url, ssl_context=ssl_context, host=host, port=port)


async def run_until_stopped(server: VirtualGatewayServer,
                            started: Callable[[VirtualGatewayServer], None]) -> None:
    """Serve until SIGINT/SIGTERM; ``started`` is called once it listens."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    async with server:
        started(server)
        await stop.wait()
