"""Benchmark: bulk SMS through the virtual gateway, and archiving inbound SMS from it.

    .venv/bin/python bench/bench_gateway.py [--recipients 1000] [--ports 8] [--scale 0.01]
                                            [--naive 100] [--inbound 10000] [--json OUT]

The virtual gateway runs on its own thread and event loop (as a real one is another machine),
over real HTTP with Digest authentication on 127.0.0.1. Each port sends one SMS at a time taking
the vendor's LTE figure (2-4 s) multiplied by ``--scale`` (0.01: 20-40 ms), so the run takes
seconds, not an hour; every ratio is the same at any scale as long as HTTP is fast beside it.

Compared in one run:

- **ideal**: recipients ÷ ports × mean per-SMS time (every port busy from the first to the last
  message, nothing else costs anything);
- **cmgui**: ``DinstarGateway.send_bulk`` (requests of 128 numbers, results polled 32 user ids a
  request; goal: within 10 % of the ideal);
- **naive**: one message at a time, each result awaited before the next request (what a script
  around ``send_sms`` does) — measured on ``--naive`` recipients and scaled to all of them.

Then ``--inbound`` messages waiting on the gateway are archived by ``sync`` (fetched, filed with
their port and SIM, the mark moved, in one durable transaction): messages per second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _start_gateway(ports: int, scale: float) -> tuple[Any, asyncio.AbstractEventLoop, str]:
    from cmgui.drivers.virtual_gateway import ALL_READY, GatewayConfig, Timing, VirtualGatewayServer

    loop = asyncio.new_event_loop()
    threading.Thread(target=loop.run_forever, daemon=True).start()
    server = VirtualGatewayServer(GatewayConfig(ports=ports, layout=ALL_READY, welcome_sms=False,
                                                timing=Timing(scale=scale)))
    address = asyncio.run_coroutine_threadsafe(server.start(), loop).result(30)
    return server, loop, address


def _on(loop: asyncio.AbstractEventLoop, fn: Any, *args: Any) -> Any:
    async def run() -> Any:
        return fn(*args)
    return asyncio.run_coroutine_threadsafe(run(), loop).result(60)


async def _bulk(address: str, recipients: int, poll: float) -> tuple[float, int]:
    from cmgui.drivers.gateway.credentials import Credentials
    from cmgui.drivers.gateway.gateway import DinstarGateway
    from cmgui.drivers.gateway.session import PollIntervals
    from cmgui.service.gateway import Recipient

    people = [Recipient(f"+49170{i:07d}", (f"n{i}",)) for i in range(recipients)]
    intervals = PollIntervals(ports=3600, incoming=3600, results=poll, reports=3600)
    async with DinstarGateway(address, credentials=Credentials("admin", "admin"),
                              intervals=intervals, archive=False) as gateway:
        started = time.perf_counter()
        outcome = await gateway.send_bulk("Hello #param#", people)
        elapsed = time.perf_counter() - started
        requests = gateway.session.client.requests_sent
    sent = sum(1 for r in outcome.results if r.status == "SENT_OK")
    assert sent == recipients, f"only {sent} of {recipients} sent"
    return elapsed, requests


async def _naive(address: str, count: int, poll: float) -> float:
    from cmgui.drivers.gateway.address import parse_gateway_address
    from cmgui.drivers.gateway.client import GatewayClient
    from cmgui.drivers.gateway.credentials import Credentials
    from cmgui.drivers.gateway.protocol.requests import SmsParam

    async with GatewayClient(parse_gateway_address(address),
                             Credentials("admin", "admin")) as client:
        started = time.perf_counter()
        for n in range(count):
            user_id = 10_000_000 + n
            await client.send_sms(f"Hello n{n}", [SmsParam(f"+49171{n:07d}", (), user_id)])
            while True:
                results = await client.sms_results(user_ids=[user_id])
                if results and results[0].final:
                    break
                await asyncio.sleep(poll)
        return time.perf_counter() - started


async def _sync(address: str) -> tuple[float, int, float]:
    from cmgui.drivers.gateway.credentials import Credentials
    from cmgui.drivers.gateway.gateway import DinstarGateway
    from cmgui.drivers.gateway.session import PollIntervals

    intervals = PollIntervals(ports=3600, incoming=3600, results=3600, reports=3600)
    async with DinstarGateway(address, credentials=Credentials("admin", "admin"),
                              intervals=intervals) as gateway:
        started = time.perf_counter()
        outcome = await gateway.sync_inbound()
        elapsed = time.perf_counter() - started
        again = time.perf_counter()
        assert (await gateway.sync_inbound()).new == 0
        second = time.perf_counter() - again
    return elapsed, outcome.new, second


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recipients", type=int, default=1000)
    parser.add_argument("--ports", type=int, default=8)
    parser.add_argument("--scale", type=float, default=0.01,
                        help="real per-SMS time (LTE 2-4 s) multiplied by this")
    parser.add_argument("--poll", type=float, default=0.05, help="result polling interval (s)")
    parser.add_argument("--naive", type=int, default=100,
                        help="recipients the naive sender is timed on (then scaled)")
    parser.add_argument("--inbound", type=int, default=10_000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="cmgui-bench-gateway-"))
    os.environ.update({"CMGUI_DATA_DIR": str(home / "data"),
                       "CMGUI_CONFIG_DIR": str(home / "config")})
    sys.path.insert(0, str(ROOT))
    from cmgui.drivers.virtual_gateway import Timing

    server, loop, address = _start_gateway(args.ports, args.scale)
    lte = Timing().lte_send
    per_sms = (lte[0] + lte[1]) / 2 * args.scale
    ideal = args.recipients / args.ports * per_sms
    try:
        ours, requests = asyncio.run(_bulk(address, args.recipients, args.poll))
        naive_part = asyncio.run(_naive(address, args.naive, args.poll))
        naive = naive_part * args.recipients / args.naive
        model = server.model
        _on(loop, lambda: [model.inject_sms(i % args.ports, f"+4916{i:08d}", f"inbound {i}")
                           for i in range(args.inbound)])
        sync_s, archived, resync_s = asyncio.run(_sync(address))
    finally:
        asyncio.run_coroutine_threadsafe(server.stop(), loop).result(30)
        loop.call_soon_threadsafe(loop.stop)

    rows = [
        ("ideal (recipients ÷ ports × per-SMS time)", ideal, 1.0),
        ("cmgui bulk send", ours, ours / ideal),
        (f"naive sequential (timed on {args.naive}, scaled)", naive, naive / ideal),
    ]
    print(f"Bulk SMS: {args.recipients} recipients, {args.ports} LTE ports, "
          f"{per_sms * 1000:.0f} ms per SMS (2-4 s × {args.scale:g}), results polled every "
          f"{args.poll:g} s\n")
    print(f"{'sender':<50} {'time':>9} {'vs ideal':>9}")
    for name, seconds, ratio in rows:
        print(f"{name:<50} {seconds:>8.2f}s {ratio:>8.2f}x")
    print(f"\ncmgui is {naive / ours:.1f}x faster than the naive sender; "
          f"{(ours / ideal - 1) * 100:+.1f} % from the ideal ({requests} HTTP requests, "
          f"Digest round trips included)")
    rate = archived / sync_s if sync_s else float("inf")
    print(f"\nArchive sync: {archived} inbound messages in {sync_s:.2f} s = {rate:,.0f} "
          f"messages/s (a second sync with nothing new: {resync_s * 1000:.0f} ms)")
    if args.json:
        args.json.write_text(json.dumps({
            "recipients": args.recipients, "ports": args.ports, "perSms": per_sms,
            "ideal": ideal, "cmgui": ours, "naive": naive, "naiveMeasuredOn": args.naive,
            "httpRequests": requests, "inbound": archived, "syncSeconds": sync_s,
            "syncPerSecond": rate}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
