"""A desktop's hand on the team's job queue: queue work for the team's poller and watch it.

On a shared PostgreSQL store a desktop need not do a long bulk job itself: it queues it
(``team_job``) and the team's ``cmcli serve --team`` runs it, even after the desktop is closed;
every desktop sees the jobs move (their notices reach :mod:`cmgui.service.team_live`). Roles
apply as everywhere: a viewer may not queue (``NotAllowed``). Used by cmcli (``gateway send
--queue``, ``fleet set-status --queue``, ``jobs``) and by the app's gateway page.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import TYPE_CHECKING

from cmgui.service.fleet import FleetError
from cmgui.service.gateway import Recipient
from cmgui.service.team import Team, enqueue_bulk_sms, enqueue_status_change
from cmgui.store.engine import is_shared, open_database, resolve_url
from cmgui.store.errors import StoreError

if TYPE_CHECKING:
    from cmgui.store.engine import Database
    from cmgui.store.job_queue import JobQueue, QueuedJob

__all__ = ["FAILURES", "TeamJobs", "in_use", "need_shared", "shared_url"]


def shared_url() -> str:
    """The store in use, which must be a shared (PostgreSQL) one (FleetError otherwise)."""
    url = resolve_url()
    need_shared(url)
    return url


def need_shared(url: str) -> None:
    if not is_shared(url):
        raise FleetError("teams, roles and queued jobs need a shared PostgreSQL store: "
                         "cmcli --store postgresql://HOST/DATABASE … (or set CMGUI_STORE); "
                         "see docs/team.md")


#: What queueing, listing or cancelling raises, each said in the user's terms (one sentence):
#: a role that may not (``NotAllowed``), a job that is not there, a store out of reach.
FAILURES: tuple[type[Exception], ...] = (FleetError, StoreError)


class TeamJobs:
    """The job queue of the shared store at ``url``, for ``user`` (default: the database's or
    the operating system's user name). Opens its connections on first use; :meth:`close`.
    What fails raises one of :data:`FAILURES`."""

    def __init__(self, url: str, user: str = "") -> None:
        need_shared(url)
        self.url = url
        self.user = user
        self._db: Database | None = None
        self._queue: JobQueue | None = None

    async def _team(self) -> Team:
        from cmgui.store.team import TeamStore

        if self._db is None:
            self._db = await asyncio.to_thread(open_database, self.url)
        return Team(TeamStore(self._db), self.user)

    def queue(self) -> JobQueue:
        if self._queue is None:
            from cmgui.store.job_queue import JobQueue

            self._queue = JobQueue(self.url)
        return self._queue

    async def queue_bulk_sms(self, gateway: str, text: str, recipients: Sequence[Recipient], *,
                             ports: Sequence[int] = (), report: bool = False) -> QueuedJob:
        """Queue a gateway bulk SMS (operators and admins); the job as queued."""
        job_id = await enqueue_bulk_sms(self.queue(), await self._team(), gateway, text,
                                        recipients, ports=ports, report=report)
        return await self._job(job_id)

    async def queue_status_change(self, account: str, status: str,
                                  iccids: Sequence[str]) -> QueuedJob:
        """Queue a bulk SIM status change (operators and admins); the job as queued."""
        job_id = await enqueue_status_change(self.queue(), await self._team(), account,
                                             status, iccids)
        return await self._job(job_id)

    async def jobs(self, limit: int = 50) -> list[QueuedJob]:
        """The newest jobs first."""
        return await self.queue().jobs(limit)

    async def cancel(self, job_id: int) -> bool:
        """Cancel a job no poller has taken yet (operators and admins); False if too late."""
        await (await self._team()).require("cancel jobs")
        return await self.queue().cancel(job_id)

    async def _job(self, job_id: int) -> QueuedJob:
        job = await self.queue().job(job_id)
        if job is None:  # pragma: no cover - the row was just written
            raise FleetError(f"job {job_id} vanished from the queue")
        return job

    async def close(self) -> None:
        queue, self._queue = self._queue, None
        db, self._db = self._db, None
        if queue is not None:
            await queue.close()
        if db is not None:
            db.close()


def in_use() -> TeamJobs | None:
    """The job queue of the store in use (``$CMGUI_STORE``, the store setting); None on the
    one-person SQLite store, which has no team to hand work to."""
    url = resolve_url()
    return TeamJobs(url) if is_shared(url) else None
