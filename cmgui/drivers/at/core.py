"""The part of :class:`~cmgui.drivers.at.device.AtDevice` every feature module builds on.

It owns the port actor, runs the start-up sequence, picks the vendor dialect, routes URCs to
the feature handlers and turns AT-level failures into CMAPI errors (:mod:`.errors`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from cmgui.at import vendors
from cmgui.at.commands import identity
from cmgui.at.engine import AtCommand, AtResult, Unsolicited
from cmgui.at.errors import AtParseError
from cmgui.at.vendors.base import Vendor
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.events import DeviceChanged, Event

from .errors import Context, at_failure, gone_error, timeout_error, too_long_error
from .refresh import Refresher
from .transport import (
    DEFAULT_BAUDRATE,
    AtPort,
    CommandTimeout,
    PortBusy,
    PortClosed,
    PortDenied,
    ResponseTooLarge,
)

log = logging.getLogger(__name__)

#: ``AT`` attempts while synchronising, each waiting this long for ``OK``.
SYNC_ATTEMPTS = 8
SYNC_TIMEOUT = 0.25

UrcCallback = Callable[[Unsolicited], None]
#: Host-side byte counters: () -> (bytes_sent, bytes_received) or None when unknown.
ByteCounter = Callable[[], tuple[int, int] | None]


class AtDeviceCore(Device):
    """Port, start-up, URC routing and error translation (no CMAPI functions here)."""

    kind = "modem"

    def __init__(self, address: str, *, baudrate: int = DEFAULT_BAUDRATE) -> None:
        super().__init__(address)
        self.baudrate = baudrate
        self.vendor: Vendor = Vendor()
        self.manufacturer = ""
        self.model = ""
        self.imei = ""
        self.byte_counter: ByteCounter | None = None
        self._port: AtPort | None = None
        self._closing = False
        self._gone = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._urc_routes: dict[str, UrcCallback] = {}
        #: Command names the modem answered with "not supported"; not asked again.
        self._unsupported: set[str] = set()
        #: Held by whoever changes +CSCS or depends on it (USSD, phonebook) for a sequence.
        self.charset_lock = asyncio.Lock()
        #: URC-triggered re-reads: one pending per kind, rate-limited (see .refresh).
        self.refresher = Refresher(self.spawn)
        #: Set once the device went away (the port is lost), for waits that no command ends.
        self.gone = asyncio.Event()

    # ------------------------------------------------------------------ life cycle

    async def _open_port(self) -> AtPort:
        """Open the port (the virtual backend overrides this)."""
        return await AtPort.open(self.address, self.baudrate)

    async def open(self) -> None:
        """Open the port and start up. Only a port another program holds is "already open";
        one this user may not open is "not privileged" (as a polkit refusal is in the D-Bus
        drivers), one that is not there "no such device", each with its reason in plain words;
        anything else is a bug and propagates as it is."""
        try:
            port = await self._open_port()
        except PortBusy as exc:
            raise CmapiError(ErrorCode.DEVICE_ALREADY_OPEN,
                             data={"address": self.address, "reason": str(exc)}) from exc
        except PortDenied as exc:
            raise CmapiError(ErrorCode.SECURITY_NOT_PRIVILEGED,
                             data={"address": self.address, "reason": str(exc)}) from exc
        except PortClosed as exc:  # PortMissing too
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE,
                             data={"address": self.address, "reason": str(exc)}) from exc
        self._port = port
        port.urc_handlers.append(self._on_urc)
        port.lost_handlers.append(self._on_lost)
        try:
            await self._initialise()
        except BaseException:
            await self._shutdown()
            raise

    async def _initialise(self) -> None:
        await self.synchronise()
        await self.try_run(AtCommand("ATE0"))
        await self.try_run(AtCommand("AT+CMEE=1"))
        self.manufacturer = await self._identity_value(identity.cgmi(),
                                                       identity.parse_manufacturer)
        self.model = await self._identity_value(identity.cgmm(), identity.parse_model)
        self.imei = await self._identity_value(identity.cgsn(), identity.parse_imei)
        self.vendor = vendors.select(self.manufacturer, self.model)
        log.info("%s: %s %s (%s dialect)", self.address, self.manufacturer, self.model,
                 self.vendor.name)
        await self._setup()

    async def _setup(self) -> None:
        """Feature modules extend this (URC enabling and the like); errors are tolerated."""

    async def _after_unlock(self) -> None:
        """Feature modules extend this: settings some modems refuse while the SIM is locked."""

    async def _identity_value(self, command: AtCommand,
                              parse: Callable[[AtResult], str]) -> str:
        result = await self.try_run(command)
        if result is None:
            return ""
        try:
            return parse(result)
        except AtParseError:
            return ""

    async def synchronise(self) -> None:
        """Send ``AT`` until the modem answers ``OK`` (it may be mid-boot or mid-garbage)."""
        for _ in range(SYNC_ATTEMPTS):
            with contextlib.suppress(CmapiError):
                result = await self.try_run(AtCommand("AT", timeout=SYNC_TIMEOUT))
                if result is not None:
                    return
        raise CmapiError(ErrorCode.NO_SUCH_DEVICE,
                         data={"address": self.address, "reason": "the modem does not answer"})

    async def close(self) -> None:
        self._closing = True
        await self._shutdown()
        await super().close()

    async def _shutdown(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(BaseException):
                await task
        port, self._port = self._port, None
        if port is not None:
            await port.close()

    def _on_lost(self, reason: BaseException | None) -> None:
        if self._closing or self._gone:
            return
        self._gone = True
        self.gone.set()
        log.info("%s: device went away (%s)", self.address, reason)
        self.events.publish(DeviceChanged(
            device_id="", device_state=int(t.DeviceState.REMOVED),
            description=self.description(), unique_identifier=self.address,
        ))
        for task in list(self._tasks):
            task.cancel()

    def description(self) -> str:
        name = " ".join(p for p in (self.manufacturer, self.model) if p) or "Modem"
        return f"{name} (IMEI {self.imei})" if self.imei else name

    # ------------------------------------------------------------------ commands

    def _live_port(self) -> AtPort:
        port = self._port
        if port is None or port.closed:
            raise gone_error(self.address)
        return port

    async def run(self, command: AtCommand, payload: str | None = None,
                  context: Context = "general") -> AtResult:
        """Run a command; a failed one raises the translated :class:`CmapiError`."""
        result = await self._exchange(command, payload, context)
        if not result.ok:
            raise at_failure(result, context)
        return result

    async def try_run(self, command: AtCommand, payload: str | None = None) -> AtResult | None:
        """Run a command; None if the modem answered with an error (loss still raises)."""
        name = _command_name(command.text)
        if name in self._unsupported:
            return None
        result = await self._exchange(command, payload, "general")
        if result.ok:
            return result
        error = result.error
        if error is not None and (error.kind in ("not_supported", "error")
                                  or (error.kind == "cme" and error.code == 4)):
            self._unsupported.add(name)
        return None

    async def _exchange(self, command: AtCommand, payload: str | None,
                        context: Context) -> AtResult:
        port = self._live_port()
        try:
            return await port.command(command, payload)
        except CommandTimeout as exc:
            raise timeout_error(command.log_text, command.timeout, context) from exc
        except ResponseTooLarge as exc:
            raise too_long_error(command.log_text, exc.lines, exc.chars) from exc
        except PortClosed as exc:
            raise gone_error(self.address) from exc

    async def parsed(self, command: AtCommand, parse: Callable[[AtResult], Any],
                     context: Context = "general") -> Any:
        """Run and parse; a reply we cannot read is a CMAPI error, not a crash."""
        result = await self.run(command, context=context)
        try:
            return parse(result)
        except AtParseError as exc:
            raise CmapiError(ErrorCode.FATAL, data={
                "modem": command.log_text, "reason": f"unexpected answer: {exc}"}) from exc

    async def wait_unless_gone(self, future: asyncio.Future[Any], timeout: float) -> Any:
        """``future``'s result; the "device went away" error as soon as the port is lost, and
        TimeoutError after ``timeout`` seconds (for answers that come as URCs)."""
        if self.gone.is_set():
            raise gone_error(self.address)
        gone = asyncio.ensure_future(self.gone.wait())
        try:
            done, _ = await asyncio.wait({future, gone}, timeout=timeout,
                                         return_when=asyncio.FIRST_COMPLETED)
        finally:
            gone.cancel()
        if future in done:
            return future.result()
        if gone in done:
            raise gone_error(self.address)
        raise TimeoutError

    # ------------------------------------------------------------------ URCs and tasks

    def route_urc(self, name: str, callback: UrcCallback) -> None:
        self._urc_routes[name] = callback

    def _on_urc(self, urc: Unsolicited) -> None:
        callback = self._urc_routes.get(urc.name)
        if callback is None:
            log.debug("%s: unhandled URC %r", self.address, urc.line)
            return
        try:
            callback(urc)
        except (AtParseError, ValueError) as exc:
            log.info("%s: unreadable URC %r: %s", self.address, urc.line, exc)

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> None:
        """Run a background job (reading a new SMS...); its CMAPI errors are logged only.

        The coroutine itself is the task, so a job cancelled before it starts (the device closed
        right after opening) is closed cleanly instead of being left never awaited.
        """
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._job_done)

    def _job_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        if isinstance(exc, CmapiError):
            log.info("%s: background job failed: %s", self.address, exc)
        elif isinstance(exc, AtParseError | ValueError):  # SmsCodecError is a ValueError
            log.info("%s: background job got an unreadable answer: %s", self.address, exc)
        else:
            log.error("%s: background job crashed", self.address, exc_info=exc)

    def publish(self, event: Event) -> None:
        self.events.publish(event)


def _command_name(text: str) -> str:
    """``AT+CPINR="SIM*"`` -> ``+CPINR``; ``AT^CPIN?`` -> ``^CPIN``."""
    body = text[2:] if text[:2].upper() == "AT" else text
    end = len(body)
    for i, char in enumerate(body):
        if char in "=?":
            end = i
            break
    return body[:end].upper()
