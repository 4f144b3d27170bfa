"""The seam's contract for the laptop-mandatory device-service and SMS functions (Appendix B.2):
product type, the UICC's network access applications, the SMS sending settings (SMS centre,
validity period, delivery report) and the unread state of received messages."""

from __future__ import annotations

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.events import SMSMessage, SMSReceived
from tests.contract.test_contract import (
    ECHO_NUMBER,
    _next_event,
    _registered_check,
    eventually,
    requires,
    unlock,
)

NAA_NAMES = {"SIM", "USIM", "ISIM", "RUIM", "CSIM"}


async def test_product_type_names_the_device(device: Device) -> None:
    requires(device, "dev_srv_get_product_type")
    product = (await device.dev_srv_get_product_type())["productType"]
    assert product.strip() and product.isprintable()


async def test_the_uicc_offers_a_network_access_application(device: Device) -> None:
    requires(device, "dev_srv_get_naa_available")
    await unlock(device)
    found = await device.dev_srv_get_naa_available()
    assert found["NAAListElements"] == len(found["NAAList"]) >= 1  # the contract's SIM is in
    for naa in found["NAAList"]:
        assert naa["NAAName"] in NAA_NAMES and naa["label"]


async def test_validity_period_is_kept_and_checked(device: Device) -> None:
    requires(device, "sms_get_validity_period", "sms_set_validity_period")
    await device.sms_set_validity_period(validity_period=1440)
    assert (await device.sms_get_validity_period())["validityPeriod"] == 1440
    with pytest.raises(CmapiError) as info:
        await device.sms_set_validity_period(validity_period=-5)
    assert info.value.code == ErrorCode.INVALID_PARAMETER
    assert (await device.sms_get_validity_period())["validityPeriod"] == 1440


async def test_delivery_report_setting_is_kept_and_messages_still_go(device: Device) -> None:
    requires(device, "sms_get_delivery_report", "sms_set_delivery_report", "sms_send")
    await device.sms_set_delivery_report(delivery_report=True)
    assert (await device.sms_get_delivery_report())["deliveryReport"] is True
    await unlock(device)
    await eventually(_registered_check(device))
    sent = await device.sms_send(address="+15550111", text="with a report")
    assert sent["segments"] == 1
    await device.sms_set_delivery_report(delivery_report=False)
    assert (await device.sms_get_delivery_report())["deliveryReport"] is False


async def test_smsc_address_is_set_and_read_back(device: Device) -> None:
    requires(device, "sms_get_smsc_address", "sms_set_smsc_address")
    await unlock(device)
    await device.sms_set_smsc_address(smsc_address="+15550999")
    assert (await device.sms_get_smsc_address())["SMSCAddress"] == "+15550999"
    with pytest.raises(CmapiError) as info:
        await device.sms_set_smsc_address(smsc_address="centre")
    assert info.value.code == ErrorCode.SMS_INVALID_SMSC


async def test_a_received_message_is_unread_until_marked_read(device: Device) -> None:
    requires(device, "sms_send", "sms_get_unread_record_count", "sms_update",
             "sms_get_id_list")
    await unlock(device)
    await eventually(_registered_check(device))
    before = set((await device.sms_get_id_list())["SMSIDList"])
    unread = (await device.sms_get_unread_record_count())["unreadCount"]
    stream = device.subscribe()
    try:
        await device.sms_send(address=ECHO_NUMBER, text="unread until read")
        await _next_event(stream, (SMSReceived, SMSMessage), timeout=15)
    finally:
        stream.close()

    async def new_ids() -> list[str]:
        return [i for i in (await device.sms_get_id_list())["SMSIDList"] if i not in before]

    (reply,) = await eventually(new_ids)
    # Unread now, unless the driver read it to announce its text (the AT driver's +CMGR does).
    assert (await device.sms_get_unread_record_count())["unreadCount"] in (unread, unread + 1)
    await device.sms_update(msg_id=reply, status="read")
    assert (await device.sms_get_unread_record_count())["unreadCount"] == unread
    try:
        await device.sms_update(msg_id=reply, status="unread")
    except CmapiError as err:  # TS 27.005 cannot mark a message unread
        assert err.code == ErrorCode.INVALID_OPERATION
    else:
        assert (await device.sms_get_unread_record_count())["unreadCount"] == unread + 1
    with pytest.raises(CmapiError) as info:
        await device.sms_update(msg_id=reply, status="sent")
    assert info.value.code == ErrorCode.INVALID_OPERATION
