"""One Device that takes its WLAN functions from another: a modem plus this computer's Wi-Fi.

``cmcli serve`` and the app show one device per modem; a modem has no Wi-Fi of its own, but the
computer has. ``WlanOverlay(modem, wifi)`` answers the CMAPI WLAN functions (7.12 and
``Information_GetWLANConnection``) from the Wi-Fi device and everything else from the modem, and
merges both devices' events into one stream. It depends only on the seam, so controllers and the
endpoint may use it; :func:`with_local_wlan` finds the Wi-Fi device through the registry (address
``wlan``, NetworkManager's backend) without naming a driver.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any, ClassVar

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError
from cmgui.service.delegating import DelegatingDevice
from cmgui.service.device import SEAM_METHODS, Device, EventStream
from cmgui.service.registry import REGISTRY, Registry

log = logging.getLogger(__name__)

#: The registry address of this computer's Wi-Fi.
LOCAL_WLAN_ADDRESS = "wlan"

WLAN_METHODS: frozenset[str] = frozenset(
    name for name in SEAM_METHODS
    if name.startswith("wlan_") or name == "information_get_wlan_connection")


#: What the computer answers for itself when its Wi-Fi side can: its battery (a laptop's, from
#: UPower), not the modem's (most USB modems have none).
HOST_METHODS: frozenset[str] = frozenset({"information_get_battery_status"})


class WlanOverlay(DelegatingDevice):
    """``base`` for everything but WLAN, ``wlan`` for WLAN. ``open``/``close`` open and close
    ``wlan`` always and ``base`` only when ``own_base``."""

    kind: ClassVar[str] = "device"

    def __init__(self, base: Device, wlan: Device, *, own_base: bool = True) -> None:
        super().__init__(base.address)
        self.inner = self.base = base
        self.wlan = wlan
        #: False when ``base`` is already open and someone else closes it (``cmcli serve``).
        self.own_base = own_base
        self.kind = base.kind  # type: ignore[misc]  # shown as the modem it wraps
        self._pumps: list[asyncio.Task[None]] = []

    async def open(self) -> None:
        if self.own_base:
            await self.base.open()
        try:
            await self.wlan.open()
        except BaseException:
            if self.own_base:
                await self.base.close()
            raise
        for source in (self.base, self.wlan):
            self._pumps.append(asyncio.get_running_loop().create_task(
                self._pump(source.subscribe())))

    async def _pump(self, stream: EventStream) -> None:
        async for event in stream:
            self.events.publish(event)

    async def close(self) -> None:
        for task in self._pumps:
            task.cancel()
        for task in self._pumps:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._pumps.clear()
        try:
            await self.wlan.close()
        finally:
            if self.own_base:
                await self.base.close()
            await super().close()

    async def describe(self) -> t.DeviceInfo:
        info = await self.base.describe()
        info["radio"] = int(info["radio"]) | int(t.RadioFlag.WLAN)
        return info

    def supported_functions(self) -> frozenset[str]:
        base = self.base.supported_functions() - WLAN_METHODS
        host = self.wlan.supported_functions() & HOST_METHODS
        return base | host | (self.wlan.supported_functions() & WLAN_METHODS) | {
            "wlan_is_supported"}

    async def wlan_is_supported(self) -> t.WLANSupported:
        return await self.wlan.wlan_is_supported()

    async def delegate(self, name: str, kwargs: dict[str, Any]) -> Any:
        host = name in HOST_METHODS and name in self.wlan.supported_functions()
        target = self.wlan if name in WLAN_METHODS or host else self.base
        return await getattr(target, name)(**kwargs)


async def with_local_wlan(device: Device, *, registry: Registry = REGISTRY) -> Device:
    """``device`` (open) with this computer's Wi-Fi answering the WLAN functions, when it has
    none of its own and the registry's ``wlan`` device opens; else ``device`` itself.

    The result is open. When it is not ``device``, it is a :class:`WlanOverlay` that does not own
    ``device``: the caller closes it (which closes only the Wi-Fi side, see :func:`release`) and
    still closes ``device`` as before. No Wi-Fi (no backend, NetworkManager not running, no Wi-Fi
    hardware) is not an error: it is logged at INFO and ``device`` is returned unchanged.
    """
    if "wlan_get_scan_results" in device.supported_functions():
        return device
    try:
        wlan = registry.create(LOCAL_WLAN_ADDRESS)
    except CmapiError as err:
        log.info("no local Wi-Fi for %s: %s", device.address, err.message)
        return device
    if "wlan_get_scan_results" not in wlan.supported_functions():
        log.info("no local Wi-Fi for %s: %s has no WLAN functions", device.address, wlan.address)
        return device
    overlay = WlanOverlay(device, wlan, own_base=False)
    try:
        await overlay.open()
    except CmapiError as err:
        log.info("no local Wi-Fi for %s: %s", device.address, err.message)
        return device
    return overlay


async def release(device: Device, served: Device) -> None:
    """Undo :func:`with_local_wlan`: close ``served`` if it is not ``device`` itself."""
    if served is not device:
        await served.close()
