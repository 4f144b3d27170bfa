"""One contract for every platform behind the fleet seam, run on both simulators over HTTP."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from cmgui.service.fleet import (
    OPTIONAL_FUNCTIONS,
    Fleet,
    FleetError,
    NotOffered,
    SimFilter,
    TransitionRefused,
    UnknownSim,
    is_normalised,
)
from tests.integration.fleet.conftest import Start
from tests.unit.fleet.clock import FakeClock

pytestmark = pytest.mark.parametrize("platform", ["cmo", "cmp"])

Clients = Callable[..., Fleet]
UNKNOWN = "8949000000000000999"


async def _fleet(platform: str, start: Start, clients: Clients) -> Fleet:
    served = await start(platform, sims=30)
    if platform == "cmo":
        clock = FakeClock()
        return clients(served, sleep=clock.sleep)
    return clients(served)


async def test_listing_and_filters(platform: str, start: Start, clients: Clients) -> None:
    fleet = await _fleet(platform, start, clients)
    sims = [s async for s in fleet.sims()]
    assert len(sims) == 30
    for sim in sims:
        assert sim.iccid and sim.status and sim.backend
        assert is_normalised(sim.status) or sim.status == sim.native_status
    active = [s async for s in fleet.sims(SimFilter(status="ACTIVE"))]
    assert active and all(s.status == "ACTIVE" for s in active)
    needle = sims[3].iccid[-6:]
    assert sims[3] in [s async for s in fleet.sims(SimFilter(search=needle))]


async def test_details_and_lookup(platform: str, start: Start, clients: Clients) -> None:
    fleet = await _fleet(platform, start, clients)
    sims = [s async for s in fleet.sims()]
    details = await fleet.sim(sims[0].iccid)
    assert details.sim.iccid == sims[0].iccid and details.sim.status == sims[0].status
    found = await fleet.lookup([sims[1].iccid, UNKNOWN])
    assert set(found) == {sims[1].iccid}
    with pytest.raises(UnknownSim):
        await fleet.sim(UNKNOWN)


async def test_a_status_round_trip(platform: str, start: Start, clients: Clients) -> None:
    fleet = await _fleet(platform, start, clients)
    events = fleet.subscribe()
    for sim in [s async for s in fleet.sims(SimFilter(status="ACTIVE"))]:
        try:
            change = await fleet.set_status(sim.iccid, "SUSPENDED")
        except TransitionRefused:
            continue
        except FleetError:
            continue  # the platform refused this SIM (its tariff, its backend)
        assert change.changed and change.after == "SUSPENDED"
        assert (await fleet.sim(sim.iccid)).sim.status == "SUSPENDED"
        event = await events.get()
        assert getattr(event, "iccid", "") == sim.iccid
        back = await fleet.set_status(sim.iccid, "ACTIVE")
        assert back.after == "ACTIVE"
        return
    pytest.fail("no SIM could be suspended")


async def test_what_is_not_offered_says_so(platform: str, start: Start,
                                           clients: Clients) -> None:
    fleet = await _fleet(platform, start, clients)
    sims = [s async for s in fleet.sims()]
    iccid = sims[0].iccid
    missing = [f for f in OPTIONAL_FUNCTIONS if not fleet.offers(f)]
    assert missing  # neither platform offers everything
    for function in missing:
        args: tuple[object, ...] = {
            "set_attribute": (iccid, "a", "b"), "send_sms": (iccid, "x"),
            "order_packages": ([iccid], None), "open_package": ("o",),
            "cancel_package": ("o",), "end_package": ("o", "c"), "bind_imei": (iccid, "1"),
            "package_catalogue": (), "set_status": (iccid, "ACTIVE"),
        }.get(function, (iccid,))
        with pytest.raises(NotOffered, match="not offered by this platform"):
            await getattr(fleet, function)(*args)
