"""Pushes from the virtual gateway to the push receiver over real HTTP: every type accepted,
inbound SMS and delivery states archived once, a failed handling answered so the gateway sends
again, results resolved without polling."""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp

from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.drivers.gateway.listen import PushArchiver, describe
from cmgui.drivers.gateway.port import GatewayPortDevice
from cmgui.drivers.gateway.protocol import pushes as ps
from cmgui.drivers.gateway.push import PushReceiver
from cmgui.drivers.gateway.session import PollIntervals
from cmgui.service.gateway import Recipient
from cmgui.store.gateway import GatewayArchive
from tests.integration.gateway.support import ADMIN, FAST_POLL, eventually, virtual_gateway


async def test_pushed_sms_and_delivery_states_are_archived_once() -> None:
    archive = GatewayArchive.open()
    lines: list[dict[str, Any]] = []
    try:
        archiver = PushArchiver(archive, "dinstar+http://gw")

        async def sink(events: list[ps.PushEvent]) -> None:
            for event in events:
                lines.append(describe(event, archived=await archiver.handle(event)))

        async with PushReceiver(sink) as receiver, \
                virtual_gateway(push_url=receiver.url) as server:
            # the gateway powered on: its device push came first
            await eventually(lambda: any(line["event"] == "device" for line in lines))
            assert next(line for line in lines if line["event"] == "device")["data"][
                "portCount"] == 8
            message = server.model.inject_sms(2, "+4917000", "pushed")
            await eventually(lambda: any(line["event"] == "sms" for line in lines))
            sms = next(line for line in lines if line["event"] == "sms")
            assert sms["archived"] is True and sms["port"] == 2
            assert sms["callback"] == "CMAPI_Callback_SMS_Message"
            assert sms["result"]["text"] == "pushed"
            server.model._push({"sms": [message.to_json()]})  # the gateway sends it again
            await eventually(lambda: sum(1 for line in lines if line["event"] == "sms") == 2)
            assert [line["archived"] for line in lines if line["event"] == "sms"] == [True, False]
            async with DinstarGateway(server.address, credentials=ADMIN, archive=True,
                                      intervals=FAST_POLL) as gateway:
                outcome = await gateway.send_bulk("Hi", [Recipient("+15550111")], report=True)
            assert outcome.results[0].status == "DELIVERED"
            await eventually(lambda: any(line["event"] == "sms_deliver_status"
                                         and line["archived"] for line in lines))
        sent = [m for m in archive.sms.page().messages if m.direction == "out"]
        assert [(m.number, m.delivery_status) for m in sent] == [("+15550111", "delivered")]
        inbound = archive.inbound("dinstar+http://gw")
        assert [(r.port, r.text) for r in inbound] == [(2, "pushed")]
    finally:
        archive.close()


async def test_a_failed_handling_is_answered_503_and_sent_again() -> None:
    calls: list[int] = []

    async def flaky(events: list[ps.PushEvent]) -> None:
        calls.append(len(events))
        if len(calls) == 1:
            raise OSError("disk full")

    async with PushReceiver(flaky) as receiver, \
            virtual_gateway(push_url=receiver.url, push_types=frozenset({"sms"})) as server:
        server.model.inject_sms(0, "+1", "again")
        await eventually(lambda: len(calls) == 2)
        await server.pushes_drained()
        assert (server.pushes_sent, server.pushes_failed, receiver.received) == (1, 0, 1)


async def test_unreadable_pushes_are_reported_and_not_asked_again() -> None:
    errors: list[str] = []

    async def sink(events: list[ps.PushEvent]) -> None:
        raise AssertionError("nothing readable was sent")

    async with PushReceiver(sink, on_error=errors.append) as receiver, \
            aiohttp.ClientSession() as http:
        async with http.post(receiver.url, data=b"<html>oops</html>") as response:
            assert response.status == 200
        async with http.get(receiver.url) as response:
            assert response.status == 200 and "push receiver" in await response.text()
    assert len(errors) == 1 and "not JSON" in errors[0] and receiver.unreadable == 1


async def test_pushed_results_end_a_send_without_polling() -> None:
    slow = PollIntervals(ports=60, incoming=60, results=60, reports=60, ussd=0.02,
                         pin_readback=0.3)
    devices: list[GatewayPortDevice] = []

    async def feed(events: list[ps.PushEvent]) -> None:
        for device in devices:
            await device.session.feed(events)

    async with PushReceiver(feed) as receiver, \
            virtual_gateway(push_url=receiver.url) as server:
        device = GatewayPortDevice(f"{server.address}/ports/0", credentials=ADMIN,
                                   intervals=slow)
        await device.open()
        devices.append(device)
        try:
            sent = await asyncio.wait_for(
                device.sms_send(address="+15550111", text="pushed result"), 10)
            assert sent["segments"] == 1
            assert device.session.client.requests_sent < 10  # no result polling
        finally:
            await device.close()
