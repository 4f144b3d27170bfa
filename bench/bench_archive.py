"""Benchmark: an SMS archive of 100 000 messages — build, open, search, page through; memory.

    .venv/bin/python bench/bench_archive.py [--messages N] [--db PATH] [--json OUT]

The archive is built in a child process through the real import path (``import_many``, durable
transactions of 2 000 PDUs, ~10 % of messages concatenated), so the measuring process's peak RSS
covers only opening, searching and paging, as the app would do.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

from cmgui.store.db import Database
from cmgui.store.sms import PduRecord, SmsArchive

T = TypeVar("T")

WORDS = [
    "hello", "meeting", "tomorrow", "code", "verify", "account", "balance", "call", "back",
    "please", "thanks", "love", "dinner", "train", "late", "office", "weekend", "photo",
    "ticket", "delivery", "parcel", "bank", "transfer", "payment", "reminder", "appointment",
    "doctor", "school", "pickup", "birthday", "party", "coffee", "lunch", "traffic", "rain",
    "sunny",
]
BATCH = 2_000


def _records(count: int, seed: int = 1) -> list[list[PduRecord]]:
    """Batches of PDU records making up ``count`` logical messages."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    contacts = [f"+49170{rng.randrange(10**7):07d}" for _ in range(500)]
    batches: list[list[PduRecord]] = [[]]
    for n in range(count):
        number = rng.choice(contacts)
        when = start + timedelta(seconds=n * 300 + rng.randrange(300))
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(3, 25)))
        if n % 100 == 0:
            text += f" unique{n}"
        total = rng.choice((2, 3)) if rng.random() < 0.1 else 1
        chunk = -(-len(text) // total)
        for seq in range(1, total + 1):
            part = text[(seq - 1) * chunk: seq * chunk]
            pdu = f"{n}|{seq}|{number}|{part}".encode().hex()
            batches[-1].append(PduRecord(
                pdu=pdu, kind="deliver", number=number, text=part, timestamp=when,
                concat=(n & 0xFF, total, seq) if total > 1 else None, imei="356938035643809",
                imsi="262011234567890", storage="ME", index=n % 1000, device_status=1,
            ))
        if len(batches[-1]) >= BATCH:
            batches.append([])
    return batches


async def build(path: Path, count: int) -> dict[str, float]:
    batches = _records(count)
    db = Database(path)
    archive = SmsArchive(db)
    t0 = time.perf_counter()
    for batch in batches:
        await archive.import_many(batch)
    elapsed = time.perf_counter() - t0
    assert archive.count() == count, archive.count()
    db.close()
    return {"build_s": elapsed, "build_msgs_per_s": count / elapsed}


def _timed(fn: Callable[[], T]) -> tuple[T, float]:
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def measure(path: Path) -> dict[str, float]:
    results: dict[str, float] = {"rss_before_open_mb": rss_mb()}
    t0 = time.perf_counter()
    db = Database(path)
    archive = SmsArchive(db)
    first = archive.page(limit=200)
    total = archive.count()
    results["open_first_page_ms"] = (time.perf_counter() - t0) * 1000
    results["messages"] = total
    assert len(first.messages) == 200

    for label, query in (("common_word", "meeting"), ("two_words", "parcel delivery"),
                         ("rare_word", "unique4200"), ("number_fragment", "49170")):
        page, seconds = _timed(partial(archive.search, query, limit=200))
        results[f"search_{label}_ms"] = seconds * 1000
        results[f"search_{label}_hits_first_page"] = len(page.messages)

    t0 = time.perf_counter()
    seen, worst, after = 0, 0.0, None
    while True:
        page, seconds = _timed(partial(archive.page, after, limit=200))
        worst = max(worst, seconds)
        seen += len(page.messages)
        if page.next is None:
            break
        after = page.next
    results["page_through_all_s"] = time.perf_counter() - t0
    results["page_worst_ms"] = worst * 1000
    assert seen == total, (seen, total)

    conversation = archive.conversations(limit=1)[0].conversation
    _, seconds = _timed(lambda: archive.page(conversation=conversation, limit=200))
    results["conversation_page_ms"] = seconds * 1000
    _, seconds = _timed(lambda: archive.conversations())
    results["conversation_list_ms"] = seconds * 1000

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        asyncio.run(archive.export_json(Path(tmp) / "export.json"))
        results["export_json_s"] = time.perf_counter() - t0
    results["rss_now_mb"] = rss_mb()
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results["db_size_mb"] = path.stat().st_size / 2**20
    db.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--db", type=Path, help="reuse (or build into) this database file")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.build_only:
        print(json.dumps(asyncio.run(build(args.db, args.messages))))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "archive.sqlite3"
        results: dict[str, float] = {}
        if not path.exists():
            out = subprocess.run(
                [sys.executable, __file__, "--build-only", "--db", str(path),
                 "--messages", str(args.messages)],
                check=True, capture_output=True, text=True,
            ).stdout
            results.update(json.loads(out))
        results.update(measure(path))
    width = max(len(k) for k in results)
    for key, value in results.items():
        print(f"{key:<{width}}  {value:,.1f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
