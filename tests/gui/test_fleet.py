"""The Fleet page: the lazy SIM model (checked by qtmodeltester, 10 000 SIMs), the controller over
a real workspace and store, bulk changes with confirmation, progress, cancel, result and resume,
details, export."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cmgui.controllers.fleet import FleetController
from cmgui.controllers.fleet_models import BLOCK, JobModel, SimTableModel, size_text
from cmgui.service.fleet import Sim, SimFilter, StatusChange
from cmgui.service.fleet_accounts import CLIENT_SECRET, FleetAccount
from cmgui.service.fleet_cache import SimCache, sim_row
from cmgui.service.fleet_registry import FleetRegistry, Platform
from cmgui.service.fleet_workspace import FleetWorkspace
from cmgui.store.db import Database
from cmgui.store.fleet import FleetStore
from cmgui.store.secrets import SecretStore
from cmgui.views.fleet_page import FleetPage
from PySide6.QtCore import QItemSelectionModel, QObject
from pytestqt.qtbot import QtBot

from tests.gui.conftest import delete_now, run, until
from tests.unit.fleet.fakes import MemoryFleet

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)"),
]


def _sims(n: int) -> list[Sim]:
    backends = ("1NCE", "TMSP", "IOTA")
    return [Sim(f"8949{i:015d}", "ACTIVE" if i % 4 else "SUSPENDED", backend=backends[i % 3],
                imsi=f"26201{i:010d}", msisdn=f"4915{i:09d}", name=f"unit-{i}",
                used_bytes=i * 1024, limit_bytes=50 * 1024 * 1024) for i in range(n)]


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[SimCache]:
    db = Database(tmp_path / "cache.sqlite3")
    store = FleetStore(db)
    store.replace_sims("acct", [sim_row(s) for s in _sims(10_000)])
    yield SimCache(store, "acct")
    db.close()


@pytest.fixture
def owner() -> Iterator[QObject]:
    """The parent of a model under test; deleted after qtmodeltester has let go of it (request
    it before qtmodeltester)."""
    parent = QObject()
    yield parent
    delete_now(parent)


def test_the_sim_model_over_10000_cached_sims(owner: QObject, qtmodeltester: Any,
                                              cache: SimCache) -> None:
    model = SimTableModel(owner)
    model.set_source(cache.count, lambda offset, limit, w: cache.page(offset, limit, w))
    assert model.rowCount() == 10_000
    qtmodeltester.check(model)
    queries = model.queries
    last = model.index(9_999, 0)
    assert last.data() == "8949000000000009999"
    assert model.queries == queries + 1  # one block for the end, not 10 000 rows
    model.set_filter(SimFilter(backend="1NCE", search="unit-99"))
    assert model.rowCount() == len([s for s in _sims(10_000) if s.backend == "1NCE"
                                    and "unit-99" in s.name])
    qtmodeltester.check(model)


def test_the_model_reads_a_block_at_a_time(owner: QObject, qtmodeltester: Any) -> None:
    sims = _sims(1_000)
    asked: list[tuple[int, int]] = []

    def page(offset: int, limit: int, _where: SimFilter) -> list[Sim]:
        asked.append((offset, limit))
        return sims[offset:offset + limit]

    model = SimTableModel(owner)
    model.set_source(lambda _w: len(sims), page)
    for row in (0, 1, BLOCK - 1, BLOCK, 999, 0):
        assert model.index(row, 0).data() == sims[row].iccid
    assert asked == [(0, BLOCK), (BLOCK, BLOCK), (800, BLOCK)]
    assert model.index(3, 3).data() == f"{size_text(3 * 1024)} of 50.0 MB"
    qtmodeltester.check(model)


def test_the_job_model(owner: QObject, qtmodeltester: Any) -> None:
    model = JobModel(owner)
    model.set_records([{"id": 3, "account": "a", "action": "set-status", "argument": "ACTIVE",
                        "user": "ann", "created": 1_700_000_000, "state": "done",
                        "counts": {"ok": 2}}])
    assert model.index(0, 6).data() == "changed 2"
    qtmodeltester.check(model)


class GatedFleet(MemoryFleet):
    """A MemoryFleet whose changes wait for ``gate`` once ``hold`` is set."""

    def __init__(self, sims: list[Sim]) -> None:
        super().__init__(sims)
        self.gate = asyncio.Event()
        self.hold = False
        self.waiting = False

    async def _apply_status(self, sim: Sim, target: str) -> StatusChange:
        if self.hold:
            self.waiting = True
            await self.gate.wait()
        return await super()._apply_status(sim, target)


@pytest.fixture
def fleet() -> GatedFleet:
    return GatedFleet(_sims(300))


@pytest.fixture
def workspace(tmp_path: Path, secrets: SecretStore, fleet: GatedFleet,
              loop: Any) -> Iterator[FleetWorkspace]:
    registry = FleetRegistry()
    registry._loaded = True  # only the memory platform
    registry.register(Platform("cmo", "memory", lambda _a, _s: fleet, lambda _a, _s: None))
    space = FleetWorkspace(config_dir=tmp_path / "config", data_dir=tmp_path / "data",
                           secrets=secrets, registry=registry)
    (tmp_path / "config").mkdir()
    space.accounts.add(FleetAccount("demo", "cmo+https://cmo.example/acme", "id",
                                    secret_name=CLIENT_SECRET), "s3cret")
    yield space
    run(loop, space.close())


@pytest.fixture
def page(workspace: FleetWorkspace, qtbot: QtBot, loop: Any) -> Iterator[FleetPage]:
    ctrl = FleetController(workspace)
    view = FleetPage(ctrl)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.reports: list[str] = []  # type: ignore[misc]
    view.show_report = lambda text, _problems: view.reports.append(text)  # type: ignore
    view.confirm = lambda _status, _count: True  # type: ignore[method-assign]
    yield view
    run(loop, ctrl.shutdown())
    delete_now(ctrl)


def _select_rows(view: FleetPage, rows: list[int]) -> None:
    selection = view.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(view.ctrl.sims.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)


def test_accounts_refresh_and_filters(page: FleetPage, loop: Any) -> None:
    assert [page.accounts.itemText(i) for i in range(page.accounts.count())] == ["demo"]
    page.ctrl.select_account("demo")
    run(loop, until(lambda: page.ctrl.sims.rowCount() == 300))
    assert page.status.text() == "300 SIMs"
    assert page.backend_filter.count() == 4  # all, 1NCE, IOTA, TMSP
    page.backend_filter.setCurrentIndex(page.backend_filter.findData("1NCE"))
    page.backend_filter.activated.emit(page.backend_filter.currentIndex())
    assert page.ctrl.sims.rowCount() == 100
    page.search.setText("unit-3")
    assert all("unit-3" in s.name for s in (page.ctrl.sims.sim(r) for r in range(
        page.ctrl.sims.rowCount())) if s is not None)
    page.search.clear()
    page.backend_filter.setCurrentIndex(0)
    page.backend_filter.activated.emit(0)
    assert page.ctrl.sims.rowCount() == 300


def test_a_bulk_change_with_progress_and_a_result(page: FleetPage, fleet: GatedFleet,
                                                  loop: Any) -> None:
    page.ctrl.select_account("demo")
    run(loop, until(lambda: page.ctrl.sims.rowCount() == 300))
    rows = [1, 2, 3, 4]  # ACTIVE SIMs of TMSP, IOTA and 1NCE, and row 4 SUSPENDED already
    _select_rows(page, rows)
    progress: list[int] = []
    page.ctrl.jobProgress.connect(lambda done, _total, _r: progress.append(done))
    page.change_selected("SUSPENDED")
    assert page.job_bar.isVisibleTo(page)
    run(loop, until(lambda: page.reports))
    assert sorted(progress) == [1, 2, 3, 4]
    assert page.reports[0].startswith("Job 1: 4 of 4 SIMs changed.")
    assert not page.job_bar.isVisibleTo(page)
    assert [page.ctrl.sims.sim(r).status for r in rows] == ["SUSPENDED"] * 4  # type: ignore
    assert page.ctrl.jobs.rowCount() == 1
    assert page.ctrl.jobs.record(0)["counts"] == {"ok": 3, "unchanged": 1}


def test_a_refusal_is_in_the_report(page: FleetPage, loop: Any) -> None:
    page.ctrl.select_account("demo")
    run(loop, until(lambda: page.ctrl.sims.rowCount() == 300))
    _select_rows(page, [3])  # an ACTIVE 1NCE SIM: ACTIVE → BLOCKED is not in the table
    page.change_selected("BLOCKED")
    run(loop, until(lambda: page.reports))
    assert "refused — 1NCE does not implement ACTIVE → BLOCKED" in page.reports[0]


def test_a_cancelled_job_is_resumed_from_the_audit_log(page: FleetPage, fleet: GatedFleet,
                                                       loop: Any) -> None:
    page.ctrl.select_account("demo")
    run(loop, until(lambda: page.ctrl.sims.rowCount() == 300))
    fleet.hold = True
    _select_rows(page, [1, 2, 3])
    page.change_selected("SUSPENDED")
    run(loop, until(lambda: fleet.waiting))  # the job is logged and its first change waits
    page.job_cancel.click()
    run(loop, until(lambda: page.ctrl.job is None))
    assert page.ctrl.jobs.record(0)["state"] == "cancelled"
    assert page.ctrl.jobs.record(0)["resumable"]
    fleet.hold = False
    page.jobs_table.selectRow(0)
    assert page.resume_button.isEnabled()
    page.resume_selected()
    run(loop, until(lambda: page.reports))
    assert page.ctrl.jobs.record(0)["state"] == "done"
    assert page.ctrl.jobs.record(0)["counts"] == {"ok": 3}


def test_details_sms_and_export(page: FleetPage, loop: Any, tmp_path: Path) -> None:
    page.ctrl.select_account("demo")
    run(loop, until(lambda: page.ctrl.sims.rowCount() == 300))
    page.table.setCurrentIndex(page.ctrl.sims.index(7, 0))
    run(loop, until(lambda: page.ctrl.details is not None))
    assert page.info.value("iccid") == "8949000000000000007"
    assert page.info.value("msisdn") == "4915000000007"
    assert not page.sms_text.isEnabled()  # the memory platform sends no SMS
    assert not page.cdr_button.isEnabled()
    target = tmp_path / "sims.csv"
    page.ctrl.export_csv(str(target))
    run(loop, until(lambda: target.exists() and "written" in page.status.text()))
    rows = list(csv.DictReader(io.StringIO(target.read_text())))
    assert len(rows) == 300 and rows[7]["ICCID"] == "8949000000000000007"


def test_the_column_chooser_hides_and_shows_columns(page: FleetPage) -> None:
    actions = page.columns_menu.actions()
    imsi = next(n for n, a in enumerate(actions) if a.text() == "IMSI")
    assert page.table.isColumnHidden(imsi)
    actions[imsi].setChecked(True)
    assert not page.table.isColumnHidden(imsi)
    actions[0].setChecked(False)
    assert page.table.isColumnHidden(0)


def test_on_a_team_store_a_change_can_be_queued_for_the_team(
        workspace: FleetWorkspace, fleet: GatedFleet, qtbot: QtBot, loop: Any,
        pg_url: str) -> None:
    from cmgui.controllers.team_jobs import TeamJobsController
    from cmgui.service.team_jobs import TeamJobs
    from cmgui.store.engine import open_database
    from cmgui.store.job_queue import JobQueue

    open_database(pg_url).close()
    team = TeamJobsController(TeamJobs(pg_url, "ann"))
    ctrl = FleetController(workspace)
    view = FleetPage(ctrl, team_jobs=team)
    qtbot.addWidget(view)
    view.show()
    asked: list[tuple[str, int]] = []

    def ask(status: str, count: int) -> str:
        asked.append((status, count))
        return "queue"

    view.ask_change = ask  # type: ignore[method-assign]
    queued: list[int] = []
    team.queued.connect(queued.append)
    try:
        ctrl.select_account("demo")
        run(loop, until(lambda: ctrl.sims.rowCount() == 300))
        _select_rows(view, [1, 2, 3])
        chosen = view.selected_iccids()
        view.change_selected("SUSPENDED")
        run(loop, until(lambda: queued and team.model.rowCount() == 1))
        assert asked == [("SUSPENDED", 3)]
        assert [team.model.index(0, c).data() for c in (1, 2, 3, 6)] == [
            "SIM status to SUSPENDED", "demo", "ann", "0/3"]
        assert "Queued as job" in view.status.text()
        assert ctrl.job is None and view.job_bar.isHidden()  # nothing changed from here
        assert [fleet.by_iccid[i].status for i in chosen] == ["ACTIVE"] * 3

        async def payload() -> dict[str, Any]:
            queue = JobQueue(pg_url)
            try:
                job = await queue.job(queued[0])
                assert job is not None
                return job.payload
            finally:
                await queue.close()

        assert run(loop, payload()) == {"status": "SUSPENDED", "iccids": chosen}

        # Once the team has an admin and ann is not on its list, she is a viewer: refused,
        # said on this page, and nothing queued.
        from cmgui.service.team import Team
        from cmgui.store.team import TeamStore

        db = open_database(pg_url)
        try:
            run(loop, Team(TeamStore(db), "boss").add("boss", "admin"))
        finally:
            db.close()
        view.change_selected("BLOCKED")
        run(loop, until(lambda: view.error.isVisibleTo(view)))
        assert view.error.text().startswith("ann may not queue jobs: on this team ann is a viewer")
        assert team.model.rowCount() == 1 and len(queued) == 1
    finally:
        run(loop, team.close())
        run(loop, ctrl.shutdown())
        delete_now(ctrl)
        delete_now(team)
