"""Registers the remote client for ``http(s)://`` and ``ws(s)://`` addresses, and finds
``cmapi.device`` on the local network (5.1) when no address is given."""

from __future__ import annotations

from cmgui.drivers.remote.device import RemoteDevice
from cmgui.server.discovery import discover_endpoints
from cmgui.service.registry import Backend, Registry


def register(registry: Registry) -> None:
    registry.register(Backend(
        name="remote", factory=RemoteDevice, schemes=("http", "https", "ws", "wss"),
        discover=discover_endpoints, priority=10))
