"""``cmcli store path|copy|password`` and ``cmcli --store``: which store is in use, moving a
whole store from SQLite to PostgreSQL and back (idempotent, checked), and errors that say what
is wrong without a password in them."""

from __future__ import annotations

import asyncio
import io
import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from cmgui.cli import main
from cmgui.store.db import Store, open_database
from cmgui.store.fleet import FleetStore
from cmgui.store.gateway import GatewayArchive, InboundSms
from cmgui.store.host import Stores
from cmgui.store.profiles import Profile
from cmgui.store.secrets import SecretRegistry, SecretStore, store_password_key
from cmgui.store.settings import Settings
from cmgui.store.sms_types import DeliveryStatus
from cmgui.store.stats import UsagePlan
from tests.memory_keyring import MemoryKeyring
from tests.pg_cluster import PgCluster
from tests.unit.store.store_support import deliver


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(["--json", *argv])
    captured = capsys.readouterr()
    lines = captured.out.strip().splitlines()
    return code, json.loads(lines[-1]) if lines else None, captured.err


def test_store_path_follows_option_env_and_setting(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        _isolated_dirs: Path) -> None:
    monkeypatch.delenv("CMGUI_STORE", raising=False)
    default = (_isolated_dirs / "data" / "cmgui.sqlite3").resolve()
    assert run(capsys, "store", "path")[1] == {"url": f"sqlite:///{default}",
                                               "engine": "sqlite"}
    settings = Settings.open_default()
    settings.set("store_url", "postgresql://team@db.example/cmgui")
    settings.save()
    assert run(capsys, "store", "path")[1]["url"] == "postgresql://team@db.example/cmgui"
    monkeypatch.setenv("CMGUI_STORE", "postgresql://env:pw-env@db.example:5433/x")
    assert run(capsys, "store", "path")[1]["url"] == "postgresql://env@db.example:5433/x"
    code, out, _ = run(capsys, "--store", "postgresql://ann:s3cret@h/db", "store", "path")
    assert (code, out["url"]) == (0, "postgresql://ann@h/db")
    assert main(["store", "path"]) == 0
    assert capsys.readouterr().out == "postgresql://env@db.example:5433/x\n"


def test_unreachable_or_wrong_store_says_so_without_the_password(
        capsys: pytest.CaptureFixture[str], pg_cluster: PgCluster) -> None:
    url = f"postgresql://cmgui_test:pw-{pg_cluster.port}@127.0.0.1:{pg_cluster.port}/nothere"
    code, out, _ = run(capsys, "--store", url, "records")
    assert code == 1
    assert out["message"].startswith(
        f"Could not use the PostgreSQL store postgresql://cmgui_test@127.0.0.1:"
        f"{pg_cluster.port}/nothere: ")
    assert "nothere" in out["message"] and f"pw-{pg_cluster.port}" not in out["message"]
    code, out, _ = run(capsys, "--store", "postgresql://x:hunter2@127.0.0.1:1/db", "records")
    assert code == 1 and "Could not use the PostgreSQL store" in out["message"]
    assert "hunter2" not in out["message"]
    code, out, _ = run(capsys, "--store", "mysql://h/db", "records")
    assert code == 1 and "Unknown store URL" in out["message"]
    code, out, _ = run(capsys, "store", "copy", "/nowhere/cmgui.sqlite3", "/tmp/x.sqlite3")
    assert code == 2 and "there is no store at /nowhere/cmgui.sqlite3" in out["message"]


def test_store_password_is_kept_in_the_keyring_never_printed(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("t0p-secret\n"))
    url = "postgresql://ann@db.example/team"
    code, _, err = run(capsys, "store", "password", url)
    assert code == 0 and "t0p-secret" not in err
    assert SecretStore(registry=SecretRegistry()).get(store_password_key(url)) == "t0p-secret"
    assert run(capsys, "store", "password", url, "--forget")[0] == 0
    assert SecretStore(registry=SecretRegistry()).get(store_password_key(url)) is None


async def _fill(data_dir: Path) -> None:
    """Something in every table the archive, records, profiles, fleet and gateways use."""
    stores = Stores.open(data_dir, secrets=SecretStore(MemoryKeyring(), registry=SecretRegistry()))
    try:
        await stores.archive.import_many(
            [deliver(f"hello {n}", minute=n) for n in range(5)]
            + [deliver(f"part {i}", concat=(7, 3, i), minute=9) for i in (1, 2, 3)])
        sent = await stores.archive.record_sent("+491701234567", "sent one", [42])
        await stores.archive.set_delivery_status(sent.id, DeliveryStatus.DELIVERED)
        record = await stores.connections.start(device="virtual", imsi="262011234567890")
        await stores.connections.byte_count(record, 1000, 2000)
        await stores.connections.end(record)
        await stores.connections.set_plan("262011234567890", UsagePlan(home_limit=1500))
        await stores.connections.byte_count(
            await stores.connections.start(device="virtual", imsi="262011234567890"), 5000, 0)
        profile = await stores.profiles.add(Profile("Work", apn="web.example"))
        await stores.profiles.set_default(profile.id)
        await stores.profiles.set_auto_connect(True)
        gateways = GatewayArchive(stores.db)
        await gateways.archive_inbound("gw1", [InboundSms(
            n, 1, "+4917000", f"gw {n}", datetime(2026, 3, 1, 12, n)) for n in (1, 2, 3)])
        await gateways.record_task("gw1", 5, "bulk", [1], ["+4917000"])
        fleet = FleetStore(stores.db)
        fleet.replace_sims("acct", [{"iccid": f"89490{n}", "status": "ACTIVE"} for n in range(3)])
        job = fleet.create_job("acct", "set-status", "SUSPENDED", ["894900", "894901"],
                               user="ann", host="pc", pid=1)
        fleet.mark_item(job, 0, "ok", before="ACTIVE", after="SUSPENDED")
        fleet.finish_job(job, "done")
        fleet.record_received("acct", "894900", "hi from a SIM", "+4900", "+4911", "2026-03-01")
        fleet.record_event("acct", "894900", "status", {"status": "ACTIVE"})
    finally:
        stores.close()


def _dump(db: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = db.describe()

    def rows(name: str) -> list[tuple[Any, ...]]:
        columns = ", ".join(f'"{c}"' for c in tables[name].columns)
        key = ", ".join(f'"{c}"' for c in tables[name].key or tables[name].columns)
        return db.read(lambda c: [tuple(r) for r in c.execute(
            f'SELECT {columns} FROM "{name}" ORDER BY {key}')])

    return {name: rows(name) for name in sorted(tables)}


@pytest.mark.timeout(120)
def test_copy_sqlite_to_postgresql_and_back_is_complete_and_idempotent(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str) -> None:
    asyncio.run(_fill(tmp_path / "laptop"))
    laptop = f"sqlite:///{(tmp_path / 'laptop' / 'cmgui.sqlite3').as_posix()}"
    code, out, _ = run(capsys, "store", "copy", laptop, pg_url)
    assert code == 0, out
    counts = {t["table"]: t for t in out["tables"]}
    for table in ("sms_message", "sms_part", "sms_sent_ref", "connection_record",
                  "usage_period", "usage_plan", "usage_alert", "cellular_profile",
                  "profile_default", "auto_connect", "gateway_mark", "gateway_sms",
                  "gateway_task", "fleet_sim", "fleet_job", "fleet_job_item", "fleet_sms",
                  "fleet_event"):
        assert counts[table]["source"] > 0, table
        assert counts[table]["added"] == counts[table]["present"] == counts[table]["source"]
    assert out["destination"] == pg_url

    code, again, _ = run(capsys, "store", "copy", laptop, pg_url)  # nothing new the 2nd time
    assert code == 0 and all(t["added"] == 0 for t in again["tables"])
    assert [t["present"] for t in again["tables"]] == [t["source"] for t in again["tables"]]

    back = tmp_path / "back" / "cmgui.sqlite3"
    code, _, _ = run(capsys, "store", "copy", pg_url, str(back))
    assert code == 0
    original, postgres, returned = (open_database(u) for u in (laptop, pg_url, str(back)))
    try:
        assert _dump(returned) == _dump(original)
        pg_tables = _dump(postgres)
        assert {k: v for k, v in pg_tables.items() if k in _dump(original)} == _dump(original)
        # New rows on PostgreSQL continue after the copied ids.
        new_id = postgres.write(lambda c: c.execute(
            "INSERT INTO connection_record (device, started_at) VALUES (?, ?) RETURNING id",
            ("x", 1)).fetchone()[0]).result()
        assert new_id > max(r[0] for r in pg_tables["connection_record"])
    finally:
        for db in (original, postgres, returned):
            db.close()


def test_copy_into_a_store_with_other_rows_under_the_same_ids_is_refused(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, pg_url: str) -> None:
    asyncio.run(_fill(tmp_path / "a"))
    db = open_database(pg_url)
    try:
        db.write(lambda c: c.execute(
            "INSERT INTO connection_record (id, device, started_at) VALUES (1, 'other', 5)")
        ).result()
    finally:
        db.close()
    code, out, _ = run(capsys, "store", "copy", str(tmp_path / "a" / "cmgui.sqlite3"), pg_url)
    assert code == 1
    assert "connection_record: 1 of 2 rows missing or different" in out["message"]
