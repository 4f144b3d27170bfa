"""The backend for local serial ports (``/dev/ttyUSB2``, ``COM5``) and pyserial URLs
(``socket://host:port``, ``rfc2217://host:port``, ``loop://``): an :class:`AtDevice` each.

``discover()`` probes the ports that look like modem AT ports (see :mod:`.probe`) and lists the
modems that answered, described as "Huawei E3372 (IMEI …)".
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from cmgui.service.registry import Backend, DiscoveredDevice, Registry, looks_like_serial_port

from .device import AtDevice
from .hotplug import PortWatcher
from .probe import probe_all

SCHEMES = ("socket", "rfc2217", "loop", "spy", "alt", "hwgrep")


async def discover(registry: Registry | None = None) -> list[DiscoveredDevice]:
    found: list[DiscoveredDevice] = []
    for outcome in await probe_all(registry=registry):
        if outcome.identity is None:
            continue
        details = {"port": outcome.port}
        if outcome.identity.imei:
            details["imei"] = outcome.identity.imei
        found.append(DiscoveredDevice(outcome.port, outcome.identity.description, "modem",
                                      details))
    return found


async def watch() -> AsyncIterator[None]:
    """Yields when a serial port appears or goes away (noticed within 2 s)."""
    async with PortWatcher() as watcher:
        async for _event in watcher.events():
            yield None


def register(registry: Registry) -> None:
    async def discover_here() -> list[DiscoveredDevice]:
        return await discover(registry)

    registry.register(Backend(
        name="at", factory=AtDevice, schemes=SCHEMES, matcher=looks_like_serial_port,
        discover=discover_here, watch=watch,
    ))
