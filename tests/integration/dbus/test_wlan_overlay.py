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


async def test_serve_answers_wlan_functions_from_networkmanager() -> None:
    """``cmcli serve`` on a modem without Wi-Fi serves this computer's Wi-Fi (issue: CMAPI WLAN
    functions served from the NetworkManager backend); the modem itself stays open and owned by
    the caller."""
    from cmgui.cli.serve_cmds import _with_local_wlan
    from cmgui.service.dispatcher import Dispatcher, Session

    async with private_system_bus() as address, \
            mock_service(address, MM_TEMPLATE, "org.freedesktop.ModemManager1"), \
            mock_service(address, NM_TEMPLATE, "org.freedesktop.NetworkManager"):
        modem = MMDevice("mm:0")
        await modem.open()
        try:
            assert "wlan_get_scan_results" not in modem.supported_functions()
            async with _with_local_wlan(modem) as served:
                dispatcher = Dispatcher({"1": served})
                found = await dispatcher.call(Session(), "CMAPI_WLAN_Scan_Async", {})
                assert found["scanResultsElements"] >= 1
                assert any(n["SSID"] == "CafeFree" for n in found["scanResults"])
                imei = await dispatcher.call(Session(), "CMAPI_DevSrv_GetIMEI", {})
                assert imei["IMEI"]
            assert (await modem.dev_srv_get_manufacturer_name())["manufacturerName"] == "Quectel"
        finally:
            await modem.close()


async def test_serve_without_networkmanager_serves_the_device_as_it_is() -> None:
    from cmgui.cli.serve_cmds import _with_local_wlan

    async with private_system_bus() as address, \
            mock_service(address, MM_TEMPLATE, "org.freedesktop.ModemManager1"):
        modem = MMDevice("mm:0")
        await modem.open()
        try:
            async with _with_local_wlan(modem) as served:
                assert served is modem
        finally:
            await modem.close()
