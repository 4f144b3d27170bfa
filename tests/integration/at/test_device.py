"""AtDevice on the virtual modem through a real pseudo-terminal: unplug, cancellation, URCs."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.at.virtual_backend import VirtualAtDevice
from cmgui.service.device import EventStream
from cmgui.service.events import (
    DeviceChanged,
    Event,
    RFInformationChanged,
    SMSMessage,
    SMSReceived,
    USSDReceived,
)
from tests.integration.at.waiting import registered, until


@pytest.fixture
async def device() -> AsyncIterator[VirtualAtDevice]:
    dev = VirtualAtDevice("virtual:generic", pin_enabled=False, scan_delay=1.0)
    await dev.open()
    yield dev
    await dev.close()


async def next_of(stream: EventStream, kind: type[Event], timeout: float = 5.0,
                  where: Any = None) -> Any:
    async def wait() -> Event:
        while True:
            event = await stream.get()
            assert event is not None, "stream closed"
            if isinstance(event, kind) and (where is None or where(event)):
                return event
    return await asyncio.wait_for(wait(), timeout)


async def test_unplug_mid_command_fails_cleanly_and_says_so(device: VirtualAtDevice) -> None:
    stream = device.subscribe()
    scan = asyncio.create_task(device.net_connect_srv_get_network_list_sync())
    server = device.server
    assert server is not None
    await until(lambda: server.frontend.busy, what="the scan running on the modem")
    await server.close()  # the modem vanishes under the driver
    with pytest.raises(CmapiError) as info:
        await asyncio.wait_for(scan, 3)
    assert info.value.code == ErrorCode.NO_SUCH_DEVICE
    changed = await next_of(stream, DeviceChanged)
    assert changed.device_state == int(t.DeviceState.REMOVED)
    with pytest.raises(CmapiError) as again:
        await device.dev_srv_get_imei()
    assert again.value.code == ErrorCode.NO_SUCH_DEVICE
    assert (await device.describe())["deviceState"] == int(t.DeviceState.REMOVED)


async def test_cancelled_scan_leaves_the_port_in_step(device: VirtualAtDevice) -> None:
    loop = asyncio.get_running_loop()
    scan = asyncio.create_task(device.net_connect_srv_get_network_list_sync())
    server = device.server
    assert server is not None
    await until(lambda: server.frontend.busy, what="the scan running on the modem")
    start = loop.time()
    scan.cancel()
    with pytest.raises(asyncio.CancelledError):
        await scan
    assert loop.time() - start < 0.5
    # The next answers belong to the next commands, not to the aborted scan.
    assert (await device.information_get_radio_state())["radioState"] is True
    assert (await device.dev_srv_get_manufacturer_name())["manufacturerName"] == "cmgui"


async def test_registration_and_incoming_sms_become_events(device: VirtualAtDevice) -> None:
    stream = device.subscribe()
    await device.dev_srv_set_radio_state(radio_state=False)
    await next_of(stream, RFInformationChanged,
                  where=lambda e: e.registration_state != "registeredHome")
    await device.dev_srv_set_radio_state(radio_state=True)
    rf = await next_of(stream, RFInformationChanged,
                       where=lambda e: e.registration_state == "registeredHome")
    assert rf.plmnid == "00101" and rf.network_name == "Virtual Telecom"
    assert device.server is not None
    text = "A long message from the network. " * 6  # two parts, one message
    device.server.model.inject_sms("+15550199", text)
    notice = await next_of(stream, SMSReceived)
    assert notice.storage == "SM" and notice.msg_id.startswith("SM:")
    message = await next_of(stream, SMSMessage)
    assert message.text == text and message.address == "+15550199"
    ids = (await device.sms_get_id_list())["SMSIDList"]
    records = [await device.sms_get(msg_id=i) for i in ids]
    assert {r.get("concatTotal") for r in records} == {2}


async def test_status_report_is_matched_to_the_sent_message(device: VirtualAtDevice) -> None:
    await registered(device)
    stream = device.subscribe()
    sent = await device.sms_send(address="+15550111", text="report please",
                                 delivery_report=True)
    report = await next_of(stream, SMSMessage, where=lambda e: e.status_report)
    assert report.message_reference == sent["messageReferences"][0]
    assert report.address == "+15550111" and report.delivery_status == 0


async def test_network_initiated_ussd_and_ussd_timeout(device: VirtualAtDevice) -> None:
    await registered(device)
    stream = device.subscribe()
    assert device.server is not None
    device.server.model.inject_ussd("Your bonus is ready")
    received = await next_of(stream, USSDReceived)
    assert received.ussd_string == "Your bonus is ready" and received.ussd_state == "finished"
    device.ussd_timeout = 0.3
    silent = await asyncio.wait_for(device.ussd_request(ussd_string="*999#"), 3)
    assert silent["USSDState"] == "timeout"
    device.ussd_timeout = 5.0
    balance = await device.ussd_request(ussd_string="*100#")
    assert balance["USSDState"] == "finished" and "balance" in balance["USSDString"]


async def test_wrong_apn_is_a_session_management_cause(device: VirtualAtDevice) -> None:
    await registered(device)
    with pytest.raises(CmapiError) as info:
        await device.net_connect_srv_connect_async(apn="invalid.apn")
    assert f"{info.value.code:08x}".startswith("40327")  # SM cause 27: unknown APN
    status = await device.net_con_get_connection_status()
    assert status["connectionState"] == "disconnected"


async def test_registry_opens_a_modem_on_a_loopback_socket() -> None:
    from cmgui.drivers.at.device import AtDevice
    from cmgui.drivers.virtual import serve
    from cmgui.service.registry import REGISTRY

    server, url = await serve.serve_tcp(dialect="quectel", pin_enabled=False)
    try:
        dev = REGISTRY.create(url)
        assert isinstance(dev, AtDevice) and dev.kind == "modem"
        await dev.open()
        try:
            assert dev.vendor.name == "quectel"
            info = await dev.describe()
            assert info["description"].startswith("Quectel EC25")
            assert info["deviceType"] == int(t.DeviceType.MODEM)
            assert (await dev.information_get_pin_status())["PINStatusList"][0][
                "PINState"] == "ready"
        finally:
            await dev.close()
    finally:
        await server.close()


async def test_virtual_backend_is_always_discoverable_and_rejects_unknown_dialects() -> None:
    from cmgui.drivers.at.virtual_backend import discover, parse_address

    found = await discover()
    assert [(d.address, d.kind) for d in found] == [("virtual", "virtual")]
    assert parse_address("virtual") == "generic"
    with pytest.raises(CmapiError):
        parse_address("virtual:nokia")


async def test_garbage_urcs_never_break_the_device(device: VirtualAtDevice,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    """Seeded garbage after every routed URC prefix: handlers log and carry on."""
    import random

    from cmgui.at.engine import Unsolicited

    rng = random.Random(1234)
    alphabet = '0123456789,"ABCDEF: +-\t\x00\xff^'
    names = sorted(device._urc_routes)
    running = set(device._tasks)  # the signal poller runs for as long as the device is open
    for _ in range(300):
        name = rng.choice(names)
        payload = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
        data = tuple("".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 20)))
                     for _ in range(rng.randrange(0, 2)))
        device._on_urc(Unsolicited(f"{name}: {payload}", name, payload, data))
    await until(lambda: not device._tasks - running,
                what="the follow-ups (reads, queries) finished")
    assert (await device.information_get_radio_state())["radioState"] is True
    assert (await device.dev_srv_get_imei())["IMEI"].isdigit()
    bugs = [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]
    assert not bugs, bugs[0].getMessage()
