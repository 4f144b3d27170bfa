"""The CMO platform behind the fleet seam: OAuth tokens, paced requests, monitors followed."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import replace
from typing import Any

from cmgui.drivers.fleet import cmo
from cmgui.drivers.fleet.client import PlatformClient
from cmgui.drivers.fleet.http import Request, as_dict
from cmgui.drivers.fleet.oauth import TokenCache
from cmgui.drivers.fleet.pacing import Pacing, Sleep
from cmgui.service.fleet import (
    Fleet,
    PlatformError,
    Sim,
    SimDetails,
    SimFilter,
    StatusChange,
    UnknownSim,
    UsageBucket,
)
from cmgui.service.fleet_accounts import FleetAccount
from cmgui.service.fleet_tables import RATE_LIMITS

_ICCID = re.compile(r"^89\d{16,20}F?$", re.IGNORECASE)

#: Monitor polling: first wait, growth factor, longest wait, and when to give up (seconds).
POLL_FIRST, POLL_FACTOR, POLL_MAX, POLL_TIMEOUT = 0.5, 2.0, 8.0, 600.0


class CmoFleet(Fleet):
    """``cmo+https://HOST[:PORT]/TENANT`` with OAuth 2.0 client credentials."""

    platform = "cmo"

    def __init__(self, account: FleetAccount, secret: str, *,
                 client: PlatformClient | None = None, clock: Callable[[], float] = time.monotonic,
                 sleep: Sleep = asyncio.sleep, rates: dict[str, float] | None = None,
                 poll_first: float = POLL_FIRST, poll_timeout: float = POLL_TIMEOUT,
                 page_size: int = cmo.PAGE_SIZE) -> None:
        super().__init__(account.name)
        self.address = cmo.parse_address(account.url)
        self.tokens = TokenCache(account.token_url or self.address.default_token_url,
                                 account.client_id, secret, clock=clock)
        pacing = Pacing(RATE_LIMITS["cmo"] if rates is None else rates, clock=clock, sleep=sleep)
        self.client = client or PlatformClient(pacing=pacing)
        self.client.authorize = self._authorize
        self.client.reauthorize = self._reauthorize
        self._clock, self._sleep = clock, sleep
        self.poll_first, self.poll_timeout = poll_first, poll_timeout
        self.page_size = page_size
        self._token_lock = asyncio.Lock()

    async def close(self) -> None:
        await self.client.aclose()
        await super().close()

    # --- authorisation --------------------------------------------------------------------

    async def _token(self) -> str:
        async with self._token_lock:
            token = self.tokens.current()
            if token is None:
                response = await self.client.send_once(self.tokens.request())
                if response.status in (400, 401):  # a server that wants HTTP Basic instead
                    retry = await self.client.send_once(self.tokens.request(basic=True))
                    if retry.status < 300:
                        response = retry
                token = self.tokens.accept(response)
            return token

    async def _authorize(self, request: Request) -> Request:
        token = await self._token()
        return replace(request, headers=(*request.headers, ("Authorization", f"Bearer {token}")))

    async def _reauthorize(self) -> None:
        self.tokens.invalidate()

    async def _json(self, request: Request, what: str) -> Any:
        return cmo.check(await self.client.send(request), what)

    # --- SIMs ------------------------------------------------------------------------------

    async def sims(self, where: SimFilter | None = None) -> AsyncIterator[Sim]:
        request: Request | None = cmo.list_products(self.address, self.page_size)
        seen: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
        while request is not None:
            seen.add((request.url, request.query))
            body = await self._json(request, "listing the SIMs")
            for sim in cmo.parse_page(body):
                if where is None or where.matches(sim):
                    yield sim
            request = cmo.next_page(request, as_dict(body))
            if request is not None and (request.url, request.query) in seen:
                break  # a server that ignores the page number: stop rather than loop

    async def _find(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """ICCID (or terminal serial) -> full product, for the ids the platform knows."""
        wanted = list(dict.fromkeys(i.strip() for i in ids if i.strip()))
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(wanted), cmo.FIND_BATCH):
            batch = wanted[start:start + cmo.FIND_BATCH]
            iccids = [i for i in batch if _ICCID.match(i)]
            serials = [i for i in batch if not _ICCID.match(i)]
            body = await self._json(cmo.find_products(self.address, iccids, serials),
                                    "looking up SIMs")
            products, _ = cmo.parse_find(body)
            for product in products:
                sim = cmo.parse_sim(product)
                if sim is not None:
                    found[sim.iccid] = product
        return found

    async def _product(self, iccid: str) -> dict[str, Any]:
        product = (await self._find([iccid])).get(iccid.strip())
        if product is None:
            raise UnknownSim(iccid, self.platform)
        return product

    async def lookup(self, iccids: Iterable[str]) -> dict[str, Sim]:
        out: dict[str, Sim] = {}
        for iccid, product in (await self._find(iccids)).items():
            sim = cmo.parse_sim(product)
            if sim is not None:
                out[iccid] = sim
        return out

    async def _current(self, iccid: str) -> Sim:
        sim = cmo.parse_sim(await self._product(iccid))
        if sim is None:
            raise UnknownSim(iccid, self.platform)
        return sim

    async def sim(self, iccid: str) -> SimDetails:
        details = cmo.parse_details(await self._product(iccid))
        if not details.usage:
            try:
                usage = await self._usage_of(details.sim)
            except PlatformError:
                usage = []
            if usage:
                total = next((u for u in usage if u.name == "global"), usage[0])
                sim = replace(details.sim, used_bytes=total.used_bytes,
                              limit_bytes=total.limit_bytes)
                details = replace(details, sim=sim, usage=tuple(usage))
        return details

    # --- status ----------------------------------------------------------------------------

    async def _apply_status(self, sim: Sim, target: str) -> StatusChange:
        response = await self.client.send(cmo.patch_status(self.address, sim, target))
        outcome = cmo.patch_outcome(response)
        monitor_id = ""
        product: Any = outcome
        if isinstance(outcome, cmo.Monitor):
            monitor = await self._follow(outcome, sim.backend)
            monitor_id = monitor.id
            if monitor.failed:
                raise PlatformError(f"{sim.backend} did not change the status: "
                                    f"{monitor.problem()} (monitor {monitor.id})")
            product = monitor.body
        changed = cmo.parse_sim(as_dict(product)) if as_dict(product).get("id") else None
        after = changed.status if changed is not None and changed.status else target
        return StatusChange(sim.iccid, sim.status, after, True, monitor=monitor_id)

    async def _follow(self, monitor: cmo.Monitor, pace: str) -> cmo.Monitor:
        """Poll the monitor, waiting longer each time, until it is done."""
        started = self._clock()
        wait = self.poll_first
        while not monitor.done:
            if self._clock() - started > self.poll_timeout:
                raise PlatformError(f"the change is still in progress after "
                                    f"{self.poll_timeout:.0f} s (monitor {monitor.id}); "
                                    "run the job again later to see where it stands")
            await self._sleep(wait)
            wait = min(POLL_MAX, wait * POLL_FACTOR)
            body = await self._json(cmo.get_monitor(self.address, monitor.id, pace),
                                    "following the change")
            monitor = cmo.parse_monitor(body, monitor.id)
        return monitor

    # --- usage and attributes --------------------------------------------------------------

    async def _usage_of(self, sim: Sim) -> list[UsageBucket]:
        request = cmo.get_product(self.address, sim.platform_id + cmo.USAGE, pace=sim.backend)
        return cmo.parse_usage(await self._json(request, "reading the usage"))

    async def usage(self, iccid: str) -> list[UsageBucket]:
        details = cmo.parse_details(await self._product(iccid))
        return list(details.usage) or await self._usage_of(details.sim)

    async def attributes(self, iccid: str) -> dict[str, str]:
        return cmo.custom_attributes(await self._product(iccid))

    async def set_attribute(self, iccid: str, name: str, value: str) -> None:
        sim = await self._current(iccid)
        await self._json(cmo.add_attribute(self.address, sim, name, value),
                         "setting the attribute")
