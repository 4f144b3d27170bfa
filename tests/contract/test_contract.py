"""The seam's contract: every backend behaves the same through the Device API.

Written against cmgui.service only; see backends.py for the device state each test starts from.
"""

from __future__ import annotations

import asyncio
import inspect
import types
import typing
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, decode_pin_error
from cmgui.service.device import SEAM_METHODS, Device
from cmgui.service.events import Event, SMSMessage, SMSReceived

PIN = "1234"
PUK = "12345678"
ECHO_NUMBER = "+15550100"
T = TypeVar("T")


async def eventually(check: Callable[[], Awaitable[T]], timeout: float = 10.0) -> T:
    """Poll ``check`` until it returns a truthy value (state that settles on the device's clock)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        try:
            value = await check()
            if value:
                return value
        except CmapiError:
            if loop.time() > deadline:
                raise
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


async def pin_entry(device: Device) -> dict[str, Any]:
    status = await device.information_get_pin_status()
    assert status["PINStatusListElements"] == len(status["PINStatusList"])
    return dict(next(e for e in status["PINStatusList"] if e["PINType"] == "PIN1"))


async def unlock(device: Device) -> None:
    if (await pin_entry(device))["PINState"] == "PINRequired":
        await device.dev_srv_verify_pin(pin=PIN)


def requires(device: Device, *names: str) -> None:
    """Skip a test of functions this backend does not offer (that they answer error 7 is
    checked by test_unsupported_functions_answer_error_7)."""
    missing = sorted(set(names) - device.supported_functions())
    if missing:
        pytest.skip(f"not offered by this backend: {', '.join(missing)}")
    answered = sorted(set(names) & set(getattr(device, "spec_answers", {})))
    if answered:  # test_spec_answers.py checks the answer
        pytest.skip(f"answered with the specification's error here: {', '.join(answered)}")


def offered(device: Device) -> frozenset[str]:
    """What the backend does (its functions less those answered with the specification's own
    error, ``spec_answers``, which test_spec_answers.py checks)."""
    return device.supported_functions() - set(getattr(device, "spec_answers", {}))


def counts_pin_attempts(device: Device) -> bool:
    """False for backends whose device cannot tell the attempts left (an SMS gateway's API)."""
    return bool(getattr(device, "reports_pin_attempts", True))


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


async def test_identity(device: Device) -> None:
    assert (await device.dev_srv_get_manufacturer_name())["manufacturerName"]
    assert (await device.dev_srv_get_manufacturer_model())["manufacturerModel"]
    if "dev_srv_get_firmware_version" in offered(device):
        assert (await device.dev_srv_get_firmware_version())["firmwareVersion"]
    imei = (await device.dev_srv_get_imei())["IMEI"]
    assert len(imei) == 15 and imei.isdigit() and luhn_ok(imei)


async def test_locked_sim_hides_subscriber_identity(device: Device) -> None:
    entry = await pin_entry(device)
    assert entry["PINState"] == "PINRequired"
    assert entry["enabled"] is True
    if counts_pin_attempts(device):
        assert entry["attemptsLeft"] == 3
    with pytest.raises(CmapiError):
        await device.dev_srv_get_imsi()


async def test_wrong_pin_costs_exactly_one_attempt_and_says_so(device: Device) -> None:
    with pytest.raises(CmapiError) as info:
        await device.dev_srv_verify_pin(pin="0000")
    decoded = decode_pin_error(info.value.code)
    assert decoded is not None
    kind, _sw, tries = decoded
    assert kind == PinErrorKind.WRONG_PIN
    if counts_pin_attempts(device):
        assert tries == 2
        assert (await pin_entry(device))["attemptsLeft"] == 2
    else:
        assert tries is None and "attemptsLeft" not in await pin_entry(device)
    await device.dev_srv_verify_pin(pin=PIN)
    assert (await pin_entry(device))["PINState"] == "ready"


async def test_three_wrong_pins_block_and_puk_unblocks(device: Device) -> None:
    requires(device, "dev_srv_unblock_pin")
    for expected_left in (2, 1):
        with pytest.raises(CmapiError) as info:
            await device.dev_srv_verify_pin(pin="0000")
        assert decode_pin_error(info.value.code)[2] == expected_left  # type: ignore[index]
    with pytest.raises(CmapiError) as info:
        await device.dev_srv_verify_pin(pin="0000")
    decoded = decode_pin_error(info.value.code)
    assert decoded is not None and decoded[0] in (PinErrorKind.PIN_BLOCKED,
                                                  PinErrorKind.WRONG_PIN)
    assert (await pin_entry(device))["PINState"] == "PUKRequired"
    with pytest.raises(CmapiError) as info:
        await device.dev_srv_unblock_pin(puk="00000000", new_pin="4321")
    assert decode_pin_error(info.value.code)[0] == PinErrorKind.WRONG_PUK  # type: ignore[index]
    await device.dev_srv_unblock_pin(puk=PUK, new_pin="4321")
    assert (await pin_entry(device))["PINState"] == "ready"


async def test_change_and_disable_pin(device: Device) -> None:
    requires(device, "dev_srv_change_pin", "dev_srv_disable_pin", "dev_srv_enable_pin")
    await unlock(device)
    await device.dev_srv_change_pin(old_pin=PIN, new_pin="9876")
    with pytest.raises(CmapiError) as info:
        await device.dev_srv_disable_pin(pin=PIN)
    assert decode_pin_error(info.value.code) is not None
    await device.dev_srv_disable_pin(pin="9876")
    assert (await pin_entry(device))["enabled"] is False
    await device.dev_srv_enable_pin(pin="9876")
    assert (await pin_entry(device))["enabled"] is True


async def test_subscriber_identity_after_unlock(device: Device) -> None:
    await unlock(device)
    imsi = (await eventually(device.dev_srv_get_imsi))["IMSI"]
    assert imsi.isdigit() and 14 <= len(imsi) <= 15
    iccid = (await device.information_get_iccid())["ICCID"]
    assert iccid.isdigit() and 18 <= len(iccid) <= 20 and luhn_ok(iccid)


async def test_registers_on_home_network_with_signal(device: Device) -> None:
    await unlock(device)

    async def registered() -> Any:
        reg = await device.information_get_ps_network_registration()
        return reg if reg["registrationState"] == "registeredHome" else None

    await eventually(registered)
    if "network_get_serving_information" in offered(device):
        serving = await device.network_get_serving_information()
        assert serving["MCC"].isdigit() and serving["MNC"].isdigit() and serving["networkName"]
    signal = await device.information_get_signal_strength()
    assert 0 <= signal["signalPercentage"] <= 100
    assert 0 <= signal["bars"] <= 5
    assert -140 <= signal["signalStrength"] <= -20
    if "information_get_roaming_status" in offered(device):
        assert (await device.information_get_roaming_status())["roaming"] is False


async def test_network_scan_and_manual_selection(device: Device) -> None:
    requires(device, "net_connect_srv_get_network_list_sync", "net_connect_srv_select_network")
    await unlock(device)
    result = await asyncio.wait_for(device.net_connect_srv_get_network_list_sync(), 30)
    networks = result["networkList"]
    assert result["networkListElements"] == len(networks) >= 3
    assert sum(1 for n in networks if n["networkStatus"] == "current") == 1
    forbidden = [n for n in networks if n["networkStatus"] == "forbidden"]
    assert forbidden
    with pytest.raises(CmapiError):
        await device.net_connect_srv_select_network(network_selection_mode="manual",
                                                    plmnid=forbidden[0]["PLMNID"])
    partner = next(n for n in networks if n["networkStatus"] == "available")
    await device.net_connect_srv_select_network(network_selection_mode="manual",
                                                plmnid=partner["PLMNID"])
    mode = await device.information_get_network_selection_mode()
    assert mode["networkSelectionMode"] == "manual"

    async def roaming() -> bool:
        return (await device.information_get_roaming_status())["roaming"]

    await eventually(roaming)
    await device.net_connect_srv_select_network(network_selection_mode="automatic")
    assert (await device.information_get_network_selection_mode())[
        "networkSelectionMode"] == "automatic"


async def test_radio_off_and_on(device: Device) -> None:
    await unlock(device)
    await device.dev_srv_set_radio_state(radio_state=False)
    assert (await device.information_get_radio_state())["radioState"] is False
    reg = await device.information_get_ps_network_registration()
    assert reg["registrationState"] != "registeredHome"
    await device.dev_srv_set_radio_state(radio_state=True)
    assert (await device.information_get_radio_state())["radioState"] is True


async def _next_event(stream: Any, kinds: tuple[type[Event], ...], timeout: float) -> Event:
    async def wait() -> Event:
        while True:
            event = await stream.get()
            if event is None:
                raise AssertionError("event stream closed")
            if isinstance(event, kinds):
                return event  # type: ignore[no-any-return]
    return await asyncio.wait_for(wait(), timeout)


async def test_sms_send_receive_list_delete(device: Device) -> None:
    await unlock(device)

    async def registered() -> bool:
        reg = await device.information_get_ps_network_registration()
        return reg["registrationState"] in ("registeredHome", "registeredRoaming")

    await eventually(registered)
    stream = device.subscribe()
    try:
        sent = await device.sms_send(address=ECHO_NUMBER, text="Hello from cmgui ✓")
        assert sent["segments"] == 1 and len(sent["messageReferences"]) == 1
        await _next_event(stream, (SMSReceived, SMSMessage), timeout=15)
    finally:
        stream.close()

    async def reply_listed() -> list[str]:
        ids = (await device.sms_get_id_list())["SMSIDList"]
        texts = [(i, (await device.sms_get(msg_id=i))) for i in ids]
        return [i for i, rec in texts if "Hello from cmgui ✓" in rec["text"]]

    found = await eventually(reply_listed)
    record = await device.sms_get(msg_id=found[0])
    assert record["address"].endswith(ECHO_NUMBER.lstrip("+"))
    assert record["status"] in ("unread", "read")
    if "sms_delete" not in offered(device):
        return  # messages stay where they are (a gateway's API cannot delete them)
    await device.sms_delete(msg_id=found[0])
    assert found[0] not in (await device.sms_get_id_list())["SMSIDList"]
    with pytest.raises(CmapiError) as info:
        await device.sms_get(msg_id=found[0])
    assert info.value.code in (ErrorCode.SMS_NOT_FOUND, ErrorCode.INVALID_PARAMETER)


async def test_long_sms_is_sent_in_parts(device: Device) -> None:
    await unlock(device)
    await eventually(_registered_check(device))
    text = "Concatenated message. " * 12
    sent = await device.sms_send(address="+15550111", text=text)
    assert sent["segments"] == 2 == len(sent["messageReferences"])


def _registered_check(device: Device) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        reg = await device.information_get_ps_network_registration()
        return reg["registrationState"] in ("registeredHome", "registeredRoaming")
    return check


async def test_ussd_balance_and_menu(device: Device) -> None:
    await unlock(device)
    await eventually(_registered_check(device))
    balance = await device.ussd_request(ussd_string="*100#")
    assert balance["USSDState"] == "finished"
    assert balance["USSDString"]
    menu = await device.ussd_request(ussd_string="*123#")
    assert menu["USSDState"] == "actionRequired"
    answer = await device.ussd_request(ussd_string="1")
    assert answer["USSDString"] and answer["USSDString"] != menu["USSDString"]
    if answer["USSDState"] == "actionRequired":
        await device.ussd_release()


async def test_data_connection_counts_bytes(device: Device) -> None:
    requires(device, "net_connect_srv_connect_async")
    await unlock(device)
    await eventually(_registered_check(device))
    with pytest.raises(CmapiError):
        await device.net_connect_srv_connect_async(apn="invalid.apn")
    result = await device.net_connect_srv_connect_async(apn="internet")
    assert result["connectionState"] == "connected"
    assert result.get("IPAddress")
    status = await device.net_con_get_connection_status()
    assert status["connectionState"] == "connected"
    assert (await device.information_get_apn())["APN"] == "internet"

    async def traffic() -> bool:
        stats = await device.net_statistic_get_connection_statistics()
        return stats["bytesReceived"] > 0

    await eventually(traffic)
    await device.net_connect_srv_disconnect_async()
    status = await device.net_con_get_connection_status()
    assert status["connectionState"] == "disconnected"


def _dummy(hint: Any) -> Any:
    """A value of type `hint` (the first of a Literal, the empty one of a container)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Literal:
        return args[0]
    if origin in (typing.Union, types.UnionType):
        return _dummy(next(a for a in args if a is not type(None)))
    if typing.is_typeddict(hint) or origin is dict:
        return {}
    if origin in (list, tuple, set):
        return origin()
    return hint()  # bool, int, float, str


def test_dummy_values_follow_the_parameter_types() -> None:
    from cmgui.cmapi import types as t

    assert [_dummy(h) for h in (bool, int, str, t.PINType, int | None, list[str])] == [
        False, 0, "", "PIN1", 0, []]
    hints = typing.get_type_hints(Device.dev_srv_verify_pin)
    assert (_dummy(hints["pin"]), _dummy(hints["pin_type"])) == ("", "PIN1")


async def test_unsupported_functions_answer_error_7(device: Device) -> None:
    supported = device.supported_functions()
    assert {"dev_srv_get_imei", "information_get_signal_strength"} <= supported
    for name in sorted(set(SEAM_METHODS) - supported):
        method = getattr(device, name)
        seam = getattr(Device, name)  # the signature is the seam's definition
        hints = typing.get_type_hints(seam)
        kwargs = {  # well-typed, so the answer is about support, not about the parameters
            p.name: _dummy(hints[p.name])
            for p in inspect.signature(seam).parameters.values()
            if p.name != "self" and p.default is inspect.Parameter.empty
        }
        if name in ("wlan_is_supported",):
            continue
        with pytest.raises(CmapiError) as info:
            await method(**kwargs)
        assert info.value.code == ErrorCode.NOT_SUPPORTED, name


# --- contacts (CMAPI_Contact_*) -------------------------------------------------------------


async def test_contacts_list_create_get_update_delete(device: Device) -> None:
    requires(device, "contact_get_contact_list", "contact_create")
    await unlock(device)
    before = await device.contact_get_contact_list(location="SIM")
    assert before["contactListElements"] == len(before["contactList"]) >= 1
    assert before.get("capacity", 250) >= len(before["contactList"])
    assert all(c["location"] == "SIM" and c["name"] for c in before["contactList"])
    used = {c["index"] for c in before["contactList"]}

    index = (await device.contact_create(name="Anna Schmidt", number="+4917012345",
                                         location="SIM"))["index"]
    assert index not in used
    assert await device.contact_get(index=index, location="SIM") == {
        "index": index, "location": "SIM", "name": "Anna Schmidt", "number": "+4917012345"}
    after = await device.contact_get_contact_list(location="SIM")
    assert after["contactListElements"] == before["contactListElements"] + 1

    await device.contact_update(index=index, number="+4917099999", location="SIM")
    updated = await device.contact_get(index=index, location="SIM")
    assert (updated["name"], updated["number"]) == ("Anna Schmidt", "+4917099999")
    await device.contact_update(index=index, name="Anna S.", location="SIM")
    assert (await device.contact_get(index=index, location="SIM"))["name"] == "Anna S."

    await device.contact_delete(index=index, location="SIM")
    with pytest.raises(CmapiError) as info:
        await device.contact_get(index=index, location="SIM")
    assert info.value.code in (ErrorCode.CONTACT_INVALID_INDEX, ErrorCode.INVALID_PARAMETER)
    assert (await device.contact_get_contact_list(location="SIM"))[
        "contactListElements"] == before["contactListElements"]


async def test_contacts_search_and_unicode_names(device: Device) -> None:
    requires(device, "contact_create", "contact_search")
    await unlock(device)
    first = (await device.contact_create(name="Jürgen Ωmega", number="+491511",
                                         location="SIM"))["index"]
    second = (await device.contact_create(name="Дима", number="+7495123",
                                          location="SIM"))["index"]
    assert (await device.contact_get(index=second, location="SIM"))["name"] == "Дима"
    found = await device.contact_search(name="jür", location="SIM")
    assert [c["index"] for c in found["contactList"]] == [first]
    assert found["contactListElements"] == 1
    assert (await device.contact_search(name="Ди", location="SIM"))["contactList"][0][
        "number"] == "+7495123"
    assert (await device.contact_search(name="Nobody here", location="SIM"))[
        "contactListElements"] == 0


async def test_contacts_reject_what_the_sim_cannot_hold(device: Device) -> None:
    requires(device, "contact_create")
    await unlock(device)
    with pytest.raises(CmapiError) as info:
        await device.contact_create(name="Maximilian Alexander von Humboldt", number="+4930123",
                                    location="SIM")
    assert info.value.code == ErrorCode.CONTACT_INVALID_RECORD
    assert "too long" in str(info.value.data).lower()
    with pytest.raises(CmapiError) as info:
        await device.contact_create(name="Bad number", number="call me", location="SIM")
    assert info.value.code in (ErrorCode.CONTACT_INVALID_RECORD, ErrorCode.INVALID_PARAMETER)
    with pytest.raises(CmapiError):
        await device.contact_get(index=100000, location="SIM")


async def test_contacts_in_the_device_phonebook(device: Device) -> None:
    requires(device, "contact_create", "contact_get_contact_list")
    await unlock(device)
    index = (await device.contact_create(name="Office", number="0301234", location="device"))[
        "index"]
    listed = await device.contact_get_contact_list(location="device")
    assert {"index": index, "location": "device", "name": "Office", "number": "0301234"} in \
        listed["contactList"]
    sim = await device.contact_get_contact_list(location="SIM")
    assert all(c["name"] != "Office" for c in sim["contactList"])


async def test_rf_info_reports_the_serving_radio(device: Device) -> None:
    if "network_get_rf_info" not in device.supported_functions():
        pytest.skip("no CMAPI_Network_GetRFInfo here (error 7 is checked by "
                    "test_unsupported_functions_answer_error_7)")
    await unlock(device)
    await eventually(_registered_check(device))
    result = await device.network_get_rf_info()
    assert result["RFInfoListElements"] == len(result["RFInfoList"]) == 1
    entry = result["RFInfoList"][0]
    assert entry["Radio"] in ("GSM", "WCDMA_UMTS", "LTE", "NR")
    assert entry["maxDataRateDL"] >= 0 and entry["maxDataRateUL"] >= 0
    assert isinstance(entry["frequencyBand"], str)
    for channel in (entry["channelNumberDL"], entry["channelNumberUL"]):
        assert channel == "" or channel.isdigit()
    await device.dev_srv_set_radio_state(radio_state=False)
    assert (await device.network_get_rf_info())["RFInfoListElements"] == 0
