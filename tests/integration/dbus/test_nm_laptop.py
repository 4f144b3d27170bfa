"""The laptop-class WLAN functions on NetworkManager and the battery from UPower, against
python-dbusmock (templates/nm_wifi.py and dbusmock's upower template) on a private system bus."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from dbus_fast import Variant

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.dbus.nm_laptop import LaptopWlan
from cmgui.service.registry import REGISTRY
from tests.integration.dbus.mockbus import (
    NM_TEMPLATE,
    MockService,
    mock_service,
    private_system_bus,
)

UPOWER = "org.freedesktop.UPower"


@asynccontextmanager
async def laptop(on_battery: bool = True) -> AsyncIterator[tuple[LaptopWlan, MockService]]:
    async with private_system_bus() as address, \
            mock_service(address, NM_TEMPLATE, "org.freedesktop.NetworkManager"), \
            mock_service(address, "upower", UPOWER, {"OnBattery": on_battery}) as upower:
        device = REGISTRY.create("wlan")
        assert isinstance(device, LaptopWlan)
        await device.open()
        try:
            yield device, upower
        finally:
            await device.close()


@pytest.fixture
async def wlan() -> AsyncIterator[LaptopWlan]:
    async with laptop() as (device, _upower):
        yield device


async def test_connected_parameters_and_their_change(wlan: LaptopWlan) -> None:
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_get_connected_parameters()
    assert info.value.code == ErrorCode.WLAN_NOT_CONNECTED
    await wlan.wlan_connect(ssid="HomeNet", security="WPA2-PSK", key="correct horse")
    params = await wlan.wlan_get_connected_parameters()
    assert (params["SSID"], params["BSSID"], params["frequency"]) == (
        "HomeNet", "00:11:22:33:44:01", 5180)
    assert params["autoConnect"] is True and params["IPAddress"] == "192.168.1.57"
    await wlan.wlan_set_connected_parameters(auto_connect=False, priority=7)
    params = await wlan.wlan_get_connected_parameters()
    assert (params["autoConnect"], params["priority"]) == (False, 7)
    with pytest.raises(CmapiError) as info:  # nothing is being set up
        await wlan.wlan_cancel_operation()
    assert info.value.code == ErrorCode.WLAN_NO_PENDING_OPERATION


async def test_what_networkmanager_lacks_gets_the_specifications_error(
        wlan: LaptopWlan) -> None:
    for call, code in (
            (wlan.wlan_connect_wps(), ErrorCode.CAPABILITY_NOT_OFFERED),
            (wlan.wlan_connect_pin_wps(pin="12345670"), ErrorCode.CAPABILITY_NOT_OFFERED),
            (wlan.wlan_get_wsidl(), ErrorCode.NO_SMART_CARD),
            (wlan.wlan_get_hs2_mo_subcription(), ErrorCode.WLAN_HS2_MO_NOT_SUPPORTED),
            (wlan.wlan_get_andsf_mo_subcription(), ErrorCode.WLAN_ANDSF_MO_NOT_SUPPORTED),
            (wlan.wlan_get_anqp(bssid="00:11:22:33:44:01"), ErrorCode.CAPABILITY_NOT_OFFERED)):
        with pytest.raises(CmapiError) as info:
            await call
        assert info.value.code == code


async def test_authentication_settings_and_reset(wlan: LaptopWlan) -> None:
    methods = (await wlan.wlan_authentication_supported())["authenticationMethods"]
    assert {"open", "WEP", "WPA2-PSK", "WPA2-EAP"} <= set(methods)
    settings = await wlan.wlan_get_wlan_settings()
    assert settings["userSettings"]["enabled"] is True
    await wlan.wlan_set_wlan_user_settings(connection_mode="manual")
    settings = await wlan.wlan_get_wlan_settings()
    assert settings["userSettings"]["connectionMode"] == "manual"
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_set_wlan_user_settings(scan_interval=10)
    assert info.value.code == ErrorCode.CONFIGURATION_NOT_SUPPORTED
    await wlan.wlan_reset_device()
    assert (await wlan.wlan_get_wlan_settings())["userSettings"]["enabled"] is True
    found = await wlan.wlan_search_network_async(ssid="CafeFree")
    assert found["found"] and found["networks"][0]["BSSID"] == "00:11:22:33:44:02"


async def test_the_laptops_battery_from_upower() -> None:
    async with laptop(on_battery=True) as (device, upower):
        with pytest.raises(CmapiError) as info:  # a desktop: no battery at all
            await device.information_get_battery_status()
        assert info.value.code == ErrorCode.NO_HARDWARE_SUPPORT
        await upower.mock_call(
            "/org/freedesktop/UPower", "SetupDisplayDevice", "uuddddxxbsu",
            [2, 2, 64.4, 30.0, 50.0, 9.0, 3600, 0, True, "battery-good", 1])
        assert await device.information_get_battery_status() == {
            "batteryState": "discharging", "batteryLevel": 64, "externalPower": False}
        await upower.bus.set(UPOWER, "/org/freedesktop/UPower/devices/DisplayDevice",
                             "org.freedesktop.UPower.Device", "State", Variant("u", 1))
        status = await device.information_get_battery_status()
        assert status["batteryState"] == "charging"


async def test_connection_mode_is_the_devices_autoconnect(wlan: LaptopWlan) -> None:
    assert await wlan.wlan_get_connection_mode() == {"connectionMode": "auto"}
    await wlan.wlan_set_connection_mode(connection_mode="manual")
    assert await wlan.wlan_get_connection_mode() == {"connectionMode": "manual"}
    assert (await wlan.wlan_get_wlan_settings())["userSettings"]["connectionMode"] == "manual"
    await wlan.wlan_set_connection_mode(connection_mode="auto")
    assert await wlan.wlan_get_connection_mode() == {"connectionMode": "auto"}
