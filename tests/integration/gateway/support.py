"""Shared set-up of the gateway tests: the virtual gateway on 127.0.0.1 with scaled-down delays,
fast polling, and a port of it opened as a device."""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import ssl
import subprocess
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import pytest

from cmgui.drivers.gateway.credentials import Credentials
from cmgui.drivers.gateway.port import GatewayPortDevice
from cmgui.drivers.gateway.session import PollIntervals
from cmgui.drivers.virtual_gateway import GatewayConfig, Timing, VirtualGatewayServer

#: Real delays divided by 1000: an SMS takes 2-8 ms, a delivery report 2-6 ms.
FAST_TIMING = Timing(scale=0.001)
FAST_POLL = PollIntervals(ports=0.05, incoming=0.05, results=0.02, reports=0.05, ussd=0.02,
                          pin_readback=0.3)
ADMIN = Credentials("admin", "admin")
T = TypeVar("T")


def fast_config(**changes: Any) -> GatewayConfig:
    options: dict[str, Any] = {"timing": FAST_TIMING, "welcome_sms": False} | changes
    return GatewayConfig(**options)


@asynccontextmanager
async def virtual_gateway(**changes: Any) -> AsyncIterator[VirtualGatewayServer]:
    server_options = {k: changes.pop(k) for k in ("auth", "push_url", "ssl_context", "user",
                                                  "password") if k in changes}
    async with VirtualGatewayServer(fast_config(**changes), **server_options) as server:
        yield server


@asynccontextmanager
async def gateway_port(port: int = 1, **changes: Any) -> AsyncIterator[GatewayPortDevice]:
    async with virtual_gateway(**changes) as server:
        device = GatewayPortDevice(f"{server.address}/ports/{port}", credentials=ADMIN,
                                   intervals=FAST_POLL)
        await device.open()
        try:
            yield device
        finally:
            await device.close()


class ThreadedGateway:
    """The virtual gateway on its own event loop in a thread, for code that runs its own loop
    (``cmcli`` through ``main()``, the app)."""

    def __init__(self, **changes: Any) -> None:
        self.changes = changes
        self.loop = asyncio.new_event_loop()
        self.server: VirtualGatewayServer | None = None
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> ThreadedGateway:
        self._thread.start()
        changes = dict(self.changes)
        options = {k: changes.pop(k) for k in ("auth", "push_url", "ssl_context", "user",
                                               "password", "port") if k in changes}

        async def start() -> VirtualGatewayServer:
            server = VirtualGatewayServer(fast_config(**changes), **options)
            await server.start()
            return server

        self.server = asyncio.run_coroutine_threadsafe(start(), self.loop).result(10)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.server is not None:
            asyncio.run_coroutine_threadsafe(self.server.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()

    @property
    def address(self) -> str:
        assert self.server is not None
        return self.server.address

    def call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` on the gateway's loop (to touch its model) and return its result."""
        async def run() -> T:
            return fn()
        return asyncio.run_coroutine_threadsafe(run(), self.loop).result(10)


async def eventually(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    """Wait until ``check()`` (sync or async) is truthy; AssertionError after ``timeout``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = check()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_certificate(directory: Path, name: str) -> tuple[Path, Path, str]:
    """A self-signed certificate naming no host (as gateways ship them): cert, key, SHA-256."""
    if shutil.which("openssl") is None:
        pytest.skip("needs openssl")
    cert, key = directory / f"{name}.pem", directory / f"{name}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2",
         "-subj", f"/CN=dinstar-{name}"], check=True, capture_output=True)
    der = ssl.PEM_cert_to_DER_cert(cert.read_text())
    return cert, key, hashlib.sha256(der).hexdigest()
