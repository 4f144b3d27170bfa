"""Bulk status changes: the audit log (who, when, what, per-SIM outcome) and resuming a job that
was cut off without repeating what succeeded."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from cmgui.service.fleet import Sim
from cmgui.service.fleet_jobs import StatusJobs, effective_state, job_json, read_iccid_csv, who
from cmgui.store.db import open_database
from cmgui.store.fleet import FleetStore
from tests.unit.fleet.fakes import MemoryFleet


@pytest.fixture
def store(store_url: str) -> Iterator[FleetStore]:
    """The fleet tables on each engine (``store_url``: tests/pg_fixtures.py)."""
    db = open_database(store_url)
    yield FleetStore(db)
    db.close()


def _fleet(n: int = 5) -> MemoryFleet:
    return MemoryFleet([Sim(f"894900000000000000{i}", "ACTIVE", backend="1NCE")
                        for i in range(n)])


async def test_a_job_records_each_sims_outcome(store: FleetStore) -> None:
    fleet = _fleet(3)
    fleet.failing.add("8949000000000000001")
    seen = []
    report = await StatusJobs(fleet, store, "acct").start(
        "SUSPENDED", [*fleet.by_iccid, "8949999"], lambda r, done, total: seen.append(
            (done, total)))
    outcomes = {r.iccid: (r.outcome, r.detail) for r in report.results}
    assert outcomes["8949000000000000000"] == ("ok", "")
    assert outcomes["8949000000000000001"] == ("failed", "Conflict: the tariff says no")
    assert outcomes["8949999"][0] == "failed" and "no SIM" in outcomes["8949999"][1]
    assert sorted(seen) == [(1, 4), (2, 4), (3, 4), (4, 4)]
    (job,) = store.jobs("acct")
    # Who: this computer's user on SQLite, the database login on a shared PostgreSQL store.
    user = who() if store.db.engine == "sqlite" else store.db.read(
        lambda c: c.execute("SELECT current_user").fetchone()[0])
    assert (job.action, job.argument, job.user, job.state, job.total) == (
        "set-status", "SUSPENDED", user, "done", 4)
    assert job.counts == {"ok": 2, "failed": 2}
    assert job_json(job)["resumable"] is False
    items = store.items(job.id)
    assert [i.outcome for i in items] == ["ok", "failed", "ok", "failed"]
    assert items[0].before == "ACTIVE" and items[0].after == "SUSPENDED"


async def test_a_refused_transition_is_logged_with_its_reason(store: FleetStore) -> None:
    fleet = _fleet(1)
    report = await StatusJobs(fleet, store, "acct").start("BLOCKED", list(fleet.by_iccid))
    (result,) = report.results
    assert result.outcome == "refused" and "1NCE does not implement" in result.detail
    assert all(call[0] != "apply" for call in fleet.calls)


async def test_a_job_cut_off_midway_resumes_without_repeating_what_succeeded(
        store: FleetStore) -> None:
    fleet = _fleet(5)
    iccids = list(fleet.by_iccid)
    job_id = store.create_job("acct", "set-status", "SUSPENDED", iccids, user="ann",
                              host="elsewhere", pid=0)
    # the process died after: two SIMs done, a third changed on the platform but not logged
    for seq in (0, 1, 2):
        fleet.by_iccid[iccids[seq]] = Sim(iccids[seq], "SUSPENDED", backend="1NCE")
    store.mark_item(job_id, 0, "ok", before="ACTIVE", after="SUSPENDED")
    store.mark_item(job_id, 1, "ok", before="ACTIVE", after="SUSPENDED")
    store.mark_item(job_id, 2, "sent", before="ACTIVE")
    job = store.job(job_id)
    assert job is not None and effective_state(job) == "interrupted"
    assert job_json(job)["resumable"] and job.remaining == 3

    report = await StatusJobs(fleet, store, "acct").resume(job_id)
    applied = [iccid for call, iccid in fleet.calls if call == "apply"]
    assert sorted(applied) == [iccids[3], iccids[4]]  # changed concurrently
    assert [(r.iccid, r.outcome) for r in report.results] == [
        (iccids[2], "unchanged"), (iccids[3], "ok"), (iccids[4], "ok")]
    job = store.job(job_id)
    assert job is not None and job.state == "done" and job.counts == {"ok": 4, "unchanged": 1}
    assert job.remaining == 0


async def test_a_cancelled_job_is_marked_and_can_be_resumed(store: FleetStore) -> None:
    fleet = _fleet(3)
    gate, entered = asyncio.Event(), asyncio.Event()
    original = fleet._apply_status

    async def slow(sim: Sim, target: str):  # type: ignore[no-untyped-def]
        if sim.iccid.endswith("2"):
            entered.set()
            await gate.wait()
        return await original(sim, target)

    fleet._apply_status = slow  # type: ignore[method-assign]
    jobs = StatusJobs(fleet, store, "acct", concurrency=1)
    task = asyncio.ensure_future(jobs.start("SUSPENDED", list(fleet.by_iccid)))
    await asyncio.wait_for(entered.wait(), 10)  # the first two are done and logged
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    (job,) = store.jobs("acct")
    assert job.state == "cancelled" and job.counts.get("ok") == 2
    gate.set()
    report = await StatusJobs(fleet, store, "acct").resume(job.id)
    assert [r.outcome for r in report.results] == ["ok"]


async def test_a_running_job_cannot_be_resumed_twice(store: FleetStore) -> None:
    import os
    import socket

    job_id = store.create_job("acct", "set-status", "ACTIVE", ["1"], user="u",
                              host=socket.gethostname(), pid=os.getpid())
    with pytest.raises(Exception, match="still running"):
        await StatusJobs(_fleet(1), store, "acct").resume(job_id)


@pytest.mark.parametrize(("text", "iccids"), [
    ("ICCID,name\n8949001,a\n8949002,b\n", ["8949001", "8949002"]),
    ("name;x\n", []),
    ("8949001\n\n# comment\n8949002\n", ["8949001", "8949002"]),
    ("name,iccid\nx,8949003\n", ["8949003"]),
])
def test_iccids_from_csv(text: str, iccids: list[str]) -> None:
    assert read_iccid_csv(text) == iccids
