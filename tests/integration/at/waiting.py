"""Waiting on a condition with a deadline, for state that no event announces.

Tests never sleep for a fixed time: they wait for what they need (an event, a line the modem
received, a state the device reports) and fail after a timeout.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from cmgui.service.device import Device

T = TypeVar("T")
#: How often a condition is looked at again; the loop runs everything else meanwhile.
POLL = 0.01


async def until(condition: Callable[[], object], timeout: float = 30.0,
                what: str = "condition") -> None:
    """Return as soon as ``condition()`` is true; AssertionError after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached in {timeout:g} s")
        await asyncio.sleep(POLL)


async def eventually(check: Callable[[], Awaitable[T]], timeout: float = 5.0,
                     what: str = "condition") -> T:
    """The first truthy value of ``await check()``; AssertionError after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = await check()
        if value:
            return value
        if loop.time() > deadline:
            raise AssertionError(f"{what} not reached in {timeout:g} s")
        await asyncio.sleep(POLL)


async def registered(device: Device, timeout: float = 5.0) -> None:
    """Wait until the device reports its home network (packet domain)."""
    async def home() -> bool:
        reg = await device.information_get_ps_network_registration()
        return reg["registrationState"] == "registeredHome"

    await eventually(home, timeout, "registration")
