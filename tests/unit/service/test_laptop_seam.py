"""The laptop functions the seam builds on others (cmgui.service.laptop), on a small device."""

from __future__ import annotations

import pytest

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service import laptop
from cmgui.service.device import Device


class Cellular(Device):
    def __init__(self) -> None:
        super().__init__("test:cell")
        self.cell = 0x1A2B
        self.battery = 50

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        return {"IMEI": "490154203237518"}

    async def dev_srv_get_msisdn(self) -> t.MSISDNResult:
        return {"MSISDN": "+15550123"}

    async def information_get_cs_network_registration(self) -> t.Registration:
        return {"registrationState": "registeredHome", "LAC": 0x10, "cellId": self.cell}

    async def information_get_signal_strength(self) -> t.SignalStrength:
        return {"signalStrength": -70, "signalPercentage": 60, "signalQuality": 3, "bars": 3,
                "RATType": "E_UTRAN"}

    async def information_get_battery_status(self) -> t.BatteryStatus:
        return {"batteryState": "discharging", "batteryLevel": self.battery,
                "externalPower": False}


async def test_derived_functions_are_supported_where_their_base_is() -> None:
    supported = Cellular().supported_functions()
    assert {"dev_srv_get_mdn", "dev_srv_get_esn", "dev_srv_get_meid",
            "information_set_battery_threshold", "information_get_mobility_state",
            "information_get_mobility_to_location"} <= supported
    assert "wlan_search_network_async" not in supported
    assert "wlan_manage_known_network" not in supported


async def test_mdn_esn_meid() -> None:
    device = Cellular()
    assert await device.dev_srv_get_mdn() == {"MDN": "+15550123"}
    for call in (device.dev_srv_get_esn(), device.dev_srv_get_meid()):
        with pytest.raises(CmapiError) as info:
            await call
        assert info.value.code == ErrorCode.NOT_MEANINGFUL_3GPP


async def test_mobility_state_watches_the_serving_cell() -> None:
    device = Cellular()
    state = await laptop.mobility_state(device, clock=0.0)
    assert state == {"mobilityState": "unknown", "observedSeconds": 0}
    state = await laptop.mobility_state(device, clock=laptop.MOBILITY_WINDOW + 1)
    assert state["mobilityState"] == "stationary"
    device.cell = 0x1A2C
    assert (await laptop.mobility_state(device, clock=100.0))["mobilityState"] == "moving"
    late = 100.0 + laptop.MOBILITY_WINDOW + 1
    assert (await laptop.mobility_state(device, clock=late))["mobilityState"] == "stationary"


async def test_mobility_to_a_cell() -> None:
    device = Cellular()
    here = await device.information_get_mobility_to_location(location="10-1A2B",
                                                             sample_interval=0)
    assert here == {"location": "10-1A2B", "visible": True, "mobility": "steady",
                    "signalStart": -70, "signalEnd": -70}
    with pytest.raises(CmapiError) as info:
        await device.information_get_mobility_to_location(location=" ", sample_interval=0)
    assert info.value.code == ErrorCode.INVALID_LOCATION


async def test_battery_thresholds_are_checked_and_kept() -> None:
    device = Cellular()
    for low, high in ((-1, None), (50, 40), (10, 101)):
        with pytest.raises(CmapiError) as info:
            await device.information_set_battery_threshold(low_threshold=low,
                                                           high_threshold=high)
        assert info.value.code == ErrorCode.INVALID_THRESHOLD
    await device.information_set_battery_threshold(low_threshold=20, high_threshold=80)
    assert laptop.battery_thresholds(device) == laptop.Thresholds(20, 80)


async def test_wlan_helpers_answer_7_without_wlan() -> None:
    device = Cellular()
    for call in (device.wlan_search_network_async(ssid=""),
                 device.wlan_manage_known_network(action="add")):
        with pytest.raises(CmapiError) as info:
            await call
        assert info.value.code == ErrorCode.NOT_SUPPORTED
