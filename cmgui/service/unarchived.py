"""A device served without the SMS archive (the database could not be opened): it works, but it
never deletes a message from the device, since nothing could keep a copy first.

:func:`cmgui.service.opening.open_device` wraps every device in :class:`UnarchivedDevice` when
the host has no usable store; the app shows why (a banner), cmcli exits before it gets here.
"""

from __future__ import annotations

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.delegating import DelegatingDevice
from cmgui.service.device import Device

REFUSAL = ("not deleted: the message archive is not available (the local database could not "
           "be opened), so the message could not be kept first; repair or move the database, "
           "then try again")


class UnarchivedDevice(DelegatingDevice):
    """``inner`` as it is, except that deleting messages is refused (module docstring)."""

    def __init__(self, inner: Device) -> None:
        super().__init__(inner.address)
        self.__dict__["kind"] = inner.kind
        self.inner = inner
        self.events = inner.events  # the same events, no pump in between

    async def open(self) -> None:
        await self.inner.open()

    async def close(self) -> None:
        await self.inner.close()

    async def describe(self) -> t.DeviceInfo:
        return await self.inner.describe()

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        raise CmapiError(ErrorCode.SMS_DEVICE_ERROR, data={"msgID": msg_id, "reason": REFUSAL})
