"""One Device that takes its WLAN functions from another: a modem plus this computer's Wi-Fi.

``cmcli serve`` and the app show one device per modem; a modem has no Wi-Fi of its own, but the
computer has. ``WlanOverlay(modem, LocalWlan())`` answers the CMAPI WLAN functions (7.12 and
``Information_GetWLANConnection``) from the Wi-Fi device and everything else from the modem, and
merges both devices' events into one stream.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Awaitable, Callable
from typing import Any, ClassVar

from cmgui.cmapi import types as t
from cmgui.service.device import SEAM_METHODS, Device, EventStream

WLAN_METHODS: frozenset[str] = frozenset(
    name for name in SEAM_METHODS
    if name.startswith("wlan_") or name == "information_get_wlan_connection")


class WlanOverlay(Device):
    """``base`` for everything but WLAN, ``wlan`` for WLAN. Both are opened and closed here."""

    kind: ClassVar[str] = "device"

    def __init__(self, base: Device, wlan: Device, *, own_base: bool = True) -> None:
        super().__init__(base.address)
        self.base = base
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
        return base | (self.wlan.supported_functions() & WLAN_METHODS) | {"wlan_is_supported"}

    async def wlan_is_supported(self) -> t.WLANSupported:
        return await self.wlan.wlan_is_supported()


def _forward(name: str, to_wlan: bool) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(getattr(Device, name))
    async def call(self: WlanOverlay, **kwargs: Any) -> Any:
        target = self.wlan if to_wlan else self.base
        return await getattr(target, name)(**kwargs)
    return call


for _name in SEAM_METHODS:
    if _name != "wlan_is_supported":
        setattr(WlanOverlay, _name, _forward(_name, _name in WLAN_METHODS))
