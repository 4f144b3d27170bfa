"""ModemManager's modems as the registry sees them: discovery (``mm:N``) and the ports it owns.

:func:`owned_ports` is the ``mm`` backend's ``claimed_ports``: the AT driver's discovery gets
it from the registry before it probes serial ports (it never imports this driver).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
from typing import Any

from cmgui.cmapi.errors import CmapiError
from cmgui.service.registry import DiscoveredDevice

from . import mm_model as m
from .bus import DBusCallError, SystemBus


async def _modems(bus: SystemBus) -> dict[str, dict[str, dict[str, Any]]]:
    if not await bus.name_has_owner(m.BUS_NAME):
        return {}
    objects = await bus.managed_objects(m.BUS_NAME, m.ROOT)
    return {path: ifaces for path, ifaces in objects.items() if m.MODEM in ifaces}


async def discover() -> list[DiscoveredDevice]:
    """ModemManager's modems as ``mm:N``; none when the bus or ModemManager is absent."""
    try:
        bus = await SystemBus.connect()
    except CmapiError:
        return []
    try:
        modems = await _modems(bus)
    except (CmapiError, DBusCallError):
        return []
    finally:
        await bus.close()
    found: list[DiscoveredDevice] = []
    for path, ifaces in sorted(modems.items(), key=lambda item: _index(item[0])):
        props = ifaces[m.MODEM]
        name = f"{props.get('Manufacturer', '')} {props.get('Model', '')}".strip() or "modem"
        details = {"path": path, "plugin": str(props.get("Plugin", "")),
                   "primaryPort": str(props.get("PrimaryPort", ""))}
        imei = str(props.get("EquipmentIdentifier", ""))
        if imei:
            details["imei"] = imei
        description = f"{name} via ModemManager" + (f" (IMEI {imei})" if imei else "")
        found.append(DiscoveredDevice(f"{m.ADDRESS_PREFIX}{_index(path)}", description, "mm",
                                      details))
    return found


def _index(path: str) -> int:
    tail = path.rsplit("/", 1)[-1]
    return int(tail) if tail.isdigit() else -1


def ports_of(modem_props: dict[str, Any]) -> set[str]:
    """Device nodes (``/dev/ttyUSB2``, ``/dev/cdc-wdm0``) of a modem's ``Ports``, leaving out
    network interfaces and the ports ModemManager ignores."""
    owned: set[str] = set()
    for entry in modem_props.get("Ports", []):
        if (not isinstance(entry, list | tuple) or len(entry) != 2
                or not isinstance(entry[0], str) or not isinstance(entry[1], int)):
            continue
        name, kind = entry[0], entry[1]
        if not name or kind in (m.PortType.NET, m.PortType.IGNORED):
            continue
        owned.add(name if name.startswith("/") else f"/dev/{name}")
    return owned


async def owned_ports() -> set[str] | None:
    """Ports ModemManager holds (``/dev/ttyUSB2`` …), or None when ModemManager is not running
    (or the system bus cannot be reached): then the AT driver may probe every port."""
    try:
        bus = await SystemBus.connect()
    except CmapiError:
        return None
    try:
        if not await bus.name_has_owner(m.BUS_NAME):
            return None
        modems = await _modems(bus)
    except (CmapiError, DBusCallError):
        return None
    finally:
        await bus.close()
    owned: set[str] = set()
    for ifaces in modems.values():
        owned |= ports_of(ifaces[m.MODEM])
    return owned


def owned_ports_blocking(timeout: float = 2.0) -> set[str] | None:
    """:func:`owned_ports` for synchronous callers (runs on a worker thread's own loop)."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(asyncio.run, asyncio.wait_for(owned_ports(), timeout))
        try:
            return future.result(timeout + 1)
        except (TimeoutError, concurrent.futures.TimeoutError):
            return None
