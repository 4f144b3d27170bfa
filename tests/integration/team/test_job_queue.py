"""The team's job queue on a real PostgreSQL: SKIP LOCKED claims, leases that outlive a dead
server, and a queued fleet job run under the name of who queued it."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import textwrap
from collections.abc import AsyncIterator

import psycopg
import pytest

from cmgui.service.team_poller import JobWorker, Progress
from cmgui.store.engine import Database
from cmgui.store.errors import StoreError
from cmgui.store.job_queue import JobQueue, QueuedJob
from tests.integration.team.conftest import until_noticed

WAIT = 10.0


@pytest.fixture
async def queue(pg_url: str, team_db: Database) -> AsyncIterator[JobQueue]:
    q = JobQueue(pg_url, lease=1.0)
    yield q
    await q.close()


async def test_two_workers_never_take_the_same_job(pg_url: str, queue: JobQueue) -> None:
    ids = [await queue.enqueue("x", "acct", {"n": i}, requested_by="ann") for i in range(40)]
    other = JobQueue(pg_url, lease=1.0)
    try:
        # the first job is held by an open transaction: a claim skips it instead of waiting
        async with await psycopg.AsyncConnection.connect(pg_url) as holder:
            await holder.execute("SELECT id FROM team_job WHERE id = %s FOR UPDATE", (ids[0],))
            first = await asyncio.wait_for(other.claim("b"), WAIT)
            assert first is not None and first.id == ids[1]
            await holder.rollback()
        assert await other.finish(first.id, "b", "done")
        taken: dict[str, list[int]] = {"a": [], "b": [first.id]}

        async def drain(q: JobQueue, name: str) -> None:
            while (job := await q.claim(name)) is not None:
                taken[name].append(job.id)
                assert await q.finish(job.id, name, "done")

        await asyncio.gather(drain(queue, "a"), drain(other, "b"))
    finally:
        await other.close()
    assert not set(taken["a"]) & set(taken["b"])
    assert sorted(taken["a"] + taken["b"]) == ids
    assert all(j.state == "done" and j.attempts == 1 for j in await queue.jobs(100))


async def test_a_worker_that_lost_its_lease_cannot_finish(queue: JobQueue) -> None:
    job_id = await queue.enqueue("x", "acct", {}, requested_by="ann")
    job = await queue.claim("a")
    assert job is not None and job.id == job_id
    assert await queue.heartbeat(job_id, "a")
    assert not await queue.heartbeat(job_id, "b")
    assert not await queue.finish(job_id, "b", "done")
    assert await queue.cancel(job_id) is False  # taken: no longer cancellable


# A server that takes the job, records progress and is then killed (never finishes).
_DOOMED = textwrap.dedent("""
    import asyncio, sys
    from cmgui.store.job_queue import JobQueue
    from cmgui.service.team_poller import JobWorker

    async def runner(job, progress):
        await progress(2, 5, 99)  # written before it returns
        print("working", job.id, flush=True)
        await asyncio.Event().wait()

    async def main():
        worker = JobWorker(JobQueue(sys.argv[1], lease=1.0), {"x": runner}, name="doomed")
        await worker.run_once()

    asyncio.run(main())
""")


async def test_a_job_survives_its_server_killed_mid_job(pg_url: str, queue: JobQueue) -> None:
    job_id = await queue.enqueue("x", "acct", {"n": 1}, requested_by="ann", total=5)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _DOOMED, pg_url, stdout=asyncio.subprocess.PIPE,
        cwd=os.getcwd())
    try:
        assert proc.stdout is not None
        line = await asyncio.wait_for(proc.stdout.readline(), WAIT)
        assert line.split() == [b"working", str(job_id).encode()]
    finally:
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
    seen: list[QueuedJob] = []

    async def runner(job: QueuedJob, progress: Progress) -> tuple[str, str]:
        seen.append(job)
        await progress(5, 5, None)
        return "done", "finished by the second server"

    survivor = JobWorker(queue, {"x": runner}, name="survivor")
    run = asyncio.create_task(survivor.run())

    async def finished() -> bool:
        job = await queue.job(job_id)
        return job is not None and job.state == "done"

    try:  # the survivor looks every half lease; the dead server's lease ends after 1 s
        await until_noticed(pg_url, finished)
    finally:
        survivor.stop()
        await asyncio.wait_for(run, WAIT)
    (job,) = seen
    assert (job.id, job.attempts, job.done, job.fleet_job_id) == (job_id, 2, 2, 99)
    final = await queue.job(job_id)
    assert final is not None
    assert (final.state, final.claimed_by, final.done, final.detail) == (
        "done", "survivor", 5, "finished by the second server")


async def test_the_queue_connects_again_after_losing_the_server(pg_url: str,
                                                               queue: JobQueue) -> None:
    await queue.enqueue("x", "acct", {}, requested_by="ann")
    assert queue._conn is not None  # the connection a server restart would cut
    async with await psycopg.AsyncConnection.connect(pg_url, autocommit=True) as admin:
        await admin.execute("SELECT pg_terminate_backend(%s)", (queue._conn.info.backend_pid,))
    with pytest.raises(StoreError, match=r"^Lost the connection to the store \("):
        await queue.jobs()
    assert [j.state for j in await queue.jobs()] == ["queued"]
