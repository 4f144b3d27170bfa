"""Queued gateway bulk SMS run by the team's poller against the virtual gateway: each recipient
sent once, followed through the job notices, and a job taken over from a dead server reports
the recipients it left in flight instead of sending them again."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from cmgui.drivers.gateway.gateway import DinstarGateway
from cmgui.drivers.virtual_gateway import ALL_READY
from cmgui.service.gateway import Gateway, Recipient
from cmgui.service.team import GATEWAY_SEND, NotAllowed, Team, enqueue_bulk_sms
from cmgui.service.team_live import JobChanged, TeamLive
from cmgui.service.team_poller import GatewayRunner, JobWorker
from cmgui.store.engine import Database
from cmgui.store.job_queue import FINAL, JobQueue
from cmgui.store.team import TeamStore
from tests.integration.gateway.support import ADMIN, FAST_POLL, virtual_gateway
from tests.integration.team.conftest import until_noticed

NUMBERS = ["+15550100", "+15550101", "+15550102", "+15550103", "+15550104"]


def _opener(address: str) -> Gateway:
    return DinstarGateway(address, credentials=ADMIN, intervals=FAST_POLL, archive=False)


async def test_a_queued_bulk_sms_is_sent_once_to_each_and_followed_live(
        pg_url: str, team_db: Database) -> None:
    queue = JobQueue(pg_url)
    desktop = TeamLive(pg_url)
    stream = desktop.subscribe()
    await desktop.start()
    try:
        async with virtual_gateway(layout=ALL_READY) as server:
            job_id = await enqueue_bulk_sms(
                queue, Team(TeamStore(team_db), "ann"), server.address, "Hi #param#",
                [Recipient(n, (f"no {i}",)) for i, n in enumerate(NUMBERS)])
            worker = JobWorker(queue, {GATEWAY_SEND: GatewayRunner(queue, batch=2,
                                                                   opener=_opener)})
            assert await worker.run_once()
            sent = sorted((m.number, m.text) for m in server.model.sent)
        assert sent == [(n, f"Hi no {i}") for i, n in enumerate(NUMBERS)]
        job = await queue.job(job_id)
        assert job is not None and (job.state, job.done, job.total, job.detail) == (
            "done", 5, 5, "5 of 5 sent")
        assert [(i.target, i.outcome) for i in await queue.items(job_id)] == [
            (n, "sent") for n in NUMBERS]
        seen: list[JobChanged] = []
        async with asyncio.timeout(5):
            while not seen or seen[-1].state != "done":
                event = await stream.get()
                if isinstance(event, JobChanged) and event.job_id == job_id:
                    seen.append(event)
        assert seen[0] == JobChanged(job_id, "queued", 0, 5)
        assert seen[-1] == JobChanged(job_id, "done", 5, 5)
    finally:
        await queue.close()
        await desktop.stop()


async def test_a_job_taken_over_reports_recipients_in_flight_and_never_resends(
        pg_url: str, team_db: Database) -> None:
    queue = JobQueue(pg_url, lease=0.2)
    try:
        async with virtual_gateway(layout=ALL_READY) as server:
            job_id = await enqueue_bulk_sms(queue, Team(TeamStore(team_db), "ann"),
                                            server.address, "Hi",
                                            [Recipient(n) for n in NUMBERS[:4]])
            # a server took the job, handed two recipients on, recorded one, and died
            dead = await queue.claim("dead")
            assert dead is not None and dead.id == job_id
            assert await queue.take_items(job_id, "dead", [0, 1]) == [0, 1]
            await queue.record_items(job_id, {0: ("sent", "SENT_OK")})
            worker = JobWorker(queue, {GATEWAY_SEND: GatewayRunner(queue, opener=_opener)},
                               name="alive")
            running = asyncio.create_task(worker.run())

            async def over() -> bool:
                job = await queue.job(job_id)
                return job is not None and job.state in FINAL

            try:
                await until_noticed(pg_url, over)
            finally:
                worker.stop()
                running.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await running
            sent = sorted(m.number for m in server.model.sent)
        assert sent == NUMBERS[2:4]  # neither the one recorded nor the one in flight again
        items = await queue.items(job_id)
        assert [i.outcome for i in items] == ["sent", "unknown", "sent", "sent"]
        assert "not sent again" in items[1].detail
        job = await queue.job(job_id)
        assert job is not None and (job.state, job.attempts, job.claimed_by) == (
            "failed", 2, "alive")
        assert job.detail == ("3 of 4 sent, 1 unknown (not sent again: +15550101; "
                              "cmcli jobs items JOB lists them)")
        # the dead server's late writes change nothing it no longer holds
        assert await queue.take_items(job_id, "dead", [2, 3]) == []
    finally:
        await queue.close()


async def test_a_viewer_may_not_queue_a_bulk_sms(pg_url: str, team_db: Database) -> None:
    store = TeamStore(team_db)
    await Team(store, "ann").add("ann", "admin")
    await Team(store, "ann").add("victor", "viewer")
    queue = JobQueue(pg_url)
    try:
        with pytest.raises(NotAllowed, match="victor is a viewer on this team and may not "
                                             "send SMS"):
            await enqueue_bulk_sms(queue, Team(store, "victor"), "dinstar+http://gw", "Hi",
                                   [Recipient("+1555")])
        assert await queue.jobs() == []
    finally:
        await queue.close()
