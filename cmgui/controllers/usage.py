"""Data usage of the current SIM: billing-period totals against the plan's limits, limit warnings,
and the plan itself (kept by the host's store: :mod:`cmgui.service.usage_view`)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.tasks import AsyncOperation
from cmgui.service.device import Device
from cmgui.service.usage_view import Usage, UsagePlan, UsageView, sim_key, usage_view

__all__ = ["Usage", "UsageController", "UsagePlan", "parse_thresholds", "usage_level"]

#: Totals are read again at most this often while bytes flow.
REFRESH_SECONDS = 5.0


def usage_level(used: int, limit: int | None, thresholds: tuple[int, ...]) -> str:
    """"normal", "warning" (the first threshold reached) or "critical" (the last one)."""
    if not limit or not thresholds:
        return "normal"
    percent = used * 100 / limit
    if percent >= max(thresholds):
        return "critical"
    return "warning" if percent >= min(thresholds) else "normal"


def parse_thresholds(text: str) -> tuple[int, ...]:
    """"80, 100" -> (80, 100); ValueError with a message the user can act on."""
    try:
        values = tuple(sorted({int(part) for part in text.replace(";", ",").split(",")
                               if part.strip()}))
    except ValueError:
        raise ValueError(
            "Warnings are whole percentages separated by commas, like 80, 100.") from None
    if any(not 0 < v <= 1000 for v in values):
        raise ValueError("Warning thresholds are percentages between 1 and 1000.")
    return values


class UsageController(PageController):
    """This billing period's usage of the current SIM against its plan.

    Signals:
        usageChanged(): the totals or the plan were read again.
        thresholdCrossed(bool, int, int, int, bool): roaming, threshold (%), bytes used, limit,
            and whether the plan disconnects now (from the device's UsageThresholdCrossed
            event).
    """

    usageChanged = Signal()
    thresholdCrossed = Signal(bool, int, int, int, bool)

    def __init__(
        self, parent: QObject | None = None, *,
        views: Callable[[Device], UsageView | None] = usage_view,
    ) -> None:
        super().__init__(parent)
        self.usage: Usage | None = None
        self.plan = UsagePlan()
        self._views = views
        self._view: UsageView | None = None
        self._sim = ""
        self._last_read = 0.0

    @property
    def sim(self) -> str:
        """The key usage is counted under ("" without a device or before the SIM answers)."""
        dc = self.device
        return "" if dc is None else sim_key(dc.status.imsi, dc.status.iccid)

    @property
    def available(self) -> bool:
        """Whether there is a plan to show and edit (the host's stores serve a known SIM)."""
        return self._view is not None and bool(self.sim)

    def attach(self, device: DeviceController) -> None:
        self._view = self._views(device.device)
        device.usageThresholdCrossed.connect(self._on_crossed)
        device.trafficChanged.connect(self._on_traffic)
        device.statusChanged.connect(self._on_status)
        self.refresh()

    def detach(self, device: DeviceController) -> None:
        device.usageThresholdCrossed.disconnect(self._on_crossed)
        device.trafficChanged.disconnect(self._on_traffic)
        device.statusChanged.disconnect(self._on_status)
        self._view = None
        self.usage = None
        self.plan = UsagePlan()
        self._sim = ""
        self.usageChanged.emit()

    def refresh(self) -> None:
        """Read the plan and this period's totals (two small SQLite reads)."""
        view, sim = self._view, self.sim
        self._sim = sim
        self._last_read = time.monotonic()
        if view is None or not sim:
            self.usage, self.plan = None, UsagePlan()
        else:
            self.plan = view.plan(sim)
            self.usage = view.usage(sim)
        self.usageChanged.emit()

    def _on_status(self) -> None:
        if self.sim != self._sim:  # the SIM was unlocked or changed
            self.refresh()

    def _on_traffic(self, *_args: int) -> None:
        if time.monotonic() - self._last_read >= REFRESH_SECONDS:
            self.refresh()

    def _on_crossed(self, roaming: bool, threshold: int, used: int, limit: int,
                    disconnecting: bool) -> None:
        self.refresh()
        self.thresholdCrossed.emit(roaming, threshold, used, limit, disconnecting)

    def level(self, roaming: bool = False) -> str:
        if self.usage is None:
            return "normal"
        used = self.usage.roaming if roaming else self.usage.home
        limit = self.plan.roaming_limit if roaming else self.plan.home_limit
        return usage_level(used, limit, self.plan.thresholds)

    @staticmethod
    def make_plan(billing_day: int, home_limit: int | None, roaming_limit: int | None,
                  thresholds: str, disconnect_at_limit: bool) -> UsagePlan:
        """A plan from what the user entered (limits in bytes, None: none; ``thresholds`` as
        typed); ValueError in the user's terms when it is not valid."""
        return UsagePlan(billing_day, home_limit, roaming_limit, parse_thresholds(thresholds),
                         disconnect_at_limit)

    def save_plan(self, plan: UsagePlan) -> AsyncOperation:
        """Store ``plan`` for the current SIM (CMAPI has no call for it: the host keeps it)."""
        view, sim = self._view, self.sim
        if view is None or not sim:
            raise RuntimeError("no SIM whose plan could be saved")

        async def go() -> None:
            await view.set_plan(sim, plan)
            self.refresh()

        return self.run(go(), label=self.tr("Saving the data plan"))
