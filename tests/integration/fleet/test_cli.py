"""``cmcli fleet`` and ``cmcli virtual-platform`` against simulators on 127.0.0.1: the command
shapes of the issue, their JSON, errors as one line with exit 1."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from cmgui.cli import build_parser, main
from cmgui.cli.common import Output
from cmgui.cli.fleet_cmds import cmd_listen
from cmgui.drivers.virtual_platform.cmo_server import CmoSimulator
from cmgui.drivers.virtual_platform.cmp_server import CmpSimulator
from cmgui.store.db import Database, database_path
from cmgui.store.fleet import FleetStore
from tests.integration.fleet.conftest import ThreadedPlatform
from tests.unit.fleet.seed import example

Threaded = Callable[..., ThreadedPlatform]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, (out, err)
    return json.loads(out)


def add_cmo(capsys: pytest.CaptureFixture[str], platform: ThreadedPlatform,
            name: str = "cmo") -> None:
    c = platform.served.credentials
    code, out, err = run(capsys, "fleet", "add", name, platform.served.url, "--client-id",
                         c["clientId"], "--secret-file", c["secretFile"], "--token-url",
                         c["tokenURL"])
    assert code == 0, err
    assert "keyring" in out


def add_cmp(capsys: pytest.CaptureFixture[str], platform: ThreadedPlatform,
            name: str = "cmp") -> None:
    c = platform.served.credentials
    code, _, err = run(capsys, "fleet", "add", name, platform.served.url, "--key-id",
                       c["keyId"], "--private-key-file", c["privateKeyFile"])
    assert code == 0, err


def test_accounts(capsys: pytest.CaptureFixture[str], threaded: Threaded) -> None:
    cmo = threaded("cmo")
    add_cmo(capsys, cmo)
    listed = run_json(capsys, "fleet", "list")
    assert listed == [{"name": "cmo", "url": cmo.served.url, "platform": "cmo",
                       "clientId": "cmgui-demo", "tokenURL": cmo.served.credentials["tokenURL"],
                       "keyId": None, "secret": "client_secret", "secretStorage": "keyring"}]
    secret = Path(cmo.served.credentials["secretFile"]).read_text().strip()
    config = Path(os.environ["CMGUI_CONFIG_DIR"]) / "endpoints.json"
    assert secret not in config.read_text()
    assert json.loads(config.read_text())["entries"][0]["kind"] == "fleet"
    c = cmo.served.credentials
    code, _, err = run(capsys, "fleet", "add", "cmo", cmo.served.url, "--client-id", "c",
                       "--secret-file", c["secretFile"])
    assert code == 1 and err.count("\n") == 1 and "exists already" in err
    assert run_json(capsys, "fleet", "remove", "cmo")["name"] == "cmo"
    assert run_json(capsys, "fleet", "list") == []


@pytest.mark.parametrize(("argv", "words"), [
    (["x", "cmo+https://h/t"], "needs --client-id"),
    (["x", "cmp+https://h", "--key-id", "k"], "--private-key-file"),
    (["x", "ftp://h"], "no platform module handles ftp"),
    (["x", "cmo+https://h", "--client-id", "c", "--secret-file", "/nonexistent"],
     "cannot read /nonexistent"),
])
def test_bad_accounts_are_one_line_and_exit_1(capsys: pytest.CaptureFixture[str],
                                              argv: list[str], words: str) -> None:
    code, _, err = run(capsys, "fleet", "add", *argv)
    assert code == 1 and words in err and err.count("\n") == 1 and "Traceback" not in err


def test_a_bad_private_key_is_refused_before_it_is_kept(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    key = tmp_path / "key.pem"
    key.write_text("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    code, _, err = run(capsys, "fleet", "add", "x", "cmp+https://h", "--key-id", "k",
                       "--private-key-file", str(key))
    assert code == 1 and "signing key cannot be used" in err


def test_sims_sim_usage_attributes(capsys: pytest.CaptureFixture[str],
                                   threaded: Threaded) -> None:
    cmo = threaded("cmo")
    add_cmo(capsys, cmo)
    sims = run_json(capsys, "fleet", "-p", "cmo", "sims")
    assert len(sims) == 40 and set(sims[0]) >= {"ICCID", "IMSI", "MSISDN", "status",
                                                "nativeStatus", "backend"}
    one_nce = run_json(capsys, "fleet", "sims", "-p", "cmo", "--backend", "1NCE",
                       "--status", "active")
    assert one_nce and {s["backend"] for s in one_nce} == {"1NCE"}
    found = run_json(capsys, "fleet", "-p", "cmo", "sims", "--search", sims[5]["MSISDN"])
    assert [s["ICCID"] for s in found] == [sims[5]["ICCID"]]
    iccid = sims[0]["ICCID"]
    details = run_json(capsys, "fleet", "-p", "cmo", "sim", iccid)
    assert details["ICCID"] == iccid and details["usage"] and "attributes" in details
    usage = run_json(capsys, "fleet", "-p", "cmo", "usage", iccid)
    assert usage[0]["name"] == "global" and isinstance(usage[0]["usedBytes"], int)
    attrs = run_json(capsys, "fleet", "-p", "cmo", "attr", iccid, "site=Kiel harbour")
    assert attrs == {"ICCID": iccid, "attributes": {"site": "Kiel harbour"}}
    code, _, err = run(capsys, "fleet", "-p", "cmo", "cdr", iccid)
    assert code == 1 and "not offered by this platform (cmo)" in err
    code, _, err = run(capsys, "fleet", "-p", "cmo", "sim", "8949000000000000999")
    assert code == 1 and "no SIM with ICCID 8949000000000000999" in err
    code, _, err = run(capsys, "fleet", "sims")
    assert code == 2 and "-p NAME" in err


def _active_1nce(platform: ThreadedPlatform, n: int) -> list[str]:
    simulator = platform.served.simulator
    assert isinstance(simulator, CmoSimulator)
    return [s.iccid for s in simulator.fleet if s.backend == "1NCE" and s.status == "ACTIVE"
            and not s.locked and not s.raw_status][:n]


def test_set_status_asks_first_and_reports_each_sim(
        capsys: pytest.CaptureFixture[str], threaded: Threaded,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cmo = threaded("cmo", sims=80)
    add_cmo(capsys, cmo)
    iccids = _active_1nce(cmo, 3)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    code, out, err = run(capsys, "fleet", "-p", "cmo", "set-status", "SUSPENDED", *iccids)
    assert code == 1 and "Change the status of 3 SIMs to SUSPENDED? [y/N]" in err
    assert "nothing changed" in err and out == ""
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    code, out, err = run(capsys, "fleet", "-p", "cmo", "set-status", "suspended", *iccids)
    assert code == 0, err
    assert out.count(" ok ") == 3 and "3 of 3 SIMs SUSPENDED" in out
    report = run_json(capsys, "fleet", "-p", "cmo", "set-status", "ACTIVE", "--yes", *iccids)
    assert report["succeeded"] == 3 and report["failed"] == 0 and report["state"] == "done"
    assert report["results"][0] == {"ICCID": iccids[0], "outcome": "ok", "before": "SUSPENDED",
                                    "after": "ACTIVE", "detail": ""}


def test_set_status_from_csv_exits_1_when_any_failed(
        capsys: pytest.CaptureFixture[str], threaded: Threaded, tmp_path: Path) -> None:
    cmo = threaded("cmo", sims=80)
    add_cmo(capsys, cmo)
    good = _active_1nce(cmo, 2)
    sheet = tmp_path / "sims.csv"
    sheet.write_text("ICCID,note\n" + "".join(f"{i},x\n" for i in good) + "8949999,gone\n")
    code, out, _ = run(capsys, "fleet", "-p", "cmo", "set-status", "SUSPENDED", "--from-csv",
                       str(sheet), "--yes", "--json")
    report = json.loads(out)
    assert code == 1 and report["total"] == 3 and report["failed"] == 1
    assert [r["outcome"] for r in report["results"]] == ["ok", "ok", "failed"]
    jobs = run_json(capsys, "fleet", "-p", "cmo", "jobs")
    assert jobs[0]["id"] == report["job"] and jobs[0]["counts"] == {"failed": 1, "ok": 2}
    assert jobs[0]["user"] and jobs[0]["state"] == "done" and jobs[0]["argument"] == "SUSPENDED"
    code, _, err = run(capsys, "fleet", "-p", "cmo", "set-status", "PAUSED", good[0])
    assert code == 1 and "not a SIM status" in err


def test_an_interrupted_job_is_resumed(capsys: pytest.CaptureFixture[str],
                                       threaded: Threaded) -> None:
    cmo = threaded("cmo", sims=80)
    add_cmo(capsys, cmo)
    iccids = _active_1nce(cmo, 4)
    db = Database(database_path())
    store = FleetStore(db)
    job = store.create_job("cmo", "set-status", "SUSPENDED", iccids, user="ann", host="gone",
                           pid=0)
    store.mark_item(job, 0, "ok", before="ACTIVE", after="SUSPENDED")
    db.close()
    listed = run_json(capsys, "fleet", "jobs")
    assert listed[0]["state"] == "interrupted" and listed[0]["resumable"]
    report = run_json(capsys, "fleet", "jobs", "--resume", str(job), "--yes")
    assert [r["ICCID"] for r in report["results"]] == iccids[1:]
    simulator = cmo.served.simulator
    assert isinstance(simulator, CmoSimulator)
    states = {s.iccid: s.status for s in simulator.fleet}
    assert [states[i] for i in iccids] == ["ACTIVE", "SUSPENDED", "SUSPENDED", "SUSPENDED"]
    assert run_json(capsys, "fleet", "jobs")[0]["state"] == "done"


def test_export_writes_identities_as_text(capsys: pytest.CaptureFixture[str],
                                          threaded: Threaded, tmp_path: Path) -> None:
    cmo = threaded("cmo")
    add_cmo(capsys, cmo)
    target = tmp_path / "fleet.csv"
    assert run_json(capsys, "fleet", "-p", "cmo", "export", "--csv", str(target)) == {
        "file": str(target), "sims": 40}
    raw = target.read_text()
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert len(rows) == 40 and rows[0]["ICCID"].startswith("89")
    simulator = cmo.served.simulator
    assert isinstance(simulator, CmoSimulator)
    assert [r["ICCID"] for r in rows] == [s.iccid for s in simulator.fleet]
    first = raw.splitlines()[1]
    assert first.startswith(f'"{rows[0]["ICCID"]}","{rows[0]["IMSI"]}","{rows[0]["MSISDN"]}"')


def test_cmp_commands(capsys: pytest.CaptureFixture[str], threaded: Threaded) -> None:
    cmp = threaded("cmp")
    add_cmp(capsys, cmp)
    simulator = cmp.served.simulator
    assert isinstance(simulator, CmpSimulator)
    iccid = next(s.iccid for s in simulator.fleet if s.status == "ACTIVE")
    sent = run_json(capsys, "fleet", "-p", "cmp", "sms", iccid, "hello there")
    assert sent["ICCID"] == iccid and sent["msgId"].startswith("LK") and len(sent["msgId"]) <= 32
    packages = run_json(capsys, "fleet", "-p", "cmp", "packages", iccid)
    assert packages[0]["status"] == "started" and packages[0]["flowBytes"] > 0
    records = run_json(capsys, "fleet", "-p", "cmp", "cdr", iccid)
    assert {r["kind"] for r in records} == {"data", "sms"}
    assert any(r["kind"] == "sms" and r["direction"] == "MT" for r in records)
    code, _, err = run(capsys, "fleet", "-p", "cmp", "cdr", iccid, "--from", "2001-01-01")
    assert code == 1 and "180 days" in err
    code, _, err = run(capsys, "fleet", "-p", "cmp", "attr", iccid, "a=b")
    assert code == 1 and "custom attributes: not offered by this platform (cmp)" in err
    report = run_json(capsys, "fleet", "-p", "cmp", "set-status", "SUSPENDED", iccid)
    assert report["results"][0]["outcome"] == "ok"


async def test_listen_answers_and_prints_json_lines(tmp_path: Path) -> None:
    args = build_parser().parse_args(["fleet", "listen", "--listen", "127.0.0.1:0", "--json"])
    args.json = True
    stdout, stderr = io.StringIO(), io.StringIO()
    out = Output(True, stdout, stderr)
    task = asyncio.ensure_future(cmd_listen(args, out))
    try:
        for _ in range(500):
            if "listening" in stderr.getvalue():
                break
            await asyncio.sleep(0.01)
        url = stderr.getvalue().split("at ", 1)[1].strip()
        async with httpx.AsyncClient() as http:
            order = await http.post(url, json=example("order_push"))
            mt = await http.post(url, json=example("mt_push"))
            mo = await http.post(url, json=example("mo_push"))
        assert (order.status_code, order.text) == (200, "1")
        assert mt.json() == {"code": "0", "message": "success"} == mo.json()
        lines = [json.loads(line) for line in stdout.getvalue().splitlines()]
        assert [line["event"] for line in lines] == ["orderChanged", "smsDelivered",
                                                     "smsReceived"]
        assert lines[0]["ICCID"] == "89852420180910344720" and lines[0]["operation"] == "1001"
    finally:
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
