"""Kill -9 during an archive sync, many times: nothing lost, duplicated, or wrongly deleted."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cmgui.store.db import open_database
from cmgui.store.sms import SmsArchive, part_identity

CHILD = Path(__file__).with_name("sync_child.py")
ROOT = Path(__file__).resolve().parents[3]
ITERATIONS = 30
SINGLES = 60
GROUPS = 10


def make_device(store: Path, rng: random.Random) -> dict[str, str]:
    """Singles and 3-part messages (parts out of order); returns index -> PDU."""
    store.mkdir()
    entries: list[dict[str, object]] = []
    for n in range(SINGLES):
        text = f"single {n} " + "x" * rng.randrange(50)
        entries.append({"pdu": f"{text}|{n}".encode().hex(), "number": f"+49170{n % 4}",
                        "text": text})
    for ref in range(GROUPS):
        for seq in (1, 2, 3):
            entries.append({"pdu": f"part {ref}/{seq}".encode().hex(), "number": "+4930",
                            "text": f"[{ref}.{seq}]", "concat": [ref, 3, seq]})
    rng.shuffle(entries)
    pdus = {}
    for index, entry in enumerate(entries):
        (store / f"{index}.json").write_text(json.dumps(entry))
        pdus[str(index)] = str(entry["pdu"])
    return pdus


def run_child(db_path: str, store: Path, kill_after: int | None,
              rng: random.Random) -> list[str]:
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), db_path, str(store), "--delete"],
        stdout=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)},
    )
    assert proc.stdout is not None
    acked = []
    try:
        if kill_after is None:
            acked = [line.split()[1] for line in proc.stdout]
            assert proc.wait(30) == 0
            return acked
        if kill_after == 0:  # anywhere from start-up (migrations) to the first imports
            time.sleep(rng.random() * 0.12)
        else:
            for line in proc.stdout:
                acked.append(line.split()[1])
                if len(acked) >= kill_after:
                    break
        time.sleep(rng.random() * 0.004)  # land the kill anywhere in the next steps
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stdout.close()
    return acked


def check(db_path: str, store: Path, pdus: dict[str, str], acked: set[str]) -> int:
    db = open_database(db_path)
    try:
        rows = db.read(lambda c: c.execute("SELECT identity, message_id FROM sms_part").fetchall())
        archived = {r["identity"] for r in rows}
        assert len(archived) == len(rows)
        on_device = {p.stem for p in store.glob("*.json")}
        for index, pdu in pdus.items():
            identity = part_identity(pdu, "IMSI", None, "IMEI")
            if index not in on_device:
                assert identity in archived, f"message {index} deleted but not archived"
            if index in acked:
                assert identity in archived, f"message {index} acknowledged but lost"
        groups = db.read(lambda c: c.execute(
            "SELECT concat_ref, count(*) FROM sms_message WHERE concat_ref IS NOT NULL "
            "GROUP BY concat_ref").fetchall())
        assert all(n == 1 for _, n in groups), "a concatenated message was split"
        singles = db.read(lambda c: c.execute(
            "SELECT count(*) FROM sms_message WHERE concat_ref IS NULL").fetchone()[0])
        assert singles == sum(1 for r in rows if r["message_id"] is not None) - db.read(
            lambda c: c.execute(
                "SELECT count(*) FROM sms_part p JOIN sms_message m ON m.id = p.message_id "
                "WHERE m.concat_ref IS NOT NULL").fetchone()[0])
        return len(rows)
    finally:
        db.close()


@pytest.mark.slow
def test_sync_survives_sigkill_at_random_points(tmp_path: Path, store_url: str) -> None:
    rng = random.Random(20260301)
    store = tmp_path / "device"
    pdus = make_device(store, rng)
    db_path = store_url
    acked: set[str] = set()
    kills = 0
    for _ in range(ITERATIONS):
        remaining = len(list(store.glob("*.json")))
        if not remaining:
            break
        acked |= set(run_child(db_path, store, rng.randrange(0, 3), rng))
        kills += 1
        check(db_path, store, pdus, acked)
    acked |= set(run_child(db_path, store, None, rng))  # a final run to the end
    assert check(db_path, store, pdus, acked) == len(pdus)
    assert kills >= 15  # most iterations really were killed mid-sync
    assert list(store.glob("*.json")) == []
    db = open_database(db_path)
    archive = SmsArchive(db)
    assert archive.count() == SINGLES + GROUPS
    assert all(m.complete for m in archive.page(limit=100).messages)
    texts = {m.text for m in archive.page(limit=100).messages if m.concat_ref is not None}
    assert texts == {f"[{r}.1][{r}.2][{r}.3]" for r in range(GROUPS)}
    db.close()
