"""Pacing on a fake clock: slots 1/rate apart, Retry-After honoured by every waiting request."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest

from cmgui.drivers.fleet.pacing import Pacer, Pacing, backoff, retry_after
from tests.unit.fleet.clock import FakeClock


async def test_requests_are_spaced_to_the_rate() -> None:
    clock = FakeClock()
    pacer = Pacer(10.0, clock=clock, sleep=clock.sleep)
    times = []
    for _ in range(5):
        await pacer.acquire()
        times.append(round(clock.now - 1000.0, 6))
    assert times == [0.0, 0.1, 0.2, 0.3, 0.4]


async def test_concurrent_callers_queue_for_their_slots() -> None:
    clock = FakeClock()
    pacer = Pacer(10.0, clock=clock, sleep=clock.sleep)
    seen: list[float] = []

    async def one() -> None:
        await pacer.acquire()
        seen.append(round(clock.now - 1000.0, 6))

    await asyncio.gather(*(one() for _ in range(4)))
    assert sorted(seen) == [0.0, 0.1, 0.2, 0.3]


async def test_no_rate_means_no_waiting() -> None:
    clock = FakeClock()
    pacer = Pacer(None, clock=clock, sleep=clock.sleep)
    for _ in range(3):
        await pacer.acquire()
    assert clock.sleeps == []


async def test_retry_after_defers_the_next_request() -> None:
    clock = FakeClock()
    pacer = Pacer(10.0, clock=clock, sleep=clock.sleep)
    await pacer.acquire()
    pacer.defer(2.0)  # a 429 said Retry-After: 2
    await pacer.acquire()
    assert clock.now - 1000.0 == pytest.approx(2.0)
    assert pacer.deferred == pytest.approx(2.0)


async def test_a_deferral_reaches_requests_already_waiting() -> None:
    clock = FakeClock()
    pacer = Pacer(1.0, clock=clock, sleep=clock.sleep)
    await pacer.acquire()  # t=0; the next slot is t=1
    order: list[float] = []

    async def waiter() -> None:
        await pacer.acquire()
        order.append(clock.now - 1000.0)

    task = asyncio.ensure_future(waiter())
    await asyncio.sleep(0)  # the waiter has reserved t=1 and sleeps
    pacer.defer(5.0)  # meanwhile, at t=0, a 429 says 5 s
    await task
    assert order == [pytest.approx(5.0)]


def test_pacing_keys_have_their_own_rates() -> None:
    pacing = Pacing({"1NCE": 10.0})
    assert pacing.pacer("1NCE").interval == pytest.approx(0.1)
    assert pacing.pacer("TMSP").interval == 0.0
    assert pacing.pacer("1NCE") is pacing.pacer("1NCE")


@pytest.mark.parametrize(("value", "seconds"), [
    ("1", 1.0), (" 2.5 ", 2.5), ("-3", 0.0), ("", None), ("soon", None),
    ("Sun, 06 Nov 2044 08:49:37 GMT", 10.0),
])
def test_retry_after_values(value: str, seconds: float | None) -> None:
    now = datetime(2044, 11, 6, 8, 49, 27, tzinfo=UTC)
    assert retry_after(value, now) == seconds


def test_backoff_grows_and_is_capped() -> None:
    assert [backoff(n) for n in (1, 2, 3)] == [1.0, 2.0, 4.0]
    assert backoff(20) == 30.0
