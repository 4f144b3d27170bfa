"""LocalWlan (NetworkManager Wi-Fi) against python-dbusmock's networkmanager template, extended
in templates/nm_wifi.py, on a private system bus."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.dbus.nm_wlan import LocalWlan
from cmgui.service.events import WLANConnectionStatus, WLANScanComplete
from cmgui.service.registry import REGISTRY
from tests.integration.dbus.mockbus import nm_wlan


@pytest.fixture
async def wlan() -> AsyncIterator[LocalWlan]:
    async with nm_wlan():
        device = REGISTRY.create("wlan")
        assert isinstance(device, LocalWlan)
        await device.open()
        try:
            yield device
        finally:
            await device.close()


async def test_scan_lists_access_points_strongest_first(wlan: LocalWlan) -> None:
    stream = wlan.subscribe()
    results = await wlan.wlan_scan_async()
    assert results["scanResultsElements"] == len(results["scanResults"]) == 3
    first = results["scanResults"][0]
    assert first == {"SSID": "HomeNet", "BSSID": "00:11:22:33:44:01", "security": "WPA2-PSK",
                     "signalStrength": -33, "frequency": 5180, "band": "5GHz"}
    by_ssid = {n["SSID"]: n for n in results["scanResults"]}
    assert by_ssid["CafeFree"]["security"] == "open"
    assert by_ssid["CafeFree"]["band"] == "2.4GHz"
    assert by_ssid["Neighbour6"]["security"] == "WPA3-SAE"
    strengths = [n["signalStrength"] for n in results["scanResults"]]
    assert strengths == sorted(strengths, reverse=True)
    event = await stream.get()
    assert isinstance(event, WLANScanComplete) and event.scan_results_elements == 3
    assert await wlan.wlan_is_supported() == {"supported": True}


async def test_known_networks_add_update_delete(wlan: LocalWlan) -> None:
    assert (await wlan.wlan_get_known_network())["knownNetworksElements"] == 0
    index = (await wlan.wlan_add_known_network(ssid="HomeNet", security="WPA2-PSK",
                                               key="correct horse", priority=5))["index"]
    known = (await wlan.wlan_get_known_network())["knownNetworks"]
    assert known == [{"index": index, "SSID": "HomeNet", "security": "WPA2-PSK",
                      "hidden": False, "priority": 5}]
    await wlan.wlan_update_known_network(index=index, priority=9, hidden=True)
    updated = (await wlan.wlan_get_known_network())["knownNetworks"][0]
    assert (updated["priority"], updated["hidden"], updated["SSID"]) == (9, True, "HomeNet")
    await wlan.wlan_update_known_network(index=index, ssid="HomeNet-5G", security="open")
    updated = (await wlan.wlan_get_known_network())["knownNetworks"][0]
    assert (updated["SSID"], updated["security"]) == ("HomeNet-5G", "open")
    await wlan.wlan_delete_known_network(index=index)
    assert (await wlan.wlan_get_known_network())["knownNetworks"] == []
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_delete_known_network(index=index)
    assert info.value.code == ErrorCode.WLAN_NO_NETWORK_AT_INDEX


async def test_bad_profiles_are_refused_before_networkmanager(wlan: LocalWlan) -> None:
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_add_known_network(ssid="x" * 33)
    assert info.value.code == ErrorCode.WLAN_INVALID_SSID
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_add_known_network(ssid="HomeNet", security="WPA2-PSK", key="short")
    assert info.value.code == ErrorCode.WLAN_INVALID_KEY
    assert (await wlan.wlan_get_known_network())["knownNetworksElements"] == 0


async def test_connect_with_key_then_disconnect(wlan: LocalWlan) -> None:
    stream = wlan.subscribe()
    assert (await wlan.wlan_connection_state())["connected"] is False
    await wlan.wlan_connect(ssid="HomeNet", security="WPA2-PSK", key="correct horse")
    state = await wlan.wlan_connection_state()
    assert state == {"connected": True, "SSID": "HomeNet", "BSSID": "00:11:22:33:44:01",
                     "signalStrength": -33, "IPAddress": "192.168.1.57"}
    assert await wlan.information_get_wlan_connection() == state
    event = await stream.get()
    assert isinstance(event, WLANConnectionStatus) and event.connected
    assert [k["SSID"] for k in (await wlan.wlan_get_known_network())["knownNetworks"]] == [
        "HomeNet"]
    await wlan.wlan_disconnect()
    assert (await wlan.wlan_connection_state())["connected"] is False
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_disconnect()
    assert info.value.code == ErrorCode.WLAN_NO_CONNECTION


async def test_wrong_key_is_an_authentication_failure(wlan: LocalWlan) -> None:
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_connect(ssid="HomeNet", security="WPA2-PSK", key="wrong password")
    assert info.value.code == ErrorCode.WLAN_AUTHENTICATION_FAILURE
    assert (await wlan.wlan_connection_state())["connected"] is False


async def test_connect_known_network_and_unknown_ssid(wlan: LocalWlan) -> None:
    index = (await wlan.wlan_add_known_network(ssid="CafeFree"))["index"]
    await wlan.wlan_connect_known_network(index=index)
    assert (await wlan.wlan_connection_state()).get("SSID") == "CafeFree"
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_connect(ssid="NotHere")
    assert info.value.code == ErrorCode.WLAN_UNKNOWN_SSID


async def test_wifi_switch(wlan: LocalWlan) -> None:
    await wlan.wlan_enable_capability(enabled=False)
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_get_scan_results()
    assert info.value.code == ErrorCode.WLAN_OPERATION_PROHIBITED
    await wlan.wlan_enable_capability(enabled=True)
    assert (await wlan.wlan_get_scan_results())["scanResultsElements"] == 3


async def test_mobile_broadband_state_when_networkmanager_manages_the_modem(
        wlan: LocalWlan) -> None:
    status = await wlan.net_con_get_connection_status()
    assert status["connectionType"] == "cellular"
    assert status["connectionState"] == "connected"
    assert status.get("APN") == "internet"
    assert await wlan.net_connect_srv_get_current_conn_type() == {"connectionType": "cellular"}


async def test_only_wlan_functions_are_offered(wlan: LocalWlan) -> None:
    supported = wlan.supported_functions()
    assert "wlan_connect" in supported and "wlan_scan_async" in supported
    assert not any(name.startswith(("sms_", "ussd_", "dev_srv_")) for name in supported)
    with pytest.raises(CmapiError) as info:
        await wlan.dev_srv_get_imei()
    assert info.value.code == ErrorCode.NOT_SUPPORTED


async def test_without_networkmanager_open_says_so() -> None:
    from tests.integration.dbus.mockbus import private_system_bus

    async with private_system_bus():
        device = LocalWlan("wlan")
        with pytest.raises(CmapiError) as info:
            await device.open()
        assert info.value.code == ErrorCode.NO_SUCH_DEVICE
        assert "NetworkManager is not running" in str(info.value.data)


async def test_update_without_key_keeps_the_stored_key(wlan: LocalWlan) -> None:
    """NetworkManager's Update replaces a profile whole: the key must be carried over."""
    index = (await wlan.wlan_add_known_network(ssid="HomeNet", security="WPA2-PSK",
                                               key="correct horse"))["index"]
    await wlan.wlan_update_known_network(index=index, priority=3)
    await wlan.wlan_connect_known_network(index=index)
    assert (await wlan.wlan_connection_state()).get("SSID") == "HomeNet"
    await wlan.wlan_update_known_network(index=index, key="wrong password")
    with pytest.raises(CmapiError) as info:
        await wlan.wlan_connect_known_network(index=index)
    assert info.value.code == ErrorCode.WLAN_AUTHENTICATION_FAILURE
