"""Live for every desktop: a change made by one process reaches every listening one within a
second (LISTEN/NOTIFY, no table polling), as the seam's events, and across a lost connection."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import psycopg
import pytest

from cmgui.service import events as ev
from cmgui.service.device import EventStream
from cmgui.service.fleet import SimStatusChanged
from cmgui.service.team_live import (
    JobChanged,
    Resync,
    SimsRefreshed,
    TeamLive,
    live_for,
    live_for_store_in_use,
)
from cmgui.store.engine import Database
from cmgui.store.fleet import FleetStore
from cmgui.store.job_queue import JobQueue
from cmgui.store.sms import SmsArchive
from tests.unit.store.store_support import deliver

WITHIN = 1.0


@pytest.fixture
async def desktops(pg_url: str, team_db: Database) -> AsyncIterator[list[EventStream]]:
    lives = [TeamLive(pg_url) for _ in range(3)]
    streams = [live.subscribe() for live in lives]
    await asyncio.gather(*(live.start() for live in lives))
    yield streams
    await asyncio.gather(*(live.stop() for live in lives))


async def _next(stream: EventStream) -> ev.Event | None:
    return await asyncio.wait_for(stream.get(), WITHIN)


async def test_a_change_reaches_three_desktops_within_a_second(
        pg_url: str, team_db: Database, desktops: list[EventStream]) -> None:
    archive = SmsArchive(team_db)
    result = await archive.import_message(deliver("hello team"))
    assert result.message_id is not None
    message = archive.get(result.message_id)
    assert message is not None
    for stream in desktops:
        assert await _next(stream) == ev.SMSReceived(msg_id=message.uid, storage="archive")
    fleet = FleetStore(team_db)
    fleet.replace_sims("acct", [{"iccid": "8949001", "status": "ACTIVE"}])
    fleet.set_status("acct", "8949001", "SUSPENDED")
    for stream in desktops:
        assert await _next(stream) == SimsRefreshed("acct")
        assert await _next(stream) == SimStatusChanged("8949001", "SUSPENDED", "ACTIVE")
    queue = JobQueue(pg_url)
    try:
        job_id = await queue.enqueue("x", "acct", {}, requested_by="ann", total=4)
    finally:
        await queue.close()
    for stream in desktops:
        assert await _next(stream) == JobChanged(job_id, "queued", 0, 4)


async def test_a_desktop_hears_again_after_losing_the_server(
        pg_url: str, team_db: Database) -> None:
    live = TeamLive(pg_url)
    stream = live.subscribe()
    await live.start()
    try:
        async with await psycopg.AsyncConnection.connect(pg_url, autocommit=True) as admin:
            await admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                "WHERE query LIKE 'LISTEN%%' AND pid <> pg_backend_pid()")
        assert await asyncio.wait_for(stream.get(), 5.0) == Resync("resync")
        FleetStore(team_db).replace_sims("acct", [{"iccid": "1", "status": "ACTIVE"}])
        assert await _next(stream) == SimsRefreshed("acct")
    finally:
        await live.stop()


def test_sqlite_has_nothing_to_hear(monkeypatch: pytest.MonkeyPatch) -> None:
    assert live_for("sqlite:///tmp/cmgui.sqlite3") is None
    assert isinstance(live_for("postgresql://u@h/db"), TeamLive)
    monkeypatch.setenv("CMGUI_STORE", "postgresql://u@h/db")
    assert isinstance(live_for_store_in_use(), TeamLive)
    monkeypatch.delenv("CMGUI_STORE")
    assert live_for_store_in_use() is None
