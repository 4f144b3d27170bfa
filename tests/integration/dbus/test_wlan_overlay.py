"""A ModemManager modem with this computer's Wi-Fi folded in, both on one private bus."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import logging

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.dbus.mm import MMDevice
from cmgui.drivers.dbus.nm_wlan import LocalWlan
from cmgui.service.device import Device
from cmgui.service.events import SMSMessage, WLANConnectionStatus
from cmgui.service.registry import Registry
from cmgui.service.wlan_overlay import WlanOverlay
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
            assert "sms_create" not in supported  # neither offers it (the host store does)
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


async def test_with_local_wlan_adds_networkmanager_wifi_to_a_modem() -> None:
    """The service helper the app uses: an open overlay that closes only the Wi-Fi side."""
    from cmgui.service.wlan_overlay import release, with_local_wlan

    with pytest.raises(ModuleNotFoundError):  # one overlay, in the seam: no driver copy of it
        importlib.import_module("cmgui.drivers.dbus.wlan_overlay")
    async with private_system_bus() as address, \
            mock_service(address, MM_TEMPLATE, "org.freedesktop.ModemManager1"), \
            mock_service(address, NM_TEMPLATE, "org.freedesktop.NetworkManager"):
        modem = MMDevice("mm:0")
        await modem.open()
        try:
            served = await with_local_wlan(modem)
            try:
                assert isinstance(served, WlanOverlay)
                assert served.base is modem and not served.own_base
                assert served.wlan.kind == "wlan"
                networks = await served.wlan_get_scan_results()
                assert any(n["SSID"] == "CafeFree" for n in networks["scanResults"])
                assert await with_local_wlan(served) is served  # already has WLAN
            finally:
                await release(modem, served)
            assert (await modem.dev_srv_get_manufacturer_name())["manufacturerName"] == "Quectel"
        finally:
            await modem.close()


async def test_with_local_wlan_without_networkmanager_returns_the_device() -> None:
    from cmgui.service.wlan_overlay import release, with_local_wlan

    async with private_system_bus() as address, \
            mock_service(address, MM_TEMPLATE, "org.freedesktop.ModemManager1"):
        modem = MMDevice("mm:0")
        await modem.open()
        try:
            served = await with_local_wlan(modem)
            assert served is modem
            await release(modem, served)  # closes nothing
            assert (await modem.dev_srv_get_manufacturer_name())["manufacturerName"] == "Quectel"
        finally:
            await modem.close()


class _NoWlanRegistry(Registry):
    """A registry without a ``wlan`` backend that remembers what it was asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def create(self, address: str) -> Device:
        self.asked.append(address)
        raise CmapiError(ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER, data={"address": address})


async def test_with_local_wlan_keeps_a_device_that_has_wlan() -> None:
    """The virtual modem has its own WLAN functions: the registry is not even asked."""
    from cmgui.service.registry import REGISTRY
    from cmgui.service.wlan_overlay import release, with_local_wlan

    virtual = REGISTRY.create("virtual")
    assert "wlan_get_scan_results" in virtual.supported_functions()
    registry = _NoWlanRegistry()
    await virtual.open()
    try:
        served = await with_local_wlan(virtual, registry=registry)
        assert served is virtual and registry.asked == []
        await release(virtual, served)
        assert (await virtual.wlan_get_scan_results())["scanResultsElements"] >= 0
    finally:
        await virtual.close()


async def test_with_local_wlan_without_a_wlan_backend_returns_the_device(
        caplog: pytest.LogCaptureFixture) -> None:
    from cmgui.service.wlan_overlay import with_local_wlan

    device = Device("plain")
    registry = _NoWlanRegistry()
    with caplog.at_level(logging.INFO, logger="cmgui.service.wlan_overlay"):
        assert await with_local_wlan(device, registry=registry) is device
    assert registry.asked == ["wlan"]
    assert any("no local Wi-Fi for plain" in r.getMessage() for r in caplog.records)
