"""The CMO client against the CMO simulator over real HTTP on 127.0.0.1: pages, tokens that
expire, 1NCE's rate limit met without a 429, monitors, problems."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cmgui.drivers.fleet.cmo_fleet import CmoFleet
from cmgui.drivers.virtual_platform.cmo_server import CmoSimulator
from cmgui.service.fleet import (
    Fleet,
    NotOffered,
    PlatformError,
    Sim,
    SimFilter,
    TransitionRefused,
    UnknownSim,
)
from cmgui.service.fleet_jobs import StatusJobs
from cmgui.store.db import Database
from cmgui.store.fleet import FleetStore
from tests.integration.fleet.conftest import Start
from tests.unit.fleet.clock import FakeClock

Clients = Callable[..., Fleet]


def _sim(simulator: object) -> CmoSimulator:
    assert isinstance(simulator, CmoSimulator)
    return simulator


async def test_every_page_is_listed(start: Start, clients: Clients) -> None:
    served = await start("cmo", sims=57)
    fleet = clients(served, page_size=10)
    sims = [s async for s in fleet.sims()]
    assert len(sims) == 57 and len({s.iccid for s in sims}) == 57
    assert {s.backend for s in sims} >= {"TMSP", "1NCE", "INTELSAT"}
    one_nce = [s async for s in fleet.sims(SimFilter(backend="1NCE"))]
    assert one_nce and all(s.backend == "1NCE" for s in one_nce)


async def test_details_usage_and_custom_attributes(start: Start, clients: Clients) -> None:
    served = await start("cmo", sims=20)
    fleet = clients(served)
    first = _sim(served.simulator).fleet[0]
    details = await fleet.sim(first.iccid)
    assert (details.sim.iccid, details.sim.imsi, details.sim.backend) == (
        first.iccid, first.imsi, first.backend)
    assert details.sim.limit_bytes == first.limit_bytes
    assert [u.name for u in await fleet.usage(first.iccid)] == ["global"]
    await fleet.set_attribute(first.iccid, "vehicle", "truck 7")
    assert (await fleet.attributes(first.iccid))["vehicle"] == "truck 7"
    with pytest.raises(UnknownSim):
        await fleet.sim("8949000000000000999")
    for call in (fleet.cdrs(first.iccid), fleet.send_sms(first.iccid, "x"),
                 fleet.packages(first.iccid)):
        with pytest.raises(NotOffered):
            await call


async def test_an_expired_token_is_fetched_anew_after_a_401(start: Start,
                                                            clients: Clients) -> None:
    served = await start("cmo", sims=5)
    fleet = clients(served)
    assert isinstance(fleet, CmoFleet)
    assert len([s async for s in fleet.sims()]) == 5
    _sim(served.simulator).expire_tokens()
    assert len([s async for s in fleet.sims()]) == 5
    assert fleet.client.counters.reauthorized == 1
    assert _sim(served.simulator).stats.tokens_issued == 2


async def test_a_token_is_renewed_before_it_expires(start: Start, clients: Clients) -> None:
    clock = FakeClock()
    served = await start("cmo", sims=5, clock=clock)
    fleet = clients(served, clock=clock, sleep=clock.sleep)
    assert isinstance(fleet, CmoFleet)
    [s async for s in fleet.sims()]
    clock.now += 299  # the token has a second left: the client asks for a new one first
    [s async for s in fleet.sims()]
    assert fleet.client.counters.reauthorized == 0
    assert _sim(served.simulator).stats.tokens_issued == 2


async def _suspend_all_1nce(fleet: Fleet, served_sim: CmoSimulator,
                            tmp_path: object) -> tuple[int, int]:
    iccids = [s.iccid for s in served_sim.fleet if s.backend == "1NCE" and s.status == "ACTIVE"
              and not s.locked and not s.raw_status]
    db = Database(f"{tmp_path}/cmgui.sqlite3")
    try:
        report = await StatusJobs(fleet, FleetStore(db), "t").start("SUSPENDED", iccids)
    finally:
        db.close()
    return len(iccids), sum(r.outcome == "ok" for r in report.results)


async def test_a_paced_bulk_job_meets_no_429(start: Start, clients: Clients,
                                             tmp_path: object) -> None:
    clock = FakeClock()
    served = await start("cmo", sims=200, clock=clock)
    fleet = clients(served, clock=clock, sleep=clock.sleep)
    wanted, done = await _suspend_all_1nce(fleet, _sim(served.simulator), tmp_path)
    assert wanted >= 20 and done == wanted
    assert _sim(served.simulator).stats.rate_limited == 0
    assert isinstance(fleet, CmoFleet) and fleet.client.counters.rate_limited == 0


async def test_a_client_without_pacing_is_told_to_wait_and_honours_retry_after(
        start: Start, clients: Clients, tmp_path: object) -> None:
    clock = FakeClock()
    served = await start("cmo", sims=200, clock=clock)
    fleet = clients(served, clock=clock, sleep=clock.sleep, rates={})
    wanted, done = await _suspend_all_1nce(fleet, _sim(served.simulator), tmp_path)
    assert done == wanted
    assert _sim(served.simulator).stats.rate_limited > 0
    assert isinstance(fleet, CmoFleet)
    pacer = fleet.client.pacing.pacer("1NCE")
    assert pacer.deferred >= 1.0  # each 429 said Retry-After: 1 and the client waited
    assert 1.0 in clock.sleeps or any(s >= 1.0 for s in clock.sleeps)


async def test_asynchronous_backends_are_followed_through_their_monitor(
        start: Start, clients: Clients) -> None:
    clock = FakeClock()
    served = await start("cmo", sims=80, monitor_polls=3)
    fleet = clients(served, sleep=clock.sleep)
    sim = next(s for s in _sim(served.simulator).fleet if s.backend == "TMSP"
               and s.status == "ACTIVE" and not s.locked and not s.fails_async)
    change = await fleet.set_status(sim.iccid, "SUSPENDED")
    assert change.changed and change.after == "SUSPENDED" and change.monitor
    assert sim.status == "SUSPENDED"
    assert clock.sleeps[:3] == [0.5, 1.0, 2.0]  # polled, backing off


async def test_a_monitor_that_ends_in_error_is_a_failure(start: Start,
                                                         clients: Clients) -> None:
    served = await start("cmo", sims=200)
    clock = FakeClock()
    fleet = clients(served, sleep=clock.sleep)
    sim = next(s for s in _sim(served.simulator).fleet if s.fails_async and s.status == "ACTIVE"
               and s.backend in ("TMSP", "AIRLINQ", "STC") and not s.locked)
    with pytest.raises(PlatformError, match=r"rejected the status change.*monitor MON-"):
        await fleet.set_status(sim.iccid, "SUSPENDED")
    assert sim.status == "ACTIVE"


async def test_the_platform_has_the_last_word(start: Start, clients: Clients) -> None:
    served = await start("cmo", sims=120)
    fleet = clients(served)
    turkcell = next(s for s in _sim(served.simulator).fleet
                    if s.backend == "TURKCELL" and s.status == "ACTIVE")
    # the table lets ACTIVE → SUSPENDED through on TURKCELL; this platform refuses it
    with pytest.raises(PlatformError, match="not supported by TURKCELL") as err:
        await fleet.set_status(turkcell.iccid, "SUSPENDED")
    assert err.value.status == 422
    locked = next(s for s in _sim(served.simulator).fleet if s.locked and s.status == "ACTIVE"
                  and s.backend in ("1NCE", "IOTA", "TMUS", "JASPER"))
    with pytest.raises(PlatformError, match="tariff"):
        await fleet.set_status(locked.iccid, "SUSPENDED")


async def test_a_forbidden_transition_sends_nothing(start: Start, clients: Clients) -> None:
    served = await start("cmo", sims=20)
    fleet = clients(served)
    sim = next(s for s in _sim(served.simulator).fleet if s.backend == "1NCE"
               and s.status == "ACTIVE")
    current = Sim(sim.iccid, "ACTIVE", backend="1NCE", platform_id=f"1NCE-{sim.iccid}")
    assert isinstance(fleet, CmoFleet)
    before = fleet.client.counters.requests
    with pytest.raises(TransitionRefused):
        await fleet.set_status(sim.iccid, "TERMINATED", current=current)
    assert fleet.client.counters.requests == before


async def test_a_satellite_terminal_changes_through_its_terminal(start: Start,
                                                                 clients: Clients) -> None:
    clock = FakeClock()
    served = await start("cmo", sims=60)
    fleet = clients(served, sleep=clock.sleep)
    terminal = next(s for s in _sim(served.simulator).fleet if s.backend == "INTELSAT"
                    and s.status == "ACTIVE" and not s.locked and not s.fails_async)
    details = await fleet.sim(terminal.iccid)
    assert details.sim.connectivity == "SATELLITE" and details.extra.get("model")
    change = await fleet.set_status(terminal.iccid, "SUSPENDED")
    assert change.after == "SUSPENDED" and terminal.status == "SUSPENDED"
