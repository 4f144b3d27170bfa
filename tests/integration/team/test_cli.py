"""cmcli team and cmcli jobs on a shared store, and their refusals in the user's words."""

from __future__ import annotations

import json

import pytest

from cmgui.cli import main
from cmgui.store.engine import Database


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_team_and_queued_jobs_from_the_command_line(
        pg_url: str, team_db: Database, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    store = ("--store", pg_url)
    monkeypatch.setenv("CMGUI_STORE", pg_url)  # --store sets it for the process: undone after
    monkeypatch.setenv("CMGUI_USER", "alice")
    assert _run(capsys, *store, "team", "add", "alice", "--role", "admin")[:2] == (
        0, "alice is now admin on this team\n")
    assert _run(capsys, *store, "team", "add", "victor", "--role", "viewer")[0] == 0
    code, out, _ = _run(capsys, *store, "team", "list", "--json")
    assert code == 0 and json.loads(out)["you"] == {"user": "alice", "role": "admin",
                                                    "why": "member"}
    monkeypatch.setenv("CMGUI_USER", "victor")
    code, out, err = _run(capsys, *store, "fleet", "set-status", "suspended", "8949001",
                          "8949002", "-p", "acct", "--queue", "--yes")
    assert (code, out) == (1, "")
    assert err == ("cmcli: victor is a viewer on this team and may not enqueue jobs (that "
                   "needs an operator); ask a team admin to run cmcli team add victor --role "
                   "operator\n")
    monkeypatch.setenv("CMGUI_USER", "alice")
    code, out, _ = _run(capsys, *store, "fleet", "set-status", "suspended", "8949001",
                        "8949002", "-p", "acct", "--queue", "--yes")
    assert (code, out) == (0, "queued job 1 for 2 SIMs; the team's poller runs it "
                              "(cmcli jobs watch 1)\n")
    code, out, _ = _run(capsys, *store, "jobs", "list", "--json")
    (job,) = json.loads(out)
    assert (job["state"], job["requestedBy"], job["payload"]) == (
        "queued", "alice", {"status": "SUSPENDED", "iccids": ["8949001", "8949002"]})
    assert _run(capsys, *store, "jobs", "cancel", "1")[:2] == (0, "job 1 cancelled\n")
    code, out, _ = _run(capsys, *store, "jobs", "watch", "1")
    assert (code, out) == (1, "job 1 (fleet-set-status SUSPENDED, acct, by alice): "
                              "cancelled 0/2\n")
    code, out, _ = _run(capsys, *store, "team", "audit", "--json")
    assert code == 0 and [(e["who"], e["subject"]) for e in json.loads(out)] == [
        ("alice", "victor"), ("alice", "alice")]


def test_teams_need_a_shared_store(capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMGUI_STORE", raising=False)
    code, _, err = _run(capsys, "team", "list")
    assert code == 1 and "need a shared PostgreSQL store" in err
