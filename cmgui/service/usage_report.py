"""Usage per SIM for the current billing period, as shown by ``cmcli usage`` and the app."""

from __future__ import annotations

from datetime import date
from typing import Any

from cmgui.store.stats import ConnectionLog, Usage, UsagePlan


def _side(up: int, down: int, limit: int | None) -> dict[str, Any]:
    total = up + down
    return {
        "bytesSent": up, "bytesReceived": down, "total": total, "limit": limit,
        "percent": round(total * 100 / limit, 1) if limit else None,
    }


def usage_entry(usage: Usage, plan: UsagePlan) -> dict[str, Any]:
    """The ``cmcli usage --json`` object of one SIM (docs/cli.md)."""
    return {
        "sim": usage.sim,
        "periodStart": usage.period.start.isoformat(),
        "periodEnd": usage.period.end.isoformat(),
        "billingDay": plan.billing_day,
        "home": _side(usage.home_up, usage.home_down, plan.home_limit),
        "roaming": _side(usage.roaming_up, usage.roaming_down, plan.roaming_limit),
        "thresholds": list(plan.thresholds),
        "disconnectAtLimit": plan.disconnect_at_limit,
    }


def usage_report(connections: ConnectionLog, *, sim: str | None = None,
                 on: date | None = None) -> list[dict[str, Any]]:
    """The entries of ``sim``, or of every SIM with usage or a plan."""
    sims = [sim] if sim else connections.known_sims()
    return [usage_entry(connections.usage(s, on=on), connections.plan(s)) for s in sims]
