"""FleetController: the Fleet page's state. Accounts, the SIM table over the account's cache,
filters, refreshes from the platform, bulk status changes as audited jobs (progress, cancel,
result), the audit log, one SIM's details, CDRs and SMS, and CSV export.

Everything that talks to a platform runs as an :class:`AsyncOperation` on the qasync loop; the
SIM table reads only the local cache, so it scrolls without waiting for the network.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from cmgui.controllers.fleet_models import CdrModel, JobModel, PackageModel, SimTableModel
from cmgui.controllers.tasks import AsyncOperation
from cmgui.service.fleet import FleetError, SimDetails, SimFilter
from cmgui.service.fleet_jobs import ItemResult, JobReport, read_iccid_csv
from cmgui.service.fleet_workspace import FleetWorkspace, write_csv

log = logging.getLogger(__name__)

T = TypeVar("T")

#: What the controller expects of its workspace (a FleetWorkspace, or a test double).
Workspace = FleetWorkspace


class FleetController(QObject):
    """The Fleet page's controller.

    Signals:
        accountsChanged(): the saved accounts changed (one added or removed).
        accountChanged(str): another account (or none, "") is now shown.
        simsChanged(int): the SIM table was read again; the count of SIMs it shows.
        refreshed(int): a refresh from the platform ended; how many SIMs the platform has.
        busyChanged(bool): an operation started or the last one ended.
        errorOccurred(str): something failed, in the user's terms.
        jobProgress(int, int, object): a bulk job finished one SIM: done, total, its ItemResult.
        jobFinished(object): a bulk job ended: its JobReport.
        jobsChanged(): the audit log changed.
        detailsReady(object): the SimDetails of the selected SIM.
        cdrsReady(int): the CDR model holds the selected SIM's records (how many).
        smsSent(str, str): an SMS went to a SIM: ICCID, message id.
        exported(str, int): a CSV was written: path, SIM count.
    """

    accountsChanged = Signal()
    accountChanged = Signal(str)
    simsChanged = Signal(int)
    refreshed = Signal(int)
    busyChanged = Signal(bool)
    errorOccurred = Signal(str)
    jobProgress = Signal(int, int, object)
    jobFinished = Signal(object)
    jobsChanged = Signal()
    detailsReady = Signal(object)
    cdrsReady = Signal(int)
    smsSent = Signal(str, str)
    exported = Signal(str, int)

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.sims = SimTableModel(self)
        self.packages = PackageModel(self)
        self.cdrs = CdrModel(self)
        self.jobs = JobModel(self)
        self.account = ""
        self.details: SimDetails | None = None
        self.job: AsyncOperation | None = None
        self._ops: list[AsyncOperation] = []

    # --- operations -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return bool(self._ops)

    def _run(self, coro: Awaitable[T], label: str, done: Callable[[T], None] | None = None
             ) -> AsyncOperation:
        async def guarded() -> Any:
            try:
                return await coro
            except FleetError as err:  # known: the platform or the user's input said no
                self.errorOccurred.emit(str(err))
                raise asyncio.CancelledError from None

        op = AsyncOperation(guarded(), label=label, parent=self)
        was_busy = self.busy
        self._ops.append(op)
        op.failed.connect(self.errorOccurred)
        if done is not None:
            op.succeeded.connect(done)
        op.finished.connect(lambda: self._finished(op))
        if not was_busy:
            self.busyChanged.emit(True)
        return op

    def _finished(self, op: AsyncOperation) -> None:
        if op in self._ops:
            self._ops.remove(op)
            op.deleteLater()
        if op is self.job:
            self.job = None
        if not self._ops:
            self.busyChanged.emit(False)

    # --- accounts ---------------------------------------------------------------------------

    def account_names(self) -> list[str]:
        try:
            return [a.name for a in self.workspace.account_list()]
        except FleetError as err:
            self.errorOccurred.emit(str(err))
            return []

    def select_account(self, name: str, *, refresh: bool = True) -> None:
        """Show ``name``'s cached SIMs at once, then (``refresh``) ask the platform."""
        self.account = name
        self.details = None
        self.packages.set_records([])
        self.cdrs.set_records([])
        if not name:
            self.sims.set_source(None, None)
        else:
            cache = self.workspace.cache(name)
            self.sims.set_source(lambda w: cache.count(w),
                                 lambda offset, limit, w: cache.page(offset, limit, w))
        self.reload_jobs()
        self.accountChanged.emit(name)
        self.simsChanged.emit(self.sims.rowCount())
        if name and refresh:
            self.refresh()

    def add_account(self, name: str, url: str, **options: str) -> AsyncOperation:
        """Save an account (``cmgui.service.fleet_accounts.new_account`` options) and show
        it."""
        async def add() -> str:
            saved = await asyncio.to_thread(self.workspace.add_account, name, url, **options)
            return saved.name

        def done(saved: str) -> None:
            self.accountsChanged.emit()
            self.select_account(saved)

        return self._run(add(), self.tr("Adding the account"), done)

    def iccids_from_csv(self, path: str) -> list[str]:
        """The ICCIDs of a CSV file (its ICCID column, else its first)."""
        try:
            return read_iccid_csv(Path(path).read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError) as exc:
            self.errorOccurred.emit(self.tr("Cannot read %1: %2").replace("%1", path).replace(
                "%2", getattr(exc, "strerror", None) or str(exc)))
            return []

    def remove_account(self, name: str) -> None:
        try:
            self.workspace.accounts.remove(name)
        except FleetError as err:
            self.errorOccurred.emit(str(err))
            return
        self.accountsChanged.emit()
        if name == self.account:
            self.select_account("", refresh=False)

    # --- the SIM table ----------------------------------------------------------------------

    def set_filter(self, status: str = "", backend: str = "", search: str = "") -> None:
        self.sims.set_filter(SimFilter(status, backend, search))
        self.simsChanged.emit(self.sims.rowCount())

    def backends(self) -> list[str]:
        return self.workspace.cache(self.account).backends() if self.account else []

    def statuses(self) -> list[str]:
        return self.workspace.cache(self.account).statuses() if self.account else []

    def refresh(self) -> AsyncOperation | None:
        """List every SIM of the platform into the cache, then show it."""
        if not self.account:
            return None
        account = self.account

        async def refresh() -> int:
            fleet = await self.workspace.fleet(account)
            return await self.workspace.cache(account).refresh(fleet)

        def done(count: int) -> None:
            if account == self.account:
                self.sims.refresh()
                self.simsChanged.emit(self.sims.rowCount())
            self.refreshed.emit(count)

        return self._run(refresh(), self.tr("Reading the SIMs"), done)

    # --- bulk status changes ----------------------------------------------------------------

    def change_status(self, status: str, iccids: list[str]) -> AsyncOperation | None:
        """Run a set-status job (audited; the view has asked the user first)."""
        if not self.account or not iccids:
            return None
        account = self.account

        def progress(result: ItemResult, done: int, total: int) -> None:
            self.jobProgress.emit(done, total, result)

        async def job() -> JobReport:
            jobs = await self.workspace.jobs(account)
            return await jobs.start(status, iccids, progress)

        op = self._run(job(), self.tr("Changing the status"), self._job_done)
        op.cancelled.connect(self._job_cancelled)
        self.job = op
        return op

    def resume_job(self, job_id: int, account: str) -> AsyncOperation | None:
        def progress(result: ItemResult, done: int, total: int) -> None:
            self.jobProgress.emit(done, total, result)

        async def job() -> JobReport:
            jobs = await self.workspace.jobs(account)
            return await jobs.resume(job_id, progress)

        op = self._run(job(), self.tr("Resuming the job"), self._job_done)
        op.cancelled.connect(self._job_cancelled)
        self.job = op
        return op

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _job_done(self, report: JobReport) -> None:
        self.sims.refresh()
        self.simsChanged.emit(self.sims.rowCount())
        self.reload_jobs()
        self.jobFinished.emit(report)

    def _job_cancelled(self) -> None:
        self.sims.refresh()
        self.reload_jobs()

    def reload_jobs(self) -> None:
        try:
            self.jobs.set_records(self.workspace.job_rows(self.account or None))
        except FleetError as err:
            self.errorOccurred.emit(str(err))
        self.jobsChanged.emit()

    # --- one SIM ----------------------------------------------------------------------------

    def select_sim(self, iccid: str) -> AsyncOperation | None:
        if not self.account or not iccid:
            return None
        account = self.account

        async def details() -> SimDetails:
            result = await (await self.workspace.fleet(account)).sim(iccid)
            await self.workspace.cache(account).update([result.sim])  # usage, last seen
            return result

        def done(result: SimDetails) -> None:
            if account != self.account:
                return
            self.details = result
            self.sims.replace(result.sim)
            self.packages.set_records(list(result.packages))
            self.detailsReady.emit(result)

        return self._run(details(), self.tr("Reading the SIM"), done)

    def offers(self, function: str) -> bool:
        """Whether the current account's platform offers ``function`` (once it is open)."""
        fleet = self.workspace.opened(self.account) if self.account else None
        return fleet is not None and fleet.offers(function)

    def load_cdrs(self, iccid: str, start: date | None = None,
                  end: date | None = None) -> AsyncOperation | None:
        if not self.account:
            return None
        account = self.account

        async def cdrs() -> list[Any]:
            return await (await self.workspace.fleet(account)).cdrs(iccid, start, end)

        def done(records: list[Any]) -> None:
            self.cdrs.set_records(records)
            self.cdrsReady.emit(len(records))

        return self._run(cdrs(), self.tr("Reading the CDRs"), done)

    def send_sms(self, iccid: str, text: str) -> AsyncOperation | None:
        if not self.account or not text:
            return None
        account = self.account

        async def send() -> str:
            await self.workspace.require_to_send()  # a viewer on a shared store may not
            msg_id = await (await self.workspace.fleet(account)).send_sms(iccid, text)
            await self.workspace.record_sent(account, iccid, msg_id, text)
            return msg_id

        return self._run(send(), self.tr("Sending the SMS"),
                         lambda msg_id: self.smsSent.emit(iccid, msg_id))

    def messages(self, iccid: str) -> list[dict[str, Any]]:
        return self.workspace.messages(iccid)

    # --- export -----------------------------------------------------------------------------

    def export_csv(self, path: str) -> AsyncOperation | None:
        """Write every SIM the table shows (its filter applied) to ``path``."""
        if not self.account:
            return None
        cache, where = self.workspace.cache(self.account), self.sims.filter

        async def export() -> int:
            sims = await asyncio.to_thread(lambda: cache.page(0, cache.count(where), where))
            try:
                await asyncio.to_thread(write_csv, Path(path), sims)
            except OSError as exc:
                raise FleetError(self.tr("Cannot write %1: %2").replace("%1", path).replace(
                    "%2", exc.strerror or str(exc))) from None
            return len(sims)

        return self._run(export(), self.tr("Exporting"), lambda n: self.exported.emit(path, n))

    async def shutdown(self) -> None:
        for op in list(self._ops):
            op.cancel()
        await self.workspace.close()
