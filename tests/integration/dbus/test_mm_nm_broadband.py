"""Mobile broadband of an ``mm:N`` modem when NetworkManager manages it: the backend activates a
``gsm`` profile on NetworkManager's MODEM device instead of ModemManager's ``Simple.Connect``.

ModemManager (templates/mm_modem.py) and NetworkManager (templates/nm_modem.py) run as two
python-dbusmock services on one private bus; their call logs show which path was taken."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from dbus_fast import Variant

from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import CmapiError, ErrorCode, decode_cause_error
from cmgui.drivers.dbus.bus import unwrap
from cmgui.drivers.dbus.mm import MMDevice
from cmgui.drivers.dbus.nm_broadband import NMBroadband
from cmgui.service.events import SessionStateChanged
from tests.integration.dbus.mockbus import (
    MM_TEMPLATE,
    TEMPLATES,
    MockService,
    mock_service,
    private_system_bus,
)

NM_MODEM_TEMPLATE = TEMPLATES / "nm_modem.py"
MM_MODEM = "/org/freedesktop/ModemManager1/Modem/0"
NM_MANAGER = "/org/freedesktop/NetworkManager"
NM_SETTINGS = "/org/freedesktop/NetworkManager/Settings"
NM = "org.freedesktop.NetworkManager"


@dataclass
class Services:
    mm: MockService
    nm: MockService

    async def calls(self, service: MockService, path: str, member: str) -> list[list[Any]]:
        """The arguments of each call of ``member`` the mock logged (oldest first)."""
        logged = (await service.mock_call(path, "GetMethodCalls", "s", [member]))[0]
        return [[unwrap(arg) for arg in args] for _stamp, args in logged]

    async def mm_calls(self, member: str) -> list[Any]:
        return await self.calls(self.mm, MM_MODEM, member)

    async def nm_calls(self, member: str, path: str = NM_MANAGER) -> list[Any]:
        return await self.calls(self.nm, path, member)

    async def gsm_profiles(self) -> dict[str, dict[str, Any]]:
        """Profile id -> settings (as NetworkManager's GetSettings shows them)."""
        bus = self.nm.bus
        paths = (await bus.call(NM, NM_SETTINGS, f"{NM}.Settings", "ListConnections"))[0]
        found = {}
        for path in paths:
            settings = (await bus.call(NM, path, f"{NM}.Settings.Connection", "GetSettings"))[0]
            if settings["connection"]["type"] == "gsm":
                found[settings["connection"]["id"]] = settings
        return found

    async def add_profile(self, name: str, gsm: dict[str, Variant]) -> str:
        settings = {"connection": {"id": Variant("s", name), "type": Variant("s", "gsm")},
                    "gsm": gsm, "ipv4": {"method": Variant("s", "auto")}}
        return str((await self.nm.bus.call(NM, NM_SETTINGS, f"{NM}.Settings", "AddConnection",
                                           "a{sa{sv}}", [settings]))[0])


@asynccontextmanager
async def both(nm_parameters: dict[str, Any] | None = None) -> AsyncIterator[Services]:
    async with private_system_bus() as address, \
            mock_service(address, MM_TEMPLATE, "org.freedesktop.ModemManager1") as mm, \
            mock_service(address, NM_MODEM_TEMPLATE, NM, nm_parameters) as nm:
        yield Services(mm, nm)


@asynccontextmanager
async def unlocked_modem() -> AsyncIterator[MMDevice]:
    device = MMDevice("mm:0")
    await device.open()
    try:
        await device.dev_srv_verify_pin(pin="1234")
        yield device
    finally:
        await device.close()


@pytest.fixture
async def services() -> AsyncIterator[Services]:
    async with both() as svc:
        yield svc


@pytest.fixture
async def modem(services: Services) -> AsyncIterator[MMDevice]:
    async with unlocked_modem() as device:
        yield device


async def _sessions(stream: Any, count: int) -> list[SessionStateChanged]:
    got: list[SessionStateChanged] = []

    async def collect() -> None:
        while len(got) < count:
            event = await stream.get()
            if isinstance(event, SessionStateChanged):
                got.append(event)

    await asyncio.wait_for(collect(), 5)
    return got


async def test_connect_goes_through_networkmanager(services: Services, modem: MMDevice) -> None:
    stream = modem.subscribe()
    result = await modem.net_connect_srv_connect_async(apn="internet", user_name="web",
                                                       password="s3cret")
    assert result == {"connectionState": "connected", "APN": "internet", "IPAddrType": "IPv4",
                      "IPAddress": "10.64.12.34"}
    assert [e.connection_state for e in await _sessions(stream, 2)] == ["connecting",
                                                                        "connected"]
    activations = await services.nm_calls("ActivateConnection")
    assert len(activations) == 1
    assert str(activations[0][1]) == "/org/freedesktop/NetworkManager/Devices/3"
    assert await services.mm_calls("Connect") == []  # Simple.Connect: NetworkManager's job
    # an in-memory profile, never autoconnected, the password a secret GetSettings hides
    assert len(await services.nm_calls("AddConnectionUnsaved", NM_SETTINGS)) == 1
    assert await services.nm_calls("AddConnection", NM_SETTINGS) == []
    profile = (await services.gsm_profiles())["cmgui internet"]
    assert profile["connection"]["autoconnect"] is False
    assert profile["gsm"] == {"apn": "internet", "username": "web", "password-flags": 0}
    assert (profile["ipv4"]["method"], profile["ipv6"]["method"]) == ("auto", "ignore")

    status = await modem.net_con_get_connection_status()
    assert status["connectionState"] == "connected" and status["connectionType"] == "cellular"
    assert (status.get("APN"), status.get("IPAddress"), status.get("RATType")) == (
        "internet", "10.64.12.34", "E_UTRAN")
    assert await modem.information_get_ip_address() == {
        "IPAddress": "10.64.12.34", "IPAddrType": "IPv4", "primaryDNS": "10.64.0.1",
        "secondaryDNS": "10.64.0.2", "interfaceName": "wwan0"}  # the NM device's IpInterface
    assert await modem.information_get_apn() == {"APN": "internet"}
    assert await modem.net_connect_srv_get_current_conn_type() == {"connectionType": "cellular"}

    await modem.net_connect_srv_disconnect_async()
    assert len(await services.nm_calls("DeactivateConnection")) == 1
    assert await services.mm_calls("Disconnect") == []
    assert await modem.net_con_get_connection_status() == {"connectionState": "disconnected",
                                                           "connectionType": "none"}
    assert await modem.net_connect_srv_get_current_conn_type() == {"connectionType": "none"}
    with pytest.raises(CmapiError) as info:
        await modem.net_connect_srv_disconnect_async()
    assert info.value.code == ErrorCode.NO_CONNECTION_TO_DISCONNECT


async def test_bad_apn_is_an_sm_cause_with_a_plain_reason(services: Services,
                                                          modem: MMDevice) -> None:
    stream = modem.subscribe()
    with pytest.raises(CmapiError) as info:
        await modem.net_connect_srv_connect_async(apn="invalid.apn", ip_addr_type="IPv4v6")
    assert decode_cause_error(info.value.code) == (CauseFamily.SM, 27, 0)
    assert info.value.data["reason"] == "the network refused the APN (missing or unknown APN)"
    assert info.value.data["networkManager"]["deviceReason"] == 29  # GSM_APN_FAILED
    states = await _sessions(stream, 2)
    assert [e.connection_state for e in states] == ["connecting", "disconnected"]
    assert states[-1].reason == info.value.data["reason"]
    assert await services.mm_calls("Connect") == []
    profile = (await services.gsm_profiles())["cmgui invalid.apn"]
    assert profile["gsm"]["password-flags"] == 4  # no password: not required
    assert (profile["ipv4"]["method"], profile["ipv6"]["method"]) == ("auto", "auto")
    assert (await modem.net_con_get_connection_status())["connectionState"] == "disconnected"


async def test_users_profile_without_secret_is_invalid_password(services: Services,
                                                                 modem: MMDevice) -> None:
    # the user's own profile, its password kept by an agent (none runs here)
    path = await services.add_profile("Work", {
        "apn": Variant("s", "corp.apn"), "username": Variant("s", "alice"),
        "password-flags": Variant("u", 1)})
    with pytest.raises(CmapiError) as info:
        await modem.net_connect_srv_connect_async(apn="corp.apn", user_name="alice")
    assert info.value.code == ErrorCode.INVALID_PASSWORD
    assert info.value.data["reason"] == "NetworkManager has no password for this connection"
    activations = await services.nm_calls("ActivateConnection")
    assert [str(a[0]) for a in activations] == [path]  # reused, no cmgui profile made
    assert "cmgui corp.apn" not in await services.gsm_profiles()


async def test_connect_by_profile_name_and_own_profile_replaced(services: Services,
                                                                modem: MMDevice) -> None:
    path = await services.add_profile("Home", {"apn": Variant("s", "internet")})
    result = await modem.net_connect_srv_connect_async(profile_name="Home")
    assert result["APN"] == "internet" and result["connectionState"] == "connected"
    assert str((await services.nm_calls("ActivateConnection"))[-1][0]) == path
    await modem.net_connect_srv_disconnect_async()
    with pytest.raises(CmapiError) as info:
        await modem.net_connect_srv_connect_async(profile_name="Nowhere")
    assert info.value.code == ErrorCode.PROFILE_NOT_FOUND

    for password in ("first", "second"):
        await modem.net_connect_srv_connect_async(apn="internet", password=password,
                                                  auth_type="CHAP", ip_addr_type="IPv6")
        await modem.net_connect_srv_disconnect_async()
    own = [name for name in await services.gsm_profiles() if name.startswith("cmgui ")]
    assert own == ["cmgui internet"]
    profile = (await services.gsm_profiles())["cmgui internet"]
    assert (profile["ipv4"]["method"], profile["ipv6"]["method"]) == ("disabled", "auto")
    assert profile["ppp"] == {"refuse-eap": True, "refuse-pap": True, "refuse-mschap": True,
                              "refuse-mschapv2": True}
    assert await services.mm_calls("Connect") == []


async def test_activation_that_never_finishes_times_out_and_is_cancelled(
        services: Services, modem: MMDevice) -> None:
    nm = await NMBroadband.find(modem.bus, modem.path)
    assert nm is not None
    with pytest.raises(CmapiError) as info:
        await nm.connect(apn="slow.apn", timeout=0.3)
    assert info.value.code == ErrorCode.BUSY
    assert info.value.data["reason"] == "the connection did not come up in 0.3 s"
    assert len(await services.nm_calls("DeactivateConnection")) == 1


@pytest.mark.parametrize("nm_parameters", [
    {"managed": False},
    {"udi": "/org/freedesktop/ModemManager1/Modem/5"},
], ids=["unmanaged", "other-modem"])
async def test_modem_networkmanager_leaves_alone_uses_modemmanager(
        nm_parameters: dict[str, Any]) -> None:
    async with both(nm_parameters) as services, unlocked_modem() as modem:
        result = await modem.net_connect_srv_connect_async(apn="internet")
        assert result["connectionState"] == "connected"
        assert len(await services.mm_calls("Connect")) == 1
        assert await services.nm_calls("ActivateConnection") == []
        assert (await modem.net_con_get_connection_status())["connectionState"] == "connected"
        await modem.net_connect_srv_disconnect_async()
        assert len(await services.mm_calls("Disconnect")) == 1
