"""The app's side: the shared store's events as Qt signals (no loop needed to map them)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.team_live import TeamLiveController
from cmgui.service import events as ev
from cmgui.service.fleet import SimStatusChanged
from cmgui.service.host import SecretStore
from cmgui.service.team_live import FleetJobChanged, JobChanged, Resync, SimsRefreshed
from cmgui.store.engine import open_database
from cmgui.store.job_queue import JobQueue

from tests.gui.conftest import delete_now, run, until

pytestmark = [pytest.mark.gui]


def test_each_event_becomes_its_signal(qtbot: Any) -> None:
    controller = TeamLiveController(None)
    got: list[tuple[object, ...]] = []
    for signal in (controller.messageArchived, controller.deliveryReported,
                   controller.simStatusChanged, controller.simsRefreshed,
                   controller.jobChanged, controller.fleetJobChanged, controller.resyncNeeded):
        signal.connect(lambda *args, name=signal: got.append(args))
    bursts: list[str] = []
    controller.archiveChanged.connect(lambda: bursts.append("archive"))
    controller.fleetChanged.connect(lambda: bursts.append("fleet"))
    controller.jobsChanged.connect(lambda: bursts.append("jobs"))
    for event in (ev.SMSReceived("uid1", "archive"),
                  ev.SMSMessage("+4917", "", msg_id="uid2", status_report=True),
                  ev.SMSMessage("+4917", "not a report"),
                  SimStatusChanged("8949", "SUSPENDED", "ACTIVE"), SimsRefreshed("acct"),
                  JobChanged(3, "running", 1, 4), FleetJobChanged(7, "acct", "done"),
                  Resync("resync")):
        controller.emit_for(event)
    assert got == [("uid1",), ("uid2", "+4917"), ("8949", "SUSPENDED"), ("acct",),
                   (3, "running", 1, 4), (7, "acct", "done"), ("resync",)]
    with qtbot.waitSignal(controller.jobsChanged, timeout=1000):
        pass
    assert bursts == ["archive", "fleet", "jobs"]  # one reload each for the whole burst


def test_the_app_follows_a_shared_store(loop: asyncio.AbstractEventLoop, tmp_path: Path,
                                        secrets: SecretStore, pg_url: str,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(pg_url).close()
    monkeypatch.setenv("CMGUI_STORE", pg_url)

    def no_device(address: str) -> Any:
        raise AssertionError(address)

    app = AppController(tmp_path / "config", factory=no_device, secrets=secrets)
    assert app.team.live is not None
    reloads: list[str] = []
    app.fleet.jobsChanged.connect(lambda: reloads.append("jobs"))

    async def another_desktop_queues_a_job() -> None:
        await asyncio.wait_for(app.team.live.listener.listening.wait(), 10)  # type: ignore[union-attr]
        queue = JobQueue(pg_url)
        try:
            await queue.enqueue("fleet-set-status", "acct", {}, requested_by="ann")
        finally:
            await queue.close()
        await until(lambda: reloads, timeout=1.0)

    try:
        run(loop, another_desktop_queues_a_job())
    finally:
        run(loop, app.shutdown())
        delete_now(app)
    assert reloads == ["jobs"]
