"""eager.start: a coroutine runs at once and becomes a task only when it has to wait."""

from __future__ import annotations

import asyncio

import pytest

from cmgui.server import eager


async def test_a_coroutine_that_never_waits_needs_no_task() -> None:
    done: list[str] = []

    async def quick() -> None:
        done.append("ran")

    assert eager.start(quick()) is None
    assert done == ["ran"]


async def test_a_coroutine_that_waits_finishes_in_a_task() -> None:
    gate: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    steps: list[str] = []

    async def slow() -> None:
        steps.append("before")
        steps.append(await gate)
        await asyncio.sleep(0)
        steps.append("after")

    task = eager.start(slow())
    assert task is not None and steps == ["before"]
    gate.set_result("value")
    await task
    assert steps == ["before", "value", "after"]


async def test_cancellation_reaches_the_coroutine() -> None:
    gate: asyncio.Future[None] = asyncio.get_running_loop().create_future()
    seen: list[str] = []

    async def waits() -> None:
        try:
            await gate
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    task = eager.start(waits())
    assert task is not None
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert seen == ["cancelled"]


async def test_errors_before_and_after_the_first_wait() -> None:
    async def fails_at_once() -> None:
        raise ValueError("now")

    with pytest.raises(ValueError, match="now"):
        eager.start(fails_at_once())

    async def fails_later() -> None:
        await asyncio.sleep(0)
        raise KeyError("later")

    task = eager.start(fails_later())
    assert task is not None
    with pytest.raises(KeyError):
        await task
