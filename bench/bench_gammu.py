#!/usr/bin/env python3
"""Our AT driver against gammu on the same modem: identify, and read a full SIM message store.

    .venv/bin/python bench/bench_gammu.py [--messages 30] [--runs 3]

Needs Debian's ``gammu`` package (``sudo apt-get install gammu``); without it the script says so
and exits with nothing measured. One virtual modem (dialect generic) runs in this process on a
pseudo-terminal with ``--messages`` SMS on its SIM (GSM text with extension characters, Cyrillic
and emoji in UCS2, one sender each), and both sides talk to it in turn through the same pty:

- gammu: ``gammu identify`` and ``gammu getallsms`` (a fresh process each, as a user runs it),
  with a temporary gammurc (``connection = at115200``);
- ours: the probe (``probe_port``), and ``AtDevice`` opening the port and reading the store the
  way a CMAPI client does (SMS_GetIDList, then SMS_Get per message) and in one ``+CMGL``.

Each read is checked against the injected ground truth (sender and text). Times are medians of
``--runs``; the pty moves bytes at memory speed, so this compares protocol work and start-up,
not line rate (bench_sms_read.py paces the line). gammu waits between its first commands by
design; that is part of what a user of it waits for.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cmgui.at.commands import sms
from cmgui.drivers.at.device import AtDevice
from cmgui.drivers.at.messaging import sms_record
from cmgui.drivers.at.probe import probe_port
from cmgui.drivers.virtual import serve

INSTALL_HINT = "sudo apt-get install gammu   (Debian/Ubuntu package: gammu)"
GAMMU_TIMEOUT = 120.0


def ground_truth(count: int) -> dict[str, str]:
    """sender -> text of the messages put on the SIM."""
    texts = (
        "Msg {i:03d}: GSM text with €uro, [brackets], {{braces}} and ~tilde~",
        "Msg {i:03d}: Привет, это сообщение номер {i}",
        "Msg {i:03d}: emoji 😀 and accents éàü",
    )
    return {f"+1555{i:04d}": texts[i % 3].format(i=i) for i in range(count)}


@dataclass
class Row:
    tool: str
    operation: str
    seconds: float
    read: int | None = None
    correct: int | None = None


def score(found: list[tuple[str, str]], truth: dict[str, str]) -> int:
    return sum(1 for number, text in found if truth.get(number) == text)


_LOCATION = re.compile(r"^Location \d+, folder", re.MULTILINE)
_REMOTE = re.compile(r'^Remote number\s*:\s*"([^"]*)"', re.MULTILINE)


def parse_getallsms(output: str) -> list[tuple[str, str]]:
    """(remote number, text) of every message block of ``gammu getallsms``."""
    starts = [m.start() for m in _LOCATION.finditer(output)] + [len(output)]
    found = []
    for begin, end in itertools.pairwise(starts):
        block = output[begin:end]
        remote = _REMOTE.search(block)
        _header, sep, body = block.partition("\n\n")
        if not sep or remote is None:
            continue
        text = body.split("\n\n")[0].strip("\n")
        found.append((remote.group(1), text))
    return found


async def run_gammu(rc: str, *args: str) -> tuple[float, str]:
    start = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        "gammu", "-c", rc, *args, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(process.communicate(), GAMMU_TIMEOUT)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"gammu {' '.join(args)} failed ({process.returncode}):\n"
                         f"{out.decode(errors='replace')}")
    return elapsed, out.decode("utf-8", errors="replace")


async def ours_probe(path: str) -> float:
    start = time.perf_counter()
    outcome = await probe_port(path)
    elapsed = time.perf_counter() - start
    if outcome.identity is None:
        raise SystemExit(f"our probe did not identify the modem on {path}")
    return elapsed


async def ours_read(path: str, bulk: bool) -> tuple[float, float, list[tuple[str, str]]]:
    """(open seconds, read seconds, messages) through AtDevice."""
    start = time.perf_counter()
    device = AtDevice(path)
    await device.open()
    opened = time.perf_counter()
    try:
        if bulk:
            await device.sms_get_record_count(storage="SM")  # selects the storage
            stored = await device.parsed(sms.cmgl(4), sms.parse_cmgl, context="sms")
            records = [sms_record("SM", m.index or 0, m) for m in stored]
        else:
            ids = (await device.sms_get_id_list(storage="SM"))["SMSIDList"]
            records = [await device.sms_get(msg_id=i) for i in ids]
        done = time.perf_counter()
    finally:
        await device.close()
    return opened - start, done - opened, [(r["address"], r["text"]) for r in records]


async def median_of(runs: int, step: Callable[[], Awaitable[float]]) -> float:
    return statistics.median([await step() for _ in range(runs)])


async def run(messages: int, runs: int) -> list[Row]:
    truth = ground_truth(messages)
    server, path = await serve.open_pty("generic", pin_enabled=False, sm_capacity=messages,
                                        register_delay=0.0)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        rc = str(Path(tmp) / "gammurc")
        with open(rc, "w", encoding="utf-8") as file:  # noqa: ASYNC230 - a few bytes, once
            file.write(f"[gammu]\ndevice = {path}\nconnection = at115200\n")
        try:
            server.model.advance(0.1)
            server.model.sms.mt = 0  # stored without +CMTI: no URC backlog for the first reader
            for sender, text in truth.items():
                server.model.inject_sms(sender, text)
            server.model.sms.mt = 1
            g_ident = [await run_gammu(rc, "identify") for _ in range(runs)]
            o_probe = await median_of(runs, lambda: ours_probe(path))
            g_read = [await run_gammu(rc, "getallsms") for _ in range(runs)]
            seam = [await ours_read(path, bulk=False) for _ in range(runs)]
            bulk = [await ours_read(path, bulk=True) for _ in range(runs)]
        finally:
            await server.close()
    gammu_found = parse_getallsms(g_read[-1][1])
    rows.append(Row("gammu", "identify", statistics.median(t for t, _ in g_ident)))
    rows.append(Row("cmgui", "probe (identify)", o_probe))
    rows.append(Row("gammu", "getallsms", statistics.median(t for t, _ in g_read),
                    len(gammu_found), score(gammu_found, truth)))
    for name, results in (("open + GetIDList + Get each", seam), ("open + one +CMGL", bulk)):
        rows.append(Row("cmgui", name, statistics.median(o + r for o, r, _ in results),
                        len(results[-1][2]), score(results[-1][2], truth)))
        rows.append(Row("cmgui", f"  of which reading ({name.split(' + ', 1)[1]})",
                        statistics.median(r for _, r, _ in results)))
    return rows


def report(rows: list[Row], messages: int, runs: int) -> None:
    print(f"{messages} messages on the SIM, median of {runs} runs each")
    print(f"{'tool':<6} {'operation':<40} {'time (ms)':>10} {'read':>6} {'correct':>8}")
    for row in rows:
        read = "" if row.read is None else str(row.read)
        correct = "" if row.correct is None else f"{row.correct}/{messages}"
        print(f"{row.tool:<6} {row.operation:<40} {row.seconds * 1000:>10.1f} {read:>6} "
              f"{correct:>8}")
    by = {(r.tool, r.operation): r.seconds for r in rows}
    identify = by[("cmgui", "probe (identify)")] / by[("gammu", "identify")]
    per_message = by[("cmgui", "open + GetIDList + Get each")] / by[("gammu", "getallsms")]
    bulk = by[("cmgui", "open + one +CMGL")] / by[("gammu", "getallsms")]
    print(f"ratio ours/gammu (time, lower is better): identify {identify:.3f}, "
          f"read store {per_message:.3f} (per message), {bulk:.3f} (one +CMGL)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("gammu") is None:
        print(f"SKIPPED: gammu is not installed. Install it with:\n    {INSTALL_HINT}")
        return 0
    with contextlib.suppress(KeyboardInterrupt):
        report(asyncio.run(run(args.messages, args.runs)), args.messages, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
