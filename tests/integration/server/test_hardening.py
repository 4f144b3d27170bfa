"""Slowloris and fd exhaustion (issue 11, item 4) against a running endpoint: header and body
time-outs, connection caps below the fd limit, the auth lockout that never locks out a valid
token, and accept() errors logged once."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from cmgui.server.connections import AcceptErrorLog, effective_caps, listen_backlog
from cmgui.server.limits import Limits
from tests.integration.at.waiting import until
from tests.integration.server.conftest import TOKEN, Served, make_server
from tests.integration.server.fake_device import FakeDevice
from tests.integration.server.support import JSON, request

AUTH = {**JSON, "Authorization": f"Bearer {TOKEN}"}


async def _connect(url: str) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    where = urlsplit(url)
    return await asyncio.open_connection(where.hostname, where.port)


async def _close(*writers: asyncio.StreamWriter) -> None:
    for writer in writers:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


async def _closed_by_server(reader: asyncio.StreamReader, within: float) -> bytes:
    """What the server sent before it closed the connection (fails after ``within`` s)."""
    return await asyncio.wait_for(reader.read(), within)


async def test_a_connection_that_never_finishes_its_headers_is_closed() -> None:
    async with make_server(FakeDevice(), Limits(header_timeout=0.3)) as server:
        reader, writer = await _connect(server.url)
        writer.write(b"POST /cmapi HTTP/1.1\r\nHost: x\r\nAuthoriz")  # then nothing
        await writer.drain()
        loop = asyncio.get_running_loop()
        start = loop.time()
        assert await _closed_by_server(reader, 5) == b""
        assert loop.time() - start < 3
        await _close(writer)
        idle_reader, idle_writer = await _connect(server.url)  # connects, sends nothing
        assert await _closed_by_server(idle_reader, 5) == b""
        await _close(idle_writer)


async def test_a_body_that_trickles_is_cut_off_with_408() -> None:
    async with make_server(FakeDevice(), Limits(body_timeout=0.3)) as server:
        reader, writer = await _connect(server.url)
        writer.write((f"POST /cmapi HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
                      "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").encode())
        await writer.drain()
        status = await asyncio.wait_for(reader.readline(), 5)
        await _close(writer)
    assert status.startswith(b"HTTP/1.1 408")


async def test_idle_connections_make_room_for_a_request() -> None:
    limits = Limits(max_connections=12, max_connections_per_ip=6, header_timeout=60)
    async with make_server(FakeDevice(), limits) as server:
        idle = [await _connect(server.url) for _ in range(30)]
        for _, writer in idle:
            writer.write(b"GET /cmapi HTTP/1.1\r\n")  # half a request, never finished
            await writer.drain()
        async with httpx.AsyncClient(timeout=10) as http:
            r = await http.post(server.url, content=request("CMAPI_DevSrv_GetIMEI"),
                                headers=AUTH)
        assert r.status_code == 200
        assert len(server.guard) <= 6
        assert server.guard.evicted >= 24
        await _close(*(writer for _, writer in idle))


async def test_when_every_connection_is_busy_a_new_one_is_refused() -> None:
    limits = Limits(max_connections=4, max_connections_per_ip=3, poll_timeout=30)
    async with make_server(FakeDevice(), limits) as server, \
            httpx.AsyncClient(timeout=40, limits=httpx.Limits(max_connections=10)) as http:
        opened = []
        for _ in range(3):
            r = await http.post(server.url, content=request("CMAPI_API_Open"), headers=AUTH)
            opened.append(r.headers["CMAPI-Session"])
        polls = [asyncio.create_task(http.post(server.url + "/callbacks",
                                               headers={**AUTH, "CMAPI-Session": sid}))
                 for sid in opened]
        await until(lambda: sum(s.polls for s in server.endpoint.sessions) == 3, 5,
                    "three polls waiting")
        reader, writer = await _connect(server.url)
        assert await _closed_by_server(reader, 5) == b""  # refused: nothing idle to close
        await _close(writer)
        assert server.guard.refused >= 1
        for poll in polls:
            poll.cancel()
            with contextlib.suppress(asyncio.CancelledError, httpx.HTTPError):
                await poll


async def test_bad_tokens_never_lock_out_a_valid_one(served: Served) -> None:
    async with httpx.AsyncClient() as client:
        codes = []
        for i in range(40):
            r = await client.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"),
                                  headers={**JSON, "Authorization": f"Bearer guess-{i:030d}"})
            codes.append(r.status_code)
        assert 429 in codes  # the guesser is slowed down …
        r = await client.post(served.url, content=request("CMAPI_DevSrv_GetIMEI"),
                              headers=AUTH)
        assert r.status_code == 200  # … the owner of a valid token from the same address is not


def test_caps_stay_below_the_fd_limit() -> None:
    total, per_ip = effective_caps(Limits(max_connections=5000, max_connections_per_ip=300),
                                   fds=1024)
    assert total <= 1024 - 64 and per_ip <= total
    assert total + 3 * listen_backlog(total, fds=1024) <= 1024  # a burst of accepts fits too
    assert effective_caps(Limits(max_connections=10, max_connections_per_ip=20),
                          fds=1 << 20) == (10, 10)


def test_accept_errors_are_logged_once_with_a_count(caplog: pytest.LogCaptureFixture) -> None:
    loop = asyncio.new_event_loop()
    try:
        handler = AcceptErrorLog(summary_every=3600)
        handler.install(loop)
        error = OSError(24, "Too many open files")
        with caplog.at_level(logging.WARNING, logger="cmgui.server.connections"):
            for _ in range(10_000):
                loop.call_exception_handler({"message": AcceptErrorLog.MESSAGE,
                                             "exception": error})
            handler.uninstall()
    finally:
        loop.close()
    lines = [r for r in caplog.records if r.name == "cmgui.server.connections"]
    assert len(lines) == 2
    assert "Too many open files" in lines[0].getMessage()
    assert "10000" in lines[1].getMessage()
    assert all(r.exc_info is None for r in lines)


CMCLI = str(Path(sys.executable).with_name("cmcli"))


def _low_fd_limit() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (160, 160))


async def test_serve_under_a_low_fd_limit_survives_a_connection_flood(tmp_path: Path) -> None:
    """``cmcli serve`` with 160 descriptors: 600 half-open connections neither lock out an
    authenticated request nor make it write more than a few log lines."""
    token_file = tmp_path / "tokens"
    token_file.write_text(f"{TOKEN}\n")
    token_file.chmod(0o600)
    proc = await asyncio.create_subprocess_exec(
        CMCLI, "--json", "serve", "-d", "virtual:generic", "--listen", "127.0.0.1:0",
        "--token-file", str(token_file), "--header-timeout", "60",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_low_fd_limit,
        env={**os.environ, "CMGUI_CONFIG_DIR": str(tmp_path / "config")})
    writers: list[asyncio.StreamWriter] = []
    try:
        assert proc.stdout is not None and proc.stderr is not None
        info = json.loads(await asyncio.wait_for(proc.stdout.readline(), 30))
        async def half_open() -> None:
            try:
                _, writer = await asyncio.wait_for(_connect(info["url"]), 10)
            except (OSError, TimeoutError):
                return
            writer.write(b"POST /cmapi HTTP/1.1\r\n")
            writers.append(writer)

        await asyncio.gather(*(half_open() for _ in range(600)))
        async with httpx.AsyncClient(timeout=20) as http:
            r = await http.post(info["url"], content=request("CMAPI_DevSrv_GetIMEI"),
                                headers=AUTH)
        assert r.status_code == 200 and r.json()["result"]["IMEI"].isdigit()
    finally:
        await _close(*writers)
        proc.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, err.decode()[-2000:]
    lines = err.decode().splitlines()
    assert len(lines) < 20, lines[:20]
    assert "Traceback" not in err.decode()
