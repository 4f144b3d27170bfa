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


