"""Fault injection: ``cmcli sms sync --delete-from-device`` killed with SIGKILL at random points
against a virtual modem that outlives it, then run to completion. Checked after every kill and
at the end: nothing lost (every message gone from the device is in the archive), nothing
duplicated (each PDU archived once), every injected message in the archive exactly once. On
each engine: the default SQLite file, and a PostgreSQL store given by ``CMGUI_STORE``."""

from __future__ import annotations

import asyncio
import contextlib
import os
import pty
import random
import signal
import sys
import time
from pathlib import Path

import pytest

from cmgui.drivers.virtual.serve import VirtualModemServer, open_pty
from cmgui.store.host import Stores
from tests.integration.at.waiting import until

SHORT = 10
LONG = "This one is long enough to need three parts when it is sent. " * 6
# Runs killed part-way through a sync that the test needs (a count, not a time budget, so a
# loaded machine runs the same test), and the most runs it tries to get them: a run whose sync
# ends before its kill point only refills the device.
MID_SYNC_KILLS = 6
MAX_RUNS = 40
CHILD = "import sys; from cmgui.cli import main; sys.exit(main())"


def _on_device(server: VirtualModemServer) -> set[str]:
    return {msg.tpdu.hex().upper() for _, msg in server.model.storage("SM").items()}


def _fill(server: VirtualModemServer, batch: int) -> list[str]:
    """A batch of messages (one of them in three parts); returns their texts."""
    texts = [f"batch {batch} message {n}" for n in range(SHORT)] + [f"{batch}: {LONG}"]
    for n, text in enumerate(texts):
        server.model.inject_sms(f"+1555017{n % 3}", text)
    return texts


def _archived_pdus(data_dir: Path) -> list[str]:
    stores = Stores.open(data_dir)
    try:
        return stores.db.read(
            lambda c: [r[0] for r in c.execute("SELECT pdu FROM sms_part ORDER BY id")])
    finally:
        stores.close()


def _check(server: VirtualModemServer, originals: set[str], data_dir: Path) -> None:
    on_device = _on_device(server)
    archived = _archived_pdus(data_dir)
    for tpdu in originals:
        copies = sum(1 for pdu in archived if pdu.endswith(tpdu))
        assert copies <= 1, f"{tpdu} archived {copies} times"
        if tpdu not in on_device:
            assert copies == 1, f"{tpdu} was deleted from the device but is not archived"
    assert len(archived) == len(set(archived))


async def _run_sync(path: str, rng: random.Random | None, on_device: int = 0) -> int | None:
    """One ``cmcli sms sync --delete-from-device``; killed at a random point when ``rng``.

    Its stderr is a pseudo-terminal: progress lines are written only to a terminal, and they
    are what the kill points are counted in."""
    master, slave = pty.openpty()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", CHILD, "-d", path, "sms", "sync", "--delete-from-device",
        stdout=asyncio.subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    transport, _ = await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(master, "rb", 0))

    async def read(n: int) -> bytes:
        try:
            return await reader.read(n)
        except OSError:  # EIO: the child closed its end
            return b""

    try:
        if rng is None:
            while await read(4096):
                pass
            return await proc.wait()
        # Progress updates to wait for: reading and deleting each message on the device, so
        # the kill lands before the sync's end whatever is left on it.
        steps = rng.randrange(0, 2 * on_device + 1)
        seen = 0
        try:
            if steps == 0:
                await asyncio.sleep(rng.uniform(0.3, 1.0))
            else:
                while seen < steps:
                    chunk = await asyncio.wait_for(read(64), 60)
                    if not chunk:
                        break
                    seen += chunk.count(b"\r")
                await asyncio.sleep(rng.uniform(0.0, 0.02))
        finally:
            if proc.returncode is None:
                # The child may have ended on its own a moment ago, before asyncio noticed.
                with contextlib.suppress(ProcessLookupError):
                    os.kill(proc.pid, signal.SIGKILL)
            await proc.wait()
        return None
    finally:
        transport.close()


@pytest.mark.slow
@pytest.mark.timeout(600)
async def test_sync_killed_at_random_points_loses_and_duplicates_nothing(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if "://" in store_url:  # PostgreSQL: every cmcli child (and Stores.open here) uses it
        monkeypatch.setenv("CMGUI_STORE", store_url)
    data_dir = Path(os.environ["CMGUI_DATA_DIR"])
    server, path = await open_pty("generic", pin_enabled=False, sm_capacity=30)
    try:
        await until(lambda: server.model.registered, 10, "registration")
        texts = _fill(server, 0)
        originals = _on_device(server)
        assert len(originals) == SHORT + 3

        rng = random.Random(20261122)
        started = time.monotonic()
        kills = batches = 0
        while kills - batches < MID_SYNC_KILLS and kills < MAX_RUNS:
            await _run_sync(path, rng, server.model.storage("SM").used)
            kills += 1
            _check(server, originals, data_dir)
            if server.model.storage("SM").used == 0:  # that run finished: give it more
                batches += 1
                texts += _fill(server, batches)
                originals |= _on_device(server)
        # Runs that finished before their kill point refilled the device; the rest were
        # killed mid-way (while starting, reading, archiving or deleting).
        assert kills - batches >= MID_SYNC_KILLS, \
            f"only {kills - batches} of {kills} runs were killed mid-sync"

        assert await _run_sync(path, None) == 0
        _check(server, originals, data_dir)
        assert server.model.storage("SM").used == 0
        stores = Stores.open(data_dir)
        try:
            archived = [m.text for m in stores.archive.page(limit=1000).messages]
        finally:
            stores.close()
        assert sorted(archived) == sorted(texts)
        print(f"{kills} killed runs, {batches} of them finished first, "
              f"{len(originals)} PDUs, {time.monotonic() - started:.1f} s")
    finally:
        await server.close()
