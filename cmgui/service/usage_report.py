"""Usage per SIM for the current billing period, as shown by ``cmcli usage`` and the app."""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from cmgui.store.db import Database
from cmgui.store.stats import ConnectionLog, Usage, UsagePlan


def known_sims(db: Database) -> list[str]:
    """Every SIM with recorded usage or a plan, in order."""

    def run(conn: sqlite3.Connection) -> list[str]:
        return [r[0] for r in conn.execute(
            "SELECT sim FROM usage_period UNION SELECT sim FROM usage_plan ORDER BY 1")]

    return db.read(run)


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


def usage_report(db: Database, connections: ConnectionLog, *, sim: str | None = None,
                 on: date | None = None) -> list[dict[str, Any]]:
    sims = [sim] if sim else known_sims(db)
    return [usage_entry(connections.usage(s, on=on), connections.plan(s)) for s in sims]
