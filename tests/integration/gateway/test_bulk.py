"""Bulk SMS: at most 128 numbers per request, every recipient followed to its result, in order,
with progress; refused requests and stopped tasks reported per recipient."""

from __future__ import annotations

import asyncio

import pytest

from cmgui.cmapi.errors import CmapiError
from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.drivers.virtual_gateway import ALL_READY, Timing
from cmgui.drivers.virtual_gateway.model import ApiError
from cmgui.service.gateway import BulkProgress, Recipient
from tests.integration.gateway.support import ADMIN, FAST_POLL, eventually, virtual_gateway


async def test_three_hundred_recipients_in_three_requests() -> None:
    recipients = [Recipient(f"+49170{i:05d}", (f"n{i}",)) for i in range(300)]
    seen: list[BulkProgress] = []
    async with virtual_gateway(ports=4, layout=ALL_READY) as server, \
            DinstarGateway(server.address, credentials=ADMIN, intervals=FAST_POLL) as gateway:
        outcome = await gateway.send_bulk("Hi #param#", recipients, progress=seen.append)
        assert [len(server.model.tasks[t]) for t in outcome.task_ids] == [128, 128, 44]
        texts = {m.number: m.text for m in server.model.sent}
    value = outcome.to_json()
    assert list(value) == ["taskIds", "results"]
    assert [list(r) for r in value["results"][:1]] == [["number", "port", "status", "userId"]]
    assert [r["number"] for r in value["results"]] == [r.number for r in recipients]
    assert {r["status"] for r in value["results"]} == {"SENT_OK"}
    assert {r["port"] for r in value["results"]} == {0, 1, 2, 3}
    assert len({r["userId"] for r in value["results"]}) == 300
    assert texts["+4917000007"] == "Hi n7"
    assert [p.done for p in seen] == sorted(p.done for p in seen) and seen[-1].done == 300
    assert seen[-1].sent == 300 and seen[-1].accepted == 300


async def test_user_ids_from_the_file_are_kept_and_must_differ() -> None:
    async with virtual_gateway(layout=ALL_READY) as server, \
            DinstarGateway(server.address, credentials=ADMIN, intervals=FAST_POLL) as gateway:
        outcome = await gateway.send_bulk("x", [Recipient("+1", (), 7), Recipient("+2", (), 9)])
        assert [r.user_id for r in outcome.results] == [7, 9]
        with pytest.raises(CmapiError, match="Invalid"):
            await gateway.send_bulk("x", [Recipient("+1", (), 7), Recipient("+2", (), 7)])


async def test_a_refused_later_request_is_reported_per_recipient() -> None:
    recipients = [Recipient(f"+1{i:04d}") for i in range(130)]
    async with virtual_gateway(layout=ALL_READY) as server, \
            DinstarGateway(server.address, credentials=ADMIN, intervals=FAST_POLL) as gateway:
        original = server.model.send_sms
        calls = 0

        def second_refused(body: object) -> dict[str, object]:
            nonlocal calls
            calls += 1
            if calls == 2:
                raise ApiError(500)
            return original(body)

        server.model.send_sms = second_refused  # type: ignore[method-assign]
        outcome = await gateway.send_bulk("x", recipients)
    statuses = [r.status for r in outcome.results]
    assert statuses == ["SENT_OK"] * 128 + ["NOT_SENT"] * 2 and len(outcome.task_ids) == 1


async def test_a_stopped_task_ends_the_wait() -> None:
    recipients = [Recipient(f"+1{i:04d}") for i in range(20)]
    async with virtual_gateway(ports=1, layout=ALL_READY, timing=Timing(scale=0.01)) as server, \
            DinstarGateway(server.address, credentials=ADMIN, intervals=FAST_POLL) as gateway:
        sending = asyncio.ensure_future(gateway.send_bulk("x", recipients))
        await eventually(lambda: server.model.tasks and any(
            m.status == "SENT_OK" for m in server.model.sent))
        assert await gateway.stop_task(1) is True
        outcome = await asyncio.wait_for(sending, 10)
    statuses = [r.status for r in outcome.results]
    assert statuses[0] == "SENT_OK" and statuses[-1] == "FAILED"
    assert set(statuses) <= {"SENT_OK", "FAILED"}
