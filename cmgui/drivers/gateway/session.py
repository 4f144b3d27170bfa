"""One gateway shared by everything in this process that uses it: ports, the gateway page, bulk
sends and the push receiver.

A gateway answers questions, it never calls back (unless pushes are set up), so someone has to
ask. The session asks once for everyone, and only while someone listens:

- port states (``get_port_info``) every :attr:`PollIntervals.ports` seconds: changes become seam
  events of the port (signal, registration, radio, PIN state);
- inbound SMS (``query_incoming_sms`` with ``flag=all`` above our own high-water mark) every
  :attr:`PollIntervals.incoming` seconds: each new message is archived (with its port and the
  port's SIM) before it is published as ``SMSMessage``;
- send results (``query_sms_result`` by user id, 32 at a time) every
  :attr:`PollIntervals.results` seconds while a send waits, and delivery reports
  (``query_sms_deliver_status``) while a report is expected (``ref_id`` … modulo 256 per part).

Pushes (:meth:`GatewaySession.feed`) deliver the same facts at once; polling stays on as the
safety net (a push can be lost; the high-water mark only moves by polling, so a missed push is
found by the next poll). USSD replies carry no id: one request per port at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.gateway.client import GatewayClient
from cmgui.drivers.gateway.protocol import states
from cmgui.drivers.gateway.protocol.pushes import (
    PushDelivery,
    PushEvent,
    PushRegister,
    PushSms,
    PushSmsResult,
    PushUssd,
)
from cmgui.drivers.gateway.protocol.requests import TimeRange
from cmgui.drivers.gateway.protocol.responses import (
    DeliveryReport,
    IncomingSms,
    PortInfo,
    SmsResult,
)
from cmgui.service.events import (
    Event,
    PINPUKStatus,
    RadioStateChanged,
    RFInformationChanged,
    SignalStrengthChanged,
    SMSMessage,
)
from cmgui.store.errors import StoreError
from cmgui.store.gateway import GatewayArchive, InboundSms, parse_gateway_time

log = logging.getLogger(__name__)

EventSink = Callable[[Event], None]
ENV_POLL = "CMGUI_GATEWAY_POLL"
#: How long a send may wait for its result (queue wait included; the FAQ: up to a minute per SMS
#: on a bad network).
RESULT_TIMEOUT = 15 * 60.0
USSD_TIMEOUT = 30.0
#: How long a delivery report is waited for.
REPORT_WATCH = 24 * 3600.0


@dataclass(frozen=True)
class PollIntervals:
    """Seconds between polls; ``pin_readback``: how long a PIN unlock is read back."""

    ports: float = 10.0
    incoming: float = 5.0
    results: float = 1.0
    reports: float = 5.0
    ussd: float = 0.5
    pin_readback: float = 10.0

    @classmethod
    def from_env(cls) -> PollIntervals:
        """``$CMGUI_GATEWAY_POLL``: seconds for inbound SMS (``5``) or named values
        (``ports=10,incoming=5,results=1``)."""
        text = os.environ.get(ENV_POLL, "").strip()
        if not text:
            return cls()
        values: dict[str, float] = {}
        try:
            if "=" not in text:
                values["incoming"] = float(text)
            else:
                for part in text.split(","):
                    name, _, value = part.partition("=")
                    if name.strip() in cls.__dataclass_fields__:
                        values[name.strip()] = float(value)
        except ValueError:
            log.warning("ignoring %s=%r: not seconds", ENV_POLL, text)
            return cls()
        return replace(cls(), **{k: max(0.01, v) for k, v in values.items()})


@dataclass
class _ReportWatch:
    port: int
    number: str
    ref: int
    since: str  # the gateway's time of the send
    imsi: str
    expires: float


ResultSink = Callable[[SmsResult], None]


Until = Callable[[SmsResult], bool]


def _final(result: SmsResult) -> bool:
    return result.final


@dataclass
class _Waiting:
    """Who waits for the result of one user id, and until when."""

    sinks: list[tuple[ResultSink, Until]] = field(default_factory=list)


def _digits(number: str) -> str:
    return number.strip().lstrip("+")


def _iso(stamp: str) -> str | None:
    parsed = parse_gateway_time(stamp)
    return parsed.astimezone().isoformat() if parsed is not None else None


class GatewaySession:
    """See the module docstring. Create with :func:`acquire`; give back with :func:`release`."""

    def __init__(self, client: GatewayClient, *, intervals: PollIntervals | None = None,
                 archive: GatewayArchive | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.client = client
        self.intervals = intervals or PollIntervals.from_env()
        self.archive = archive
        self.clock = clock
        self.ports: dict[int, PortInfo] = {}
        self.last_activity: dict[int, float] = {}
        self.users = 0
        self._listeners: dict[int, set[EventSink]] = {}
        self._watchers = 0
        self._ports_changed = asyncio.Condition()
        self.ports_version = 0
        self._waiting: dict[int, _Waiting] = {}
        self._results: dict[int, SmsResult] = {}
        self._reports: list[_ReportWatch] = []
        self._ussd_locks: dict[int, asyncio.Lock] = {}
        self._ussd_push: dict[int, asyncio.Future[str]] = {}
        self._mark: int | None = None
        self._incoming_lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self._next_user_id = int(time.time() * 1000) % 1_000_000_000
        self._seen_locked: set[str] = set()
        self.started = False

    @property
    def gateway(self) -> str:
        return self.client.gateway

    # --- life ----------------------------------------------------------------------------------

    async def start(self) -> None:
        """Reach the gateway (CmapiError when it cannot), then poll in the background."""
        if self.started:
            return
        await self.refresh_ports(publish=False)
        self.started = True
        self._tasks = [asyncio.create_task(self._poll(self._poll_ports_once, "ports")),
                       asyncio.create_task(self._poll(self._poll_incoming_once, "incoming")),
                       asyncio.create_task(self._results_loop()),
                       asyncio.create_task(self._poll(self._poll_reports_once, "reports"))]

    async def close(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        await finish(tasks)
        for future in self._ussd_push.values():
            if not future.done():
                future.cancel()
        await self.client.aclose()
        if self.archive is not None:
            self.archive.close()
            self.archive = None
        self.started = False

    async def _poll(self, once: Callable[[], Any], name: str) -> None:
        failures = 0
        while True:
            await asyncio.sleep(getattr(self.intervals, name))
            try:
                await once()
                failures = 0
            except CmapiError as err:
                failures += 1
                level = logging.WARNING if failures == 1 else logging.DEBUG
                log.log(level, "%s: polling %s failed: %s", self.gateway, name, err)
            except StoreError as err:
                log.warning("%s: %s could not be archived: %s", self.gateway, name, err)
            except Exception:  # a bug must not end the polling
                log.exception("%s: polling %s failed", self.gateway, name)

    # --- listeners -----------------------------------------------------------------------------

    def add_listener(self, port: int, sink: EventSink) -> None:
        self._listeners.setdefault(port, set()).add(sink)

    def remove_listener(self, port: int, sink: EventSink) -> None:
        self._listeners.get(port, set()).discard(sink)

    def _publish(self, port: int | None, event: Event) -> None:
        if port is None:
            return
        for sink in list(self._listeners.get(port, ())):
            sink(event)

    @property
    def _anyone_listens(self) -> bool:
        return self._watchers > 0 or any(self._listeners.values())

    # --- ports ---------------------------------------------------------------------------------

    async def _poll_ports_once(self) -> None:
        if self._anyone_listens:
            await self.refresh_ports()

    async def refresh_ports(self, publish: bool = True,
                            ports: Sequence[int] = ()) -> dict[int, PortInfo]:
        """Read every port (or ``ports``) now; changes become events of those ports."""
        infos = await self.client.port_info(ports)
        changed = False
        for info in infos:
            old = self.ports.get(info.port)
            self.ports[info.port] = info
            if info.reg in ("PIN_REQUIRE", "PUK_REQUIRE") and info.iccid:
                self._seen_locked.add(info.iccid)
            if old is None or old == info:
                changed = changed or old is None
                continue
            changed = True
            if publish:
                self._port_events(old, info)
        if changed:
            async with self._ports_changed:
                self.ports_version += 1
                self._ports_changed.notify_all()
        return self.ports

    def pin_enabled(self, info: PortInfo) -> bool:
        """Whether the SIM asks for a PIN at start-up, as far as this process has seen."""
        return info.reg in ("PIN_REQUIRE", "PUK_REQUIRE") or (
            bool(info.iccid) and info.iccid in self._seen_locked)

    def _port_events(self, old: PortInfo, new: PortInfo) -> None:
        port = new.port
        if old.reg != new.reg:
            plmn = "".join(states.plmn_of(new.imsi)) if states.registered(new.reg) else None
            self._publish(port, RFInformationChanged(
                registration_state=states.registration(new.reg),
                rat_type=states.rat_type(new.type), plmnid=plmn or None))
            if states.pin_state(old.reg) != states.pin_state(new.reg):
                self._publish(port, PINPUKStatus(pin_state=states.pin_state(new.reg)))
            if states.radio_on(old.reg) != states.radio_on(new.reg):
                self._publish(port, RadioStateChanged(radio_state=states.radio_on(new.reg)))
        if old.signal != new.signal or old.type != new.type:
            s = states.signal_strength(new.signal, new.type)
            self._publish(port, SignalStrengthChanged(
                signal_strength=s["signalStrength"], signal_percentage=s["signalPercentage"],
                signal_quality=s["signalQuality"], bars=s["bars"], rat_type=s["RATType"]))

    async def port(self, port: int, *, fresh: bool = True) -> PortInfo:
        """One port's information (read now unless ``fresh`` is False and it is known)."""
        if fresh or port not in self.ports:
            await self.refresh_ports(ports=[port])
        info = self.ports.get(port)
        if info is None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                "reason": f"{self.gateway} has no port {port}"})
        return info

    async def wait_ports_changed(self, version: int, timeout: float) -> int:
        """Wait until the port table is newer than ``version`` (or ``timeout``)."""
        self._watchers += 1
        try:
            async with self._ports_changed:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(timeout):
                        await self._ports_changed.wait_for(lambda: self.ports_version > version)
            return self.ports_version
        finally:
            self._watchers -= 1

    # --- inbound SMS ---------------------------------------------------------------------------

    async def _poll_incoming_once(self) -> None:
        if self._anyone_listens:
            await self.poll_incoming()

    def _mark_now(self) -> int:
        if self._mark is None:
            self._mark = self.archive.mark(self.gateway) if self.archive is not None else 0
        return self._mark

    async def poll_incoming(self, *, quiet: bool = False,
                            from_start: bool = False) -> tuple[int, int, int]:
        """Fetch and archive what arrived above the mark; returns (listed, new, duplicates).
        New messages are published unless ``quiet``."""
        async with self._incoming_lock:
            listed = new = duplicates = 0
            after = 0 if from_start else self._mark_now()
            while True:
                page = await self.client.incoming(after_id=after, flag="all")
                fresh = [m for m in page.messages if m.incoming_sms_id > after]
                if page.skipped:
                    log.warning("%s: %d received messages without an id were left on the "
                                "gateway", self.gateway, page.skipped)
                if not fresh:
                    break
                listed += len(fresh)
                created, dups = await self._take(fresh, advance=True, quiet=quiet)
                new += created
                duplicates += dups
                after = max(m.incoming_sms_id for m in fresh)
            return listed, new, duplicates

    async def _take(self, messages: Sequence[IncomingSms], *, advance: bool,
                    quiet: bool) -> tuple[int, int]:
        """Archive ``messages`` (then, with ``advance``, move the mark past them) and publish
        the ones new to the archive."""
        if not self.ports:
            with contextlib.suppress(CmapiError):
                await self.refresh_ports(publish=False)
        inbound = []
        for m in messages:
            info = self.ports.get(m.port) if m.port is not None else None
            inbound.append(InboundSms(m.incoming_sms_id, m.port, m.number, m.text,
                                      parse_gateway_time(m.timestamp),
                                      imsi=info.imsi if info else None,
                                      iccid=info.iccid if info else None,
                                      imei=info.imei if info else None))
        if self.archive is not None:
            summary = await self.archive.archive_inbound(self.gateway, inbound, advance=advance)
            new_ids = set(summary.new_ids)
            if advance:
                self._mark = max(self._mark_now(), summary.mark)
        else:
            mark = self._mark_now()
            new_ids = {m.incoming_sms_id for m in messages if m.incoming_sms_id > mark}
            if advance and messages:
                self._mark = max(mark, max(m.incoming_sms_id for m in messages))
        for m in messages:
            if m.incoming_sms_id not in new_ids:
                continue
            if m.port is not None:
                self.last_activity[m.port] = self.clock()
            if not quiet:
                self._publish(m.port, SMSMessage(
                    address=m.number, text=m.text, msg_id=f"ME:{m.incoming_sms_id}",
                    timestamp=_iso(m.timestamp)))
        return len(new_ids), len(messages) - len(new_ids)

    # --- sending -------------------------------------------------------------------------------

    def next_user_ids(self, count: int) -> list[int]:
        """Fresh user ids (never used by this process; time-based across processes)."""
        first = self._next_user_id
        self._next_user_id = (first + count) % 2_000_000_000
        return [(first + i) % 2_000_000_000 for i in range(count)]

    def watch_results(self, user_ids: Sequence[int], sink: ResultSink,
                      until: Until = _final) -> None:
        """Call ``sink`` with every result of ``user_ids`` (interim ones too) until ``until``
        says it is the last one wanted (default: a final status)."""
        for user_id in user_ids:
            self._waiting.setdefault(user_id, _Waiting()).sinks.append((sink, until))
        self._wake.set()

    def unwatch_results(self, user_ids: Sequence[int], sink: ResultSink) -> None:
        for user_id in user_ids:
            waiting = self._waiting.get(user_id)
            if waiting is not None:
                waiting.sinks = [(s, u) for s, u in waiting.sinks if s is not sink]
                if not waiting.sinks:
                    del self._waiting[user_id]

    def _result(self, result: SmsResult) -> None:
        if result.user_id is None:
            return
        waiting = self._waiting.get(result.user_id)
        if waiting is None:
            return
        if result.port is not None and result.status in ("SENT_OK", "DELIVERED", "FAILED"):
            self.last_activity[result.port] = self.clock()
        for sink, until in list(waiting.sinks):
            if until(result):
                waiting.sinks.remove((sink, until))
            sink(result)
        if not waiting.sinks:
            self._waiting.pop(result.user_id, None)

    async def _results_loop(self) -> None:
        while True:
            if not self._waiting:
                self._wake.clear()
                await self._wake.wait()
            await asyncio.sleep(self.intervals.results)
            try:
                await self.poll_results()
            except CmapiError as err:
                log.info("%s: polling results failed: %s", self.gateway, err)
            except Exception:
                log.exception("%s: polling results failed", self.gateway)

    async def poll_results(self) -> None:
        """Ask for the results of every user id someone waits for (32 per request, a few
        requests at once)."""
        ids = sorted(self._waiting)
        chunks = [ids[i:i + 32] for i in range(0, len(ids), 32)]
        limit = asyncio.Semaphore(4)

        async def one(part: list[int]) -> list[SmsResult]:
            async with limit:
                return await self.client.sms_results(user_ids=part)

        for results in await asyncio.gather(*(one(c) for c in chunks)):
            for result in results:
                self._result(result)

    async def send_one(self, port: int, number: str, text: str, *,
                       report: bool) -> SmsResult:
        """Send one SMS on ``port`` and wait for its final result."""
        from cmgui.drivers.gateway.protocol.requests import SmsParam

        (user_id,) = self.next_user_ids(1)
        done: asyncio.Future[SmsResult] = asyncio.get_running_loop().create_future()

        def sink(result: SmsResult) -> None:
            if result.final and not done.done():
                done.set_result(result)

        self.watch_results([user_id], sink)
        try:
            await self.client.send_sms(text, [SmsParam(number, (), user_id)], ports=[port],
                                       status_report=report)
            try:
                async with asyncio.timeout(RESULT_TIMEOUT):
                    result = await done
            except TimeoutError:
                raise CmapiError(ErrorCode.SMS_TIMEOUT, data={
                    "reason": f"{self.gateway} reported no result for the message within "
                              f"{RESULT_TIMEOUT / 60:.0f} minutes"}) from None
        finally:
            self.unwatch_results([user_id], sink)
        if report and result.status in ("SENT_OK", "DELIVERED"):
            self.expect_reports(result)  # DELIVERED already: its reports are there to read
        return result

    # --- delivery reports ----------------------------------------------------------------------

    def expect_reports(self, result: SmsResult) -> None:
        """Watch for the delivery reports of every part of a sent message."""
        if result.port is None or result.ref_id is None:
            return
        expires = self.clock() + REPORT_WATCH
        for ref in result.refs:
            self._reports.append(_ReportWatch(result.port, _digits(result.number), ref,
                                              result.time, result.imsi, expires))

    async def _poll_reports_once(self) -> None:
        now = self.clock()
        self._reports = [w for w in self._reports if w.expires > now]
        if not self._reports:
            return
        by_port: dict[int, list[_ReportWatch]] = {}
        for watch in self._reports:
            by_port.setdefault(watch.port, []).append(watch)
        for port, watches in by_port.items():
            numbers = sorted({w.number for w in watches})
            since = min((w.since for w in watches if w.since), default="")
            reports = await self.client.delivery_reports(
                numbers=numbers, ports=[port], times=TimeRange(after=since or None))
            for report in reports:
                await self.delivery(report)

    async def delivery(self, report: DeliveryReport) -> bool:
        """Apply a delivery report (polled or pushed) to the watch it answers; True if it did."""
        if report.ref_id is None:
            return False
        match = next((w for w in self._reports if w.port == report.port
                      and w.number == _digits(report.number) and w.ref == report.ref_id % 256),
                     None)
        if match is None:
            return False
        if report.outcome == "pending":
            return False  # the network still tries; a final report follows
        self._reports.remove(match)
        if self.archive is not None and report.status_code is not None:
            try:
                await self.archive.record_delivery(
                    number=report.number, ref_id=report.ref_id,
                    status_code=report.status_code, imsi=report.imsi or match.imsi or None,
                    time=parse_gateway_time(report.time))
            except StoreError as err:
                log.warning("%s: delivery report not archived: %s", self.gateway, err)
        self._publish(match.port, SMSMessage(
            address=report.number, text="", status_report=True,
            message_reference=report.ref_id % 256, delivery_status=report.status_code,
            timestamp=_iso(report.time)))
        return True

    # --- USSD ----------------------------------------------------------------------------------

    async def ussd(self, port: int, text: str, *, timeout: float = USSD_TIMEOUT) -> str | None:
        """Send ``text`` on ``port`` and wait for the reply (None: none in time)."""
        lock = self._ussd_locks.setdefault(port, asyncio.Lock())
        async with lock:
            before = await self.client.ussd_replies([port])
            previous = next((r.text for r in before if r.port == port), None)
            pushed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
            self._ussd_push[port] = pushed
            try:
                sent = await self.client.send_ussd([port], text)
                status = next((s.status for s in sent if s.port == port), None)
                if sent and status != 200:
                    raise _ussd_refused(self.gateway, port, status)
                return await self._ussd_wait(port, previous, pushed, timeout)
            finally:
                self._ussd_push.pop(port, None)

    async def _ussd_wait(self, port: int, previous: str | None, pushed: asyncio.Future[str],
                         timeout: float) -> str | None:
        """The first reply that is new: pushed, different from the one before, or shown after
        the gateway cleared the old one."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        cleared = previous is None
        last: str | None = None
        while loop.time() < deadline:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(min(self.intervals.ussd, deadline - loop.time())):
                    return await asyncio.shield(pushed)
            replies = await self.client.ussd_replies([port])
            reply = next((r.text for r in replies if r.port == port), None)
            if reply is None:
                cleared = True
                continue
            last = reply
            if cleared or reply != previous:
                return reply
        return last  # the same text as before, never cleared: most likely the same answer

    async def ussd_cancel(self, port: int) -> None:
        lock = self._ussd_locks.setdefault(port, asyncio.Lock())
        async with lock:
            sent = await self.client.send_ussd([port], cancel=True)
            status = next((s.status for s in sent if s.port == port), None)
            if sent and status not in (200, None):
                raise _ussd_refused(self.gateway, port, status)

    # --- pushes --------------------------------------------------------------------------------

    async def feed(self, events: Sequence[PushEvent]) -> None:
        """Apply pushed events: results, reports, USSD replies, registration, inbound SMS."""
        messages: list[IncomingSms] = []
        refresh = False
        for event in events:
            if isinstance(event, PushSmsResult):
                self._result(event.result)
            elif isinstance(event, PushDelivery):
                await self.delivery(event.report)
            elif isinstance(event, PushUssd):
                future = self._ussd_push.get(event.reply.port or -1)
                if future is not None and event.reply.text and not future.done():
                    future.set_result(event.reply.text)
            elif isinstance(event, PushSms):
                messages.append(event.message)
            elif isinstance(event, PushRegister):
                refresh = True
        if messages:
            await self._take(messages, advance=False, quiet=False)
        if refresh and self.started:
            with contextlib.suppress(CmapiError):
                await self.refresh_ports()


async def finish(tasks: Sequence[asyncio.Task[Any]]) -> None:
    """Wait for cancelled ``tasks`` to end; a cancellation of the caller itself is not
    swallowed (``contextlib.suppress(CancelledError)`` around ``await task`` would)."""
    if not tasks:
        return
    await asyncio.wait(tasks)
    for task in tasks:
        if not task.cancelled() and task.exception() is not None:
            log.debug("a gateway task ended with %r", task.exception())


def _ussd_refused(gateway: str, port: int, status: int | None) -> CmapiError:
    if status == 486:
        return CmapiError(ErrorCode.BUSY, data={
            "reason": f"port {port} of {gateway} is busy (sending SMS); try again shortly"})
    if status == 503:
        return CmapiError(ErrorCode.NO_SERVICE, data={
            "reason": f"port {port} of {gateway} is not registered on a network"})
    return CmapiError(ErrorCode.FATAL, data={
        "reason": f"{gateway} refused the USSD request on port {port} (status {status})"})


# --- sharing ---------------------------------------------------------------------------------

_SESSIONS: dict[tuple[str, int], tuple[GatewaySession, asyncio.Task[None]]] = {}
SessionFactory = Callable[[], GatewaySession]


async def acquire(key: str, factory: SessionFactory) -> GatewaySession:
    """The running session for ``key`` in this event loop, started by ``factory`` if none
    (callers arriving while it starts wait for that start)."""
    loop_key = (key, id(asyncio.get_running_loop()))
    entry = _SESSIONS.get(loop_key)
    if entry is None:
        session = factory()
        entry = (session, asyncio.ensure_future(session.start()))
        _SESSIONS[loop_key] = entry
    session, starting = entry
    session.users += 1
    try:
        await asyncio.shield(starting)
    except BaseException:
        await release(key, session)
        raise
    return session


async def release(key: str, session: GatewaySession) -> None:
    session.users -= 1
    if session.users > 0:
        return
    loop_key = (key, id(asyncio.get_running_loop()))
    entry = _SESSIONS.get(loop_key)
    if entry is not None and entry[0] is session:
        del _SESSIONS[loop_key]
    await session.close()
