"""Several processes writing one store at once archive each message exactly once.

Two pollers of the same gateway, two syncs of the same modem and one of another modem, all
started at the same instant against one store, on each engine: the unique keys (message uid,
part identity, gateway message identity) and the engine's transactions make the outcome exact,
whatever the interleaving. And real ``cmcli`` processes: two ``sms sync`` of two virtual
modems at once, two ``gateway sync`` of one virtual gateway at once.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from cmgui.cli import main
from cmgui.drivers.virtual.serve import open_pty
from cmgui.drivers.virtual_gateway import ALL_READY
from cmgui.store.db import open_database
from cmgui.store.host import Stores
from tests.integration.at.waiting import until
from tests.integration.gateway.support import ThreadedGateway
from tests.integration.store.test_sync_fault_injection import LONG, _run_sync
from tests.integration.store.writer_child import MESSAGES

CHILD = Path(__file__).with_name("writer_child.py")
ROOT = Path(__file__).resolve().parents[3]
WRITERS = [("gateway", 1), ("gateway", 2), ("modem:A", 3), ("modem:A", 4), ("modem:B", 5)]


def _start(url: str, mode: str, seed: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    return subprocess.Popen([sys.executable, str(CHILD), url, mode, str(seed)], env=env,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.mark.timeout(120)
def test_concurrent_writers_archive_each_message_exactly_once(store_url: str) -> None:
    open_database(store_url).close()  # the schema first, so that the writers race on data only
    procs = [_start(store_url, mode, seed) for mode, seed in WRITERS]
    try:
        for proc in procs:
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:  # all go at once
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            out, err = proc.communicate(timeout=90)
            assert (proc.returncode, out.strip()) == (0, "done"), err
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()

    db = open_database(store_url)
    try:
        texts = Counter(db.read(lambda c: [r[0] for r in c.execute(
            "SELECT text FROM sms_message")]))
        identities = db.read(lambda c: [r[0] for r in c.execute(
            "SELECT identity FROM sms_part")])
        gateway_rows = db.read(lambda c: c.execute(
            "SELECT count(*), count(DISTINCT incoming_sms_id) FROM gateway_sms").fetchone())
        mark = db.read(lambda c: c.execute(
            "SELECT incoming_sms_id FROM gateway_mark WHERE gateway = 'gw1'").fetchone()[0])
    finally:
        db.close()
    expected = {f"{source} message {n}" for source in ("A", "B") for n in range(MESSAGES)}
    expected |= {f"gateway message {n}" for n in range(1, MESSAGES + 1)}
    assert set(texts) == expected
    assert max(texts.values()) == 1, [t for t, n in texts.items() if n > 1][:5]
    assert len(identities) == len(set(identities)) == 2 * MESSAGES
    assert tuple(gateway_rows) == (MESSAGES, MESSAGES)
    assert mark == MESSAGES


@pytest.mark.timeout(120)
async def test_two_cmcli_syncs_of_two_modems_into_one_store(
        store_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``cmcli sms sync --delete-from-device`` of two modems at once, into one store."""
    if "://" in store_url:
        monkeypatch.setenv("CMGUI_STORE", store_url)
    modems = [await open_pty("generic", pin_enabled=False, sm_capacity=30) for _ in range(2)]
    try:
        for server, _ in modems:
            await until(functools.partial(lambda s: s.model.registered, server), 10,
                        "registration")
        # The two virtual modems share one SIM identity: their senders differ, as they would.
        texts = [[f"modem {m}: message {n}" for n in range(8)] + [f"modem {m}: {LONG}"]
                 for m in range(2)]
        for m, (server, _) in enumerate(modems):
            for n, text in enumerate(texts[m]):
                server.model.inject_sms(f"+1555{m}0{n % 3}", text)
        codes = await asyncio.gather(*(_run_sync(path, None) for _, path in modems))
        assert codes == [0, 0]
        assert all(server.model.storage("SM").used == 0 for server, _ in modems)
        stores = Stores.open()
        try:
            archived = Counter(m.text for m in stores.archive.page(limit=1000).messages)
        finally:
            stores.close()
        assert sorted(archived.elements()) == sorted(texts[0] + texts[1])
    finally:
        for server, _ in modems:
            await server.close()


@pytest.mark.timeout(120)
def test_two_cmcli_gateway_syncs_of_the_same_gateway_archive_each_message_once(
        store_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    """``cmcli gateway sync`` twice at once (and again) against one gateway and one store."""
    if "://" in store_url:
        monkeypatch.setenv("CMGUI_STORE", store_url)
    # The login must reach the child processes: the encrypted secrets file, not this process's
    # in-memory keyring.
    monkeypatch.setenv("CMGUI_SECRETS", "file")
    monkeypatch.setenv("CMGUI_SECRETS_PASSPHRASE", "multi-writer test")
    with ThreadedGateway(layout=ALL_READY, ports=4) as gateway:
        password = tmp_path / "pw"
        password.write_text("admin\n")
        assert main(["login", gateway.address, "--user", "admin",
                     "--password-file", str(password)]) == 0
        capsys.readouterr()
        model = gateway.server.model  # type: ignore[union-attr]
        texts = [f"gateway text {n}" for n in range(40)]
        for n, text in enumerate(texts):
            gateway.call(functools.partial(model.inject_sms, n % 4 + 1, f"+49160{n % 5}", text))
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
        child = "import sys; from cmgui.cli import main; sys.exit(main())"
        procs = [subprocess.Popen([sys.executable, "-c", child, "--json", "gateway", "sync"],
                                  env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(2)]
        results = [proc.communicate(timeout=90) for proc in procs]
        assert [p.returncode for p in procs] == [0, 0], [err for _, err in results]
        new = [json.loads(out.strip().splitlines()[-1])["new"] for out, _ in results]
        assert sum(new) == len(texts)
    stores = Stores.open()
    try:
        archived = Counter(m.text for m in stores.archive.page(limit=1000).messages)
    finally:
        stores.close()
    assert archived == Counter(texts)
