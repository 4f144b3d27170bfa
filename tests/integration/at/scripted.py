"""A scripted modem on the master side of a real pseudo-terminal (or a loopback socket).

``answers`` maps a received command line to the raw bytes to answer (or None to stay silent).
Lines not in the map get ``ERROR``. Used to drive the transport with real bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import tty
from collections.abc import Callable, Mapping

Answer = bytes | None | Callable[[str], bytes | None]


class ScriptedModem:
    def __init__(self, answers: Mapping[str, Answer] | None = None, *,
                 silent: bool = False) -> None:
        self.answers = dict(answers or {})
        self.silent = silent
        self.received: list[str] = []
        self.raw = bytearray()
        self._line = bytearray()
        self._write: Callable[[bytes], None] = lambda data: None
        self._close: Callable[[], None] = lambda: None
        self.path = ""

    # --- transports -------------------------------------------------------------------
    def open_pty(self) -> str:
        loop = asyncio.get_running_loop()
        master, slave = os.openpty()
        tty.setraw(slave)
        os.set_blocking(master, False)
        self.path = os.ttyname(slave)

        def readable() -> None:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            self.feed(data)

        def write(data: bytes) -> None:
            with contextlib.suppress(OSError):
                os.write(master, data)

        def close() -> None:
            loop.remove_reader(master)
            os.close(master)
            os.close(slave)

        loop.add_reader(master, readable)
        self._write, self._close = write, close
        return self.path

    async def listen_tcp(self) -> str:
        writers: list[asyncio.StreamWriter] = []

        async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            writers.append(writer)
            self._write = writer.write
            while data := await reader.read(4096):
                self.feed(data)
            writer.close()

        server = await asyncio.start_server(client, "127.0.0.1", 0)
        host, port = server.sockets[0].getsockname()[:2]

        def close() -> None:
            for writer in writers:
                writer.close()
            server.close()

        self._close = close
        self.path = f"socket://{host}:{port}"
        return self.path

    def close(self) -> None:
        self._close()
        self._close = lambda: None

    # --- behaviour ------------------------------------------------------------------------
    def send(self, data: bytes) -> None:
        """Unsolicited bytes (a URC)."""
        self._write(data)

    def feed(self, data: bytes) -> None:
        self.raw += data
        if self.silent:
            return
        for byte in data:
            if byte == 0x0D:
                line = self._line.decode("latin-1")
                self._line.clear()
                self._command(line)
            elif byte in (0x1A, 0x1B):
                payload = self._line.decode("latin-1")
                self._line.clear()
                self._command(("<ctrl-z>" if byte == 0x1A else "<esc>") + payload)
            elif byte != 0x0A:
                self._line.append(byte)

    def _command(self, line: str) -> None:
        self.received.append(line)
        answer = self.answers.get(line, b"\r\nERROR\r\n")
        if callable(answer):
            answer = answer(line)
        if answer is not None:
            self._write(answer)
