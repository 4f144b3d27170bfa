"""Transports for the virtual modem: loopback TCP (pyserial ``socket://``) and pseudo-terminals.

The model clock follows the event loop's monotonic clock, so signal, timers, delayed answers and
URCs happen in real time, while the model and the front end themselves stay sans-IO.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
import tty
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from typing import Any

from .dialects import INDEX_BASE, table
from .frontend import AtFrontEnd
from .identity import identity_for
from .model import ModemConfig, VirtualModem
from .persist import restore, snapshot
from .shared import SharedModem
from .state_file import StateFile

TICK_MAX = 0.2
#: Bytes held for a pty peer that does not read, before the oldest are dropped.
MAX_PTY_BACKLOG = 1 << 20


def create(dialect: str = "generic", *, scan_delay: float = 3.0, urc_interleave: float = 0.0,
           **options: Any) -> tuple[VirtualModem, AtFrontEnd]:
    """A model and its front end for ``dialect``; ``options`` are :class:`ModemConfig` fields."""
    table(dialect)  # validates the dialect name
    known = {f.name for f in fields(ModemConfig)}
    unknown = set(options) - known
    if unknown:
        raise TypeError(f"unknown virtual modem option(s): {', '.join(sorted(unknown))}")
    options.setdefault("index_base", INDEX_BASE[dialect])
    config = ModemConfig(**options)
    model = VirtualModem(config, identity_for(dialect))
    return model, AtFrontEnd(model, dialect, scan_delay=scan_delay, urc_interleave=urc_interleave)


class VirtualModemServer:
    """Runs one model + front end on the running asyncio loop and pumps bytes to one peer.

    With a ``state`` file the device remembers itself between runs and is shared with every
    other process that runs it (:mod:`.shared`); without one it starts factory-fresh.
    """

    def __init__(self, dialect: str = "generic", *, state: StateFile | None = None,
                 **options: Any) -> None:
        options.setdefault("wall_start", datetime.now(UTC))
        self.model, self.frontend = create(dialect, **options)
        self.shared = SharedModem(self.model, state) if state is not None else None
        self._factory = snapshot(self.model)
        self._loop = asyncio.get_running_loop()
        self._t0 = self._loop.time()
        if self.shared is not None:
            self.shared.step(lambda: None)
            self.model.drain_events()  # nobody was listening while it was off
        self._sink: Callable[[bytes], None] | None = None
        self._ticker = self._loop.create_task(self._tick_forever())
        self._closers: list[Callable[[], None]] = []
        self.url = ""

    @property
    def dialect(self) -> str:
        return self.frontend.dialect

    def _now(self) -> float:
        return self._loop.time() - self._t0

    def _pump(self) -> None:
        out = self.frontend.data_to_send()
        if out and self._sink is not None:
            self._sink(out)

    def _step(self, action: Callable[[], None]) -> None:
        if self.shared is None:
            action()
        else:
            self.shared.step(action)

    def factory_reset(self) -> None:
        """Power-cycle the device back to factory state (the SIM asks for its PIN again, the
        storages are as delivered); a device kept in a state file forgets it, for every process
        that runs it."""
        if self.shared is not None:
            self.shared.file.erase()
            self._step(lambda: None)
        else:
            self.model.ussd_cancel()
            restore(self.model, self._factory)
        self._step(lambda: self.frontend.advance(self._now()))
        self._pump()

    def feed(self, data: bytes) -> None:
        """Bytes from the TE."""
        def receive() -> None:
            self.frontend.advance(self._now())
            self.frontend.receive_data(data)

        self._step(receive)
        self._pump()

    async def _tick_forever(self) -> None:
        while True:
            deadline = self.frontend.next_deadline()
            delay = TICK_MAX if deadline is None else deadline - self._now()
            await asyncio.sleep(min(TICK_MAX, max(0.005, delay)))
            self._step(lambda: self.frontend.advance(self._now()))
            self._pump()

    # -- TCP --------------------------------------------------------------------------------
    async def listen_tcp(self, host: str = "127.0.0.1", port: int = 0) -> str:
        server = await asyncio.start_server(self._on_client, host, port)
        sock_host, sock_port = server.sockets[0].getsockname()[:2]
        self._closers.append(server.close)
        self.url = f"socket://{sock_host}:{sock_port}"
        return self.url

    async def _on_client(self, reader: asyncio.StreamReader,
                         writer: asyncio.StreamWriter) -> None:
        if self._sink is not None:  # a serial port has one user at a time
            writer.close()
            return
        self._sink = writer.write
        self.frontend.data_to_send()  # what was said to nobody is lost, as on a real line
        try:
            while data := await reader.read(4096):
                self.feed(data)
        except (ConnectionError, OSError):
            pass
        finally:
            self._sink = None
            writer.close()

    # -- pseudo-terminal --------------------------------------------------------------------
    def open_pty(self) -> str:
        """Serve on a new pseudo-terminal; returns the slave path (e.g. /dev/pts/3)."""
        master, slave = os.openpty()
        tty.setraw(slave)
        os.set_blocking(master, False)
        path = os.ttyname(slave)

        def on_readable() -> None:
            try:
                data = os.read(master, 4096)
            except BlockingIOError:
                return
            except OSError:  # EIO while no process has the slave open
                data = b""
            if data:
                self.feed(data)

        pending = bytearray()
        waiting = False  # a writer callback is registered

        def flush() -> None:
            # The master is non-blocking and the pty's buffer is small: a long answer (a full
            # message store) goes out in pieces as the peer reads, never cut short.
            nonlocal waiting
            while pending:
                try:
                    written = os.write(master, pending)
                except BlockingIOError:
                    break
                except OSError:  # the pty is gone
                    pending.clear()
                    break
                del pending[:written]
            if pending and not waiting:
                self._loop.add_writer(master, flush)
                waiting = True
            elif not pending and waiting:
                self._loop.remove_writer(master)
                waiting = False

        def write(out: bytes) -> None:
            pending.extend(out)
            if len(pending) > MAX_PTY_BACKLOG:  # nobody reads: keep the newest bytes only
                del pending[: len(pending) - MAX_PTY_BACKLOG]
            if not waiting:
                flush()

        self._loop.add_reader(master, on_readable)
        self._sink = write

        def close() -> None:
            self._loop.remove_reader(master)
            self._loop.remove_writer(master)
            os.close(master)
            os.close(slave)

        self._closers.append(close)
        self.url = path
        return path

    async def close(self) -> None:
        self._ticker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._ticker
        for closer in self._closers:
            closer()
        self._closers.clear()
        self._sink = None


async def serve_tcp(host: str = "127.0.0.1", port: int = 0, dialect: str = "generic",
                    **options: Any) -> tuple[VirtualModemServer, str]:
    """Serve a virtual modem on loopback TCP; returns the server and ``socket://host:port``."""
    server = VirtualModemServer(dialect, **options)
    return server, await server.listen_tcp(host, port)


async def open_pty(dialect: str = "generic", **options: Any) -> tuple[VirtualModemServer, str]:
    """Serve a virtual modem on a pseudo-terminal; returns the server and the slave path."""
    server = VirtualModemServer(dialect, **options)
    return server, server.open_pty()


@dataclass
class VirtualModemHandle:
    """A running in-process virtual modem: open ``url``; drive ``model`` (inject SMS/USSD)."""

    url: str
    model: VirtualModem
    server: VirtualModemServer

    async def close(self) -> None:
        await self.server.close()


async def start_in_process(dialect: str = "generic", **options: Any) -> VirtualModemHandle:
    """The device behind the address ``virtual`` / ``virtual:<dialect>``."""
    server, url = await serve_tcp(dialect=dialect, **options)
    return VirtualModemHandle(url, server.model, server)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cmcli virtual-modem",
                                description="Serve a virtual cellular modem.")
    p.add_argument("--dialect", default="generic",
                   choices=["generic", "huawei", "quectel", "sierra"])
    where = p.add_mutually_exclusive_group()
    where.add_argument("--pty", action="store_true", help="serve on a pseudo-terminal")
    where.add_argument("--tcp", metavar="HOST:PORT", default="127.0.0.1:0",
                       help="serve on TCP (default 127.0.0.1:0, a free port)")
    p.add_argument("--no-pin", action="store_true", help="SIM without PIN lock")
    p.add_argument("--scan-delay", type=float, default=3.0, help="seconds +COPS=? takes")
    p.add_argument("--demo-sms", type=float, default=None, metavar="SECONDS",
                   help="receive a demo SMS every SECONDS")
    p.add_argument("--urc-interleave", type=float, default=0.0, metavar="P",
                   help="probability (0..1) that a URC is held and sent inside the next answer")
    return p


async def _serve(args: argparse.Namespace) -> int:
    options: dict[str, Any] = {"scan_delay": args.scan_delay,
                               "demo_sms_interval": args.demo_sms,
                               "urc_interleave": min(1.0, max(0.0, args.urc_interleave))}
    if args.no_pin:
        options["pin_enabled"] = False
    if args.pty:
        server, address = await open_pty(args.dialect, **options)
    else:
        host, _, port = args.tcp.rpartition(":")
        try:
            server, address = await serve_tcp(host or "127.0.0.1", int(port), args.dialect,
                                              **options)
        except (ValueError, OSError) as exc:
            print(f"cannot listen on {args.tcp}: {exc}", file=sys.stderr)
            return 2
    print(address, flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await server.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """``cmcli virtual-modem [--dialect D] [--pty | --tcp HOST:PORT]``."""
    args = _parser().parse_args(argv)
    return asyncio.run(_serve(args))
