"""The SIM cache of an account: the last complete listing, kept in the store so 10 000 SIMs open,
filter and scroll without asking the platform, and so cmcli and the app share one view."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from cmgui.service.fleet import Fleet, Sim, SimFilter
from cmgui.store.fleet import FleetStore

#: How often a refresh reports progress (SIMs).
PROGRESS_EVERY = 500


def sim_row(sim: Sim) -> dict[str, Any]:
    return {
        "iccid": sim.iccid, "imsi": sim.imsi, "msisdn": sim.msisdn, "imei": sim.imei,
        "name": sim.name, "status": sim.status, "native_status": sim.native_status,
        "backend": sim.backend, "plan": sim.plan, "platform_id": sim.platform_id,
        "connectivity": sim.connectivity, "used_bytes": sim.used_bytes,
        "limit_bytes": sim.limit_bytes,
        "last_seen": sim.last_seen.isoformat() if sim.last_seen else None,
    }


def row_sim(row: dict[str, Any]) -> Sim:
    seen = row.get("last_seen")
    try:
        last_seen = datetime.fromisoformat(seen) if seen else None
    except ValueError:
        last_seen = None
    return Sim(
        iccid=row["iccid"], status=row.get("status") or "", native_status=row.get(
            "native_status") or "", backend=row.get("backend") or "", imsi=row.get("imsi") or "",
        msisdn=row.get("msisdn") or "", imei=row.get("imei") or "", name=row.get("name") or "",
        plan=row.get("plan") or "", platform_id=row.get("platform_id") or "",
        connectivity=row.get("connectivity") or "CELLULAR", used_bytes=row.get("used_bytes"),
        limit_bytes=row.get("limit_bytes"), last_seen=last_seen)


class SimCache:
    """The cached SIMs of one account. Reads are quick local queries (call them from any thread);
    :meth:`refresh` asks the platform and replaces the cache in one transaction."""

    def __init__(self, store: FleetStore, account: str) -> None:
        self.store = store
        self.account = account

    async def refresh(self, fleet: Fleet,
                      progress: Callable[[int], None] | None = None) -> int:
        """List every SIM of the platform and make the cache exactly that; returns the count."""
        rows: list[dict[str, Any]] = []
        async for sim in fleet.sims():
            rows.append(sim_row(sim))
            if progress is not None and len(rows) % PROGRESS_EVERY == 0:
                progress(len(rows))
        return await asyncio.to_thread(self.store.replace_sims, self.account, rows)

    async def update(self, sims: Iterable[Sim]) -> None:
        rows = [sim_row(s) for s in sims]
        if rows:
            await asyncio.to_thread(self.store.upsert_sims, self.account, rows)

    async def set_status(self, iccid: str, status: str) -> None:
        await asyncio.to_thread(self.store.set_status, self.account, iccid, status)

    def count(self, where: SimFilter | None = None) -> int:
        where = where or SimFilter()
        return self.store.count(self.account, status=where.status, backend=where.backend,
                                search=where.search)

    def page(self, offset: int, limit: int, where: SimFilter | None = None) -> list[Sim]:
        where = where or SimFilter()
        return [row_sim(r) for r in self.store.page(
            self.account, offset, limit, status=where.status, backend=where.backend,
            search=where.search)]

    def get(self, iccid: str) -> Sim | None:
        row = self.store.sim(self.account, iccid)
        return row_sim(row) if row is not None else None

    def backends(self) -> list[str]:
        return self.store.distinct(self.account, "backend")

    def statuses(self) -> list[str]:
        return self.store.distinct(self.account, "status")
