"""CMAPI_Network_GetRFInfo of AtDevice against each dialect of the virtual modem."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi import types as t
from cmgui.drivers.at.virtual_backend import VirtualAtDevice
from tests.integration.at.waiting import eventually

HOME_LTE = {"Radio": "LTE", "frequencyBand": "LTE band 3 (1800)", "channelNumberDL": "1300",
            "channelNumberUL": "19300"}
#: dialect -> (what GetRFInfo says on the home LTE carrier, (DL, UL) kbit/s)
EXPECTED: dict[str, tuple[dict[str, str], tuple[int, int]]] = {
    "generic": (HOME_LTE, (0, 0)),  # +QENG="servingcell" (cmgui.drivers.at.engineering)
    "huawei": (HOME_LTE, (150752, 51024)),  # ^LTECAT: 4,4
    "quectel": (HOME_LTE, (150752, 51024)),  # EC25: category 4
    "sierra": (HOME_LTE, (301504, 51024)),  # EM7455: category 6
}


async def _open(dialect: str) -> VirtualAtDevice:
    dev = VirtualAtDevice(f"virtual:{dialect}", pin_enabled=False, register_delay=0.1)
    await dev.open()
    return dev


async def _rf_when_registered(dev: VirtualAtDevice) -> t.RFInfoResult:
    async def serving() -> t.RFInfoResult | None:
        result = await dev.network_get_rf_info()
        return result if result["RFInfoListElements"] else None

    return await eventually(serving, what="registration")


@pytest.fixture(params=sorted(EXPECTED))
async def device(request: pytest.FixtureRequest) -> AsyncIterator[VirtualAtDevice]:
    dev = await _open(request.param)
    yield dev
    await dev.close()


async def test_home_lte_carrier(device: VirtualAtDevice) -> None:
    result = await _rf_when_registered(device)
    [entry] = result["RFInfoList"]
    fields, (dl, ul) = EXPECTED[device.dialect]
    assert {k: entry[k] for k in fields} == fields  # type: ignore[literal-required]
    assert (entry["maxDataRateDL"], entry["maxDataRateUL"]) == (dl, ul)


async def test_no_carrier_without_service(device: VirtualAtDevice) -> None:
    await _rf_when_registered(device)
    await device.dev_srv_set_radio_state(radio_state=False)
    assert await device.network_get_rf_info() == {"RFInfoListElements": 0, "RFInfoList": []}


@pytest.mark.parametrize("dialect", ["quectel", "sierra"])
async def test_roaming_partner_and_3g_carriers(dialect: str) -> None:
    dev = await _open(dialect)
    try:
        await _rf_when_registered(dev)
        await dev.net_connect_srv_select_network(network_selection_mode="manual",
                                                 plmnid="00102", rat_type="E_UTRAN")
        [entry] = (await _rf_when_registered(dev))["RFInfoList"]
        assert (entry["frequencyBand"], entry["channelNumberDL"], entry["channelNumberUL"]) == (
            "LTE band 20 (800)", "6300", "24300")
        await dev.net_connect_srv_select_network(network_selection_mode="automatic")
        await dev.net_con_set_permitted_bearers(permitted_bearers=["3G"])
        [entry] = (await _rf_when_registered(dev))["RFInfoList"]
        assert entry == {"Radio": "WCDMA_UMTS", "maxDataRateUL": 0, "maxDataRateDL": 0,
                         "frequencyBand": "UMTS band I (2100)", "channelNumberUL": "9750",
                         "channelNumberDL": "10700"}
    finally:
        await dev.close()
