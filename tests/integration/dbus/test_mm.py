"""The ModemManager backend against our modem model on python-dbusmock (beyond the contract
suite, which also runs against it): discovery, port ownership, events, location, errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest

from cmgui.cmapi.cmee import CauseFamily
from cmgui.cmapi.errors import (
    CmapiError,
    ErrorCode,
    PinErrorKind,
    decode_cause_error,
    decode_pin_error,
)
from cmgui.drivers.dbus import mm
from cmgui.drivers.dbus.backend import register_mm
from cmgui.drivers.dbus.mm import MMDevice
from cmgui.service.events import (
    Event,
    PINPUKStatus,
    RFInformationChanged,
    SessionStateChanged,
    SMSMessage,
    SMSReceived,
)
from cmgui.service.registry import REGISTRY, Registry
from tests.integration.dbus.mockbus import MockService, mm_modem, private_system_bus


@pytest.fixture
async def service() -> AsyncIterator[MockService]:
    async with mm_modem() as svc:
        yield svc


@pytest.fixture
async def modem(service: MockService) -> AsyncIterator[MMDevice]:
    device = REGISTRY.create("mm:0")
    assert isinstance(device, MMDevice)
    await device.open()
    try:
        yield device
    finally:
        await device.close()


async def _events(stream: object, count: int, kinds: tuple[type[Event], ...]) -> list[Event]:
    got: list[Event] = []

    async def collect() -> None:
        while len(got) < count:
            event = await stream.get()  # type: ignore[attr-defined]
            if isinstance(event, kinds):
                got.append(event)

    await asyncio.wait_for(collect(), 5)
    return got


async def _until(stream: object, last: Callable[[Event], bool]) -> list[Event]:
    """Events up to and including the first one ``last`` accepts."""
    got: list[Event] = []

    async def collect() -> None:
        while not got or not last(got[-1]):
            got.append(await stream.get())  # type: ignore[attr-defined]

    await asyncio.wait_for(collect(), 5)
    return got


async def test_discovery_lists_modem_as_mm_address(service: MockService) -> None:
    found = await mm.discover()
    assert [d.address for d in found] == ["mm:0"]
    assert found[0].kind == "mm"
    assert "Quectel EM12-G" in found[0].description
    assert found[0].details["primaryPort"] == "cdc-wdm0"
    assert any(d.address == "mm:0" for d in await REGISTRY.discover())


async def test_owned_ports_leave_out_net_interfaces(service: MockService) -> None:
    assert await mm.owned_ports() == {"/dev/cdc-wdm0", "/dev/ttyUSB0", "/dev/ttyUSB2",
                                      "/dev/ttyUSB3"}
    assert await asyncio.to_thread(mm.owned_ports_blocking) == await mm.owned_ports()
    registry = Registry()
    register_mm(registry)  # how the AT prober learns them: through the registry
    assert await registry.claimed_ports() == await mm.owned_ports()


async def test_without_modemmanager() -> None:
    async with private_system_bus():
        assert await mm.owned_ports() is None
        assert await mm.discover() == []
        device = MMDevice("mm:0")
        with pytest.raises(CmapiError) as info:
            await device.open()
        assert info.value.code == ErrorCode.NO_SUCH_DEVICE
        assert "ModemManager is not running" in str(info.value.data)


async def test_without_a_system_bus(monkeypatch: pytest.MonkeyPatch, tmp_path: object) -> None:
    monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", f"unix:path={tmp_path}/nothing-here")
    assert await mm.owned_ports() is None
    assert await mm.discover() == []
    with pytest.raises(CmapiError) as info:
        await MMDevice("mm:0").open()
    assert info.value.code == ErrorCode.NO_SUCH_DEVICE


async def test_unknown_modem_index(service: MockService) -> None:
    with pytest.raises(CmapiError) as info:
        await MMDevice("mm:7").open()
    assert info.value.code == ErrorCode.NO_SUCH_DEVICE
    with pytest.raises(CmapiError) as info:
        MMDevice("mm:first")
    assert info.value.code == ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER


async def test_unlock_publishes_pin_and_registration_events(modem: MMDevice) -> None:
    stream = modem.subscribe()
    await modem.dev_srv_verify_pin(pin="1234")
    seen = await _until(stream, lambda e: isinstance(e, RFInformationChanged))
    pins = [e.pin_state for e in seen if isinstance(e, PINPUKStatus)]
    assert pins[-1] == "ready" and set(pins) <= {"PINRequired", "ready"}
    reg = seen[-1]
    assert isinstance(reg, RFInformationChanged)
    assert reg.registration_state == "registeredHome" and reg.plmnid == "00101"
    info = await modem.describe()
    assert info["deviceState"] == 3 and info["description"] == "Quectel EM12-G"


async def test_received_sms_is_announced_with_its_text(modem: MMDevice) -> None:
    await modem.dev_srv_verify_pin(pin="1234")
    stream = modem.subscribe()
    await modem.sms_send(address="+15550100", text="ping")
    notice, message = await _events(stream, 2, (SMSReceived, SMSMessage))
    assert isinstance(notice, SMSReceived) and notice.storage == "ME"
    assert isinstance(message, SMSMessage)
    assert (message.address, message.text, message.msg_id) == ("+15550100", "ping",
                                                                notice.msg_id)
    record = await modem.sms_get(msg_id=notice.msg_id)
    assert record["timestamp"].startswith("2026-") and record["encoding"] == "GSM7"
    # the sent copy is not left behind in the modem
    assert (await modem.sms_get_id_list())["SMSIDList"] == [notice.msg_id]


async def test_serving_cell_and_signal_detail(modem: MMDevice) -> None:
    await modem.dev_srv_verify_pin(pin="1234")
    serving = await modem.network_get_serving_information()
    assert serving["MCC"] == "001" and serving["MNC"] == "01"
    assert serving["RATType"] == "E_UTRAN"
    assert (serving.get("LAC"), serving.get("TAC"), serving.get("cellId")) == (
        0x1A2B, 0x1A2B, 0x12D687)
    signal = await modem.information_get_signal_strength()
    assert signal["signalPercentage"] == 72
    assert (signal.get("RSRP"), signal.get("RSRQ"), signal["signalStrength"]) == (-95, -10, -65)
    home = await modem.network_get_home_information()
    assert home == {"MCC": "001", "MNC": "01", "providerName": "Test Home Mobile"}


async def test_errors_in_cmapi_terms(modem: MMDevice) -> None:
    with pytest.raises(CmapiError) as info:
        await modem.net_connect_srv_get_network_list_sync()
    assert info.value.code == ErrorCode.SMART_CARD_NOT_ACCESSIBLE
    await modem.dev_srv_verify_pin(pin="1234")
    with pytest.raises(CmapiError) as info:
        await modem.net_connect_srv_select_network(network_selection_mode="manual",
                                                   plmnid="00103")
    assert decode_cause_error(info.value.code) == (CauseFamily.MM, 11, 0)
    with pytest.raises(CmapiError) as info:
        await modem.net_connect_srv_connect_async(apn="invalid.apn")
    assert decode_cause_error(info.value.code) == (CauseFamily.SM, 27, 0)
    with pytest.raises(CmapiError) as info:
        await modem.dev_srv_change_pin(old_pin="0000", new_pin="1111")
    decoded = decode_pin_error(info.value.code)
    assert decoded is not None and decoded[0] == PinErrorKind.WRONG_OLD_PIN and decoded[2] == 2
    with pytest.raises(CmapiError) as info:
        await modem.dev_srv_verify_pin(pin="1234", pin_type="PIN2")
    assert info.value.code == ErrorCode.INVALID_PIN_TYPE
    with pytest.raises(CmapiError) as info:
        await modem.sms_get(msg_id="../Modem/0")
    assert info.value.code == ErrorCode.SMS_INVALID_MSG_ID
    with pytest.raises(CmapiError) as info:
        await modem.net_connect_srv_disconnect_async()
    assert info.value.code == ErrorCode.NO_CONNECTION_TO_DISCONNECT


async def test_session_events_and_ip_details(modem: MMDevice) -> None:
    await modem.dev_srv_verify_pin(pin="1234")
    stream = modem.subscribe()
    await modem.net_connect_srv_connect_async(apn="internet")
    states = await _events(stream, 2, (SessionStateChanged,))
    assert [e.connection_state for e in states] == [  # type: ignore[attr-defined]
        "connecting", "connected"]
    ip = await modem.information_get_ip_address()
    assert ip == {"IPAddress": "10.64.12.34", "IPAddrType": "IPv4", "primaryDNS": "10.64.0.1",
                  "secondaryDNS": "10.64.0.2", "interfaceName": "wwan0"}  # the bearer's
    assert await modem.net_connect_srv_get_current_conn_type() == {"connectionType": "cellular"}
    assert (await modem.information_get_driver_version())["driverVersion"].startswith(
        "ModemManager 1.")


async def test_radio_off_publishes_and_deregisters(modem: MMDevice) -> None:
    await modem.dev_srv_verify_pin(pin="1234")
    await modem.dev_srv_set_radio_state(radio_state=False)
    status = await modem.dev_srv_get_device_status()
    assert status == {"deviceState": 2, "PINState": "ready", "radioState": False,
                      "registrationState": "notRegistered"}
