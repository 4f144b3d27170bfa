"""The ModemManager backend's laptop-class functions against our modem model on python-dbusmock:
RF information from ``GetCellInfo``, the NAA, the SMS settings put on every message it creates,
and the read state it keeps for received messages."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.dbus.mm import MMDevice
from cmgui.service.events import SMSReceived
from cmgui.service.registry import REGISTRY
from tests.integration.dbus.mockbus import mm_modem


@pytest.fixture
async def modem() -> AsyncIterator[MMDevice]:
    async with mm_modem():
        device = REGISTRY.create("mm:0")
        assert isinstance(device, MMDevice)
        await device.open()
        try:
            await device.dev_srv_verify_pin(pin="1234")
            yield device
        finally:
            await device.close()


async def test_rf_info_of_the_serving_cell(modem: MMDevice) -> None:
    (lte,) = (await modem.network_get_rf_info())["RFInfoList"]
    assert lte == {"Radio": "LTE", "maxDataRateUL": 102048, "maxDataRateDL": 603008,
                   "frequencyBand": "LTE band 3 (1800)", "channelNumberUL": "19300",
                   "channelNumberDL": "1300"}
    await modem.net_connect_srv_select_network(network_selection_mode="manual", plmnid="00102")
    (umts,) = (await modem.network_get_rf_info())["RFInfoList"]
    assert (umts["Radio"], umts["channelNumberDL"], umts["channelNumberUL"]) == (
        "WCDMA_UMTS", "10700", "9750")
    assert umts["frequencyBand"].startswith("UMTS band I")
    signal = await modem.information_get_signal_strength()  # Signal.Umts: no LTE figures
    assert signal["signalStrength"] == -71 and "RSRP" not in signal


async def test_naa_and_product_type(modem: MMDevice) -> None:
    assert await modem.dev_srv_get_naa_available() == {
        "NAAListElements": 1, "NAAList": [{"NAAName": "USIM", "label": "SIM"}]}
    assert (await modem.dev_srv_get_product_type())["productType"] == "cellular modem"


async def test_sms_settings_go_on_every_message_created(
        modem: MMDevice, monkeypatch: pytest.MonkeyPatch) -> None:
    created: list[dict[str, Any]] = []
    call = modem._call

    async def recording(interface: str, member: str, signature: str = "",
                        body: list[Any] | None = None, path: str | None = None) -> list[Any]:
        if member == "Create" and body:
            created.append({k: v.value for k, v in body[0].items()})
        return await call(interface, member, signature, body, path)

    monkeypatch.setattr(modem, "_call", recording)
    with pytest.raises(CmapiError) as info:
        await modem.sms_get_smsc_address()
    assert info.value.code == ErrorCode.INFO_DATA_NOT_PRESENT  # ModemManager does not say
    await modem.sms_send(address="+15550111", text="defaults")
    await modem.sms_set_smsc_address(smsc_address="+15550999")
    await modem.sms_set_validity_period(validity_period=60)
    await modem.sms_set_delivery_report(delivery_report=True)
    await modem.sms_send(address="+15550111", text="settings")
    await modem.sms_set_validity_period(validity_period=0)
    await modem.sms_send(address="+15550111", text="no validity", validity_period=None)
    assert "smsc" not in created[0] and "delivery-report-request" not in created[0]
    assert created[0]["validity"][1].value == 4320  # three days, as the AT driver
    assert created[1]["smsc"] == "+15550999" and created[1]["delivery-report-request"] is True
    assert [created[1]["validity"][0], created[1]["validity"][1].value] == [1, 60]
    assert "validity" not in created[2]  # 0: the SMS centre's own
    assert (await modem.sms_get_smsc_address())["SMSCAddress"] == "+15550999"


async def test_received_messages_are_unread_until_read(modem: MMDevice) -> None:
    stream = modem.subscribe()
    await modem.sms_send(address="+15550100", text="ping")

    async def received() -> SMSReceived:
        while True:
            event = await stream.get()
            if isinstance(event, SMSReceived):
                return event

    notice = await asyncio.wait_for(received(), 5)
    stream.close()
    assert (await modem.sms_get_unread_record_count())["unreadCount"] == 1
    assert (await modem.sms_get_record_count())["used"] == 1
    assert (await modem.sms_get(msg_id=notice.msg_id))["status"] == "unread"
    assert (await modem.sms_get_unread_record_count())["unreadCount"] == 0  # read by sms_get
    await modem.sms_update(msg_id=notice.msg_id, status="unread")
    assert (await modem.sms_get_unread_record_count())["unreadCount"] == 1
    await modem.sms_delete(msg_id=notice.msg_id)
    assert (await modem.sms_get_unread_record_count())["unreadCount"] == 0
    with pytest.raises(CmapiError) as info:
        await modem.sms_update(msg_id=notice.msg_id, status="read")
    assert info.value.code == ErrorCode.SMS_NOT_FOUND
