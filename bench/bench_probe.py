#!/usr/bin/env python3
"""Probe time for a responsive modem and for a silent port, over real pseudo-terminals.

    .venv/bin/python bench/bench_probe.py [--runs 10] [--dialect huawei]

The responsive port is the virtual modem (in this process, on a pty); the silent port is a pty
nobody answers on. Both are probed concurrently in every run, as the app does. ModemManager's
figures are printed beside ours as fixed REFERENCE numbers from its documentation and
behaviour (not measured here): it waits about 2 s after a port appears before probing at all,
and can take up to about 18 s to give up on a port that never answers.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tty
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cmgui.drivers.at.probe import probe_many
from cmgui.drivers.virtual import serve

#: Reference only (documented ModemManager behaviour), never measured by this script.
MM_REFERENCE_DELAY_BEFORE_PROBE_S = 2.0
MM_REFERENCE_SILENT_PORT_S = 18.0


def silent_pty() -> tuple[str, int, int]:
    master, slave = os.openpty()
    tty.setraw(slave)
    return os.ttyname(slave), master, slave


async def run(runs: int, dialect: str) -> None:
    responsive: list[float] = []
    silent: list[float] = []
    for _ in range(runs):
        server, path = await serve.open_pty(dialect)
        quiet, master, slave = silent_pty()
        try:
            gone, found = await probe_many([quiet, path])
        finally:
            await server.close()
            os.close(master)
            os.close(slave)
        if found.identity is None or gone.identity is not None:
            raise SystemExit(f"unexpected outcome: {found} / {gone}")
        responsive.append(found.elapsed)
        silent.append(gone.elapsed)
    print(f"probing, {runs} runs, responsive and silent port probed concurrently")
    print(f"{'':34}{'median':>10}{'max':>10}   target")
    print(f"{'responsive modem identified (s)':34}{statistics.median(responsive):10.3f}"
          f"{max(responsive):10.3f}   < 0.5")
    print(f"{'silent port given up (s)':34}{statistics.median(silent):10.3f}"
          f"{max(silent):10.3f}   < 2.0")
    print()
    print("REFERENCE, not measured: ModemManager (documented behaviour)")
    print(f"  waits before probing a new port: {MM_REFERENCE_DELAY_BEFORE_PROBE_S:.1f} s")
    print(f"  gives up on a silent port after: up to {MM_REFERENCE_SILENT_PORT_S:.0f} s")
    first = MM_REFERENCE_DELAY_BEFORE_PROBE_S / statistics.median(responsive)
    print(f"  => our responsive-port identification is {first:.0f}x shorter than MM's delay "
          "before its first probe alone")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--dialect", default="huawei",
                        choices=["generic", "huawei", "quectel", "sierra"])
    args = parser.parse_args()
    asyncio.run(run(args.runs, args.dialect))


if __name__ == "__main__":
    main()
