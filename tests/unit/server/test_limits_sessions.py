from __future__ import annotations

import asyncio

import pytest

from cmgui.server.auth import Credential
from cmgui.server.limits import Limits, TokenBucket
from cmgui.server.sessions import SessionManager, TooManyClients


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_allows_burst_then_rate() -> None:
    clock = Clock()
    bucket = TokenBucket(rate=2.0, burst=3, clock=clock)
    assert [bucket.take() for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take() == pytest.approx(0.5)
    clock.now += 0.5
    assert bucket.take() == 0.0
    clock.now += 100
    assert [bucket.take() for _ in range(4)][-1] > 0  # never more than the burst saved up
    assert TokenBucket(rate=0, burst=1, clock=clock).take() == 0.0


CRED = Credential("t1", "full")
OTHER = Credential("t2", "read")


def test_sessions_are_capped_and_idle_ones_forgotten() -> None:
    clock = Clock()
    manager = SessionManager(Limits(max_clients=2, idle_timeout=10), clock)
    a = manager.create(CRED)
    manager.create(OTHER)
    with pytest.raises(TooManyClients):
        manager.create(CRED)
    clock.now += 11
    a.polls = 1  # a waiting poll keeps it alive
    c = manager.create(CRED)  # the idle one made room
    assert manager.get(a.id) is a and manager.get(c.id) is c and len(manager) == 2
    a.polls = 0
    clock.now += 11
    assert manager.expire() == 2 and len(manager) == 0


def test_default_session_per_token() -> None:
    manager = SessionManager(Limits())
    d1 = manager.default_for(CRED)
    assert manager.default_for(CRED) is d1
    d2 = manager.default_for(OTHER)
    assert d2 is not d1 and d2.state.access_level == "read"
    manager.remove(d1)
    assert manager.default_for(CRED) is not d1


async def test_outbox_is_bounded_and_polls_take_over() -> None:
    manager = SessionManager(Limits(outbox_size=3))
    session = manager.create(CRED)
    for i in range(5):
        session.push(str(i).encode())
    assert list(session.outbox) == [b"2", b"3", b"4"] and session.dropped == 2
    assert await session.next_message(0) == b"2"
    session.outbox.clear()
    older = asyncio.create_task(session.next_message(5))
    await asyncio.sleep(0)
    newer = asyncio.create_task(session.next_message(5))
    await asyncio.wait_for(asyncio.shield(older), 1)
    assert older.done() and older.result() is None  # the newer poll took over
    session.push(b"x")
    assert await asyncio.wait_for(newer, 1) == b"x"
    assert await session.next_message(0.01) is None
    session.close()
    session.push(b"late")
    assert await session.next_message(1) is None
