"""Roles on a shared store: a viewer reads but changes no SIM and queues no job; every change
is in an audit log with who made it (the team's own, and the fleet's bulk jobs run by the
team's poller under the name of who queued them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cmgui.service.fleet import Sim
from cmgui.service.fleet_jobs import StatusJobs
from cmgui.service.team import NotAllowed, Team, enqueue_status_change
from cmgui.service.team_poller import FleetRunner, JobWorker
from cmgui.store.engine import Database, open_database, sqlite_url
from cmgui.store.fleet import FleetStore
from cmgui.store.job_queue import JobQueue
from cmgui.store.team import TeamStore
from tests.unit.fleet.fakes import MemoryFleet

ICCIDS = [f"894900000000000000{i}" for i in range(3)]


async def _team(db: Database) -> None:
    admin = Team(TeamStore(db), "alice")
    assert (await admin.standing()).reason == "new team"
    await admin.add("alice", "admin")
    await admin.add("carol", "operator")
    await admin.add("victor", "viewer")


async def test_a_viewer_reads_but_changes_no_sim(team_db: Database, pg_url: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    await _team(team_db)
    fleet = MemoryFleet([Sim(i, "ACTIVE", backend="1NCE") for i in ICCIDS])
    store = FleetStore(team_db)
    monkeypatch.setenv("CMGUI_USER", "victor")
    with pytest.raises(NotAllowed) as refused:
        await StatusJobs(fleet, store, "acct").start("SUSPENDED", ICCIDS)
    assert str(refused.value) == (
        "victor is a viewer on this team and may not change SIM states (that needs an "
        "operator); ask a team admin to run cmcli team add victor --role operator")
    queue = JobQueue(pg_url)
    try:
        with pytest.raises(NotAllowed, match="may not enqueue jobs"):
            await enqueue_status_change(queue, Team(TeamStore(team_db)), "acct", "SUSPENDED",
                                        ICCIDS)
        assert await queue.jobs() == []
    finally:
        await queue.close()
    with pytest.raises(NotAllowed, match="may not manage the team"):
        await Team(TeamStore(team_db)).add("victor", "admin")
    assert not [c for c in fleet.calls if c[0] == "apply"]
    assert store.jobs() == []
    assert store.count("acct") == 0  # reading stays allowed: nothing cached, no error
    assert [m.name for m in await Team(TeamStore(team_db)).members()] == [
        "alice", "carol", "victor"]
    monkeypatch.setenv("CMGUI_USER", "stranger")  # not listed: a viewer
    assert (await Team(TeamStore(team_db)).standing()).role == "viewer"


async def test_the_audit_logs_say_who(team_db: Database, pg_url: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    await _team(team_db)
    log = await TeamStore(team_db).audit_log()
    assert [(e.who, e.action, e.subject, e.detail) for e in reversed(log)] == [
        ("alice", "team-add", "alice", "admin"), ("alice", "team-add", "carol", "operator"),
        ("alice", "team-add", "victor", "viewer")]
    fleet = MemoryFleet([Sim(i, "ACTIVE", backend="1NCE") for i in ICCIDS])
    queue = JobQueue(pg_url)
    try:
        job_id = await enqueue_status_change(queue, Team(TeamStore(team_db), "carol"), "acct",
                                             "suspended", ICCIDS)
        runner = FleetRunner(team_db, opened={"acct": fleet})
        assert await JobWorker(queue, {"fleet-set-status": runner}, name="poller").run_once()
        job = await queue.job(job_id)
    finally:
        await queue.close()
    assert job is not None
    assert (job.state, job.requested_by, job.done, job.total, job.detail) == (
        "done", "carol", 3, 3, "3 of 3 SIMs SUSPENDED")
    (audited,) = FleetStore(team_db).jobs("acct")
    assert (audited.id, audited.user, audited.argument, audited.counts) == (
        job.fleet_job_id, "carol", "SUSPENDED", {"ok": 3})
    assert {s.status for s in fleet.by_iccid.values()} == {"SUSPENDED"}
    monkeypatch.setenv("CMGUI_USER", "carol")  # an operator changes SIMs directly, too
    report = await StatusJobs(fleet, FleetStore(team_db), "acct").start("ACTIVE", ICCIDS[:1])
    direct = FleetStore(team_db).job(report.job_id)
    assert report.state == "done" and direct is not None and direct.user == "carol"


async def test_a_one_person_store_refuses_nothing_and_names_the_user(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_database(sqlite_url(tmp_path / "cmgui.sqlite3"))
    try:
        monkeypatch.setenv("CMGUI_USER", "zoe")
        assert (await Team(TeamStore(db)).standing()).role == "admin"
        fleet = MemoryFleet([Sim(i, "ACTIVE", backend="1NCE") for i in ICCIDS])
        report = await StatusJobs(fleet, FleetStore(db), "acct").start("SUSPENDED", ICCIDS)
        job = FleetStore(db).job(report.job_id)
        assert report.state == "done" and job is not None and job.user == "zoe"
    finally:
        db.close()
