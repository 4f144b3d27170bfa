"""Run a coroutine at once, and make a task of it only if it has to wait.

Most CMAPI calls over WebSocket finish without ever waiting (a cached value, an in-memory
answer, a send that fits the socket buffer); a task for each costs about a third of the
endpoint's time per message. :func:`start` runs the coroutine up to its first real wait, in
the caller's context, and only then hands the rest to a task, as Python 3.12's eager tasks do.
The rest is driven with the ``yield from`` protocol of PEP 380, so the task sees exactly the
futures the coroutine waits on and cancellation reaches the coroutine as usual.
"""

from __future__ import annotations

import asyncio
import types
from collections.abc import Coroutine, Generator
from typing import Any


def start(coro: Coroutine[Any, Any, None]) -> asyncio.Task[None] | None:
    """Run ``coro`` until it waits; None when it finished, else the task that finishes it.

    An exception raised before the first wait propagates to the caller.
    """
    try:
        waiting_on = coro.send(None)
    except StopIteration:
        return None
    return asyncio.get_running_loop().create_task(_finish(coro, waiting_on))


@types.coroutine
def _finish(coro: Coroutine[Any, Any, None], waiting_on: Any) -> Generator[Any, Any, None]:
    """``yield from`` a coroutine that already yielded ``waiting_on`` (PEP 380 expansion)."""
    yielded = waiting_on
    while True:
        try:
            sent = yield yielded
        except GeneratorExit:
            coro.close()
            raise
        except BaseException as exc:  # cancellation and the like go into the coroutine
            try:
                yielded = coro.throw(exc)
            except StopIteration:
                return
        else:
            try:
                yielded = coro.send(sent)
            except StopIteration:
                return
