"""A SIM's data usage as the app shows it: this billing period's totals against the SIM's plan,
from the host's connection log of the device (:class:`cmgui.store.stats.ConnectionLog`).

Usage is counted per SIM (:func:`sim_key`), by the host's stores, for the devices they serve
(:func:`usage_view`); a device served without them has no usage to show. CMAPI has no call for
a plan: the host keeps it.
"""

from __future__ import annotations

from cmgui.service.device import Device
from cmgui.service.host import stores_of
from cmgui.store.stats import ConnectionLog, Usage, UsagePlan, sim_of

__all__ = ["Usage", "UsagePlan", "UsageView", "sim_key", "usage_view"]


def sim_key(imsi: str, iccid: str) -> str:
    """The key usage is counted under ("" while neither the IMSI nor the ICCID is known)."""
    if not (imsi or iccid):
        return ""
    return sim_of(imsi or None, iccid or None)


class UsageView:
    """Plans and this period's usage of SIMs, from one connection log."""

    def __init__(self, log: ConnectionLog) -> None:
        self._log = log

    def plan(self, sim: str) -> UsagePlan:
        return self._log.plan(sim)

    def usage(self, sim: str) -> Usage:
        return self._log.usage(sim)

    async def set_plan(self, sim: str, plan: UsagePlan) -> None:
        await self._log.set_plan(sim, plan)


def usage_view(device: Device) -> UsageView | None:
    """The usage of ``device``'s SIMs, when the host's stores serve it (else None)."""
    stores = stores_of(device)
    return None if stores is None else UsageView(stores.connections)
