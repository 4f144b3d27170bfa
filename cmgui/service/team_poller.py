"""One poller for the team: the process (``cmcli serve --team``) that owns the upstream work of
a shared PostgreSQL store.

- :class:`JobWorker` takes queued jobs (``cmgui.store.job_queue``) one at a time, keeps its lease
  while it works and hands the job to the runner for its kind. It wakes on the ``job`` notice
  of a new job and, between notices, looks every half lease for jobs whose server died.
- :class:`FleetRunner` runs ``fleet-set-status`` jobs as the fleet's audited bulk jobs
  (``cmgui.service.fleet_jobs``) under the name of who enqueued them; a job taken over from a
  dead server resumes its audit-log job, so no SIM that was done is touched again.
- :class:`GatewayRunner` runs ``gateway-send`` jobs (a queued bulk SMS) in batches, each
  recipient marked ``sending`` before its batch goes out and given its outcome when the batch
  is over; a job taken over from a dead server reports the recipients it left ``sending`` as
  ``unknown`` and never sends them again.
- :class:`Upstream` polls each fleet account's SIM list and each saved gateway's inbound SMS
  on an interval, with one ``Fleet`` per account shared with the jobs, so the platform's
  pacing (1NCE: 10 requests/s per organisation) covers all the team's traffic.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cmgui.cmapi.errors import CmapiError
from cmgui.service.fleet import Fleet, FleetError, parse_status
from cmgui.service.fleet_accounts import FleetAccounts
from cmgui.service.fleet_cache import sim_row
from cmgui.service.fleet_jobs import SET_STATUS, ItemResult, StatusJobs
from cmgui.service.fleet_registry import FLEETS, FleetRegistry
from cmgui.service.gateway import (
    BulkProgress,
    Gateway,
    Recipient,
    RecipientResult,
    open_gateway,
)
from cmgui.service.saved_devices import GATEWAY, SavedDevices
from cmgui.service.team import FLEET_SET_STATUS, GATEWAY_SEND, recipients_of
from cmgui.store.engine import Database
from cmgui.store.errors import StoreError
from cmgui.store.fleet import FleetStore
from cmgui.store.job_queue import LEASE, JobItem, JobQueue, QueuedJob
from cmgui.store.notify import RESYNC, Listener

log = logging.getLogger(__name__)

#: progress(done, total, fleet_job_id): record progress; False when the lease was lost.
Progress = Callable[[int, int, "int | None"], Awaitable[None]]
#: A runner does one job; returns (final state, one-line detail).
Runner = Callable[[QueuedJob, Progress], Awaitable[tuple[str, str]]]


class LeaseLost(Exception):
    """Another server took the job over (this one was too slow to renew its lease)."""


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


@dataclass
class _Pending:
    done: int = 0
    total: int = 0
    fleet_job_id: int | None = None
    stopping: bool = False


class JobWorker:
    """Claims and runs queued jobs until :meth:`stop`."""

    def __init__(self, queue: JobQueue, runners: Mapping[str, Runner], *,
                 name: str | None = None) -> None:
        self.queue = queue
        self.runners = dict(runners)
        self.name = name or worker_name()
        self._wake = asyncio.Event()
        self._stopping = False

    def wake(self) -> None:
        """A job may be waiting (called on a ``job`` notice)."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                if await self.run_once():
                    continue
            except StoreError as err:  # the server restarts: its jobs wait for us (leases)
                log.warning("the job queue cannot be read: %s", err)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.queue.lease / 2)

    async def run_once(self) -> bool:
        """Claim one job and run it; False when none was waiting."""
        job = await self.queue.claim(self.name)
        if job is None:
            return False
        log.info("job %d (%s by %s): taken by %s (attempt %d)", job.id, job.kind,
                 job.requested_by, self.name, job.attempts)
        runner = self.runners.get(job.kind)
        if runner is None:
            await self.queue.finish(job.id, self.name, "failed",
                                    f"this server cannot run {job.kind} jobs")
            return True
        pending = _Pending(job.done, job.total, job.fleet_job_id)
        changed = asyncio.Event()
        work = asyncio.create_task(self._work(job, runner, pending, changed))
        keeper = asyncio.create_task(self._keep(job, pending, changed, work))
        try:
            state, detail = await work
        except LeaseLost:
            log.warning("job %d was taken over by another server; left to it", job.id)
            return True
        except asyncio.CancelledError:
            if not keeper.done():  # this worker is being stopped, not overtaken
                raise
            log.warning("job %d was taken over by another server; left to it", job.id)
            return True
        except FleetError as err:
            state, detail = "failed", str(err)
        except Exception as err:  # a bug: keep the server alive, say so in the job
            log.exception("job %d failed", job.id)
            state, detail = "failed", f"internal error: {err}"
        finally:  # let the keeper finish its write: a statement cut off spoils the connection
            pending.stopping = True
            changed.set()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await keeper
        await self.queue.progress(job.id, self.name, pending.done, pending.total,
                                  fleet_job_id=pending.fleet_job_id)
        await self.queue.finish(job.id, self.name, state, detail)
        return True

    async def _work(self, job: QueuedJob, runner: Runner, pending: _Pending,
                    changed: asyncio.Event) -> tuple[str, str]:
        async def progress(done: int, total: int, fleet_job_id: int | None = None) -> None:
            pending.done, pending.total = done, total
            if fleet_job_id is not None:
                pending.fleet_job_id = fleet_job_id
                # the audit job's id must be kept before any SIM is touched (a resume needs it)
                if not await self.queue.progress(job.id, self.name, done, total,
                                                 fleet_job_id=fleet_job_id):
                    raise LeaseLost()
            changed.set()
        return await runner(job, progress)

    async def _keep(self, job: QueuedJob, pending: _Pending, changed: asyncio.Event,
                    work: asyncio.Task[tuple[str, str]]) -> None:
        """Renew the lease (and write progress) every third of it, or when progress moved;
        cancel the work when the lease was lost."""
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(changed.wait(), self.queue.lease / 3)
            changed.clear()
            if pending.stopping:
                return
            try:
                held = await self.queue.progress(job.id, self.name, pending.done,
                                                 pending.total,
                                                 fleet_job_id=pending.fleet_job_id)
            except Exception:  # the database is away: keep working, try again
                log.warning("cannot renew the lease of job %d", job.id, exc_info=True)
                continue
            if not held:
                work.cancel()
                return


class FleetRunner:
    """Runs ``fleet-set-status`` jobs with this machine's fleet accounts, one Fleet per account
    (opened once: its pacing is the team's)."""

    def __init__(self, db: Database, accounts: FleetAccounts | None = None,
                 registry: FleetRegistry = FLEETS, *,
                 opened: Mapping[str, Fleet] | None = None) -> None:
        self.store = FleetStore(db)
        self.accounts = accounts or FleetAccounts()
        self.registry = registry
        #: account → its open Fleet (``opened``: fleets the caller opened already)
        self._fleets: dict[str, Fleet] = dict(opened or {})
        self._lock = asyncio.Lock()

    async def fleet(self, account: str) -> Fleet:
        async with self._lock:
            fleet = self._fleets.get(account)
            if fleet is None:
                fleet = await self.registry.open_saved(self.accounts, account)
                self._fleets[account] = fleet
            return fleet

    def account_names(self) -> list[str]:
        return sorted({a.name for a in self.accounts.list()} | set(self._fleets))

    async def __call__(self, job: QueuedJob, progress: Progress) -> tuple[str, str]:
        target = parse_status(str(job.payload.get("status", "")))
        iccids = [str(i) for i in job.payload.get("iccids", [])]
        if not iccids:
            raise FleetError("the job names no SIM")
        fleet = await self.fleet(job.account)
        fleet_job_id = job.fleet_job_id
        if fleet_job_id is None:
            # pid 0: the audit job belongs to the queue, not to a process (resume below)
            fleet_job_id = await asyncio.to_thread(
                self.store.create_job, job.account, SET_STATUS, target, iccids,
                user=job.requested_by, host=socket.gethostname(), pid=0)
            await progress(0, len(iccids), fleet_job_id)
        undone = len(await asyncio.to_thread(self.store.items, fleet_job_id, undone_only=True))
        before = len(iccids) - undone
        loop = asyncio.get_running_loop()
        pending: set[asyncio.Future[None]] = set()

        def each(_result: ItemResult, done: int, _total: int) -> None:
            task = asyncio.ensure_future(progress(before + done, len(iccids), None), loop=loop)
            pending.add(task)
            task.add_done_callback(pending.discard)

        async def requester(_action: str) -> str:  # the role was checked when it was queued
            return job.requested_by

        report = await StatusJobs(fleet, self.store, job.account, guard=requester).resume(
            fleet_job_id, each)
        if pending:
            await asyncio.gather(*pending)
        failed = len(report.failed)
        ok = len(report.results) - failed + before
        detail = f"{ok} of {len(iccids)} SIMs {target}" + (f", {failed} failed" if failed
                                                            else "")
        return ("done" if report.state == "done" else "failed"), detail

    async def close(self) -> None:
        fleets, self._fleets = list(self._fleets.values()), {}
        for fleet in fleets:
            await fleet.close()


#: Recipients handed to the gateway at once by a queued bulk SMS: a crash leaves at most this
#: many ``unknown`` (the gateway's result queries take 32 at a time).
BATCH = 32
#: The detail of an item a dead server left ``sending``.
UNKNOWN_DETAIL = ("the server sending it stopped before recording the outcome: not sent again; "
                  "see the gateway's task list (cmcli gateway tasks)")
_SENT = ("SENT_OK", "DELIVERED")
_FAILED = ("FAILED", "NOT_SENT")


def _item_outcome(result: RecipientResult) -> tuple[str, str]:
    if result.status in _SENT:
        return "sent", result.status
    if result.status in _FAILED:
        return "failed", result.status
    return "unknown", f"no final result from the gateway ({result.status})"


def bulk_summary(items: list[JobItem]) -> tuple[str, str]:
    """The final state and one-line detail of a ``gateway-send`` job from its items."""
    counts: dict[str, int] = {}
    for item in items:
        counts[item.outcome] = counts.get(item.outcome, 0) + 1
    detail = f"{counts.get('sent', 0)} of {len(items)} sent"
    if counts.get("failed"):
        detail += f", {counts['failed']} failed"
    unknown = [i.target for i in items if i.outcome == "unknown"]
    if unknown:
        shown = ", ".join(unknown[:5]) + (", …" if len(unknown) > 5 else "")
        detail += (f", {len(unknown)} unknown (not sent again: {shown}; "
                   "cmcli jobs items JOB lists them)")
    return ("done" if counts.get("sent", 0) == len(items) else "failed"), detail


class GatewayRunner:
    """Runs ``gateway-send`` jobs with the gateways this machine is logged in to."""

    def __init__(self, queue: JobQueue, *, batch: int = BATCH,
                 opener: Callable[[str], Gateway] = open_gateway) -> None:
        self.queue = queue
        self.batch = max(1, batch)
        self.opener = opener

    async def __call__(self, job: QueuedJob, progress: Progress) -> tuple[str, str]:
        recipients = recipients_of(job.payload)
        text = str(job.payload.get("text", ""))
        ports = tuple(int(p) for p in job.payload.get("ports", []))
        report = bool(job.payload.get("report", False))
        worker = job.claimed_by
        if await self.queue.unknown_items(job.id, worker, UNKNOWN_DETAIL):
            log.warning("job %d: recipients left sending by a stopped server are reported "
                        "unknown, not sent again", job.id)
        items = await self.queue.items(job.id)
        if not items or len(items) != len(recipients):
            raise FleetError("the job's recipients do not match its items")
        pending = [i.seq for i in items if i.outcome == "pending"]
        done = len(items) - len(pending)
        await progress(done, len(items), None)
        if pending:
            try:
                async with self.opener(job.account) as gateway:
                    for start in range(0, len(pending), self.batch):
                        taken = await self.queue.take_items(
                            job.id, worker, pending[start:start + self.batch])
                        if not taken:
                            raise LeaseLost()
                        await self._send(gateway, job.id, taken, text, recipients, ports,
                                         report)
                        done += len(taken)
                        await progress(done, len(items), None)
            except CmapiError as err:
                reason = err.data.get("reason") if isinstance(err.data, dict) else None
                raise FleetError(f"the gateway {job.account}: {reason or err}") from None
        return bulk_summary(await self.queue.items(job.id))

    async def _send(self, gateway: Gateway, job_id: int, taken: list[int], text: str,
                    recipients: list[Recipient], ports: tuple[int, ...], report: bool) -> None:
        """Send one batch; each outcome recorded as it becomes final (and all at the end)."""
        loop = asyncio.get_running_loop()
        writes: set[asyncio.Future[None]] = set()

        def sink(p: BulkProgress) -> None:
            final = {taken[i]: _item_outcome(r) for i, r in p.updates
                     if r.status in _SENT + _FAILED}
            if final:
                write = asyncio.ensure_future(self.queue.record_items(job_id, final), loop=loop)
                writes.add(write)
                write.add_done_callback(writes.discard)

        try:
            outcome = await gateway.send_bulk(text, [recipients[s] for s in taken],
                                              ports=ports, report=report, progress=sink)
        except CmapiError as err:  # the batch may be partly sent: never send it again
            reason = err.data.get("reason") if isinstance(err.data, dict) else None
            await self.queue.record_items(job_id, {s: ("unknown", f"{reason or err}")
                                                   for s in taken})
            raise
        finally:
            if writes:
                await asyncio.gather(*writes, return_exceptions=True)
        await self.queue.record_items(job_id, {
            seq: _item_outcome(result) for seq, result in zip(taken, outcome.results,
                                                              strict=True)})


class Upstream:
    """Polls every fleet account's SIM list and every saved gateway's inbound SMS."""

    def __init__(self, fleets: FleetRunner, *, fleet_interval: float = 900.0,
                 gateway_interval: float = 60.0, saved: SavedDevices | None = None) -> None:
        self.fleets = fleets
        self.fleet_interval = fleet_interval
        self.gateway_interval = gateway_interval
        self.saved = saved or SavedDevices()

    async def poll_fleets(self) -> dict[str, Any]:
        """Read each account's SIMs once; account → count or the error in words."""
        outcome: dict[str, Any] = {}
        for account in self.fleets.account_names():
            try:
                fleet = await self.fleets.fleet(account)
                sims = [s async for s in fleet.sims()]
                outcome[account] = await asyncio.to_thread(
                    self.fleets.store.replace_sims, account, [sim_row(s) for s in sims])
            except FleetError as err:
                log.warning("fleet %s: %s", account, err)
                outcome[account] = str(err)
        return outcome

    async def poll_gateways(self) -> dict[str, Any]:
        """Archive each saved gateway's new inbound SMS once; address → outcome or error."""
        outcome: dict[str, Any] = {}
        for entry in self.saved.entries(GATEWAY):
            try:
                gateway = open_gateway(entry.address)
                async with gateway:
                    outcome[entry.address] = (await gateway.sync_inbound()).to_json()
            except (CmapiError, OSError) as err:
                log.warning("gateway %s: %s", entry.address, err)
                outcome[entry.address] = str(err)
        return outcome

    async def run(self) -> None:
        await asyncio.gather(self._every(self.fleet_interval, self.poll_fleets),
                             self._every(self.gateway_interval, self.poll_gateways))

    @staticmethod
    async def _every(interval: float, poll: Callable[[], Awaitable[object]]) -> None:
        while True:
            try:
                await poll()
            except Exception:  # one bad round must not end the poller
                log.exception("polling failed")
            await asyncio.sleep(interval)


class TeamPoller:
    """Everything ``cmcli serve --team`` runs for a shared store: the job worker (woken by the
    ``job`` notices), and upstream polling unless ``upstream`` is False."""

    def __init__(self, url: str, db: Database, *, lease: float = LEASE,
                 upstream: bool = True, fleet_interval: float = 900.0,
                 gateway_interval: float = 60.0, runner: FleetRunner | None = None) -> None:
        self.url = url
        self.queue = JobQueue(url, lease=lease)
        self.fleets = runner or FleetRunner(db)
        self.gateways = GatewayRunner(self.queue)
        self.worker = JobWorker(self.queue, {FLEET_SET_STATUS: self.fleets,
                                             GATEWAY_SEND: self.gateways})
        self.listener = Listener(url)
        self.upstream = (Upstream(self.fleets, fleet_interval=fleet_interval,
                                  gateway_interval=gateway_interval) if upstream else None)

    async def _wake_on_notice(self) -> None:
        async for change in self.listener.changes():
            if change.kind in ("job", RESYNC):
                self.worker.wake()

    async def run(self) -> None:
        """Run until cancelled; then release everything."""
        tasks = [asyncio.create_task(self._wake_on_notice(), name="cmgui-team-notices"),
                 asyncio.create_task(self.worker.run(), name="cmgui-team-worker")]
        if self.upstream is not None:
            tasks.append(asyncio.create_task(self.upstream.run(), name="cmgui-team-upstream"))
        try:
            await asyncio.gather(*tasks)
        finally:
            self.worker.stop()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.listener.close()
            await self.queue.close()
            await self.fleets.close()
