"""A gateway port as a Device, beyond the contract: the PIN sent exactly once and read back,
events from state changes, delivery reports per part (references modulo 256), busy USSD."""

from __future__ import annotations

import asyncio

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind, decode_pin_error
from cmgui.drivers.gateway.port import GatewayPortDevice
from cmgui.service.events import Event, RadioStateChanged, RFInformationChanged, SMSMessage
from tests.integration.gateway.support import ADMIN, FAST_POLL, gateway_port, virtual_gateway


def _count_unlocks(server_model: object) -> list[str]:
    sent: list[str] = []
    original = server_model.set_port  # type: ignore[attr-defined]

    def spy(index: int, action: str, param: str, number: str) -> object:
        if action == "unlock":
            sent.append(param)
        return original(index, action, param, number)

    server_model.set_port = spy  # type: ignore[attr-defined]
    return sent


async def test_a_wrong_pin_is_sent_once_and_reported_as_wrong() -> None:
    async with virtual_gateway() as server:
        device = GatewayPortDevice(f"{server.address}/ports/1", credentials=ADMIN,
                                   intervals=FAST_POLL)
        await device.open()
        try:
            sent = _count_unlocks(server.model)
            with pytest.raises(CmapiError) as info:
                await device.dev_srv_verify_pin(pin="0000")
            kind, _sw, tries = decode_pin_error(info.value.code)  # type: ignore[misc]
            assert (kind, tries) == (PinErrorKind.WRONG_PIN, None)
            assert sent == ["0000"]
            assert server.model.ports[1].sim.pin_tries == 2  # type: ignore[union-attr]
            await device.dev_srv_verify_pin(pin="1234")
            assert sent == ["0000", "1234"]
            with pytest.raises(CmapiError) as info:
                await device.dev_srv_verify_pin(pin="1234")  # no PIN wanted any more
            assert info.value.code == ErrorCode.INVALID_OPERATION and len(sent) == 2
        finally:
            await device.close()


async def test_a_sim_wanting_its_puk_is_not_sent_a_pin() -> None:
    async with gateway_port(6) as device:
        with pytest.raises(CmapiError) as info:
            await device.dev_srv_verify_pin(pin="1234")
        assert decode_pin_error(info.value.code)[0] == PinErrorKind.PIN_BLOCKED  # type: ignore[index]
        assert "PUK" in info.value.data["reason"]


async def _next(stream: object, kind: type[Event], timeout: float = 10.0) -> Event:
    async def wait() -> Event:
        while True:
            event = await stream.get()  # type: ignore[attr-defined]
            if isinstance(event, kind):
                return event
    return await asyncio.wait_for(wait(), timeout)


async def test_state_changes_become_events() -> None:
    async with virtual_gateway() as server:
        device = GatewayPortDevice(f"{server.address}/ports/0", credentials=ADMIN,
                                   intervals=FAST_POLL)
        await device.open()
        stream = device.subscribe()
        try:
            server.model.ports[0].power(False)
            radio = await _next(stream, RadioStateChanged)
            assert radio == RadioStateChanged(radio_state=False)
            server.model.set_port(0, "power", "on", "")
            registered = await _next(stream, RFInformationChanged)
            while registered.registration_state != "registeredHome":  # type: ignore[attr-defined]
                registered = await _next(stream, RFInformationChanged)
            assert registered.plmnid == "00101"  # type: ignore[attr-defined]
        finally:
            stream.close()
            await device.close()


async def test_delivery_reports_of_every_part_with_references_modulo_256() -> None:
    async with virtual_gateway() as server:
        server.model.ports[0].next_ref = 255
        device = GatewayPortDevice(f"{server.address}/ports/0", credentials=ADMIN,
                                   intervals=FAST_POLL)
        await device.open()
        stream = device.subscribe()
        try:
            sent = await device.sms_send(address="+15550111", text="Two parts. " * 20,
                                         delivery_report=True)
            assert sent == {"messageReferences": [255, 0], "segments": 2}
            reports = [await _next(stream, SMSMessage), await _next(stream, SMSMessage)]
            assert sorted((r.message_reference, r.delivery_status, r.status_report)  # type: ignore[attr-defined]
                          for r in reports) == [(0, 0, True), (255, 0, True)]
        finally:
            stream.close()
            await device.close()


async def test_busy_port_and_missing_sim_in_words() -> None:
    loop = asyncio.get_running_loop()
    async with virtual_gateway() as server:
        device = GatewayPortDevice(f"{server.address}/ports/0", credentials=ADMIN,
                                   intervals=FAST_POLL)
        await device.open()
        try:
            server.model.ports[0].busy_until = loop.time() + 3600
            with pytest.raises(CmapiError) as info:
                await device.ussd_request(ussd_string="*100#")
            assert info.value.code == ErrorCode.BUSY and "busy" in info.value.data["reason"]
        finally:
            await device.close()
    async with gateway_port(3) as no_sim:
        with pytest.raises(CmapiError) as info:
            await no_sim.dev_srv_get_imsi()
        assert info.value.code == ErrorCode.NO_SMART_CARD


async def test_the_gateway_address_itself_is_not_a_device() -> None:
    with pytest.raises(CmapiError) as info:
        GatewayPortDevice("dinstar+https://gw.example")
    assert "/ports/N" in info.value.data["reason"]
