"""A gateway port's laptop-class functions against the virtual gateway: what the HTTP API offers
is served (RF radio, NAA, PIN lock on, SMS centre, delivery-report setting, record count), the
rest is the specification's own error (tests/contract/test_spec_answers.py checks each)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway.port import GatewayPortDevice
from cmgui.drivers.virtual_gateway import VirtualGatewayServer
from tests.integration.gateway.support import ADMIN, FAST_POLL, virtual_gateway


@asynccontextmanager
async def port_of(server: VirtualGatewayServer, port: int) -> AsyncIterator[GatewayPortDevice]:
    device = GatewayPortDevice(f"{server.address}/ports/{port}", credentials=ADMIN,
                               intervals=FAST_POLL)
    await device.open()
    try:
        yield device
    finally:
        await device.close()


async def test_identity_radio_and_naa_per_port() -> None:
    async with virtual_gateway() as server, port_of(server, 0) as lte, \
            port_of(server, 2) as gsm, port_of(server, 3) as empty:
        assert (await lte.dev_srv_get_product_type())["productType"] == "SMS gateway port"
        assert (await lte.dev_srv_get_device_name())["deviceName"].startswith("Port 0 (LTE)")
        (radio,) = (await lte.network_get_rf_info())["RFInfoList"]
        assert radio == {"Radio": "LTE", "maxDataRateUL": 0, "maxDataRateDL": 0,
                         "frequencyBand": "", "channelNumberUL": "", "channelNumberDL": ""}
        assert (await gsm.network_get_rf_info())["RFInfoList"][0]["Radio"] == "GSM"
        assert (await empty.network_get_rf_info())["RFInfoListElements"] == 0
        assert (await lte.dev_srv_get_naa_available())["NAAList"] == [
            {"NAAName": "USIM", "label": "SIM"}]
        assert (await gsm.dev_srv_get_naa_available())["NAAList"][0]["NAAName"] == "SIM"
        assert await empty.dev_srv_get_naa_available() == {"NAAListElements": 0,
                                                            "NAAList": []}
        assert await lte.dev_srv_get_rf_switch() == {"hardwareSwitch": True,
                                                     "softwareSwitch": True}


async def test_smsc_where_the_gateway_reports_it() -> None:
    async with virtual_gateway() as server, port_of(server, 0) as device:
        assert (await device.sms_get_smsc_address())["SMSCAddress"] == "+15550000"
    async with virtual_gateway(quirks=False) as server, port_of(server, 0) as device:
        with pytest.raises(CmapiError) as info:
            await device.sms_get_smsc_address()
        assert info.value.code == ErrorCode.INFO_DATA_NOT_PRESENT


async def test_delivery_report_setting_is_applied_to_each_message() -> None:
    async with virtual_gateway() as server, port_of(server, 0) as device:
        await device.sms_send(address="+15550111", text="no report")
        await device.sms_set_delivery_report(delivery_report=True)
        assert (await device.sms_get_delivery_report())["deliveryReport"] is True
        await device.sms_send(address="+15550111", text="with report")
        assert [m.report for m in server.model.sent] == [False, True]
        count = await device.sms_get_record_count()
        assert count["storage"] == "ME" and count["used"] == count["total"]


async def test_pin_lock_is_turned_on_once_and_reported() -> None:
    async with virtual_gateway() as server, port_of(server, 0) as device:
        assert (await device.information_get_pin_status())["PINStatusList"][0]["enabled"] is False
        before = server.model.requests
        await device.dev_srv_enable_pin(pin="1234")
        entry = (await device.information_get_pin_status())["PINStatusList"][0]
        assert entry["enabled"] is True and entry["PINState"] == "ready"
        assert server.model.requests - before >= 2  # the lock, then the port read back
        sim = server.model.ports[0].sim
        assert sim is not None and sim.pin_enabled
        with pytest.raises(CmapiError) as info:
            await device.dev_srv_disable_pin(pin="1234")
        assert info.value.code == ErrorCode.CAPABILITY_NOT_OFFERED
    async with virtual_gateway() as server, port_of(server, 1) as locked:
        with pytest.raises(CmapiError) as info:
            await locked.dev_srv_enable_pin(pin="1234")
        assert info.value.code == ErrorCode.INVALID_OPERATION  # enter the PIN first
