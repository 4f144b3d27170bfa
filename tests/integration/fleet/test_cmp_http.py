"""The CMP client against the CMP simulator over real HTTP on 127.0.0.1: signed requests, the
three page shapes, pause and restart, SMS, packages, and the push hooks answered as the seed
says and archived with the SIM."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from pathlib import Path

import httpx
import pytest

from cmgui.drivers.fleet.cmp_fleet import CmpFleet
from cmgui.drivers.fleet.push import Push
from cmgui.drivers.fleet.push_server import PATH, PushListener
from cmgui.drivers.virtual_platform.cmp_auth import new_key_pair
from cmgui.drivers.virtual_platform.cmp_server import CmpSimulator
from cmgui.service.fleet import (
    AuthError,
    Fleet,
    FleetError,
    NotOffered,
    OrderChanged,
    PlatformError,
    SmsDelivered,
    SmsReceived,
    UnknownSim,
)
from cmgui.service.fleet_accounts import PRIVATE_KEY, FleetAccount
from cmgui.service.fleet_inbox import archive_push
from cmgui.store.db import Database
from cmgui.store.fleet import FleetStore
from tests.integration.fleet.conftest import Start

Clients = Callable[..., Fleet]


def _sim(simulator: object) -> CmpSimulator:
    assert isinstance(simulator, CmpSimulator)
    return simulator


def _active(simulator: CmpSimulator) -> str:
    return next(s.iccid for s in simulator.fleet if s.status == "ACTIVE")


async def test_every_page_is_listed(start: Start, clients: Clients) -> None:
    served = await start("cmp", sims=45)
    fleet = clients(served, page_size=7)
    sims = [s async for s in fleet.sims()]
    assert len(sims) == 45 and len({s.iccid for s in sims}) == 45
    assert {s.status for s in sims} >= {"ACTIVE", "SUSPENDED"}


async def test_details_with_packages_and_session(start: Start, clients: Clients) -> None:
    served = await start("cmp", sims=10)
    fleet = clients(served)
    iccid = _active(_sim(served.simulator))
    details = await fleet.sim(iccid)
    assert details.sim.status == "ACTIVE" and details.extra["lifecycle"] == "2 (usage)"
    assert details.packages and details.packages[0].status == "started"
    assert details.usage[0].limit_bytes == details.packages[0].flow_bytes
    assert "pdpActive" in details.extra
    with pytest.raises(UnknownSim):
        await fleet.sim("8949000000000000999")
    with pytest.raises(NotOffered):
        await fleet.attributes(iccid)


async def test_pause_and_restart_are_set_status(start: Start, clients: Clients) -> None:
    served = await start("cmp", sims=10)
    fleet = clients(served)
    iccid = _active(_sim(served.simulator))
    change = await fleet.set_status(iccid, "SUSPENDED")
    assert change.after == "SUSPENDED" and "ORDER_" in change.detail
    assert (await fleet.sim(iccid)).sim.status == "SUSPENDED"
    await fleet.set_status(iccid, "ACTIVE")
    assert (await fleet.sim(iccid)).sim.status == "ACTIVE"


async def test_hmac_signing_works_too(start: Start, clients: Clients) -> None:
    served = await start("cmp", sims=5)
    fleet = clients(served, hmac=True)
    assert len([s async for s in fleet.sims()]) == 5


async def test_a_wrong_key_is_refused_in_words(start: Start, tmp_path: Path) -> None:
    served = await start("cmp", sims=5)
    other, _ = new_key_pair()
    fleet = CmpFleet(FleetAccount("x", served.url, key_id="cmgui-demo",
                                  secret_name=PRIVATE_KEY), other)
    try:
        with pytest.raises(AuthError, match="refused the request signature"):
            [s async for s in fleet.sims()]
    finally:
        await fleet.close()


async def test_cdrs_packages_and_binding(start: Start, clients: Clients) -> None:
    served = await start("cmp", sims=10)
    fleet = clients(served, page_size=5)
    iccid = _active(_sim(served.simulator))
    records = await fleet.cdrs(iccid)
    assert records and all(r.kind == "data" and r.bytes is not None for r in records)
    assert all(r.start is not None and r.start.utcoffset() is not None for r in records)
    with pytest.raises(FleetError, match="180 days"):
        await fleet.cdrs(iccid, date(2000, 1, 1))
    catalogue = await fleet.package_catalogue()
    assert len(catalogue) == 5
    orders = await fleet.order_packages([iccid, "0000"], catalogue[2])
    assert orders[iccid].startswith("ORDER_") and orders["0000"].startswith("error:")
    opened = await fleet.open_package(orders[iccid])
    assert opened is not None and opened.active_from is not None
    await fleet.end_package(orders[iccid], "test")
    again = await fleet.order_packages([iccid], catalogue[3])
    await fleet.cancel_package(again[iccid])
    statuses = {p.order_id: p.status for p in await fleet.packages(iccid)}
    assert statuses[orders[iccid]] == statuses[again[iccid]] == "ended or cancelled"
    with pytest.raises(PlatformError, match="status 3"):
        await fleet.cancel_package(again[iccid])
    await fleet.bind_imei(iccid, "860996043052016")
    history = await fleet.binding_history(iccid)
    assert history[0]["IMEI"] == "860996043052016"


async def test_pushes_are_answered_as_the_seed_says_and_archived(
        start: Start, clients: Clients, tmp_path: Path) -> None:
    db = Database(tmp_path / "cmgui.sqlite3")
    store = FleetStore(db)
    received: list[Push] = []
    got = asyncio.Event()

    async def on_push(push: Push) -> None:
        await archive_push(store, "t", push.kind, push.fields, push.events)
        received.append(push)
        got.set()

    listener = PushListener(on_push)
    host, port = await listener.start("127.0.0.1", 0)
    try:
        served = await start("cmp", sims=10, push_url=f"http://{host}:{port}{PATH}",
                             push_delay=0.0)
        simulator = _sim(served.simulator)
        fleet = clients(served)
        iccid = _active(simulator)
        await fleet.set_status(iccid, "SUSPENDED")
        msg_id = await fleet.send_sms(iccid, "hello")
        await simulator.simulate_mo(iccid, "pong")
        await simulator.drain()
        events = [e for p in received for e in p.events]
        assert any(isinstance(e, OrderChanged) and e.operation == "1003" for e in events)
        assert any(isinstance(e, SmsDelivered) and e.msg_id == msg_id for e in events)
        assert any(isinstance(e, SmsReceived) and e.text == "pong" for e in events)
        answers = {(kind, status, body) for kind, status, body in simulator.stats.pushes}
        assert answers == {("order", 200, "1"),
                           ("sms_mt", 200, '{"code":"0","message":"success"}'),
                           ("sms_mo", 200, '{"code":"0","message":"success"}')}
        messages = store.messages(iccid)
        assert {m["direction"] for m in messages} == {"in", "out"}
        mo = next(m for m in messages if m["direction"] == "in")
        assert mo["text"] == "pong" and mo["detail"] == "12345"
        assert [e["kind"] for e in store.events(iccid)].count("order") == 1
        # the same push again is kept once and still answered as a success
        before = len(store.events(iccid))
        await simulator._push("order", received[0].fields)
        assert len(store.events(iccid)) == before
        assert simulator.stats.pushes[-1][1:] == (200, "1")
        # what is no push is refused, so a platform would send it again
        async with httpx.AsyncClient() as http:
            reply = await http.post(f"http://{host}:{port}{PATH}", json={"hello": 1})
        assert reply.status_code == 400
    finally:
        await listener.stop()
        db.close()
