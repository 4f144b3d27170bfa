"""Fixtures: the CMO and CMP simulators served over real HTTP on 127.0.0.1, and fleet clients
for them (closed after each test)."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cmgui.drivers.fleet.cmo_fleet import CmoFleet
from cmgui.drivers.fleet.cmp_fleet import CmpFleet
from cmgui.drivers.virtual_platform.serve import Served, serve_cmo, serve_cmp
from cmgui.service.fleet import Fleet
from cmgui.service.fleet_accounts import CLIENT_SECRET, HMAC_SECRET, PRIVATE_KEY, FleetAccount

Start = Callable[..., Awaitable[Served]]


@pytest.fixture
async def start(tmp_path: Path) -> AsyncIterator[Start]:
    """``await start("cmo", sims=…, **simulator options)``: a simulator on a free port."""
    served: list[Served] = []

    async def start_(platform: str, *, sims: int = 60, **options: Any) -> Served:
        serve = serve_cmo if platform == "cmo" else serve_cmp
        running = await serve("127.0.0.1", 0, sims=sims, state=tmp_path / "platform", **options)
        served.append(running)
        return running

    yield start_
    for running in served:
        await running.close()


def account_for(served: Served, name: str = "test", *, hmac: bool = False) -> tuple[
        FleetAccount, str]:
    """The account (and its secret) a user would add for ``served``."""
    c = served.credentials
    if served.platform == "cmo":
        return (FleetAccount(name, served.url, c["clientId"], c["tokenURL"],
                             secret_name=CLIENT_SECRET),
                Path(c["secretFile"]).read_text().strip())
    if hmac:
        return (FleetAccount(name, served.url, key_id=c["keyId"], secret_name=HMAC_SECRET),
                Path(c["hmacSecretFile"]).read_text().strip())
    return (FleetAccount(name, served.url, key_id=c["keyId"], secret_name=PRIVATE_KEY),
            Path(c["privateKeyFile"]).read_text())


@pytest.fixture
async def clients() -> AsyncIterator[Callable[..., Fleet]]:
    """``clients(served, **options)``: a CmoFleet or CmpFleet for ``served``."""
    made: list[Fleet] = []

    def make(served: Served, *, hmac: bool = False, **options: Any) -> Fleet:
        account, secret = account_for(served, hmac=hmac)
        fleet: Fleet = (CmoFleet(account, secret, **options) if served.platform == "cmo"
                        else CmpFleet(account, secret, **options))
        made.append(fleet)
        return fleet

    yield make
    for fleet in made:
        await fleet.close()


class ThreadedPlatform:
    """A simulator on its own event loop in a thread, for tests that run cmcli (asyncio.run)."""

    def __init__(self, platform: str, state: Path, **options: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        serve = serve_cmo if platform == "cmo" else serve_cmp
        self.served: Served = asyncio.run_coroutine_threadsafe(
            serve("127.0.0.1", 0, state=state, **options), self.loop).result(30)

    def call(self, coro: Awaitable[Any]) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(30)  # type: ignore[arg-type]

    def close(self) -> None:
        self.call(self.served.close())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


@pytest.fixture
def threaded(tmp_path: Path) -> Iterator[Callable[..., ThreadedPlatform]]:
    running: list[ThreadedPlatform] = []

    def make(platform: str, **options: Any) -> ThreadedPlatform:
        options.setdefault("sims", 40)
        platform_ = ThreadedPlatform(platform, tmp_path / "platform", **options)
        running.append(platform_)
        return platform_

    yield make
    for platform_ in running:
        platform_.close()
