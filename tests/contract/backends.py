"""The backends the seam's contract suite runs against.

Each entry opens a fresh device in its initial state: a SIM with PIN 1234 enabled (3 attempts) and
PUK 12345678, radio on, the home network and its roaming partners in range, the echo number
+15550100 answering every SMS, USSD *100# (balance) and *123# (a menu). Later issues add entries
(remote endpoints over HTTP and WebSocket, D-Bus backends) without touching the tests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from cmgui.service.device import Device
from cmgui.service.registry import REGISTRY

BackendFactory = Callable[[], AbstractAsyncContextManager[Device]]
BACKENDS: dict[str, BackendFactory] = {}


def backend(name: str) -> Callable[[BackendFactory], BackendFactory]:
    def register(factory: BackendFactory) -> BackendFactory:
        BACKENDS[name] = factory
        return factory
    return register


def _virtual(dialect: str) -> BackendFactory:
    @asynccontextmanager
    async def open_virtual() -> AsyncIterator[Device]:
        device = REGISTRY.create(f"virtual:{dialect}")
        await device.open()
        try:
            yield device
        finally:
            await device.close()
    return open_virtual


for _dialect in ("generic", "huawei", "quectel", "sierra"):
    backend(f"at-virtual-{_dialect}")(_virtual(_dialect))


def _remote(transport: str) -> BackendFactory:
    """Remote(Server(virtual:generic)): the remote client through a real ``cmcli serve``
    endpoint on 127.0.0.1, over HTTP + long polling or over WebSocket."""

    @asynccontextmanager
    async def open_remote() -> AsyncIterator[Device]:
        from cmgui.drivers.remote.device import RemoteDevice
        from cmgui.server.app import CmapiServer, ServerConfig
        from cmgui.server.auth import TokenStore, generate_token
        from cmgui.service.dispatcher import Dispatcher

        token = generate_token()
        async with _virtual("generic")() as local:
            config = ServerConfig(port=0, tokens=TokenStore({token: "full"}))
            async with CmapiServer(Dispatcher({"1": local}), config) as server:
                remote = RemoteDevice(server.url if transport == "http" else server.ws_url,
                                      token=token)
                await remote.open()
                try:
                    yield remote
                finally:
                    await remote.close()
    return open_remote


backend("remote-http")(_remote("http"))
backend("remote-ws")(_remote("ws"))


@backend("mm-dbusmock")
@asynccontextmanager
async def open_mm() -> AsyncIterator[Device]:
    """The ModemManager backend (``mm:0``) on python-dbusmock with our modem model, on a
    private system bus (tests/integration/dbus/)."""
    from tests.integration.dbus.mockbus import MM_NOT_APPLICABLE, mm_modem, skip_not_applicable

    skip_not_applicable(MM_NOT_APPLICABLE)
    async with mm_modem():
        device = REGISTRY.create("mm:0")
        await device.open()
        try:
            yield device
        finally:
            await device.close()


@backend("gateway-port")
@asynccontextmanager
async def open_gateway_port() -> AsyncIterator[Device]:
    """Port 1 of the virtual SMS gateway (Digest over real HTTP on 127.0.0.1, delays scaled
    down), whose SIM has PIN 1234 enabled; fast polling."""
    from tests.integration.gateway.support import gateway_port

    async with gateway_port() as device:
        yield device
