"""The virtual modem through real bytes: loopback TCP and a pseudo-terminal, via pyserial."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

import pytest
import serial

from cmgui.drivers.virtual import smspdu
from cmgui.drivers.virtual.serve import (
    VirtualModemServer,
    open_pty,
    serve_tcp,
    start_in_process,
)


class Running:
    """A server on an event loop in a background thread, so blocking pyserial can talk to it."""

    def __init__(self, kind: str, dialect: str, **options: Any) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        opener = serve_tcp if kind == "tcp" else open_pty
        coro = opener(dialect=dialect, **options)
        self.server: VirtualModemServer
        self.server, self.url = asyncio.run_coroutine_threadsafe(coro, self.loop).result(5)

    def call(self, fn: Callable[[], object]) -> None:
        done: Future[object] = Future()
        self.loop.call_soon_threadsafe(lambda: done.set_result(fn()))
        done.result(5)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.server.close(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()


def read_until(port: serial.Serial, marker: bytes, timeout: float = 5.0) -> bytes:
    end = time.monotonic() + timeout
    buf = b""
    while marker not in buf:
        if time.monotonic() > end:
            raise AssertionError(f"no {marker!r} in {buf!r}")
        buf += port.read(port.in_waiting or 1)
    return buf


def command(port: serial.Serial, line: str, final: bytes = b"\r\nOK\r\n") -> bytes:
    port.write(line.encode() + b"\r")
    return read_until(port, final)


@pytest.fixture(params=["tcp", "pty"])
def modem(request: pytest.FixtureRequest) -> Iterator[tuple[Running, serial.Serial]]:
    running = Running(request.param, "generic", pin_enabled=False, register_delay=0.1,
                      scan_delay=0.3, reply_delay=0.2, report_delay=0.1)
    if request.param == "tcp":
        port = serial.serial_for_url(running.url, timeout=0.05)
    else:
        port = serial.Serial(running.url, 115200, timeout=0.05)
    try:
        yield running, port
    finally:
        port.close()
        running.stop()


def test_session_over_real_bytes(modem: tuple[Running, serial.Serial]) -> None:
    running, port = modem
    assert command(port, "ATE0") == b"ATE0\r\r\nOK\r\n"
    assert command(port, "AT+CGMI") == b"\r\ncmgui\r\nOK\r\n".replace(b"\r\nOK", b"\r\n\r\nOK")
    assert command(port, "AT+CREG=1") == b"\r\nOK\r\n"  # registration takes real time:
    if b"+CREG: 1,1" not in command(port, "AT+CREG?"):  # wait for it to be announced
        read_until(port, b"+CREG: 1\r\n")
    assert command(port, "AT+CREG=0") == b"\r\nOK\r\n"
    assert b'+COPS: 0,0,"Virtual Telecom",7' in command(port, "AT+COPS?")
    scan = command(port, "AT+COPS=?")
    assert b'"Forbidden Net"' in scan
    assert command(port, "AT+CMGF=0;+CNMI=2,1,0,1,0") == b"\r\nOK\r\n"
    tpdu = smspdu.encode_submit("+15550100", "over the wire", srr=True)[0]
    port.write(f"AT+CMGS={len(tpdu)}\r".encode())
    read_until(port, b"> ")
    port.write(b"00" + tpdu.hex().encode() + b"\x1a")
    read_until(port, b"+CMGS: 1\r\n\r\nOK\r\n")
    urcs = read_until(port, b'+CMTI: "SM",1\r\n')
    assert b"+CDS: " in urcs
    listing = command(port, "AT+CMGR=1")
    pdu_hex = listing.split(b"\r\n")[2].decode()
    _, raw = smspdu.split_smsc(bytes.fromhex(pdu_hex))
    assert smspdu.decode_tpdu(raw).text == "echo: over the wire"
    running.call(lambda: running.server.model.inject_ussd("Hello from the network"))
    command(port, "AT+CUSD=1")
    running.call(lambda: running.server.model.inject_ussd("Hello from the network"))
    assert read_until(port, b",15\r\n").endswith(b'+CUSD: 0,"Hello from the network",15\r\n')


def test_second_tcp_client_is_refused() -> None:
    running = Running("tcp", "huawei", pin_enabled=False)
    first = serial.serial_for_url(running.url, timeout=0.05)
    try:
        assert command(first, "AT+CGMI").endswith(b"huawei\r\n\r\nOK\r\n")
        second = serial.serial_for_url(running.url, timeout=0.2)
        second.write(b"AT\r")
        try:
            got = second.read(16)
        except serial.SerialException:  # closed by the server: EOF or reset
            got = b""
        assert got == b""
        # pyserial's socket:// close() skips closing the socket when shutdown() fails (the
        # server has already closed it), so close it ourselves.
        sock = second._socket
        second.close()
        if sock is not None:
            sock.close()
        assert command(first, "AT+FOO", b"COMMAND NOT SUPPORT\r\n").endswith(
            b"\r\nCOMMAND NOT SUPPORT\r\n")
    finally:
        first.close()
        running.stop()


async def test_start_in_process_handle() -> None:
    handle = await start_in_process("quectel", pin_enabled=False, register_delay=0.05)
    try:
        assert handle.url.startswith("socket://127.0.0.1:")
        reader, writer = await asyncio.open_connection(*handle.url[9:].split(":"))
        writer.write(b"ATE0;+CGMI\r")
        data = b""
        while b"OK\r\n" not in data:
            data += await asyncio.wait_for(reader.read(100), 2)
        assert data == b"ATE0;+CGMI\r\r\nQuectel\r\n\r\nOK\r\n"
        handle.model.inject_sms("+15551234", "hi")  # held until registered, then +CMTI
        data = b""
        while b"+CMTI" not in data:
            data += await asyncio.wait_for(reader.read(100), 2)
        assert data == b'\r\n+CMTI: "SM",0\r\n'
        writer.close()
    finally:
        await handle.close()


def test_cli_main_prints_address_and_stops_on_sigterm() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from cmgui.drivers.virtual.serve import main; "
         "sys.exit(main(sys.argv[1:]))", "--dialect", "huawei", "--tcp", "127.0.0.1:0"],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("socket://127.0.0.1:")
        port = serial.serial_for_url(url, timeout=0.05)
        assert command(port, "AT^CURC=0").endswith(b"\r\nOK\r\n")
        port.close()
        proc.terminate()
        assert proc.wait(5) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


def test_pty_survives_the_client_closing_and_reopening() -> None:
    running = Running("pty", "generic", pin_enabled=False)
    try:
        for _ in range(2):
            port = serial.Serial(running.url, 115200, timeout=0.05)
            assert command(port, "AT+CGMM").endswith(b"\r\nOK\r\n")
            port.close()
    finally:
        running.stop()


async def test_long_answers_cross_the_pty_whole() -> None:
    """A full store (about 30 KB in one +CMGL answer) is more than a pty buffers at once: the
    server must hand it out as the peer reads, not drop what does not fit."""
    from cmgui.at.commands import sms
    from cmgui.at.engine import AtCommand
    from cmgui.drivers.at.transport import AtPort

    server, path = await open_pty("generic", pin_enabled=False, sm_capacity=150,
                                  register_delay=0.0)
    try:
        server.model.advance(0.1)
        for i in range(150):
            server.model.inject_sms("+15550199", f"{i:03d} " + "long answer " * 12)
        port = await AtPort.open(path)
        try:
            await port.command(AtCommand("ATE0"))
            stored = sms.parse_cmgl(await port.command(sms.cmgl(4)))
        finally:
            await port.close()
        assert len(stored) == 150
    finally:
        await server.close()
