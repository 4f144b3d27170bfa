"""A migrated PostgreSQL store per test (the team tables and their notices included)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Iterator

import pytest

from cmgui.store.engine import Database, open_database
from cmgui.store.notify import Listener


@pytest.fixture
def team_db(pg_url: str) -> Iterator[Database]:
    db = open_database(pg_url)
    yield db
    db.close()


async def until_noticed(url: str, check: Callable[[], Awaitable[bool]],
                        timeout: float = 10.0) -> None:
    """Wait until ``check()`` holds, looking again at each change notice (never by polling)."""
    listener = Listener(url)
    done = asyncio.Event()

    async def watch() -> None:
        async for _ in listener.changes():
            if await check():
                done.set()

    task = asyncio.create_task(watch())
    try:
        async with asyncio.timeout(timeout):
            await listener.listening.wait()
            if not await check():
                await done.wait()
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await listener.close()
