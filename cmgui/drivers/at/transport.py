"""Bytes to and from a modem port, and the port actor that runs the sans-IO AT engine on them.

:func:`open_stream` opens a local serial device (``/dev/ttyUSB2``, ``COM5``, a pseudo-terminal)
or ``socket://`` as an asyncio stream pair through ``serial_asyncio_fast``; pyserial URL handlers
that have no file descriptor (``rfc2217://``, ``loop://``) get a reader thread. Local devices
are opened exclusively (pyserial's ``flock`` plus ``TIOCEXCL`` where the platform has it), so
we never share a port with another program.

:class:`AtPort` is the actor: one reader task feeds :class:`~cmgui.at.engine.AtEngine`, one
command is in flight at a time (an :class:`asyncio.Lock` orders the callers), the engine's
deadline is driven by ``loop.call_at`` on the loop's clock, URCs go to a callback. When the port
goes away every waiting call fails with :class:`PortClosed` and the ``on_lost`` callbacks run.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any, Protocol

from cmgui.at.engine import (
    AtCommand,
    AtEngine,
    AtResult,
    CommandCompleted,
    CommandTimedOut,
    PromptReady,
    ResponseTooLong,
    State,
    Stray,
    Unsolicited,
)
from cmgui.at.urc import UrcSpec

log = logging.getLogger(__name__)

DEFAULT_BAUDRATE = 115200
READ_SIZE = 4096


class PortError(Exception):
    """Base of the transport's errors."""


class PortClosed(PortError):
    """The port was closed, or the device went away (unplugged, EOF, I/O error)."""


class PortBusy(PortError):
    """Another program holds the port."""


class PortDenied(PortError):
    """The operating system does not let this user open the port (file permissions)."""


class PortMissing(PortClosed):
    """There is no device at this address (never was, or it was unplugged)."""


class ResponseTooLarge(PortError):
    """The modem's answer to one command went past the engine's cap on lines or characters
    (a modem that never stops talking); what arrived was dropped."""

    def __init__(self, command: AtCommand, lines: int, chars: int) -> None:
        super().__init__(f"{command.log_text}: the modem's answer was cut off after {lines} "
                         f"lines ({chars} characters)")
        self.command = command
        self.lines = lines
        self.chars = chars


class CommandTimeout(PortError):
    """No final result in time; ``lines`` are what arrived before."""

    def __init__(self, command: AtCommand, lines: tuple[str, ...]) -> None:
        super().__init__(f"{command.log_text}: no answer in {command.timeout:g} s")
        self.command = command
        self.lines = lines


def is_url(address: str) -> bool:
    return "://" in address


#: errno values of a failed open() and what they mean: TIOCEXCL gives EBUSY, pyserial's flock
#: EWOULDBLOCK (EAGAIN), an fcntl lock EACCES or EAGAIN (told apart from a permission problem by
#: pyserial's "lock" wording); EACCES/EPERM on open() itself are file permissions.
_BUSY = frozenset({errno.EBUSY, errno.EAGAIN, errno.EWOULDBLOCK})
_DENIED = frozenset({errno.EACCES, errno.EPERM})
_MISSING = frozenset({errno.ENOENT, errno.ENODEV, errno.ENXIO})


def open_failure(address: str, exc: OSError | ValueError) -> PortError:
    """What a failed open of `address` means, as the error to raise.

    Only a port another program holds is :class:`PortBusy`; :class:`PortDenied` and
    :class:`PortMissing` say what the user can do about theirs; anything else is
    :class:`PortClosed` with the system's words. Without an errno (pyserial on Windows, URL
    handlers) the text decides: Windows answers "Access is denied" for a COM port in use.
    """
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in _BUSY or (code in _DENIED and "lock" in text) or (
            code is None and any(w in text for w in ("lock", "busy", "access is denied"))):
        return PortBusy(f"{address} is in use by another program")
    if code in _DENIED:
        return PortDenied(f"permission denied: this user may not open {address}"
                          f"{_permission_hint(address)}")
    if code in _MISSING or (code is None and "filenotfounderror" in text):
        return PortMissing(f"{address} is not there (unplugged?)")
    return PortClosed(f"cannot open {address}: {exc}")


def _permission_hint(address: str) -> str:
    """How to get access on Linux: join the port's group (dialout on most systems)."""
    if not sys.platform.startswith("linux") or is_url(address):
        return ""
    group = "dialout"
    try:
        import grp

        group = grp.getgrgid(os.stat(address).st_gid).gr_name
    except (ImportError, KeyError, OSError):
        pass
    return (f" (add the user to the '{group}' group: sudo usermod -aG {group} $USER,"
            " then log in again)")


def _set_exclusive(serial_instance: Any) -> None:
    """TIOCEXCL: further open() calls of the tty fail with EBUSY (even by root-less peers)."""
    try:
        import fcntl
        import termios
    except ImportError:  # Windows: ports are exclusive by nature
        return
    excl = getattr(termios, "TIOCEXCL", None)
    fileno = getattr(serial_instance, "fileno", None)
    if excl is None or fileno is None:
        return
    with contextlib.suppress(OSError, ValueError):
        fcntl.ioctl(fileno(), excl)


class ByteWriter(Protocol):
    """What the port actor needs of a writer (asyncio.StreamWriter has it)."""

    def write(self, data: bytes) -> None: ...

    def close(self) -> None: ...

    async def wait_closed(self) -> None: ...


class ThreadedWriter:
    """Writer half of a URL handler that has no file descriptor (``rfc2217://``, ``loop://``):
    a worker thread reads into an asyncio.StreamReader, writes go to the same thread pool."""

    def __init__(self, serial_instance: Any, reader: asyncio.StreamReader) -> None:
        self._serial = serial_instance
        self._loop = asyncio.get_running_loop()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._pump, args=(reader,), daemon=True,
                                        name=f"serial-reader {serial_instance.port}")
        self._thread.start()

    def _pump(self, reader: asyncio.StreamReader) -> None:
        import serial

        try:
            while not self._stop.is_set():
                data = self._serial.read(self._serial.in_waiting or 1)
                if data:
                    self._loop.call_soon_threadsafe(reader.feed_data, data)
        except (serial.SerialException, OSError, TypeError) as exc:
            if not self._stop.is_set():
                with contextlib.suppress(RuntimeError):  # the loop may be gone already
                    self._loop.call_soon_threadsafe(reader.set_exception, PortClosed(str(exc)))
                return
        with contextlib.suppress(RuntimeError):
            self._loop.call_soon_threadsafe(reader.feed_eof)

    def write(self, data: bytes) -> None:
        if not self._stop.is_set():
            self._loop.run_in_executor(None, self._serial.write, data)

    def close(self) -> None:
        self._stop.set()

    async def wait_closed(self) -> None:
        await self._loop.run_in_executor(None, self._thread.join, 1.0)
        with contextlib.suppress(Exception):
            self._serial.close()


async def _open_threaded(address: str, baudrate: int) -> tuple[asyncio.StreamReader,
                                                                  ThreadedWriter]:
    import serial

    loop = asyncio.get_running_loop()
    try:
        instance = await loop.run_in_executor(
            None, lambda: serial.serial_for_url(address, baudrate=baudrate, timeout=0.05))
    except (OSError, ValueError) as exc:  # serial.SerialException is an OSError
        raise open_failure(address, exc) from exc
    reader = asyncio.StreamReader()
    return reader, ThreadedWriter(instance, reader)


async def open_stream(
    address: str, baudrate: int = DEFAULT_BAUDRATE
) -> tuple[asyncio.StreamReader, ByteWriter]:
    """Open ``address`` (device path or pyserial URL) as a stream pair.

    Local ports and ``socket://`` use the event loop directly; URL handlers without a file
    descriptor (``rfc2217://``, ``loop://``) get a reader thread. Raises what
    :func:`open_failure` makes of a failure: :class:`PortBusy` when another program holds a
    local port, :class:`PortDenied`, :class:`PortMissing`, else :class:`PortClosed`.
    """
    import serial_asyncio_fast

    scheme = address.split("://", 1)[0].lower() if is_url(address) else ""
    if scheme and scheme != "socket":
        return await _open_threaded(address, baudrate)
    kwargs: dict[str, Any] = {"url": address, "baudrate": baudrate}
    if not scheme and os.name == "posix":
        kwargs["exclusive"] = True
    try:
        reader, writer = await serial_asyncio_fast.open_serial_connection(**kwargs)
    except (OSError, ValueError) as exc:  # serial.SerialException is an OSError
        raise open_failure(address, exc) from exc
    if not scheme:
        _set_exclusive(writer.transport.get_extra_info("serial"))
    _report_losses_plainly(writer.transport)
    return reader, writer


def _report_losses_plainly(transport: Any) -> None:
    """A device that vanishes under a write: one log line, and the loss without a traceback.

    serial_asyncio_fast hands such a write error to the loop's exception handler, which logs it
    with its traceback. The frames of that traceback reach the loop's I/O callback (qasync's
    socket notifier, a parentless QObject, among its locals) and keep it alive for as long as
    the log record lives; the loss is no bug, and the reader reports it anyway.
    """
    abort = getattr(transport, "_abort", None)
    if abort is None or not hasattr(transport, "_fatal_error"):
        return  # another transport: it reports losses its own way

    def fatal_error(exc: BaseException, message: str = "Fatal error on serial transport") -> None:
        log.info("%s: %s", message, exc)
        abort(_without_traceback(exc))

    transport._fatal_error = fatal_error


def _without_traceback(exc: BaseException) -> BaseException:
    """``exc`` (and what caused it) without tracebacks: kept as the reason a port was lost, a
    traceback would hold the frames of the event loop's I/O callbacks alive in a cycle."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        current.__traceback__ = None
        current = current.__cause__ or current.__context__
    return exc


def _retrieve(future: asyncio.Future[AtResult]) -> None:
    if not future.cancelled():
        future.exception()


UrcHandler = Callable[[Unsolicited], None]
LostHandler = Callable[[BaseException | None], None]


class AtPort:
    """The port actor. Create with :meth:`open` (or wrap an existing stream pair)."""

    def __init__(
        self,
        reader: asyncio.StreamReader,
        writer: ByteWriter,
        *,
        name: str = "",
        extra_urcs: tuple[UrcSpec, ...] = (),
    ) -> None:
        self.name = name
        self._reader = reader
        self._writer = writer
        self._engine = AtEngine(extra_urcs=extra_urcs)
        self._loop = asyncio.get_running_loop()
        self._lock = asyncio.Lock()
        self._future: asyncio.Future[AtResult] | None = None
        #: Resolved when the engine is done with the command in flight (final result, its
        #: deadline, or the port gone), whatever became of the caller.
        self._ended: asyncio.Future[None] | None = None
        self._payload: bytes | str | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._closed = False
        self._lost_reason: BaseException | None = None
        self.urc_handlers: list[UrcHandler] = []
        self.lost_handlers: list[LostHandler] = []
        self.bytes_in = 0
        self._background: set[asyncio.Task[None]] = set()
        self._task = asyncio.create_task(self._read_loop(), name=f"at-reader {name}")

    @classmethod
    async def open(
        cls, address: str, baudrate: int = DEFAULT_BAUDRATE, *,
        extra_urcs: tuple[UrcSpec, ...] = (),
    ) -> AtPort:
        reader, writer = await open_stream(address, baudrate)
        return cls(reader, writer, name=address, extra_urcs=extra_urcs)

    @property
    def closed(self) -> bool:
        return self._closed

    # ------------------------------------------------------------------ commands

    async def command(self, command: AtCommand, payload: bytes | str | None = None) -> AtResult:
        """Run one command (and its prompt payload); the result, OK or not.

        Raises :class:`CommandTimeout` or :class:`PortClosed`. Cancelling the caller while the
        command runs returns at once and aborts the command on the modem (a character, as V.250
        allows; ESC at an SMS prompt); the port stays reserved until the modem's final result for
        it (or its timeout), so a late answer is never taken for the next command's.
        """
        if command.expect_prompt and payload is None:
            raise ValueError("a prompting command needs a payload")
        await self._lock.acquire()
        try:
            self._check_open()
            future: asyncio.Future[AtResult] = self._loop.create_future()
            self._future = future
            self._ended = self._loop.create_future()
            self._payload = payload
            log.debug("%s -> %s", self.name, command.log_text)
            self._write(self._engine.send(command, self._loop.time()))
            self._arm_timer()
        except BaseException:
            self._lock.release()
            raise
        ended = self._ended
        try:
            result = await asyncio.shield(future)
        except asyncio.CancelledError:
            if future.done():
                self._release()
            else:
                # Nobody awaits the result any more: retrieve whatever it becomes.
                future.add_done_callback(_retrieve)
                self._abort()
                self._release_when(ended)
            raise
        except ResponseTooLarge:
            self._release_when(ended)  # the modem is still talking: wait for its end
            raise
        except BaseException:
            self._release()
            raise
        self._release()
        return result

    def _release(self) -> None:
        self._future = None
        self._ended = None
        self._payload = None
        self._lock.release()

    def _release_when(self, ended: asyncio.Future[None] | None) -> None:
        """Keep the port until the engine is done with the command in flight (its final
        result or its timeout), so a late answer is never taken for the next command's."""
        if ended is None or ended.done() or self._closed:
            self._release()
            return
        task = asyncio.create_task(self._finish_aborted(ended))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    @property
    def waiting(self) -> int:
        """Callers queued for the port behind the command in flight (for tests and logs)."""
        waiters = getattr(self._lock, "_waiters", None)
        return len(waiters) if waiters else 0

    def _abort(self) -> None:
        """Ask the modem to abort the command in flight (any character does, V.250 5.6.1)."""
        log.debug("%s: aborting %r", self.name, self._engine.current)
        if self._engine.state is State.PROMPTED:
            self._write(self._engine.abort_payload(self._loop.time()))
            self._arm_timer()
        elif self._engine.current is not None:
            self._write(b"\r")

    async def _finish_aborted(self, ended: asyncio.Future[None]) -> None:
        with contextlib.suppress(BaseException):
            await ended
        self._release()

    def _check_open(self) -> None:
        if self._closed:
            raise PortClosed(f"{self.name}: port closed") from self._lost_reason

    # ------------------------------------------------------------------ engine plumbing

    def _write(self, data: bytes) -> None:
        if data and not self._closed:
            self._writer.write(data)

    def _arm_timer(self) -> None:
        self._cancel_timer()
        deadline = self._engine.next_deadline()
        if deadline is not None:
            self._timer = self._loop.call_at(deadline, self._on_deadline)

    def _cancel_timer(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_deadline(self) -> None:
        self._timer = None
        self._engine.tick(self._loop.time())
        self._drain()
        self._arm_timer()

    def _drain(self) -> None:
        while (event := self._engine.next_event()) is not None:
            if isinstance(event, CommandCompleted):
                self._resolve(result=event.result)
                self._end()
            elif isinstance(event, CommandTimedOut):
                self._resolve(error=CommandTimeout(event.command, event.lines))
                self._end()
            elif isinstance(event, ResponseTooLong):
                log.warning("%s: %s: answer cut off after %d lines (%d characters)",
                            self.name, event.command.log_text, event.lines, event.chars)
                self._fail(ResponseTooLarge(event.command, event.lines, event.chars))
                self._abort()
            elif isinstance(event, PromptReady):
                payload = self._payload
                if payload is None:  # nothing to send: cancel the prompt cleanly
                    self._write(self._engine.abort_payload(self._loop.time()))
                else:
                    self._write(self._engine.send_payload(payload, self._loop.time()))
                self._arm_timer()
            elif isinstance(event, Unsolicited):
                for handler in list(self.urc_handlers):
                    try:
                        handler(event)
                    except Exception:
                        log.exception("URC handler failed on %r", event.line)
            elif isinstance(event, Stray):
                log.debug("%s: stray line %r", self.name, event.line)

    def _end(self) -> None:
        ended = self._ended
        if ended is not None and not ended.done():
            ended.set_result(None)

    def _fail(self, error: Exception) -> None:
        """Fail the caller now; the command stays in flight (the timer stays armed)."""
        future = self._future
        if future is not None and not future.done():
            future.set_exception(error)

    def _resolve(self, result: AtResult | None = None, error: Exception | None = None) -> None:
        self._cancel_timer()
        future = self._future
        if future is None or future.done():
            return
        if error is not None:
            future.set_exception(error)
        else:
            assert result is not None
            future.set_result(result)

    async def _read_loop(self) -> None:
        reason: BaseException | None = None
        try:
            while True:
                data = await self._reader.read(READ_SIZE)
                if not data:
                    reason = PortClosed(f"{self.name}: end of stream")
                    break
                self.bytes_in += len(data)
                self._engine.receive_data(data)
                self._drain()
                self._arm_timer()
        except asyncio.CancelledError:
            reason = None
        except Exception as exc:  # serial.SerialException, OSError: the device went away
            reason = _without_traceback(exc)
        self._lost(reason)

    def _lost(self, reason: BaseException | None) -> None:
        if self._closed:
            return
        self._closed = True
        self._lost_reason = reason
        self._cancel_timer()
        future = self._future
        if future is not None and not future.done():
            future.set_exception(PortClosed(f"{self.name}: the device went away"))
        self._end()
        with contextlib.suppress(Exception):
            self._writer.close()
        for handler in list(self.lost_handlers):
            try:
                handler(reason)
            except Exception:
                log.exception("port-lost handler failed")

    async def close(self) -> None:
        """Close the port; pending calls fail with :class:`PortClosed`. Idempotent."""
        self.lost_handlers.clear()
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._task
        self._lost(None)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._writer.wait_closed(), 1.0)
        failure = self._reader.exception()  # a write that failed on the way out (unplugged)
        if failure is not None:
            _without_traceback(failure)
