"""``cmcli gateway send --queue`` and ``cmcli jobs items`` on a shared store; a viewer may send
no SMS, neither queued nor at once, through a gateway or a fleet platform."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cmgui.cli import main
from cmgui.store.engine import Database

GATEWAY = "dinstar+http://127.0.0.1:9"  # never contacted: queued, or refused before


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_bulk_sms_is_queued_and_a_viewer_sends_nothing(
        pg_url: str, team_db: Database, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    store = ("--store", pg_url)
    monkeypatch.setenv("CMGUI_STORE", pg_url)
    monkeypatch.setenv("CMGUI_USER", "alice")
    assert _run(capsys, *store, "team", "add", "alice", "--role", "admin")[0] == 0
    assert _run(capsys, *store, "team", "add", "victor", "--role", "viewer")[0] == 0
    csv = tmp_path / "people.csv"
    csv.write_text("number,param1\n+15550100,Ann\n+15550101,Bob\n")
    send = ("gateway", "-g", GATEWAY, "send", "--csv", str(csv), "--text", "Hi #param#")
    code, out, _ = _run(capsys, *store, *send, "--queue")
    assert (code, out) == (0, "queued job 1 for 2 recipients; the team's poller sends it "
                              "(cmcli jobs watch 1)\n")
    code, out, _ = _run(capsys, *store, "jobs", "list", "--json")
    (job,) = json.loads(out)
    assert (job["kind"], job["account"], job["state"], job["total"]) == (
        "gateway-send", GATEWAY, "queued", 2)
    assert job["payload"] == {"text": "Hi #param#", "ports": [], "report": False, "recipients": [
        {"number": "+15550100", "params": ["Ann"], "userId": None},
        {"number": "+15550101", "params": ["Bob"], "userId": None}]}
    code, out, _ = _run(capsys, *store, "jobs", "items", "1", "--json")
    assert (code, json.loads(out)) == (0, [
        {"seq": 0, "target": "+15550100", "outcome": "pending", "detail": ""},
        {"seq": 1, "target": "+15550101", "outcome": "pending", "detail": ""}])

    monkeypatch.setenv("CMGUI_USER", "victor")
    refusal = ("cmcli: victor is a viewer on this team and may not send SMS (that needs an "
               "operator); ask a team admin to run cmcli team add victor --role operator\n")
    for argv in ([*send, "--queue"], send, ["fleet", "sms", "-p", "acct", "8949001", "Hi"]):
        code, out, err = _run(capsys, *store, *argv)
        assert (code, out, err) == (1, "", refusal), argv
    code, out, _ = _run(capsys, *store, "jobs", "list", "--json")
    assert [j["id"] for j in json.loads(out)] == [1]
