"""The team's job queue in PostgreSQL (table ``team_job``): desktops enqueue, servers claim.

A server takes the oldest job nobody holds with ``SELECT … FOR UPDATE SKIP LOCKED``, so two
servers never take the same one, and holds it by a lease (:attr:`JobQueue.lease` seconds on
the database's clock, so the servers' clocks do not matter) that it renews while it works
(:meth:`JobQueue.heartbeat`, also by every progress report). A server that dies stops renewing;
once the lease has run out the job is taken again by the next server that asks, and its
runner resumes it (a fleet job skips the SIMs its audit log says are done). Every write is
checked against the holder: a server whose lease was taken over learns so (False) and stops.
A job taken :data:`MAX_ATTEMPTS` times without finishing is given up (``failed``).

Every change of a job row is announced by the team schema's trigger (notice kind ``job``).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import psycopg
from psycopg.rows import dict_row

from cmgui.store.errors import StoreError
from cmgui.store.notify import Connect, connector

#: Seconds a claim holds a job without a heartbeat.
LEASE = 30.0
MAX_ATTEMPTS = 5
STATES = ("queued", "running", "done", "failed", "cancelled")
#: Outcomes of a job item: ``sending`` means "handed on, outcome not yet recorded"; a job taken
#: over from a dead server turns its ``sending`` items ``unknown`` (never sends them again).
ITEM_OUTCOMES = ("pending", "sending", "sent", "failed", "unknown")
FINAL = ("done", "failed", "cancelled")

_NOW = "EXTRACT(EPOCH FROM clock_timestamp())"


@dataclass(frozen=True)
class QueuedJob:
    id: int
    kind: str
    account: str
    payload: dict[str, Any]
    requested_by: str
    state: str
    created_at: int
    updated_at: int
    finished_at: int | None
    claimed_by: str
    attempts: int
    fleet_job_id: int | None
    done: int
    total: int
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "account": self.account,
                "payload": self.payload, "requestedBy": self.requested_by,
                "state": self.state, "created": self.created_at,
                "finished": self.finished_at, "worker": self.claimed_by,
                "attempts": self.attempts, "fleetJob": self.fleet_job_id,
                "done": self.done, "total": self.total, "detail": self.detail}


def _job(row: Mapping[str, Any]) -> QueuedJob:
    try:
        payload = json.loads(row["payload"])
    except ValueError:
        payload = {}
    return QueuedJob(int(row["id"]), row["kind"], row["account"],
                     payload if isinstance(payload, dict) else {}, row["requested_by"],
                     row["state"], int(row["created_at"]), int(row["updated_at"]),
                     row["finished_at"], row["claimed_by"], int(row["attempts"]),
                     row["fleet_job_id"], int(row["done"]), int(row["total"]), row["detail"])


class JobQueue:
    """The ``team_job`` table through one connection (one operation at a time). A lost server
    is a StoreError; the next operation connects again."""

    def __init__(self, url_or_connect: str | Connect, *, lease: float = LEASE) -> None:
        self._connect = (connector(url_or_connect) if isinstance(url_or_connect, str)
                         else url_or_connect)
        self.lease = lease
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._lock = asyncio.Lock()
        self._closing: set[asyncio.Future[None]] = set()

    async def _run(self, sql: str, params: Mapping[str, Any] | tuple[Any, ...] = ()
                   ) -> list[dict[str, Any]]:
        """``sql`` in its own transaction; its rows (if it returns any)."""
        async with self._lock:
            if self._conn is None or self._conn.closed or self._conn.broken:
                self._conn = await self._connect()
            conn = self._conn
            try:
                async with conn.transaction(), conn.cursor(row_factory=dict_row) as cur:
                    await cur.execute(sql, params)
                    return await cur.fetchall() if cur.description is not None else []
            except psycopg.OperationalError as exc:  # the server went away: connect anew
                await conn.close()
                self._conn = None
                reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
                raise StoreError(f"Lost the connection to the store ({reason}).") from None
            except asyncio.CancelledError:  # cut off mid-statement: the connection is spent
                self._conn = None
                closing = asyncio.ensure_future(conn.close())
                self._closing.add(closing)
                closing.add_done_callback(self._closing.discard)
                raise

    async def close(self) -> None:
        async with self._lock:
            if self._conn is not None:
                await self._conn.close()
                self._conn = None

    # --- desktops -----------------------------------------------------------------------

    async def enqueue(self, kind: str, account: str, payload: Mapping[str, Any], *,
                      requested_by: str, total: int = 0, items: Sequence[str] = ()) -> int:
        """A new job; with ``items`` (one target each, e.g. a phone number) its item rows too,
        in the same transaction (see :meth:`take_items`)."""
        sql = (f"INSERT INTO team_job (kind, account, payload, requested_by, total, created_at, "
               f"updated_at) VALUES (%s, %s, %s, %s, %s, {_NOW}::bigint, {_NOW}::bigint) "
               "RETURNING id")
        params: tuple[Any, ...] = (kind, account, json.dumps(dict(payload)), requested_by,
                                   total)
        if items:  # one statement, so the job and its items are one transaction
            sql = (f"WITH job AS ({sql}), item AS (INSERT INTO team_job_item (job_id, seq, "
                   "target) SELECT job.id, t.seq - 1, t.target FROM job, "
                   "unnest(%s::text[]) WITH ORDINALITY AS t(target, seq)) SELECT id FROM job")
            params = (*params, list(items))
        rows = await self._run(sql, params)
        return int(rows[0]["id"])

    async def cancel(self, job_id: int) -> bool:
        """Cancel a job no server has taken yet; False if it was taken or is over."""
        rows = await self._run(
            f"UPDATE team_job SET state = 'cancelled', updated_at = {_NOW}::bigint, "
            f"finished_at = {_NOW}::bigint WHERE id = %s AND state = 'queued' RETURNING id",
            (job_id,))
        return bool(rows)

    async def job(self, job_id: int) -> QueuedJob | None:
        rows = await self._run("SELECT * FROM team_job WHERE id = %s", (job_id,))
        return _job(rows[0]) if rows else None

    async def jobs(self, limit: int = 50) -> list[QueuedJob]:
        rows = await self._run("SELECT * FROM team_job ORDER BY id DESC LIMIT %s", (limit,))
        return [_job(r) for r in rows]

    # --- servers ------------------------------------------------------------------------

    async def claim(self, worker: str) -> QueuedJob | None:
        """Take the oldest job that is queued or whose holder's lease ran out; None if none."""
        await self._run(
            f"UPDATE team_job SET state = 'failed', updated_at = {_NOW}::bigint, "
            f"finished_at = {_NOW}::bigint, detail = 'given up after ' || attempts || "
            "' attempts (the server running it stopped each time)' WHERE state = 'running' "
            f"AND lease_until < {_NOW} AND attempts >= %s", (MAX_ATTEMPTS,))
        rows = await self._run(
            f"UPDATE team_job SET state = 'running', claimed_by = %(worker)s, "
            f"attempts = attempts + 1, lease_until = {_NOW} + %(lease)s, "
            f"updated_at = {_NOW}::bigint WHERE id = ("
            "  SELECT id FROM team_job WHERE state = 'queued' OR (state = 'running' AND "
            f"  lease_until < {_NOW}) ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) "
            "RETURNING *", {"worker": worker, "lease": self.lease})
        return _job(rows[0]) if rows else None

    async def heartbeat(self, job_id: int, worker: str) -> bool:
        """Renew the lease; False when this worker no longer holds the job."""
        rows = await self._run(
            f"UPDATE team_job SET lease_until = {_NOW} + %s WHERE id = %s AND "
            "claimed_by = %s AND state = 'running' RETURNING id", (self.lease, job_id, worker))
        return bool(rows)

    async def progress(self, job_id: int, worker: str, done: int, total: int, *,
                       fleet_job_id: int | None = None) -> bool:
        """Record progress (and renew the lease); False when the job is no longer ours."""
        rows = await self._run(
            f"UPDATE team_job SET done = %s, total = %s, lease_until = {_NOW} + %s, "
            f"fleet_job_id = COALESCE(%s, fleet_job_id), updated_at = {_NOW}::bigint "
            "WHERE id = %s AND claimed_by = %s AND state = 'running' RETURNING id",
            (done, total, self.lease, fleet_job_id, job_id, worker))
        return bool(rows)

    async def finish(self, job_id: int, worker: str, state: str, detail: str = "") -> bool:
        if state not in FINAL:
            raise ValueError(state)
        rows = await self._run(
            f"UPDATE team_job SET state = %s, detail = %s, updated_at = {_NOW}::bigint, "
            f"finished_at = {_NOW}::bigint, lease_until = NULL WHERE id = %s "
            "AND claimed_by = %s AND state = 'running' RETURNING id",
            (state, detail, job_id, worker))
        return bool(rows)

    # --- items (jobs that must never repeat one) ------------------------------------------

    async def items(self, job_id: int) -> list[JobItem]:
        rows = await self._run("SELECT * FROM team_job_item WHERE job_id = %s ORDER BY seq",
                               (job_id,))
        return [JobItem(int(r["seq"]), r["target"], r["outcome"], r["detail"]) for r in rows]

    async def take_items(self, job_id: int, worker: str, seqs: Sequence[int]) -> list[int]:
        """Mark those of ``seqs`` still pending ``sending`` if ``worker`` holds the job (its row
        locked meanwhile, so a server taking the job over sees them); the seqs marked."""
        rows = await self._run(
            "WITH held AS (SELECT id FROM team_job WHERE id = %(job)s AND claimed_by = "
            "%(worker)s AND state = 'running' FOR UPDATE) "
            f"UPDATE team_job_item SET outcome = 'sending', updated_at = {_NOW}::bigint "
            "WHERE job_id IN (SELECT id FROM held) AND seq = ANY(%(seqs)s) "
            "AND outcome = 'pending' RETURNING seq",
            {"job": job_id, "worker": worker, "seqs": list(seqs)})
        return sorted(int(r["seq"]) for r in rows)

    async def record_items(self, job_id: int, outcomes: Mapping[int, tuple[str, str]]) -> None:
        """Record ``seq → (outcome, detail)`` of items taken (:meth:`take_items`)."""
        if not outcomes:
            return
        seqs = list(outcomes)
        await self._run(
            f"UPDATE team_job_item AS i SET outcome = v.outcome, detail = v.detail, "
            f"updated_at = {_NOW}::bigint FROM unnest(%s::int[], %s::text[], %s::text[]) "
            "AS v(seq, outcome, detail) WHERE i.job_id = %s AND i.seq = v.seq "
            "AND i.outcome <> 'pending'",
            (seqs, [outcomes[q][0] for q in seqs], [outcomes[q][1] for q in seqs], job_id))

    async def unknown_items(self, job_id: int, worker: str, detail: str) -> int:
        """Turn the ``sending`` items of a job taken over (``worker`` holds it now) into
        ``unknown``; how many."""
        rows = await self._run(
            "WITH held AS (SELECT id FROM team_job WHERE id = %s AND claimed_by = %s "
            "AND state = 'running' FOR UPDATE) "
            f"UPDATE team_job_item SET outcome = 'unknown', detail = %s, "
            f"updated_at = {_NOW}::bigint WHERE job_id IN (SELECT id FROM held) "
            "AND outcome = 'sending' RETURNING seq", (job_id, worker, detail))
        return len(rows)


@dataclass(frozen=True)
class JobItem:
    seq: int
    target: str
    outcome: str
    detail: str

    def to_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "target": self.target, "outcome": self.outcome,
                "detail": self.detail}
