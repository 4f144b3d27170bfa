"""CMAPI endpoint benchmark: calls per second and callback fan-out, against a bare echo floor.

    .venv/bin/python bench/bench_cmapi.py [--seconds S] [--json]

The server runs in its own process pinned to one core (CPU 0 when there are two or more); the
load generator (aiohttp client) runs in this process on another core. Measured:

* calls/s over HTTP (``POST /cmapi``, keep-alive, 32 concurrent connections) and over WebSocket
  (one connection, 64 calls in flight), of ``CMAPI_DevSrv_GetIMEI`` on an in-memory device;
* the same traffic against a bare aiohttp JSON echo endpoint (``POST /echo``, ``/echo/ws``): the
  floor the framework itself sets, measured side by side: the endpoint and the echo take turns
  in alternating slices (endpoint, echo, echo, endpoint), so a burst of load from elsewhere on
  the machine weighs on both;
* the server process's CPU time per call (``/proc``) for the endpoint and the echo: the
  capacity ratio when the server is the limit, which other processes' load barely moves;
* the time for one CMAPI-2 callback to reach 100 WebSocket clients, and 100 long-poll clients,
  from the request that causes it (median of rounds).

The rate limiter is off (``rate=0``) so that it measures the endpoint, not its throttle.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cmgui.cmapi import types as t  # noqa: E402
from cmgui.server.app import CmapiServer, ServerConfig  # noqa: E402
from cmgui.server.limits import Limits  # noqa: E402
from cmgui.service.device import Device  # noqa: E402
from cmgui.service.dispatcher import Dispatcher  # noqa: E402
from cmgui.service.events import RadioStateChanged  # noqa: E402

CLIENTS = 100
HTTP_CONNECTIONS = 32
WS_IN_FLIGHT = 64
ROUNDS = 4  # alternating slices of the endpoint and the echo (side_by_side)


class BenchDevice(Device):
    kind = "bench"

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        return {"IMEI": "490154203237518"}

    async def dev_srv_set_radio_state(self, *, radio_state: bool) -> t.Empty:
        self.events.publish(RadioStateChanged(radio_state=radio_state))
        return {}


def request(method: str, params: dict[str, Any], msg_id: str) -> bytes:
    return json.dumps({"jsonrpc": "2.0", "cmapiversion": "1.1", "id": msg_id, "method": method,
                       "params": params}).encode()


# --- server process ------------------------------------------------------------------------------

async def echo(request: web.Request) -> web.Response:
    return web.json_response(await request.json())


async def echo_ws(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(compress=False)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == aiohttp.WSMsgType.TEXT:
            await ws.send_str(json.dumps(json.loads(msg.data)))
    return ws


async def serve(port_file: Path) -> None:
    limits = Limits(rate=0, max_clients=4096, max_pending_polls=4096)
    server = CmapiServer(Dispatcher({"1": BenchDevice("bench")}),
                         ServerConfig(port=0, limits=limits))
    await server.start()
    echo_app = web.Application()
    echo_app.router.add_post("/echo", echo)
    echo_app.router.add_get("/echo/ws", echo_ws)
    runner = web.AppRunner(echo_app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await site.start()
    echo_port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    await asyncio.to_thread(_publish_ports, port_file,
                            {"cmapi": server.port, "echo": echo_port})
    await asyncio.Event().wait()


def _publish_ports(port_file: Path, ports: dict[str, int]) -> None:
    partial = port_file.with_suffix(".tmp")
    partial.write_text(json.dumps(ports))
    partial.rename(port_file)  # the reader never sees half a file


def start_server() -> tuple[subprocess.Popen[bytes], dict[str, int]]:
    port_file = Path(f"/tmp/bench-cmapi-{os.getpid()}.json")
    port_file.unlink(missing_ok=True)
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(port_file)])
    deadline = time.monotonic() + 20
    while not port_file.exists() or not port_file.read_text():
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            raise SystemExit("the bench server did not start")
        time.sleep(0.05)
    ports = json.loads(port_file.read_text())
    port_file.unlink()
    return proc, ports


def pin(cpu: int) -> None:
    if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
        os.sched_setaffinity(0, {cpu})


# --- load generator ------------------------------------------------------------------------------

async def http_rate(url: str, body_for: Any, seconds: float) -> tuple[int, float]:
    connector = aiohttp.TCPConnector(limit=HTTP_CONNECTIONS)
    headers = {"Content-Type": "application/json"}
    async with aiohttp.ClientSession(connector=connector) as http:
        count = 0
        stop = time.perf_counter() + seconds

        async def worker(n: int) -> None:
            nonlocal count
            i = 0
            while time.perf_counter() < stop:
                i += 1
                async with http.post(url, data=body_for(f"{n}-{i}"), headers=headers) as r:
                    await r.read()
                    assert r.status == 200
                count += 1

        start = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(HTTP_CONNECTIONS)))
        return count, time.perf_counter() - start


async def ws_rate(url: str, body_for: Any, seconds: float) -> tuple[int, float]:
    async with aiohttp.ClientSession() as http, http.ws_connect(url, compress=0) as ws:
        sent = received = 0
        stop = time.perf_counter() + seconds
        start = time.perf_counter()
        for _ in range(WS_IN_FLIGHT):
            sent += 1
            await ws.send_str(body_for(str(sent)).decode())
        async for msg in ws:
            assert msg.type == aiohttp.WSMsgType.TEXT
            received += 1
            if time.perf_counter() < stop:
                sent += 1
                await ws.send_str(body_for(str(sent)).decode())
            elif received == sent:
                break
        return received, time.perf_counter() - start


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process ``pid`` so far (Linux), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def side_by_side(rate: Any, endpoint_url: str, echo_url: str, body_for: Any,
                       seconds: float, server_pid: int) -> dict[str, float]:
    """The endpoint's and the echo's calls/s, measured in alternating slices (ABBA…) so that
    the load other processes put on the machine weighs on both alike; and the server's CPU time
    per call for each, which other processes' load barely moves."""
    totals = {url: [0, 0.0, 0.0] for url in (endpoint_url, echo_url)}  # calls, seconds, CPU
    for i in range(ROUNDS):
        order = [endpoint_url, echo_url]
        for url in order if i % 2 == 0 else reversed(order):
            before = cpu_seconds(server_pid)
            calls, elapsed = await rate(url, body_for, seconds / ROUNDS)
            after = cpu_seconds(server_pid)
            total = totals[url]
            total[0] += calls
            total[1] += elapsed
            total[2] += (after - before) if before is not None and after is not None else 0.0
    (calls, elapsed, cpu), (echo_calls, echo_elapsed, echo_cpu) = totals.values()
    return {"calls_per_s": calls / elapsed, "echo_per_s": echo_calls / echo_elapsed,
            "server_us_per_call": cpu / calls * 1e6,
            "echo_server_us_per_call": echo_cpu / echo_calls * 1e6}


async def fan_out(base: str, ws_url: str, rounds: int) -> dict[str, float]:
    register = request("CMAPI_Callback_Register",
                       {"callbackIds": ["CMAPI_Callback_RadioState"]}, "reg")
    json_type = {"Content-Type": "application/json"}
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as http:

        async def trigger(i: int) -> float:
            body = request("CMAPI_DevSrv_SetRadioState", {"radioState": bool(i % 2)}, f"t{i}")
            start = time.perf_counter()
            async with http.post(base, data=body, headers=json_type) as r:
                await r.read()
            return start

        async def ws_wait(ws: aiohttp.ClientWebSocketResponse) -> float:
            msg = await ws.receive()
            assert "CMAPI_Callback_RadioState" in msg.data
            return time.perf_counter()

        async def poll(sid: str) -> float:
            async with http.post(base + "/callbacks", headers={"CMAPI-Session": sid}) as r:
                await r.read()
                assert r.status == 200
            return time.perf_counter()

        sockets = [await http.ws_connect(ws_url, compress=0) for _ in range(CLIENTS)]
        for ws in sockets:
            await ws.send_bytes(register)
            await ws.receive()
        ws_times = []
        for i in range(rounds):
            waiting = [asyncio.create_task(ws_wait(ws)) for ws in sockets]
            await asyncio.sleep(0.05)
            start = await trigger(i)
            ws_times.append(max(await asyncio.gather(*waiting)) - start)
        for ws in sockets:
            await ws.close()

        poll_sessions = []
        for _ in range(CLIENTS):
            async with http.post(base, data=request("CMAPI_API_Open", {}, "o"),
                                 headers=json_type) as r:
                sid = r.headers["CMAPI-Session"]
            async with http.post(base, data=register,
                                 headers={**json_type, "CMAPI-Session": sid}) as r:
                await r.read()
            poll_sessions.append(sid)
        poll_times = []
        for i in range(rounds):
            polls = [asyncio.create_task(poll(sid)) for sid in poll_sessions]
            await asyncio.sleep(0.3)  # every poll is waiting on the server
            start = await trigger(i)
            poll_times.append(max(await asyncio.gather(*polls)) - start)
    return {"ws_100_ms": statistics.median(ws_times) * 1000,
            "longpoll_100_ms": statistics.median(poll_times) * 1000}


async def measure(ports: dict[str, int], seconds: float, server_pid: int) -> dict[str, float]:
    base = f"http://127.0.0.1:{ports['cmapi']}/cmapi"
    ws_url = f"ws://127.0.0.1:{ports['cmapi']}/cmapi/ws"
    echo = f"http://127.0.0.1:{ports['echo']}/echo"
    echo_ws_url = f"ws://127.0.0.1:{ports['echo']}/echo/ws"

    def imei(msg_id: str) -> bytes:
        return request("CMAPI_DevSrv_GetIMEI", {}, msg_id)

    results: dict[str, float] = {}
    for name, rate, url, echo_url in (("http", http_rate, base, echo),
                                      ("ws", ws_rate, ws_url, echo_ws_url)):
        got = await side_by_side(rate, url, echo_url, imei, seconds, server_pid)
        results.update({f"{name}_calls_per_s": got["calls_per_s"],
                        f"{name}_echo_floor_per_s": got["echo_per_s"],
                        f"{name}_server_us_per_call": got["server_us_per_call"],
                        f"{name}_echo_server_us_per_call": got["echo_server_us_per_call"]})
    results.update(await fan_out(base, ws_url, rounds=5))
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--serve", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        pin(0)
        asyncio.run(serve(args.serve))
        return 0
    proc, ports = start_server()
    try:
        pin(1)
        results = asyncio.run(measure(ports, args.seconds, proc.pid))
    finally:
        proc.terminate()
        proc.wait(10)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"HTTP   POST /cmapi     {results['http_calls_per_s']:8.0f} calls/s   "
          f"(bare aiohttp echo {results['http_echo_floor_per_s']:.0f}/s, "
          f"{results['http_calls_per_s'] / results['http_echo_floor_per_s']:.0%})")
    print(f"WS     /cmapi/ws       {results['ws_calls_per_s']:8.0f} calls/s   "
          f"(bare aiohttp echo {results['ws_echo_floor_per_s']:.0f}/s, "
          f"{results['ws_calls_per_s'] / results['ws_echo_floor_per_s']:.0%})")
    for name, label in (("http", "HTTP"), ("ws", "WS")):
        own = results[f"{name}_server_us_per_call"]
        floor = results[f"{name}_echo_server_us_per_call"]
        print(f"{label:6} server CPU per call {own:6.1f} µs (echo {floor:.1f} µs, "
              f"{floor / own:.0%} of the echo's capacity when the server is the limit)")
    print(f"one callback to {CLIENTS} WebSocket clients  {results['ws_100_ms']:7.1f} ms (median)")
    print(f"one callback to {CLIENTS} long-poll clients  {results['longpoll_100_ms']:7.1f} ms "
          "(median)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
