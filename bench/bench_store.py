"""Benchmark: the shared PostgreSQL store against the embedded SQLite one, side by side.

    .venv/bin/python bench/bench_store.py [--per-writer N] [--archive N] [--json OUT]

Starts its own throw-away PostgreSQL cluster (tests/pg_cluster.py: Debian's binaries, initdb
in a temporary directory, fsync off like the tests) and prints one table; nothing is asserted.

- archive throughput: messages/s archived through the real import path (``import_many``,
  batches of 50) by 10 writer processes at once into PostgreSQL, and by one writer into SQLite;
- notify latency: from a change's commit to its event in each of 20 listening desktops
  (``TeamLive``: LISTEN/NOTIFY), median and p95 over 30 changes;
- a 1 000 000-message archive on PostgreSQL (rows made with ``generate_series``): opening the
  store, then the first page of messages, the conversation list and the unread count, each as
  the app asks for them (goal for the page: < 200 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cmgui.service.fleet import SimStatusChanged  # noqa: E402
from cmgui.service.team_live import TeamLive  # noqa: E402
from cmgui.store.engine import open_database, sqlite_url  # noqa: E402
from cmgui.store.sms import PduRecord, SmsArchive  # noqa: E402
from tests.pg_cluster import PgCluster  # noqa: E402

WRITERS = 10
BATCH = 50
LISTENERS = 20
CHANGES = 30
T0 = datetime(2025, 1, 1, tzinfo=UTC)


def _records(writer: int, count: int) -> list[list[PduRecord]]:
    batches: list[list[PduRecord]] = []
    for start in range(0, count, BATCH):
        batch = []
        for n in range(start, min(start + BATCH, count)):
            number = f"+49170{(writer * 7919 + n) % 500:07d}"
            text = f"writer {writer} message {n}"
            when = T0 + timedelta(seconds=writer * 1_000_000 + n)
            batch.append(PduRecord(
                pdu=f"{writer}|{n}|{text}".encode().hex().upper(), kind="deliver",
                number=number, text=text, timestamp=when, imsi=f"2620100000{writer:05d}",
                storage="SM", index=n, device_status=1))
        batches.append(batch)
    return batches


def _writer(url: str, writer: int, count: int, start: Any, ready: Any, done: Any) -> None:
    batches = _records(writer, count)
    db = open_database(url)
    archive = SmsArchive(db)

    async def run() -> None:
        for batch in batches:
            await archive.import_many(batch)

    ready.put(writer)
    start.wait()
    try:
        asyncio.run(run())
    except Exception as exc:  # reported in the table, never hidden
        done.put(f"{type(exc).__name__}: {str(exc).splitlines()[0][:160]}")
    else:
        done.put("")
    finally:
        db.close()


def throughput(url: str, writers: int, per_writer: int) -> tuple[float, int, list[str]]:
    """Messages/s archived by ``writers`` processes at once (after each has connected), the
    messages archived, and the errors of writers that gave up."""
    open_database(url).close()  # the schema first, once
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    ready = context.Queue()
    done = context.Queue()
    procs = [context.Process(target=_writer, args=(url, w, per_writer, start, ready, done))
             for w in range(writers)]
    for proc in procs:
        proc.start()
    for _ in procs:  # every writer connected, its messages made: then the clock starts
        ready.get(timeout=120)
    t0 = time.perf_counter()
    start.set()
    errors = [e for e in (done.get(timeout=1800) for _ in procs) if e]
    elapsed = time.perf_counter() - t0
    for proc in procs:
        proc.join()
    db = open_database(url)
    stored = SmsArchive(db).count()
    db.close()
    return stored / elapsed, stored, errors


async def notify_latency(url: str) -> list[float]:
    """Seconds from each change's commit to its event, per desktop and change."""
    import psycopg

    db = open_database(url)
    db.close()
    lives = [TeamLive(url) for _ in range(LISTENERS)]
    streams = [live.subscribe() for live in lives]
    await asyncio.gather(*(live.start() for live in lives))
    samples: list[float] = []
    async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
        await conn.execute("INSERT INTO fleet_sim (account, iccid, status, seq, refreshed_at) "
                           "VALUES ('bench', '1', 'S0', 0, 0)")
        for stream in streams:  # the insert's own notice
            await asyncio.wait_for(stream.get(), 5)
        for n in range(1, CHANGES + 1):
            t0 = time.perf_counter()
            await conn.execute("UPDATE fleet_sim SET status = %s WHERE iccid = '1'",
                               (f"S{n}",))

            async def heard(stream: Any, n: int = n, t0: float = t0) -> float:
                event = await asyncio.wait_for(stream.get(), 5)
                assert isinstance(event, SimStatusChanged) and event.status == f"S{n}"
                return time.perf_counter() - t0
            samples += await asyncio.gather(*(heard(s) for s in streams))
    await asyncio.gather(*(live.stop() for live in lives))
    return samples


def big_archive(url: str, count: int) -> dict[str, float]:
    """Build ``count`` messages in one statement, then time what the app does on opening."""
    import psycopg

    open_database(url).close()
    t0 = time.perf_counter()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO sms_message (uid, direction, folder, number, conversation, text, "
            "sort_ts, created_at, is_read) SELECT 'u' || g, CASE WHEN g %% 3 = 0 THEN 'out' "
            "ELSE 'in' END, CASE WHEN g %% 3 = 0 THEN 'sent' ELSE 'inbox' END, "
            "'+49170' || lpad((g %% 5000)::text, 7, '0'), '+49170' || lpad((g %% 5000)::text, 7, "
            "'0'), 'message number ' || g, 1700000000000 + g * 1000, 1700000000000 + g * 1000, "
            "CASE WHEN g %% 50 = 0 THEN 0 ELSE 1 END FROM generate_series(1, %s) g", (count,))
        conn.execute("ANALYZE sms_message")
    results = {"build_s": time.perf_counter() - t0}

    t0 = time.perf_counter()
    db = open_database(url)
    results["open_store_ms"] = (time.perf_counter() - t0) * 1000
    archive = SmsArchive(db)
    t0 = time.perf_counter()
    page = archive.page(limit=200)
    results["first_page_ms"] = (time.perf_counter() - t0) * 1000
    assert len(page.messages) == 200
    t0 = time.perf_counter()
    archive.page(page.next, limit=200)
    results["next_page_ms"] = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    archive.page(limit=200, conversation="+491700000042")
    results["conversation_page_ms"] = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    conversations = archive.conversations()
    results["conversation_list_ms"] = (time.perf_counter() - t0) * 1000
    results["conversations"] = len(conversations)
    t0 = time.perf_counter()
    results["unread"] = archive.count(unread_only=True)
    results["unread_count_ms"] = (time.perf_counter() - t0) * 1000
    db.close()
    return results


def _pct(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-writer", type=int, default=2000,
                        help="messages each PostgreSQL writer archives (SQLite: 10x that)")
    parser.add_argument("--archive", type=int, default=1_000_000,
                        help="messages in the big archive")
    parser.add_argument("--json", metavar="OUT", help="also write the numbers as JSON")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with PgCluster() as cluster, tempfile.TemporaryDirectory() as tmp:
        total = WRITERS * args.per_writer
        rate, stored, pg_errors = throughput(
            cluster.create_database("writers"), WRITERS, args.per_writer)
        results.update(pg_10_writers_msgs_per_s=rate, pg_archived=stored,
                       pg_writer_errors=pg_errors)
        rate, stored, lite_errors = throughput(
            sqlite_url(Path(tmp) / "cmgui.sqlite3"), 1, total)
        results.update(sqlite_1_writer_msgs_per_s=rate, sqlite_archived=stored,
                       sqlite_writer_errors=lite_errors)
        latency = asyncio.run(notify_latency(cluster.create_database("notify")))
        results["notify_median_ms"] = statistics.median(latency) * 1000
        results["notify_p95_ms"] = _pct(latency, 0.95) * 1000
        results["notify_samples"] = len(latency)
        results["big_archive"] = big_archive(cluster.create_database("big"), args.archive)
    big = results["big_archive"]
    def archived(engine: str, errors: list[str]) -> str:
        note = f"{results[engine + '_archived']:,} of {total:,} messages"
        return note + (f"; {len(errors)} writer(s) gave up: {errors[0]}" if errors else "")

    rows = [
        ("archive throughput, PostgreSQL, 10 writers",
         f"{results['pg_10_writers_msgs_per_s']:,.0f} msg/s", archived("pg", pg_errors)),
        ("archive throughput, SQLite, 1 writer",
         f"{results['sqlite_1_writer_msgs_per_s']:,.0f} msg/s", archived("sqlite", lite_errors)),
        (f"notify latency to {LISTENERS} desktops, median",
         f"{results['notify_median_ms']:.1f} ms", f"{len(latency)} events"),
        (f"notify latency to {LISTENERS} desktops, p95",
         f"{results['notify_p95_ms']:.1f} ms", "goal < 1000 ms"),
        (f"{args.archive:,}-message archive: build (generate_series)",
         f"{big['build_s']:.1f} s", ""),
        ("  open the store", f"{big['open_store_ms']:.1f} ms", ""),
        ("  first page (200 messages)", f"{big['first_page_ms']:.1f} ms", "goal < 200 ms"),
        ("  next page", f"{big['next_page_ms']:.1f} ms", ""),
        ("  one conversation's page", f"{big['conversation_page_ms']:.1f} ms", ""),
        ("  conversation list", f"{big['conversation_list_ms']:.1f} ms",
         f"{big['conversations']:,.0f} conversations"),
        ("  unread count", f"{big['unread_count_ms']:.1f} ms", f"{big['unread']:,.0f} unread"),
    ]
    width = max(len(r[0]) for r in rows)
    for label, value, note in rows:
        print(f"{label.ljust(width)}  {value:>14}  {note}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
