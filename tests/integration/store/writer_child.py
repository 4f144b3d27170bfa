"""Child process of the multi-writer tests: one writer among several on the same store.

Usage: python writer_child.py STORE MODE SEED. It opens the store, prints "ready", waits for a
line on stdin (so that every writer starts at once), writes, prints "done" and exits.

- ``gateway``: archives the inbound messages 1..N of gateway ``gw1`` as a poller would, in
  random batches that overlap what the other writer archives, advancing the mark;
- ``modem:NAME``: archives the N messages stored on modem NAME (its own IMSI and PDUs), in
  random batches, each message once per batch, durably, as ``cmcli sms sync`` does.
"""

from __future__ import annotations

import asyncio
import random
import sys
from datetime import datetime

from cmgui.store.db import open_database
from cmgui.store.gateway import GatewayArchive, InboundSms
from cmgui.store.sms import PduRecord, SmsArchive

MESSAGES = 150


def inbound(n: int) -> InboundSms:
    return InboundSms(incoming_sms_id=n, port=n % 4 + 1, number=f"+4917000{n % 7}",
                      text=f"gateway message {n}", timestamp=datetime(2026, 3, 1, 12, n % 60))


def stored(modem: str, n: int) -> PduRecord:
    pdu = f"{modem}|{n}".encode().hex().upper()
    return PduRecord(pdu=pdu, kind="deliver", number=f"+4916000{n % 5}",
                     text=f"{modem} message {n}", imei=f"IMEI-{modem}", imsi=f"IMSI-{modem}",
                     storage="SM", index=n, device_status=1)


async def main(url: str, mode: str, seed: int) -> None:
    rng = random.Random(seed)
    db = open_database(url)
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        if mode == "gateway":
            archive = GatewayArchive(db)
            start = 1
            while start <= MESSAGES:
                size = rng.randint(1, 12)
                batch = [inbound(n) for n in range(max(1, start - rng.randint(0, 6)),
                                                   min(MESSAGES, start + size) + 1)]
                await archive.archive_inbound("gw1", batch)
                start += size
        else:
            modem = mode.split(":", 1)[1]
            sms = SmsArchive(db)
            order = list(range(MESSAGES))
            rng.shuffle(order)
            for i in range(0, MESSAGES, 10):
                await sms.import_many([stored(modem, n) for n in order[i:i + 10]])
    finally:
        db.close()
    print("done", flush=True)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
