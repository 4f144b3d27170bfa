"""The seam's contract for the laptop-mandatory functions (Appendix B.2): every backend either
does the function or gives the specification's own answer (264 for a 3GPP2 identity on a 3GPP
device, 260 for hardware it lacks, 528 for a 3GPP2 control key); error 7 only where the function
is not offered at all (test_unsupported_functions_answer_error_7)."""

from __future__ import annotations

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from tests.contract.test_contract import (
    eventually,
    requires,
    unlock,
)


async def _registered(device: Device) -> bool:
    state = (await device.information_get_cs_network_registration())["registrationState"]
    return state in ("registeredHome", "registeredRoaming")


async def test_mdn_is_the_msisdn(device: Device) -> None:
    requires(device, "dev_srv_get_mdn", "dev_srv_get_msisdn")
    await unlock(device)
    assert (await device.dev_srv_get_mdn())["MDN"] == (
        await device.dev_srv_get_msisdn())["MSISDN"]


@pytest.mark.parametrize("method", ["dev_srv_get_esn", "dev_srv_get_meid"])
async def test_3gpp2_identities_are_not_meaningful_on_a_3gpp_device(
        device: Device, method: str) -> None:
    requires(device, method, "dev_srv_get_imei")
    with pytest.raises(CmapiError) as info:
        await getattr(device, method)()
    assert info.value.code == ErrorCode.NOT_MEANINGFUL_3GPP and int(info.value.code) == 264


async def test_control_keys(device: Device) -> None:
    requires(device, "dev_srv_get_control_key_status", "dev_srv_deactivate_control_key")
    await unlock(device)
    status = await device.dev_srv_get_control_key_status(control_key="network")
    assert status["controlKey"] == "network" and not status["blocked"]
    attempts = status.get("attemptsLeft")  # where the modem counts them (+CPINR)
    with pytest.raises(CmapiError) as info:
        await device.dev_srv_deactivate_control_key(control_key="network", key="00000000")
    assert info.value.code == ErrorCode.INVALID_CONTROL_KEY
    if attempts is not None:
        assert info.value.data["attemptsLeft"] == attempts - 1  # one attempt, never retried
    with pytest.raises(CmapiError) as info:
        await device.dev_srv_get_control_key_status(control_key="RUIM")
    assert info.value.code == ErrorCode.CONTROL_KEY_NOT_SUPPORTED


async def test_battery_status_or_no_battery(device: Device) -> None:
    requires(device, "information_get_battery_status")
    try:
        status = await device.information_get_battery_status()
    except CmapiError as err:
        assert err.code == ErrorCode.NO_HARDWARE_SUPPORT
        return
    assert 0 <= status["batteryLevel"] <= 100
    await device.information_set_battery_threshold(low_threshold=15, high_threshold=95)
    with pytest.raises(CmapiError) as info:
        await device.information_set_battery_threshold(low_threshold=90, high_threshold=10)
    assert info.value.code == ErrorCode.INVALID_THRESHOLD


async def test_device_attributes(device: Device) -> None:
    requires(device, "dev_srv_dev_attributes")
    attributes = await device.dev_srv_dev_attributes()
    assert set(attributes) == {"screen", "keypad", "camera", "microphone", "loudspeaker",
                               "voice", "battery"}


async def test_qos_and_secondary_contexts(device: Device) -> None:
    requires(device, "information_get_qos", "net_connect_srv_connect_async",
             "net_connect_srv_secondary_pdp_context_connect_async")
    await unlock(device)
    await eventually(lambda: _registered(device))
    with pytest.raises(CmapiError) as info:
        await device.information_get_qos()
    assert info.value.code == ErrorCode.NOT_CONNECTED
    with pytest.raises(CmapiError) as info:
        await device.net_connect_srv_secondary_pdp_context_connect_async()
    assert info.value.code == ErrorCode.NO_PRIMARY_CONTEXT
    await device.net_connect_srv_connect_async(apn="internet")
    qos = await device.information_get_qos()
    assert qos["QoSListElements"] == len(qos["QoSList"]) >= 1
    secondary = await device.net_connect_srv_secondary_pdp_context_connect_async()
    assert secondary["connectionState"] == "connected"
    assert secondary["primaryContextId"] == qos["QoSList"][0]["contextId"]
    cid = secondary["contextId"]
    assert cid in {q["contextId"] for q in (await device.information_get_qos())["QoSList"]}
    done = await device.net_connect_srv_secondary_pdp_context_disconnect_async(context_id=cid)
    assert done["connectionState"] == "disconnected"
    with pytest.raises(CmapiError) as info:
        await device.net_connect_srv_secondary_pdp_context_disconnect_async(context_id=cid)
    assert info.value.code == ErrorCode.NO_SUCH_SECONDARY_CONTEXT
    assert (await device.net_con_get_connection_status())["connectionState"] == "connected"
    await device.net_connect_srv_disconnect_async()


async def test_no_data_profile_refuses_data(device: Device) -> None:
    requires(device, "net_con_set_no_data_profile", "net_connect_srv_connect_async")
    await unlock(device)
    await eventually(lambda: _registered(device))
    assert (await device.net_con_get_no_data_profile())["enabled"] is False
    await device.net_con_set_no_data_profile(enabled=True)
    assert (await device.net_con_get_no_data_profile())["enabled"] is True
    with pytest.raises(CmapiError) as info:
        await device.net_connect_srv_connect_async(apn="internet")
    assert info.value.code == ErrorCode.BEARER_NOT_POSSIBLE
    await device.net_con_set_no_data_profile(enabled=False)
    result = await device.net_connect_srv_connect_async(apn="internet")
    assert result["connectionState"] == "connected"
    await device.net_connect_srv_disconnect_async()


async def test_wlan_laptop_functions(device: Device) -> None:
    requires(device, "wlan_search_network_async", "wlan_get_connected_parameters",
             "wlan_get_wlan_settings", "wlan_authentication_supported")
    scan = await device.wlan_get_scan_results()
    ssid = scan["scanResults"][0]["SSID"]
    found = await device.wlan_search_network_async(ssid=ssid)
    assert found["found"] and found["networksElements"] >= 1
    assert not (await device.wlan_search_network_async(ssid="no such network"))["found"]
    with pytest.raises(CmapiError) as info:
        await device.wlan_get_connected_parameters()
    assert info.value.code == ErrorCode.WLAN_NOT_CONNECTED
    methods = (await device.wlan_authentication_supported())["authenticationMethods"]
    assert "WPA2-PSK" in methods
    settings = await device.wlan_get_wlan_settings()
    await device.wlan_set_wlan_user_settings(prefer_wlan=not settings["userSettings"][
        "preferWLAN"])
    after = await device.wlan_get_wlan_settings()
    assert after["userSettings"]["preferWLAN"] is not settings["userSettings"]["preferWLAN"]
    added = await device.wlan_manage_known_network(action="add", ssid="Contract-Net",
                                                   security="open")
    known = await device.wlan_get_known_network()
    assert "Contract-Net" in {k["SSID"] for k in known["knownNetworks"]}
    await device.wlan_manage_known_network(action="delete", index=added["index"])
    known = await device.wlan_get_known_network()
    assert "Contract-Net" not in {k["SSID"] for k in known["knownNetworks"]}


async def test_mobility(device: Device) -> None:
    requires(device, "information_get_mobility_state", "information_get_mobility_to_location")
    await unlock(device)
    await eventually(lambda: _registered(device))
    state = await device.information_get_mobility_state()
    assert state["mobilityState"] in ("unknown", "stationary", "moving")
    away = await device.information_get_mobility_to_location(location="FFFF-FFFFFFF",
                                                             sample_interval=0)
    assert away == {"location": "FFFF-FFFFFFF", "visible": False, "mobility": "notVisible"}
