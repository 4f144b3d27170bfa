"""Desktops queue jobs and watch them (docs/team.md): the gateway page queues a bulk SMS for the
team's server on a shared PostgreSQL store, lists the team's jobs as they move, cancels one not
taken yet, and a viewer is told why it may not queue. On SQLite there is no team to ask."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.app import AppController
from cmgui.controllers.team_jobs import TeamJobsController
from cmgui.service.team import Team
from cmgui.store.engine import open_database
from cmgui.store.job_queue import JobQueue
from cmgui.store.team import TeamStore
from cmgui.views.gateway_page import GatewayPage
from pytestqt.qtbot import QtBot

from tests.gui.conftest import gateway_page_of, run, until
from tests.integration.gateway.support import ThreadedGateway

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


@pytest.fixture
def team_store(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The store in use is a team's (before the app's controllers read it)."""
    open_database(pg_url).close()  # the schema, as the first desktop leaves it
    monkeypatch.setenv("CMGUI_STORE", pg_url)
    monkeypatch.setenv("CMGUI_USER", "ann")
    return pg_url


def test_a_one_person_store_offers_no_queue(app_ctrl: AppController, qtbot: QtBot,
                                            loop: Any) -> None:
    page = gateway_page_of(app_ctrl, qtbot)
    assert not app_ctrl.team_jobs.available
    assert page.queue_button.isHidden() and page.team_card.isHidden()
    assert app_ctrl.team_jobs.reload() is None


def test_models_are_sound(qtmodeltester: Any) -> None:
    ctrl = TeamJobsController(None)
    try:
        ctrl.model.set_records([
            {"id": 2, "kind": "gateway-send", "account": "dinstar+http://gw", "payload": {},
             "requestedBy": "ann", "state": "queued", "created": 1_700_000_000,
             "finished": None, "worker": "", "attempts": 0, "fleetJob": None, "done": 0,
             "total": 3, "detail": ""},
            {"id": 1, "kind": "fleet-set-status", "account": "acct",
             "payload": {"status": "SUSPENDED"}, "requestedBy": "ben", "state": "done",
             "created": 1_700_000_000, "finished": 1_700_000_100, "worker": "srv",
             "attempts": 1, "fleetJob": 7, "done": 2, "total": 2, "detail": ""}])
        qtmodeltester.check(ctrl.model)
        assert [ctrl.model.index(0, c).data() for c in (1, 5, 6)] == [
            "Bulk SMS", "waiting for the team's server", "0/3"]
        assert ctrl.model.index(1, 1).data() == "SIM status to SUSPENDED"
    finally:
        ctrl.deleteLater()


def test_the_page_queues_for_the_team_and_follows_the_job(
        team_store: str, app_ctrl: AppController, qtbot: QtBot, loop: Any,
        gateway: ThreadedGateway, tmp_path: Path) -> None:
    page = gateway_page_of(app_ctrl, qtbot)
    assert app_ctrl.team_jobs.available
    assert not page.queue_button.isHidden() and not page.team_card.isHidden()
    run(loop, _queue_scenario(page, app_ctrl, gateway, team_store, tmp_path), timeout=120)


async def _queue_scenario(page: GatewayPage, app_ctrl: AppController, gateway: ThreadedGateway,
                          url: str, tmp_path: Path) -> None:
    jobs = app_ctrl.team_jobs
    model = jobs.model
    await until(lambda: app_ctrl.team.live is not None
                and app_ctrl.team.live.listener.listening.is_set())
    page.reload_gateways()
    page.connect_button.click()
    await until(lambda: app_ctrl.gateway.ports.rowCount() == 4)
    csv = tmp_path / "people.csv"
    csv.write_text("number,param\n+4917000001,Anna\n+4917000002,Ben\n+4917000003,Carl\n")
    assert app_ctrl.gateway.load_recipients(csv)
    page.template.setText("Hello #param#!")
    queued: list[int] = []
    jobs.queued.connect(queued.append)

    page.queue_button.click()
    await until(lambda: queued and model.rowCount() == 1)
    assert "Queued as job" in page.progress_text.text()
    assert [model.index(0, c).data() for c in (1, 2, 3, 5, 6)] == [
        "Bulk SMS", gateway.address, "ann", "waiting for the team's server", "0/3"]
    assert app_ctrl.gateway.recipients.index(0, 3).data() == "Waiting"  # nothing sent here

    # The team's server takes it and reports progress: every desktop sees the job move.
    queue = JobQueue(url)
    try:
        job = await queue.claim("server-1")
        assert job is not None and job.id == queued[0]
        assert job.payload["text"] == "Hello #param#!" and len(job.payload["recipients"]) == 3
        await queue.progress(job.id, "server-1", 1, 3)
        await until(lambda: model.index(0, 5).data() == "running"
                    and model.index(0, 6).data() == "1/3")

        # Taken already: it cannot be cancelled any more, and the page says why.
        page.job_table.setCurrentIndex(model.index(0, 0))
        page.cancel_job_button.click()
        await until(lambda: page.error.isVisibleTo(page))
        assert "only a waiting job can be cancelled" in page.error.text()

        # A second job, cancelled while it waits.
        page.show_error("")
        page.queue_button.click()
        await until(lambda: model.rowCount() == 2)
        row = model.row_of(max(queued))
        page.job_table.setCurrentIndex(model.index(row, 0))
        page.cancel_job_button.click()
        await until(lambda: model.index(model.row_of(max(queued)), 5).data() == "cancelled")
    finally:
        await queue.close()

    # Ann is not on the team's list once it has an admin: a viewer may not queue.
    db = open_database(url)
    try:
        await Team(TeamStore(db), "boss").add("boss", "admin")
    finally:
        db.close()
    page.show_error("")
    page.queue_button.click()
    await until(lambda: page.error.isVisibleTo(page))
    assert page.error.text().startswith("ann may not send SMS: on this team ann is a viewer")
    assert model.rowCount() == 2
    await app_ctrl.gateway.close()
