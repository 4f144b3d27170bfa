"""The WLAN page of a modem that has no Wi-Fi uses this computer's (NetworkManager), on a private
D-Bus with the mock ModemManager and NetworkManager; remote devices are left alone."""

from __future__ import annotations

from typing import Any

import pytest
from cmgui.controllers.device import DeviceController
from cmgui.controllers.devices import with_this_computers_wifi
from cmgui.drivers.dbus.mm import MMDevice
from cmgui.service.device import Device

from tests.gui.conftest import delete_now, run
from tests.integration.dbus.mockbus import (
    MM_TEMPLATE,
    NM_TEMPLATE,
    mock_service,
    private_system_bus,
)

pytestmark = pytest.mark.gui


def test_a_modem_without_wifi_gets_this_computers_wifi(loop: Any) -> None:
    bus = private_system_bus()
    address = run(loop, bus.__aenter__())
    mm = mock_service(address, MM_TEMPLATE, "org.freedesktop.ModemManager1")
    nm = mock_service(address, NM_TEMPLATE, "org.freedesktop.NetworkManager")
    run(loop, mm.__aenter__())
    run(loop, nm.__aenter__())
    modem = MMDevice("mm:0")
    dc = DeviceController(modem, "Quectel")
    dc.open_hook = with_this_computers_wifi
    try:
        run(loop, dc.open())
        assert dc.device is not modem and dc.address == "mm:0"
        assert dc.supports("wlan_get_scan_results") and dc.supports("dev_srv_get_imei")
        found = run(loop, dc.device.wlan_scan_async())
        assert any(n["SSID"] == "CafeFree" for n in found["scanResults"])
    finally:
        run(loop, dc.close())
        assert dc.device is modem
        delete_now(dc)
        run(loop, nm.__aexit__(None, None, None))
        run(loop, mm.__aexit__(None, None, None))
        run(loop, bus.__aexit__(None, None, None))


def test_remote_devices_keep_their_own_wlan(loop: Any) -> None:
    class Remote(Device):
        kind = "remote"

    remote = Remote("https://router:8485/cmapi")
    assert run(loop, with_this_computers_wifi(remote)) is remote
