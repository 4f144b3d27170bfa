"""The team's poller: a job queued by a desktop is run at once (woken by its notice), and the
desktop follows it to the end through the job notices."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from cmgui.service.fleet import Sim
from cmgui.service.fleet_accounts import FleetAccounts
from cmgui.service.saved_devices import SavedDevices
from cmgui.service.team import Team, enqueue_status_change
from cmgui.service.team_live import JobChanged, TeamLive
from cmgui.service.team_poller import FleetRunner, JobWorker, TeamPoller, Upstream
from cmgui.store.engine import Database
from cmgui.store.fleet import FleetStore
from cmgui.store.job_queue import JobQueue
from cmgui.store.team import TeamStore
from tests.unit.fleet.fakes import MemoryFleet


async def test_a_queued_job_runs_and_is_followed_live(pg_url: str, team_db: Database) -> None:
    fleet = MemoryFleet([Sim(f"89490{i}", "ACTIVE", backend="1NCE") for i in range(4)])
    poller = TeamPoller(pg_url, team_db, upstream=False,
                        runner=FleetRunner(team_db, opened={"acct": fleet}))
    desktop = TeamLive(pg_url)
    stream = desktop.subscribe()
    await desktop.start()
    running = asyncio.create_task(poller.run())
    queue = JobQueue(pg_url)
    try:
        await poller.listener.listening.wait()
        await poller.worker.run_once()  # nothing queued yet: the worker now waits for a notice
        job_id = await enqueue_status_change(queue, Team(TeamStore(team_db), "ann"), "acct",
                                             "SUSPENDED", list(fleet.by_iccid))
        seen: list[JobChanged] = []
        async with asyncio.timeout(5):
            while not seen or seen[-1].state != "done":
                event = await stream.get()
                if isinstance(event, JobChanged) and event.job_id == job_id:
                    seen.append(event)
        assert seen[0] == JobChanged(job_id, "queued", 0, 4)
        assert seen[-1] == JobChanged(job_id, "done", 4, 4)
        assert {s.status for s in fleet.by_iccid.values()} == {"SUSPENDED"}
    finally:
        await queue.close()
        running.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await running
        await desktop.stop()


async def test_a_fleet_job_taken_over_skips_the_sims_already_done(
        pg_url: str, team_db: Database) -> None:
    fleet = MemoryFleet([Sim(f"89490{i}", "ACTIVE", backend="1NCE") for i in range(3)])
    iccids = list(fleet.by_iccid)
    store = FleetStore(team_db)
    queue = JobQueue(pg_url, lease=0.01)
    try:
        job_id = await enqueue_status_change(queue, Team(TeamStore(team_db), "ann"), "acct",
                                             "SUSPENDED", iccids)
        # a server took it, created its audit job, changed the first SIM, then died
        dead = await queue.claim("dead")
        assert dead is not None
        audit_id = store.create_job("acct", "set-status", "SUSPENDED", iccids, user="ann",
                                    host="elsewhere", pid=4242)
        assert await queue.progress(job_id, "dead", 0, 3, fleet_job_id=audit_id)
        await fleet.set_status(iccids[0], "SUSPENDED")
        store.mark_item(audit_id, 0, "ok", before="ACTIVE", after="SUSPENDED")
        fleet.calls.clear()
        worker = JobWorker(queue, {"fleet-set-status": FleetRunner(
            team_db, opened={"acct": fleet})}, name="heir")
        async with asyncio.timeout(5):
            while not await worker.run_once():  # the 10 ms lease is over at once
                pass
        job = await queue.job(job_id)
    finally:
        await queue.close()
    assert job is not None
    assert (job.state, job.attempts, job.claimed_by, job.done, job.detail) == (
        "done", 2, "heir", 3, "3 of 3 SIMs SUSPENDED")
    assert ("apply", iccids[0]) not in fleet.calls
    # the SIMs left run side by side: in any order, each once
    assert sorted(c for c in fleet.calls if c[0] == "apply") == [("apply", i) for i in iccids[1:]]
    (audited,) = store.jobs("acct")
    assert (audited.id, audited.user, audited.state, audited.counts) == (
        audit_id, "ann", "done", {"ok": 3})


async def test_upstream_polls_each_fleet_account(team_db: Database, tmp_path: Path) -> None:
    fleet = MemoryFleet([Sim(f"89490{i}", "ACTIVE", backend="1NCE") for i in range(4)])
    upstream = Upstream(FleetRunner(team_db, FleetAccounts(tmp_path), opened={"acct": fleet}),
                        saved=SavedDevices(tmp_path))
    assert await upstream.poll_fleets() == {"acct": 4}
    assert FleetStore(team_db).count("acct") == 4
    assert await upstream.poll_gateways() == {}
