"""Bulk status changes as audited, resumable jobs.

A job is written to the audit log (who, when, what, the SIMs) before the first request; each
SIM's outcome is written as it comes. A job cut off midway (crash, Ctrl+C, cancel) is resumed by
id: SIMs whose change succeeded (or that already had the status, or that the table refused) are
never touched again; the others are looked up afresh, so one whose change went through before the
cut is found with its new status and left alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import csv
import io
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cmgui.service.fleet import (
    Fleet,
    FleetError,
    Sim,
    TransitionRefused,
    parse_status,
)
from cmgui.service.fleet_cache import SimCache
from cmgui.service.team import Guard, guard_for, os_user
from cmgui.store.fleet import FleetStore, Job

SET_STATUS = "set-status"
#: SIMs changed at once; the platform module's pacing keeps them within the rate limit.
CONCURRENCY = 8


@dataclass(frozen=True)
class ItemResult:
    seq: int
    iccid: str
    outcome: str  # ok | unchanged | refused | failed
    before: str = ""
    after: str = ""
    detail: str = ""

    @property
    def succeeded(self) -> bool:
        return self.outcome in ("ok", "unchanged")

    def to_json(self) -> dict[str, Any]:
        return {"ICCID": self.iccid, "outcome": self.outcome, "before": self.before or None,
                "after": self.after or None, "detail": self.detail}


@dataclass(frozen=True)
class JobReport:
    job_id: int
    state: str
    results: tuple[ItemResult, ...]

    @property
    def failed(self) -> list[ItemResult]:
        return [r for r in self.results if r.outcome in ("failed", "refused")]


Progress = Callable[[ItemResult, int, int], None]


def who() -> str:
    """Who runs this process: ``$CMGUI_USER``, else the OS user."""
    return os.environ.get("CMGUI_USER", "").strip() or os_user()


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def effective_state(job: Job) -> str:
    """``interrupted`` for a job still marked running whose process is gone."""
    if job.state == "running" and (job.host != socket.gethostname() or not _alive(job.pid)):
        return "interrupted"
    return job.state


def job_json(job: Job) -> dict[str, Any]:
    return {
        "id": job.id, "account": job.account, "action": job.action, "argument": job.argument,
        "user": job.user, "host": job.host, "created": job.created_at,
        "finished": job.finished_at, "state": effective_state(job), "total": job.total,
        "counts": dict(sorted(job.counts.items())), "remaining": job.remaining,
        "resumable": effective_state(job) in ("interrupted", "cancelled") and job.remaining > 0,
    }


class StatusJobs:
    """Runs set-status jobs of one account against its Fleet, recording them in the store."""

    def __init__(self, fleet: Fleet, store: FleetStore, account: str, *,
                 concurrency: int = CONCURRENCY, cache: SimCache | None = None,
                 guard: Guard | None = None) -> None:
        self.fleet = fleet
        #: The team's role check (a shared store): a viewer may not change SIM states.
        self.guard = guard if guard is not None else guard_for(store.db)
        self.store = store
        self.account = account
        self.concurrency = max(1, concurrency)
        self.cache = cache or SimCache(store, account)

    async def start(self, status: str, iccids: list[str],
                    progress: Progress | None = None) -> JobReport:
        """Record a new job for ``iccids`` and run it."""
        target = parse_status(status)
        wanted = list(dict.fromkeys(i.strip() for i in iccids if i.strip()))
        if not wanted:
            raise FleetError("no ICCID given")
        user = await self.guard("change SIM states") if self.guard is not None else who()
        job_id = await asyncio.to_thread(
            self.store.create_job, self.account, SET_STATUS, target, wanted, user=user,
            host=socket.gethostname(), pid=os.getpid())
        return await self._run(job_id, target, progress)

    async def resume(self, job_id: int, progress: Progress | None = None) -> JobReport:
        if self.guard is not None:
            await self.guard("change SIM states")
        job = await asyncio.to_thread(self.store.job, job_id)
        if job is None or job.account != self.account:
            raise FleetError(f"no job {job_id} for the account {self.account!r}")
        state = effective_state(job)
        if state == "running":
            raise FleetError(f"job {job_id} is still running (process {job.pid} on {job.host})")
        if job.action != SET_STATUS:
            raise FleetError(f"job {job_id} ({job.action}) cannot be resumed by this version")
        await asyncio.to_thread(self.store.claim_job, job_id, host=socket.gethostname(),
                                pid=os.getpid())
        return await self._run(job_id, job.argument, progress)

    async def _run(self, job_id: int, target: str, progress: Progress | None) -> JobReport:
        items = await asyncio.to_thread(self.store.items, job_id, undone_only=True)
        total = len(items)
        results: list[ItemResult] = []
        state = "cancelled"
        try:
            current = await self.fleet.lookup([i.iccid for i in items])
            semaphore = asyncio.Semaphore(self.concurrency)

            async def one(seq: int, iccid: str) -> None:
                async with semaphore:
                    result = await self._one(job_id, seq, iccid, target, current.get(iccid))
                results.append(result)
                if progress is not None:
                    progress(result, len(results), total)

            await asyncio.gather(*(one(i.seq, i.iccid) for i in items))
            state = "done"
        finally:
            with contextlib.suppress(Exception):
                await asyncio.shield(asyncio.to_thread(self.store.finish_job, job_id, state))
        results.sort(key=lambda r: r.seq)
        return JobReport(job_id, state, tuple(results))

    async def _one(self, job_id: int, seq: int, iccid: str, target: str,
                   sim: Sim | None) -> ItemResult:
        if sim is None:
            result = ItemResult(seq, iccid, "failed",
                                detail=f"no SIM with ICCID {iccid} on this platform")
        else:
            await asyncio.to_thread(self.store.mark_item, job_id, seq, "sent",
                                    before=sim.status)
            try:
                change = await self.fleet.set_status(iccid, target, current=sim)
            except TransitionRefused as err:
                result = ItemResult(seq, iccid, "refused", sim.status, "", err.reason)
            except FleetError as err:
                result = ItemResult(seq, iccid, "failed", sim.status, "", str(err))
            else:
                result = ItemResult(seq, iccid, "ok" if change.changed else "unchanged",
                                    change.before, change.after, change.detail)
                with contextlib.suppress(Exception):
                    await self.cache.set_status(iccid, change.after)
        await asyncio.to_thread(self.store.mark_item, job_id, seq, result.outcome,
                                before=result.before, after=result.after, detail=result.detail)
        return result


def read_iccid_csv(text: str) -> list[str]:
    """ICCIDs from a CSV: the ``ICCID`` column if there is a header naming it, else the first
    column; blank lines and ``#`` comments skipped."""
    rows = [r for r in csv.reader(io.StringIO(text)) if r and r[0].strip()
            and not r[0].lstrip().startswith("#")]
    if not rows:
        return []
    header = [c.strip().casefold() for c in rows[0]]
    column = header.index("iccid") if "iccid" in header else 0
    if "iccid" in header or not any(ch.isdigit() for ch in rows[0][0]):
        rows = rows[1:]
    return [r[column].strip() for r in rows if len(r) > column and r[column].strip()]
