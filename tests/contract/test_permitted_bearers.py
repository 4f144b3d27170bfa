"""CMAPI_NetCon_Get/SetPermittedBearers: a restriction the device can make reads back as set,
``["auto"]`` lifts it, and one it cannot make is error 0x3103 (invalid bearers)."""

from __future__ import annotations

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from tests.contract.test_contract import requires, unlock


async def test_permitted_bearers_read_back(device: Device) -> None:
    requires(device, "net_con_get_permitted_bearers", "net_con_set_permitted_bearers")
    await unlock(device)
    assert (await device.net_con_get_permitted_bearers())["permittedBearers"]
    await device.net_con_set_permitted_bearers(permitted_bearers=["4G"])
    assert (await device.net_con_get_permitted_bearers())["permittedBearers"] == ["4G"]
    await device.net_con_set_permitted_bearers(permitted_bearers=["auto"])
    assert (await device.net_con_get_permitted_bearers())["permittedBearers"] == ["auto"]


async def test_a_restriction_the_device_cannot_make_is_refused(device: Device) -> None:
    requires(device, "net_con_set_permitted_bearers")
    if device.kind != "mm":
        pytest.skip("which restrictions a modem cannot make is known for the mock modem only")
    await unlock(device)
    with pytest.raises(CmapiError) as info:  # the mock modem has no 2G-only mode
        await device.net_con_set_permitted_bearers(permitted_bearers=["2G"])
    assert info.value.code == ErrorCode.INVALID_BEARERS
    assert (await device.net_con_get_permitted_bearers())["permittedBearers"] == ["auto"]
