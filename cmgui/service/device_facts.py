"""What the host's stores need to know about a device: whose SIM it holds, and if it roams.

:class:`DeviceFacts` asks the device and keeps the SIM's identity once the SIM answers; the
collaborators of :class:`~cmgui.service.stored.StoredDevice` share one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from cmgui.cmapi.errors import CmapiError
from cmgui.service.device import Device
from cmgui.service.sms_sync import SimIdentity

T = TypeVar("T")


async def optional(call: Callable[[], Awaitable[T]]) -> T | None:
    """``call``'s answer, or None when the device answers it with a CMAPI error."""
    try:
        return await call()
    except CmapiError:
        return None


class DeviceFacts:
    """The SIM identity (cached) and roaming state of ``device``."""

    def __init__(self, device: Device) -> None:
        self.device = device
        self._who: SimIdentity | None = None

    async def identity(self) -> SimIdentity:
        """IMEI, IMSI and ICCID (cached once the SIM answers; None where unknown)."""
        if self._who is not None and self._who.imsi:
            return self._who
        imei = await optional(self.device.dev_srv_get_imei)
        imsi = await optional(self.device.dev_srv_get_imsi)
        iccid = await optional(self.device.information_get_iccid)
        self._who = SimIdentity(imei["IMEI"] if imei else None, imsi["IMSI"] if imsi else None,
                                iccid["ICCID"] if iccid else None)
        return self._who

    def forget_identity(self) -> None:
        """The SIM may have changed or been unlocked: ask again next time."""
        self._who = None

    async def roaming(self) -> bool:
        """True when the device says it roams (False when it does not say)."""
        status = await optional(self.device.information_get_roaming_status)
        return bool(status and status["roaming"])
