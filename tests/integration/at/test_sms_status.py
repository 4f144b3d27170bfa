"""Counting unread messages through the AT driver changes no message.

TS 27.005 3.4.2: +CMGL, whatever <stat> it lists, turns each "REC UNREAD" message it returns
into "REC READ" (as +CMGR does), and the virtual modem does exactly that; the driver counts from
the SIM's records (EF_SMS over +CRSM) instead. On the virtual modem in every dialect, and on
scripted modems for what the virtual one never does (a modem that refuses +CRSM, EF_SMS found
only under ADF_USIM).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.at.device import AtDevice
from cmgui.drivers.at.virtual_backend import DIALECTS, VirtualAtDevice
from cmgui.drivers.virtual.smsstore import MsgStat
from tests.integration.at.scripted import ScriptedModem


@pytest.fixture(params=DIALECTS)
async def device(request: pytest.FixtureRequest) -> AsyncIterator[VirtualAtDevice]:
    dev = VirtualAtDevice(f"virtual:{request.param}", pin_enabled=False)
    await dev.open()
    yield dev
    await dev.close()


async def unread(device: AtDevice) -> int:
    return (await device.sms_get_unread_record_count())["unreadCount"]


async def test_counting_unread_messages_leaves_them_unread(device: VirtualAtDevice) -> None:
    assert device.server is not None
    model = device.server.model
    # waiting on the SIM from before anything looked: no +CMTI, the driver has not read them
    waiting = model.preload_sms("+15550199", "one") + model.preload_sms("+15550123", "two")
    assert [await unread(device) for _ in range(3)] == [2, 2, 2]
    store = model.storage("SM")
    assert [store.get(i).stat for i in waiting] == [MsgStat.REC_UNREAD] * 2  # type: ignore[union-attr]
    record = await device.sms_get(msg_id=f"SM:{waiting[0]}")
    assert record["status"] == "unread"  # reading shows it as it was, and marks it read
    assert await unread(device) == 1


def _ok(body: str = "") -> bytes:
    return (f"\r\n{body}\r\n" if body else "").encode() + b"\r\nOK\r\n"


def _record(status: int) -> str:
    return f'+CRSM: 144,0,"{status:02X}' + "FF" * 175 + '"'


SMS_SETUP = {
    "AT": _ok(), "ATE0": _ok(), "AT+CMEE=1": _ok(), "AT+CMGF=0": _ok(),
    'AT+CPMS="SM","SM","SM"': _ok("+CPMS: 2,10,2,10,2,10"),
    "AT+CPMS?": _ok('+CPMS: "SM",2,10,"SM",2,10,"SM",2,10'),
    "AT+CMGL=0": _ok(), "AT+CMGL=4": _ok(),
}


async def _open(modem: ScriptedModem) -> AtDevice:
    device = AtDevice(modem.open_pty())
    await device.open()
    return device


async def test_a_modem_without_sim_access_says_so_and_lists_nothing() -> None:
    modem = ScriptedModem(SMS_SETUP)  # every +CRSM gets ERROR
    device = await _open(modem)
    try:
        with pytest.raises(CmapiError) as info:
            await device.sms_get_unread_record_count()
        assert info.value.code == ErrorCode.SMS_OPERATION_NOT_SUPPORTED
        assert "mark them read" in info.value.data["reason"]
        assert not any(line.startswith("AT+CMGL") for line in modem.received)
        assert [line for line in modem.received if line.startswith("AT+CRSM")] == [
            "AT+CRSM=178,28476,1,4,176", 'AT+CRSM=178,28476,1,4,176,,"7F10"',
            'AT+CRSM=178,28476,1,4,176,,"7FFF"']
        modem.received.clear()
        with pytest.raises(CmapiError):  # this modem answers nothing about its SIM, but...
            await device.information_get_iccid()
        assert "AT+CRSM=176,12258,0,0,10" in modem.received  # ...+CRSM was not written off
    finally:
        await device.close()
        modem.close()


async def test_ef_sms_under_adf_usim_and_the_scan_stops_when_all_are_seen() -> None:
    not_found = _ok("+CRSM: 106,130")
    modem = ScriptedModem({
        **SMS_SETUP,
        "AT+CRSM=178,28476,1,4,176": not_found,
        'AT+CRSM=178,28476,1,4,176,,"7F10"': not_found,
        'AT+CRSM=178,28476,1,4,176,,"7FFF"': _ok(_record(0x03)),
        'AT+CRSM=178,28476,2,4,176,,"7FFF"': _ok(_record(0x00)),
        'AT+CRSM=178,28476,3,4,176,,"7FFF"': _ok(_record(0x01)),
    })
    device = await _open(modem)
    try:
        assert await unread(device) == 1
        asked = [line for line in modem.received if line.startswith("AT+CRSM=178")]
        assert asked[-2:] == ['AT+CRSM=178,28476,2,4,176,,"7FFF"',
                              'AT+CRSM=178,28476,3,4,176,,"7FFF"']  # 2 of 2 found: done
        assert len(asked) == 5
    finally:
        await device.close()
        modem.close()
