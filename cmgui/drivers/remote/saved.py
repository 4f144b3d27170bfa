"""The endpoints the user saved, as discovery rows (``cmcli devices``, the app's device list).

The list itself (``endpoints.json``, shared by the app and ``cmcli login``/``logout``) belongs to
:mod:`cmgui.service.saved_devices`; this module only shows it, without contacting anything.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from cmgui.service.registry import DiscoveredDevice
from cmgui.service.saved_devices import ENDPOINT, SavedDevices, SavedEntry


def _host(address: str) -> str:
    """``host:port`` of an address, without any user name or password in it."""
    try:
        parts = urlsplit(address.strip())
        host = parts.hostname or address
        port = parts.port
    except ValueError:
        return address.strip()
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{port}" if port is not None else host


def discovered(entry: SavedEntry) -> DiscoveredDevice:
    """A saved endpoint as a discovery row; the endpoint is not contacted."""
    address, label = entry.address, entry.label
    details = {"source": "saved"} | ({"label": label} if label else {})
    return DiscoveredDevice(address=address,
                            description=label or f"OpenCMAPI endpoint {_host(address)}",
                            kind="remote", details=details)


async def discover_saved(directory: Path | None = None) -> list[DiscoveredDevice]:
    """The saved endpoints as discovery rows, one per endpoint (a local file read only)."""
    rows: list[DiscoveredDevice] = []
    seen: set[str] = set()
    for entry in SavedDevices(directory).entries(ENDPOINT):
        if entry.key not in seen:
            seen.add(entry.key)
            rows.append(discovered(entry))
    return rows
