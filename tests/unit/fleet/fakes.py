"""An in-memory Fleet for seam and job tests: it records every call it gets."""

from __future__ import annotations

from collections.abc import AsyncIterator

from cmgui.service.fleet import (
    Fleet,
    PlatformError,
    Sim,
    SimDetails,
    SimFilter,
    StatusChange,
    UnknownSim,
)


class MemoryFleet(Fleet):
    platform = "cmo"

    def __init__(self, sims: list[Sim]) -> None:
        super().__init__("memory")
        self.by_iccid = {s.iccid: s for s in sims}
        self.calls: list[tuple[str, str]] = []
        #: ICCIDs whose change the "platform" fails.
        self.failing: set[str] = set()

    async def sims(self, where: SimFilter | None = None) -> AsyncIterator[Sim]:
        for sim in self.by_iccid.values():
            if where is None or where.matches(sim):
                yield sim

    async def sim(self, iccid: str) -> SimDetails:
        self.calls.append(("sim", iccid))
        try:
            return SimDetails(self.by_iccid[iccid])
        except KeyError:
            raise UnknownSim(iccid, self.platform) from None

    async def _apply_status(self, sim: Sim, target: str) -> StatusChange:
        self.calls.append(("apply", sim.iccid))
        if sim.iccid in self.failing:
            raise PlatformError("Conflict: the tariff says no")
        self.by_iccid[sim.iccid] = Sim(sim.iccid, target, backend=sim.backend)
        return StatusChange(sim.iccid, sim.status, target, True)
