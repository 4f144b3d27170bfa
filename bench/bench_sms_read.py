#!/usr/bin/env python3
"""Reading a full SIM message store over a pseudo-terminal paced like a serial line.

    .venv/bin/python bench/bench_sms_read.py [--baud 115200] [--messages 30] [--runs 3]

A pty moves bytes at memory speed, so the virtual modem's answers are paced here at the line's
byte rate (baud / 10: 8 data bits plus start and stop bit). The driver's port actor reads the
whole store with one ``AT+CMGL=4`` and the SMS layer decodes every PDU; the script reports the
bytes that crossed the line per second and their ratio to the line's byte rate (target >= 0.90),
plus the payload (PDU) bytes alone.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
import tty
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cmgui.at.commands import sms
from cmgui.at.engine import AtCommand
from cmgui.drivers.at.transport import AtPort
from cmgui.drivers.virtual import serve
from cmgui.sms.pdu import decode_pdu

TEXT = ("Virtual Telecom bulletin: your data bundle renews tomorrow; reply STOP to opt out of "
        "these messages. Thank you for choosing Virtual Telecom, have a nice day!!!")[:160]


class PacedModem:
    """The virtual modem on a pty master, sending at most ``rate`` bytes per second."""

    def __init__(self, messages: int, rate: float) -> None:
        self.model, self.frontend = serve.create(
            "generic", pin_enabled=False, sm_capacity=messages, register_delay=0.0)
        self.model.advance(1.0)
        for i in range(messages):
            self.model.inject_sms("+15550199", f"{i:03d} {TEXT}"[:160])
        self.model.drain_events()
        self.frontend.data_to_send()
        self.rate = rate
        self.loop = asyncio.get_running_loop()
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        os.set_blocking(self.master, False)
        self.path = os.ttyname(self.slave)
        self.t0 = self.loop.time()
        self.pending = bytearray()
        self.loop.add_reader(self.master, self._readable)
        self.task = self.loop.create_task(self._pace())

    def _readable(self) -> None:
        try:
            data = os.read(self.master, 4096)
        except OSError:
            return
        self.frontend.advance(self.loop.time() - self.t0)
        self.frontend.receive_data(data)
        self.pending += self.frontend.data_to_send()

    async def _pace(self) -> None:
        """Token bucket at ``rate`` bytes/s, topped up every millisecond or so."""
        credit = 0.0
        last = time.perf_counter()
        while True:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            credit = min(credit + (now - last) * self.rate, self.rate * 0.01)
            last = now
            if not self.pending:
                credit = 0.0
                continue
            count = min(int(credit), len(self.pending))
            if count:
                written = os.write(self.master, bytes(self.pending[:count]))
                del self.pending[:written]
                credit -= written

    async def close(self) -> None:
        self.task.cancel()
        self.loop.remove_reader(self.master)
        os.close(self.master)
        os.close(self.slave)


async def one_run(messages: int, baud: int) -> tuple[float, int, int, int]:
    rate = baud / 10
    modem = PacedModem(messages, rate)
    port = await AtPort.open(modem.path, baud)
    try:
        for text in ("ATE0", "AT+CMGF=0"):
            await port.command(AtCommand(text))
        before = port.bytes_in
        start = time.perf_counter()
        result = await port.command(sms.cmgl(4))
        stored = sms.parse_cmgl(result)
        decoded = [decode_pdu(m.body) for m in stored]
        elapsed = time.perf_counter() - start
        line_bytes = port.bytes_in - before
        payload = sum(len(m.body) for m in stored)
        if len(decoded) != messages:
            raise SystemExit(f"read {len(decoded)} of {messages} messages")
        return elapsed, line_bytes, payload, len(decoded)
    finally:
        await port.close()
        await modem.close()


async def run(baud: int, messages: int, runs: int) -> None:
    rate = baud / 10
    results = [await one_run(messages, baud) for _ in range(runs)]
    elapsed = statistics.median(r[0] for r in results)
    line_bytes, payload, count = results[0][1], results[0][2], results[0][3]
    achieved = line_bytes / elapsed
    print(f"read {count} messages ({line_bytes} bytes on the line, {payload} of them PDU hex) "
          f"at {baud} baud, median of {runs} runs")
    print(f"  line byte rate (baud/10):   {rate:10.0f} B/s")
    print(f"  achieved (all line bytes):  {achieved:10.0f} B/s   ratio {achieved / rate:.3f}"
          "   target >= 0.90")
    print(f"  achieved (PDU payload):     {payload / elapsed:10.0f} B/s   ratio "
          f"{payload / elapsed / rate:.3f}")
    print(f"  time for the whole store:   {elapsed:10.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baud", type=int, default=115200)
    parser.add_argument("--messages", type=int, default=30)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    asyncio.run(run(args.baud, args.messages, args.runs))


if __name__ == "__main__":
    main()
