"""The team's queued jobs, for the pages that hand work to the team's poller.

On a shared PostgreSQL store the gateway page can queue a bulk SMS instead of sending it from
this computer: the team's ``cmcli serve --team`` sends it, even once this desktop is closed
(docs/team.md). :class:`TeamJobsController` keeps the list of the team's jobs (reloaded when
the store's notices say a job moved: AppController connects the team's ``jobsChanged``),
queues and cancels. On the one-person SQLite store it is not :attr:`available` and does
nothing.
"""

from __future__ import annotations

from collections.abc import Coroutine, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from cmgui.controllers.errors import user_message
from cmgui.controllers.models import Column, RecordTableModel, when_text
from cmgui.controllers.tasks import AsyncOperation
from cmgui.i18n import noop, translate
from cmgui.service.fleet import FleetError
from cmgui.service.gateway import Recipient
from cmgui.service.team import FLEET_SET_STATUS, GATEWAY_SEND
from cmgui.service.team_jobs import FAILURES, TeamJobs

Job = dict[str, Any]  # QueuedJob.to_json()

_STATE_TEXT = {
    "queued": noop("TeamJobs", "waiting for the team's server"),
    "running": noop("TeamJobs", "running"),
    "done": noop("TeamJobs", "done"),
    "failed": noop("TeamJobs", "failed"),
    "cancelled": noop("TeamJobs", "cancelled"),
}


def state_text(state: str) -> str:
    text = _STATE_TEXT.get(state)
    return translate("TeamJobs", text) if text else state


def what_text(job: Job) -> str:
    if job["kind"] == GATEWAY_SEND:
        return translate("TeamJobs", "Bulk SMS")
    if job["kind"] == FLEET_SET_STATUS:
        return translate("TeamJobs", "SIM status to %1").replace(
            "%1", str(job["payload"].get("status", "")))
    return str(job["kind"])


def _when(seconds: int | None) -> str:
    return when_text(datetime.fromtimestamp(seconds, UTC)) if seconds else ""


class TeamJobModel(RecordTableModel[Job]):
    """The team's queued jobs, newest first."""

    columns = (
        Column[Job](noop("Models", "Job"), lambda j: str(j["id"]), sort=lambda j: j["id"],
                    align_right=True),
        Column[Job](noop("Models", "What"), what_text),
        Column[Job](noop("Models", "For"), lambda j: str(j["account"])),
        Column[Job](noop("Models", "Who"), lambda j: str(j["requestedBy"])),
        Column[Job](noop("Models", "When"), lambda j: _when(j["created"]),
                    sort=lambda j: j["created"]),
        Column[Job](noop("Models", "State"), lambda j: state_text(str(j["state"]))),
        Column[Job](noop("Models", "Done"),
                    lambda j: f"{j['done']}/{j['total']}" if j["total"] else "",
                    sort=lambda j: (j["done"], j["total"]), align_right=True),
        Column[Job](noop("Models", "Detail"), lambda j: str(j["detail"])),
    )

    def key(self, record: Job) -> Any:
        return record["id"]


class TeamJobsController(QObject):
    """See the module docstring.

    Signals:
        jobsChanged(): the job list was reloaded (``model``).
        queued(int): a job was queued (its id); the list follows.
        errorOccurred(str): queueing, cancelling or reading the jobs failed, in the user's
            terms (a viewer may not queue: the reason says so).
    """

    jobsChanged = Signal()
    queued = Signal(int)
    errorOccurred = Signal(str)

    def __init__(self, jobs: TeamJobs | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.jobs = jobs
        self.model = TeamJobModel(self)
        self._operations: set[AsyncOperation] = set()

    @property
    def available(self) -> bool:
        """Whether the store in use is a team's (jobs can be queued)."""
        return self.jobs is not None

    def _run(self, coro: Coroutine[Any, Any, Any], label: str,
             done: Any = None) -> AsyncOperation:
        """``coro`` as an operation; a refusal (a role that may not, a job not waiting, a store
        away) ends it with the result None, its text in the operation's ``error`` and said on
        ``errorOccurred``."""
        started: list[AsyncOperation] = []

        async def guarded() -> Any:
            try:
                return await coro
            except FAILURES as err:  # a refusal in the user's terms (a role's, translated)
                said = user_message(err) if isinstance(err, FleetError) else str(err)
            started[0].error = said
            self.errorOccurred.emit(said)
            return None

        op = AsyncOperation(guarded(), label=label, parent=self)
        started.append(op)
        self._operations.add(op)
        op.failed.connect(self.errorOccurred)
        if done is not None:
            op.succeeded.connect(done)

        def ended() -> None:
            self._operations.discard(op)
            op.deleteLater()

        op.finished.connect(ended)
        return op

    def reload(self) -> AsyncOperation | None:
        jobs = self.jobs
        if jobs is None:
            return None

        async def read() -> list[Job]:
            return [j.to_json() for j in await jobs.jobs()]

        def done(rows: list[Job] | None) -> None:
            if rows is not None:
                self.model.set_records(rows)
                self.jobsChanged.emit()

        return self._run(read(), self.tr("Reading the team's jobs"), done)

    def queue_bulk_sms(self, gateway: str, text: str, recipients: Sequence[Recipient], *,
                       ports: Sequence[int] = (), report: bool = False) -> AsyncOperation | None:
        """Queue a bulk SMS on ``gateway`` for the team's server."""
        jobs = self.jobs
        if jobs is None or not gateway or not text or not recipients:
            return None
        wanted = list(recipients)

        async def queue() -> int:
            job = await jobs.queue_bulk_sms(gateway, text, wanted, ports=ports, report=report)
            return job.id

        return self._run(queue(), self.tr("Queueing %n message(s)", "", len(wanted)),
                         self._queued)

    def queue_status_change(self, account: str, status: str,
                            iccids: Sequence[str]) -> AsyncOperation | None:
        """Queue a bulk SIM status change on ``account`` for the team's server."""
        jobs = self.jobs
        if jobs is None or not account or not iccids:
            return None
        wanted = list(iccids)

        async def queue() -> int:
            job = await jobs.queue_status_change(account, status, wanted)
            return job.id

        return self._run(queue(), self.tr("Queueing the status change of %n SIM(s)", "",
                                          len(wanted)), self._queued)

    def _queued(self, job_id: int | None) -> None:
        if job_id is not None:
            self.queued.emit(job_id)
            self.reload()

    def cancel(self, job_id: int) -> AsyncOperation | None:
        """Cancel a job no server has taken yet (one taken runs to its end)."""
        jobs = self.jobs
        if jobs is None:
            return None

        async def cancel() -> bool:
            if not await jobs.cancel(job_id):
                self.errorOccurred.emit(self.tr(
                    "Job %1 is no longer waiting for the team's server; only a waiting job can "
                    "be cancelled.").replace("%1", str(job_id)))
                return False
            return True

        return self._run(cancel(), self.tr("Cancelling the job"), lambda _ok: self.reload())

    async def close(self) -> None:
        for op in list(self._operations):
            op.cancel()
        if self.jobs is not None:
            await self.jobs.close()
