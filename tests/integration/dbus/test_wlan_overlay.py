"""A ModemManager modem with this computer's Wi-Fi folded in, both on one private bus."""

from __future__ import annotations

import asyncio
import inspect

from cmgui.drivers.dbus.mm import MMDevice
from cmgui.drivers.dbus.nm_wlan import LocalWlan
from cmgui.drivers.dbus.wlan_overlay import WlanOverlay
from cmgui.service.device import Device
from cmgui.service.events import SMSMessage, WLANConnectionStatus
from tests.integration.dbus.mockbus import (
    MM_TEMPLATE,
    NM_TEMPLATE,
    mock_service,
    private_system_bus,
)


async def test_modem_functions_from_modem_wlan_from_networkmanager() -> None:
    async with private_system_bus() as address, \
            mock_service(address, MM_TEMPLATE, "org.freedesktop.ModemManager1"), \
            mock_service(address, NM_TEMPLATE, "org.freedesktop.NetworkManager"):
        device = WlanOverlay(MMDevice("mm:0"), LocalWlan())
        await device.open()
        try:
            supported = device.supported_functions()
            assert {"dev_srv_get_imei", "wlan_connect", "sms_send"} <= supported
            assert "contact_create" not in supported
            assert await device.wlan_is_supported() == {"supported": True}
            assert (await device.dev_srv_get_manufacturer_name())["manufacturerName"] == "Quectel"
            assert inspect.signature(device.wlan_connect).parameters.keys() == inspect.signature(
                Device.wlan_connect).parameters.keys() - {"self"}
            stream = device.subscribe()
            await device.dev_srv_verify_pin(pin="1234")
            await device.wlan_connect(ssid="CafeFree")
            await device.sms_send(address="+15550100", text="hi")
            kinds: set[type] = set()

            async def both() -> None:
                while kinds != {WLANConnectionStatus, SMSMessage}:
                    event = await stream.get()
                    if isinstance(event, WLANConnectionStatus | SMSMessage):
                        kinds.add(type(event))

            await asyncio.wait_for(both(), 5)
            assert (await device.information_get_wlan_connection())["SSID"] == "CafeFree"
            assert (await device.describe())["radio"] & 64
        finally:
            await device.close()
