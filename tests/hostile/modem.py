"""A hostile modem: the virtual modem on a real pseudo-terminal, with faults injected at chosen
AT commands and floods of unsolicited lines.

The model and its AT front end are the product's (:mod:`cmgui.drivers.virtual`); this wrapper
only sits between the pty and the front end:

* ``fault(prefix, action)``: when a command line starting with ``prefix`` arrives, ``"unplug"``
  (the pty vanishes before the modem sees the command), ``"consume-unplug"`` (the modem acts
  on it, e.g. spends a PIN attempt, then vanishes before answering), ``"consume-error"`` (the
  modem acts on it and answers a bare ``ERROR``), ``"hang"`` (it stops answering anything) or
  ``"endless"`` (it answers with information lines that never end);
* ``flood(lines)``: the given unsolicited lines, over and over, as fast as the TE reads them,
  until :meth:`stop_flood`.

Everything the TE sent is kept in ``received`` (one entry per command line).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tty
from collections.abc import Callable
from typing import Any

from cmgui.drivers.virtual.serve import VirtualModemServer

ACTIONS = ("unplug", "consume-unplug", "consume-error", "hang", "endless")
#: Bytes written to the pty per step of a flood or an endless answer.
CHUNK = 4096


class HostileModem(VirtualModemServer):
    """See the module docstring. ``open()`` returns the pty path for an ``AtDevice``."""

    def __init__(self, dialect: str = "generic", **options: Any) -> None:
        options.setdefault("pin_enabled", False)
        super().__init__(dialect, **options)
        self.received: list[str] = []
        self.faults: dict[str, str] = {}
        self._skip: dict[str, int] = {}
        self.unplugged = asyncio.Event()
        self.flood_bytes = 0
        self.endless_bytes = 0
        #: No flood or endless answer sends more than this (a test always ends).
        self.limit = 256 << 20
        self._line = bytearray()
        self._pending = bytearray()
        self._waiting = False
        self._drained: asyncio.Event = asyncio.Event()
        self._hung = False
        self._master = -1
        self._slave = -1
        self._tasks: set[asyncio.Task[None]] = set()
        self._stop = asyncio.Event()

    # --- the pty --------------------------------------------------------------------------------

    def open(self) -> str:
        master, slave = os.openpty()
        tty.setraw(slave)
        os.set_blocking(master, False)
        self._master, self._slave = master, slave
        self._loop.add_reader(master, self._readable)
        self._sink = self._write
        self.url = os.ttyname(slave)
        return self.url

    def _readable(self) -> None:
        try:
            data = os.read(self._master, 4096)
        except OSError:
            return
        for byte in data:
            self._line.append(byte)
            if byte == 0x0D:
                line = bytes(self._line)
                self._line.clear()
                self._command(line)
                if self._master < 0:
                    return

    def _write(self, data: bytes) -> None:
        """Queue ``data`` for the TE; it goes out as fast as the TE reads."""
        if self._master < 0:
            return
        self._pending += data
        self._flush()

    def _flush(self) -> None:
        while self._pending and self._master >= 0:
            try:
                written = os.write(self._master, self._pending)
            except BlockingIOError:
                break
            except OSError:
                self._pending.clear()
                break
            del self._pending[:written]
        if self._master < 0:
            return
        if self._pending and not self._waiting:
            self._loop.add_writer(self._master, self._flush)
            self._waiting = True
        elif not self._pending:
            if self._waiting:
                self._loop.remove_writer(self._master)
                self._waiting = False
            self._drained.set()

    async def _when_drained(self) -> None:
        while self._pending and self._master >= 0:
            self._drained.clear()
            await self._drained.wait()

    def unplug(self) -> None:
        """The device vanishes: the pty's both ends close (the TE reads EOF or EIO)."""
        if self._master < 0:
            return
        self._loop.remove_reader(self._master)
        if self._waiting:
            self._loop.remove_writer(self._master)
            self._waiting = False
        self._pending.clear()
        self._drained.set()
        with contextlib.suppress(OSError):
            os.close(self._master)
        with contextlib.suppress(OSError):
            os.close(self._slave)
        self._master = self._slave = -1
        self._sink = None
        self._stop.set()
        self.unplugged.set()

    # --- faults ---------------------------------------------------------------------------------

    def fault(self, prefix: str, action: str, *, after: int = 0) -> None:
        """``action`` on command lines starting with ``prefix``, from the ``after + 1``-th on."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        self.faults[prefix.upper()] = action
        self._skip[prefix.upper()] = after

    def _action(self, text: str) -> str | None:
        upper = text.upper()
        for prefix, action in self.faults.items():
            if upper.startswith(prefix):
                if self._skip.get(prefix, 0) > 0:
                    self._skip[prefix] -= 1
                    return None
                return action
        return None

    def _command(self, raw: bytes) -> None:
        text = raw.decode("latin-1").strip("\r\n\x1a\x1b ")
        if text:
            self.received.append(text)
        if self._hung:
            return
        action = self._action(text) if text else None
        if action is None:
            self.feed(raw)
        elif action == "unplug":
            self.unplug()
        elif action == "consume-unplug":
            self._consume(raw)
            self.unplug()
        elif action == "consume-error":
            self._consume(raw)
            self._write(b"\r\nERROR\r\n")
        elif action == "hang":
            self._hung = True
        else:  # endless
            self._spawn(self._endless())

    def _consume(self, raw: bytes) -> None:
        """Let the model act on the command, and throw its answer away."""
        sink, self._sink = self._sink, None
        self.feed(raw)
        self._sink = sink

    async def _endless(self) -> None:
        line = b"+CMGL: 1,1,,23\r\n" + b"0" * 46 + b"\r\n"
        block = line * (CHUNK // len(line))
        while not self._stop.is_set() and self._master >= 0 and self.endless_bytes < self.limit:
            self._write(block)
            self.endless_bytes += len(block)
            await self._when_drained()
        self._write(b"\r\nOK\r\n")  # told to stop: the answer ends at last

    # --- floods ---------------------------------------------------------------------------------

    def flood(self, lines: list[str]) -> None:
        """Send ``lines`` (URCs) round and round until :meth:`stop_flood`, an unplug or
        :attr:`limit` bytes; each block goes out once the TE has read the previous one, so the
        flood runs exactly as fast as the TE reads."""
        data = b"".join(f"\r\n{line}\r\n".encode() for line in lines)
        block = data * max(1, CHUNK // len(data))
        self._stop.clear()

        async def run() -> None:
            while not self._stop.is_set() and self._master >= 0 and self.flood_bytes < self.limit:
                self._write(block)
                self.flood_bytes += len(block)
                await self._when_drained()
                await asyncio.sleep(0)  # let the modem answer commands in between

        self._spawn(run())

    def stop_flood(self) -> None:
        """End a flood or an endless answer (which then ends with ``OK``)."""
        self._stop.set()

    def _spawn(self, coro: Any) -> None:
        task: asyncio.Task[None] = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        self._stop.set()
        for task in list(self._tasks):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self.unplug()
        await super().close()


def count(received: list[str], predicate: Callable[[str], bool]) -> int:
    return sum(1 for line in received if predicate(line))


def rss() -> int:
    """This process's resident memory in bytes (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
