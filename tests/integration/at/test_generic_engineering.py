"""A modem of unknown make: the band, the channel and the SINR from +QENG="servingcell" where it
answers that, and nothing invented (nor asked again) where it does not."""

from __future__ import annotations

import pytest

from cmgui.drivers.at.virtual_backend import VirtualAtDevice
from cmgui.drivers.virtual import dialects
from tests.integration.at.waiting import eventually


async def _registered(dev: VirtualAtDevice) -> None:
    async def serving() -> bool:
        return bool((await dev.network_get_rf_info())["RFInfoListElements"])

    await eventually(serving, what="registration")


async def test_generic_modem_reports_band_channel_and_sinr() -> None:
    dev = VirtualAtDevice("virtual", pin_enabled=False, register_delay=0.1)
    await dev.open()
    try:
        assert dev.vendor.name == "generic"
        await _registered(dev)
        [entry] = (await dev.network_get_rf_info())["RFInfoList"]
        assert (entry["frequencyBand"], entry["channelNumberDL"], entry["channelNumberUL"]) == (
            "LTE band 3 (1800)", "1300", "19300")
        signal = await dev.information_get_signal_strength()
        assert {"RSRP", "RSRQ", "SINR"} <= set(signal)
        assert -3 <= signal["SINR"] <= 28  # the virtual radio's range, in dB
        registration = await dev.information_get_ps_network_registration()
        assert "cellId" in registration and "TAC" in registration
    finally:
        await dev.close()


async def test_generic_modem_without_qeng_leaves_band_unknown(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(dialects.TABLES["generic"], "+QENG")
    dev = VirtualAtDevice("virtual", pin_enabled=False, register_delay=0.1)
    await dev.open()
    try:
        await _registered(dev)
        for _ in range(2):
            [entry] = (await dev.network_get_rf_info())["RFInfoList"]
            assert (entry["Radio"], entry["frequencyBand"], entry["channelNumberDL"]) == (
                "LTE", "", "")
            assert "SINR" not in await dev.information_get_signal_strength()
        assert "+QENG" in dev._unsupported  # refused once: try_run asks no more
    finally:
        await dev.close()
