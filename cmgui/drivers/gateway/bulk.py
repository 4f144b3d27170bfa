"""Bulk SMS through a gateway: split into requests of at most 128 numbers, every recipient
followed to its final result (by user id, or pushed), the sent messages archived for their
delivery reports.

The gateway does the parallel work (each port sends one message at a time, the queue feeds the
next free port), so the host's job is to hand over the whole list at once and to ask cheaply:
results are asked 32 user ids per request (the API's limit), a few requests at a time, only for
recipients still pending.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway.protocol.requests import MAX_NUMBERS_PER_SEND, SmsParam, chunks
from cmgui.drivers.gateway.protocol.responses import SmsResult
from cmgui.drivers.gateway.session import GatewaySession
from cmgui.service.gateway import (
    BulkOutcome,
    BulkProgress,
    ProgressSink,
    Recipient,
    RecipientResult,
    fill_template,
)
from cmgui.store.errors import StoreError
from cmgui.store.gateway import SentSms
from cmgui.store.sms_types import DeliveryStatus

log = logging.getLogger(__name__)

#: Not a gateway status: the request carrying this recipient was refused (reason logged).
NOT_SENT = "NOT_SENT"
#: Not a gateway status: no result was reported before the send gave up waiting.
UNKNOWN = "UNKNOWN"
#: Give up waiting when no result changed for this long and the gateway's queue is empty.
STALL_TIMEOUT = 300.0
#: With delivery reports: how long to wait for DELIVERED after the last message was sent.
REPORT_TIMEOUT = 120.0


@dataclass
class _Entry:
    index: int
    recipient: Recipient
    user_id: int
    result: SmsResult | None = None
    refused: bool = False

    @property
    def status(self) -> str:
        if self.refused:
            return NOT_SENT
        return self.result.status if self.result is not None else UNKNOWN

    def outcome(self) -> RecipientResult:
        return RecipientResult(self.recipient.number,
                               self.result.port if self.result else None, self.status,
                               self.user_id)


async def send_bulk(
    session: GatewaySession, text: str, recipients: Sequence[Recipient], *,
    ports: Sequence[int] = (), report: bool = False, progress: ProgressSink | None = None,
    stall_timeout: float = STALL_TIMEOUT, report_timeout: float = REPORT_TIMEOUT,
) -> BulkOutcome:
    """Send and wait (see the module docstring); recipients in the order given."""
    if not recipients:
        raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"reason": "no recipients"})
    given = [r.user_id for r in recipients if r.user_id is not None]
    if len(set(given)) != len(given):
        raise CmapiError(ErrorCode.INVALID_PARAMETER, data={
            "reason": "user_id values repeat: each recipient needs its own to match results"})
    fresh = iter(session.next_user_ids(len(recipients) - len(given)))
    entries = [_Entry(i, r, r.user_id if r.user_id is not None else next(fresh))
               for i, r in enumerate(recipients)]
    by_id = {e.user_id: e for e in entries}
    loop = asyncio.get_running_loop()
    changed = asyncio.Event()
    last_change = loop.time()
    accepted = 0

    def wanted(result: SmsResult) -> bool:
        if report:
            return result.status in ("DELIVERED", "FAILED")
        return result.final

    counts = {"done": 0, "sent": 0, "failed": 0}

    def tell(*changed_entries: _Entry) -> None:
        if progress is None:
            return
        updates = tuple((e.index, e.outcome()) for e in changed_entries)
        progress(BulkProgress(len(entries), accepted, counts["done"], counts["sent"],
                              counts["failed"], updates))

    def count(entry: _Entry, sign: int) -> None:
        counts["done"] += sign * (entry.refused or bool(entry.result and wanted(entry.result)))
        counts["sent"] += sign * (entry.status in ("SENT_OK", "DELIVERED"))
        counts["failed"] += sign * (entry.status in ("FAILED", NOT_SENT))

    def sink(result: SmsResult) -> None:
        nonlocal last_change
        entry = by_id.get(result.user_id if result.user_id is not None else -1)
        if entry is None or entry.result == result:
            return
        count(entry, -1)
        entry.result = result
        count(entry, +1)
        last_change = loop.time()
        changed.set()
        tell(entry)

    ids = [e.user_id for e in entries]
    session.watch_results(ids, sink, until=wanted)
    task_ids: list[int] = []
    try:
        for part in chunks(entries, MAX_NUMBERS_PER_SEND):
            params = [SmsParam(e.recipient.number, e.recipient.params, e.user_id) for e in part]
            try:
                sent = await session.client.send_sms(text, params, ports=ports,
                                                     status_report=report)
            except CmapiError as err:
                if not task_ids:
                    raise
                log.warning("%s: %d recipients not sent: %s", session.gateway, len(part), err)
                for e in part:
                    count(e, -1)
                    e.refused = True
                    count(e, +1)
                session.unwatch_results([e.user_id for e in part], sink)
                tell(*part)
                continue
            accepted += len(part)
            if sent.task_id is not None:
                task_ids.append(sent.task_id)
                await _record_task(session, sent.task_id, text, part)
            tell()
        await _wait(session, entries, wanted, changed, stall_timeout,
                    report_timeout if report else None, lambda: last_change)
    finally:
        session.unwatch_results(ids, sink)
    await _archive_sent(session, text, entries)
    return BulkOutcome(task_ids, [e.outcome() for e in entries])


async def _wait(session: GatewaySession, entries: list[_Entry],
                check: Callable[[SmsResult], bool], changed: asyncio.Event, stall: float,
                report_timeout: float | None, since: Callable[[], float]) -> None:
    """Until every recipient has its wanted result, or nothing moves any more."""
    loop = asyncio.get_running_loop()
    sent_all_at: float | None = None
    while True:
        open_ = [e for e in entries if not e.refused and not (e.result and check(e.result))]
        if not open_:
            return
        if report_timeout is not None and all(e.result and e.result.final for e in open_):
            sent_all_at = sent_all_at or loop.time()
            if loop.time() - sent_all_at >= report_timeout:
                return  # sent; no delivery report in time
        changed.clear()
        wait = max(0.05, session.intervals.results)
        try:
            async with asyncio.timeout(max(wait * 4, 1.0)):
                await changed.wait()
            continue
        except TimeoutError:
            pass
        if loop.time() - since() >= stall:
            try:
                queued = await session.client.queue()
            except CmapiError:
                queued = 0
            if queued == 0:
                log.warning("%s: no result for %d recipients; giving up waiting",
                            session.gateway, len(open_))
                return


async def _record_task(session: GatewaySession, task_id: int, text: str,
                       part: Sequence[_Entry]) -> None:
    if session.archive is None:
        return
    try:
        await session.archive.record_task(session.gateway, task_id, text,
                                          [e.user_id for e in part],
                                          [e.recipient.number for e in part])
    except StoreError as err:
        log.warning("%s: task %d not recorded: %s", session.gateway, task_id, err)


async def _archive_sent(session: GatewaySession, text: str, entries: list[_Entry]) -> None:
    if session.archive is None:
        return
    sent = []
    for e in entries:
        result = e.result
        if result is None or result.status not in ("SENT_OK", "DELIVERED", "FAILED"):
            continue
        status = {"SENT_OK": DeliveryStatus.SENT, "DELIVERED": DeliveryStatus.DELIVERED}.get(
            result.status, DeliveryStatus.FAILED)
        sent.append(SentSms(e.recipient.number, fill_template(text, e.recipient.params),
                            result.refs if status != DeliveryStatus.FAILED else (),
                            result.port, result.imsi or None, status))
    if not sent:
        return
    try:
        await session.archive.record_sent(sent)
    except StoreError as err:
        log.warning("%s: sent messages not archived: %s", session.gateway, err)
