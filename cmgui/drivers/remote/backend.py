"""Registers the remote client for ``http(s)://`` and ``ws(s)://`` addresses. Its discovery lists
the endpoints the user saved (``cmcli login``, the app's endpoint list; not contacted) and
``cmapi.device`` found on the local network (5.1), each endpoint once."""

from __future__ import annotations

from cmgui.drivers.remote.device import RemoteDevice
from cmgui.drivers.remote.discovery import discover_endpoints
from cmgui.drivers.remote.saved import discover_saved
from cmgui.service.registry import Backend, DiscoveredDevice, Registry
from cmgui.service.saved_devices import address_key


async def discover() -> list[DiscoveredDevice]:
    """Saved endpoints first, then announced ones not saved under the same URL."""
    found = await discover_saved()
    known = {address_key(d.address) for d in found}
    for device in await discover_endpoints():
        if address_key(device.address) not in known:
            known.add(address_key(device.address))
            found.append(device)
    return found


def register(registry: Registry) -> None:
    registry.register(Backend(
        name="remote", factory=RemoteDevice, schemes=("http", "https", "ws", "wss"),
        discover=discover, priority=10))
