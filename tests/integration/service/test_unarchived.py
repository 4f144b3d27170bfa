"""Without a usable archive a device is served, but it never deletes a message (issue 11,
finding 7): nothing could keep a copy first."""

from __future__ import annotations

import asyncio

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.events import SMSReceived
from cmgui.service.opening import open_device
from cmgui.service.unarchived import UnarchivedDevice
from tests.integration.at.waiting import until


async def test_deleting_is_refused_and_the_message_stays() -> None:
    device = open_device("virtual", stores=None)
    assert isinstance(device, UnarchivedDevice) and device.kind == "virtual"
    stream = device.subscribe()
    await device.open()
    try:
        await device.dev_srv_verify_pin(pin="1234")
        model = device.inner.server.model  # type: ignore[attr-defined]
        await until(lambda: model.registered, 10, "registration")
        model.inject_sms("+15550171", "keep me")
        while not isinstance(await asyncio.wait_for(stream.get(), 10), SMSReceived):
            pass  # the inner device's events reach the wrapper's subscribers
        ids = await _ids(device)
        assert ids
        with pytest.raises(CmapiError) as info:
            await device.sms_delete(msg_id=ids[0])
        assert info.value.code == ErrorCode.SMS_DEVICE_ERROR
        assert "archive is not available" in info.value.data["reason"]
        assert await _ids(device) == ids
    finally:
        stream.close()
        await device.close()


async def _ids(device: UnarchivedDevice) -> list[str]:
    result = await device.sms_get_id_list(storage="SM")
    return list(result["SMSIDList"])
