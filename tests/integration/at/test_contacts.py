"""Contacts and SMS status updates of AtDevice: on the virtual modem, and on a scripted modem
for the answers the virtual one never gives (UCS2-encoded numbers, a modem that fills up under
the driver)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.at.device import AtDevice
from cmgui.drivers.at.virtual_backend import VirtualAtDevice
from tests.integration.at.scripted import ScriptedModem


@pytest.fixture
async def small_sim() -> AsyncIterator[VirtualAtDevice]:
    dev = VirtualAtDevice("virtual:quectel", pin_enabled=False, sim_phonebook_capacity=6,
                          register_delay=0.1)
    await dev.open()
    yield dev
    await dev.close()


async def test_full_sim_phonebook_says_so(small_sim: VirtualAtDevice) -> None:
    listed = await small_sim.contact_get_contact_list()
    assert (listed["contactListElements"], listed.get("capacity")) == (4, 6)
    assert [c["name"] for c in listed["contactList"]][:2] == ["Voicemail", "Customer care"]
    assert (await small_sim.contact_create(name="One", number="1"))["index"] == 5
    assert (await small_sim.contact_create(name="Two", number="2"))["index"] == 6
    with pytest.raises(CmapiError) as info:
        await small_sim.contact_create(name="Three", number="3")
    assert info.value.code == ErrorCode.CONTACT_MEMORY_FULL
    assert info.value.data["reason"] == "The SIM phonebook is full"
    await small_sim.contact_delete(index=5)
    assert (await small_sim.contact_create(name="Three", number="3"))["index"] == 5


async def test_name_limits_in_the_users_terms(small_sim: VirtualAtDevice) -> None:
    with pytest.raises(CmapiError) as info:
        await small_sim.contact_create(name="Fifteen chars!!", number="1")
    assert info.value.data["reason"] == "Name too long for the SIM (max 14 characters)"
    index = (await small_sim.contact_create(name="Fourteen chars", number="1"))["index"]
    assert (await small_sim.contact_get(index=index))["name"] == "Fourteen chars"
    with pytest.raises(CmapiError) as info:
        await small_sim.contact_update(index=index, name="Пётр Ильич")
    assert "max 6 characters" in info.value.data["reason"]
    await small_sim.contact_update(index=index, name="Пётр")
    assert (await small_sim.contact_get(index=index))["name"] == "Пётр"
    with pytest.raises(CmapiError) as info:
        await small_sim.contact_delete(index=99)
    assert info.value.code == ErrorCode.CONTACT_INVALID_INDEX
    with pytest.raises(CmapiError) as info:
        await small_sim.contact_get(index=1, location="cloud")  # type: ignore[arg-type]
    assert info.value.code == ErrorCode.CONTACT_INVALID_LOCATION


async def test_ussd_still_reads_text_after_phonebook_use(small_sim: VirtualAtDevice) -> None:
    await small_sim.contact_create(name="Ωμέγα", number="+301")
    assert small_sim.server is not None
    assert small_sim.server.frontend.session.settings.cscs == "IRA"


async def test_sms_update_marks_read_and_refuses_unread(small_sim: VirtualAtDevice) -> None:
    assert small_sim.server is not None
    # waiting since before the device was opened: no +CMTI, so the driver has not read it
    [index] = small_sim.server.model.preload_sms("+15550199", "mark me")
    msg_id = f"SM:{index}"
    assert (await small_sim.sms_get_unread_record_count())["unreadCount"] == 1
    await small_sim.sms_update(msg_id=msg_id, status="read")
    assert (await small_sim.sms_get_unread_record_count())["unreadCount"] == 0
    assert (await small_sim.sms_get(msg_id=msg_id))["status"] == "read"
    with pytest.raises(CmapiError) as info:
        await small_sim.sms_update(msg_id=msg_id, status="unread")
    assert info.value.code == ErrorCode.INVALID_OPERATION
    assert "unread" in info.value.data["reason"]
    with pytest.raises(CmapiError) as info:
        await small_sim.sms_update(msg_id="SM:9", status="read")
    assert info.value.code == ErrorCode.SMS_NOT_FOUND


def _ok(body: str = "") -> bytes:
    return (f"\r\n{body}\r\n" if body else "").encode() + b"\r\nOK\r\n"


@pytest.fixture
async def scripted() -> AsyncIterator[tuple[ScriptedModem, AtDevice]]:
    modem = ScriptedModem({
        "AT": _ok(), "ATE0": _ok(), "AT+CMEE=1": _ok(), 'AT+CPBS="SM"': _ok(),
        'AT+CSCS="UCS2"': _ok(), 'AT+CSCS="IRA"': _ok(),
        "AT+CPBR=?": _ok("+CPBR: (1-3),20,10"),
        # this firmware encodes the number in UCS2 too
        "AT+CPBR=1,3": _ok('+CPBR: 1,"002B0034003900310031",145,"0041006E006E0061"'),
        'AT+CPBW=2,"+4930",145,"Bob"': b"\r\n+CME ERROR: 20\r\n",
        'AT+CPBW=2,"+4931",145,"Carola"': b"\r\n+CME ERROR: 24\r\n",
    })
    path = modem.open_pty()
    device = AtDevice(path)
    await device.open()
    yield modem, device
    await device.close()
    modem.close()


async def test_modem_side_errors_and_ucs2_numbers(
        scripted: tuple[ScriptedModem, AtDevice]) -> None:
    modem, device = scripted
    listed = await device.contact_get_contact_list()
    assert listed["contactList"] == [
        {"index": 1, "location": "SIM", "name": "Anna", "number": "+4911"}]
    with pytest.raises(CmapiError) as info:
        await device.contact_create(name="Bob", number="+4930")
    assert info.value.code == ErrorCode.CONTACT_MEMORY_FULL
    assert info.value.data["reason"] == "The SIM phonebook is full"
    with pytest.raises(CmapiError) as info:
        await device.contact_create(name="Carola", number="+4931")
    assert info.value.data["reason"] == "Name too long for the SIM (max 10 characters)"
    assert [c for c in modem.received if c.startswith("AT+CSCS")][-1] == 'AT+CSCS="IRA"'
