"""cmcli's store commands in-process (real SQLite under CMGUI_DATA_DIR, a file keyring)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from cmgui.cli import main
from cmgui.cmapi.errors import ErrorCode
from cmgui.store.host import Stores
from tests.memory_keyring import MemoryKeyring


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    code = main(["--json", *argv])
    out = capsys.readouterr().out.strip()
    return code, json.loads(out) if out else None


def test_profiles_add_edit_default_delete(capsys: pytest.CaptureFixture[str],
                                          file_keyring: MemoryKeyring) -> None:
    code, added = run(capsys, "profiles", "add", "--name", "work", "--apn", "web.example",
                      "--user", "ann", "--password", "very-secret", "--auth", "CHAP",
                      "--dns1", "10.0.0.1", "--no-roaming")
    assert code == 0
    assert added["hasPassword"] is True and "password" not in added
    assert (added["APN"], added["authType"], added["primaryDNS"], added["roamingAllowed"]) == (
        "web.example", "CHAP", "10.0.0.1", False)
    code, edited = run(capsys, "profiles", "edit", "--name", "work", "--apn", "other.example",
                       "--roaming")
    assert code == 0 and edited["APN"] == "other.example" and edited["userName"] == "ann"
    assert edited["roamingAllowed"] is True
    assert run(capsys, "profiles", "default", "work")[1]["profileName"] == "work"
    code, listed = run(capsys, "profiles", "list")
    assert [(p["profileName"], p["isDefault"]) for p in listed] == [("work", True)]
    assert "very-secret" not in json.dumps(listed)
    code, err = run(capsys, "profiles", "add", "--name", "work")
    assert code == 1 and err["code"] == ErrorCode.PROFILE_EXISTS
    assert run(capsys, "profiles", "delete", "work") == (0, {})
    assert run(capsys, "profiles", "list") == (0, [])
    code, err = run(capsys, "profiles", "delete", "work")
    assert code == 1 and err["code"] == ErrorCode.PROFILE_NOT_FOUND


def test_usage_plan_and_report(capsys: pytest.CaptureFixture[str]) -> None:
    code, entry = run(capsys, "usage", "set-plan", "--sim", "262011234567890",
                      "--billing-day", "15", "--limit", "5GB", "--roaming-limit", "500MB",
                      "--thresholds", "50,90,100", "--disconnect-at-limit")
    assert code == 0
    assert entry["home"]["limit"] == 5 * 10**9 and entry["roaming"]["limit"] == 500 * 10**6
    assert entry["thresholds"] == [50, 90, 100] and entry["disconnectAtLimit"] is True
    assert entry["billingDay"] == 15 and entry["home"]["total"] == 0
    code, rows = run(capsys, "usage")
    assert code == 0 and [r["sim"] for r in rows] == ["262011234567890"]
    code, err = run(capsys, "usage", "set-plan", "--sim", "1", "--billing-day", "40",
                    "--limit", "1GB")
    assert code == 2 and "billing day" in err["message"]
    code, err = run(capsys, "usage", "set-plan", "--sim", "1", "--billing-day", "1",
                    "--limit", "lots")
    assert code == 2 and "amount of data" in err["message"]


def test_records_and_archive_need_no_device(capsys: pytest.CaptureFixture[str]) -> None:
    stores = Stores.open()
    try:
        async def fill() -> int:
            record = await stores.connections.start(device="356938035643809",
                                                    imsi="262011234567890", at=1_700_000_000)
            await stores.connections.byte_count(record, 1000, 5000, at=1_700_000_010)
            await stores.connections.end(record, at=1_700_000_020)
            await stores.archive.create_draft("+15550123", "a draft to find")
            return record

        record_id = asyncio.run(fill())
    finally:
        stores.close()
    code, rows = run(capsys, "records")
    assert code == 0 and len(rows) == 1
    assert (rows[0]["index"], rows[0]["bytesSent"], rows[0]["bytesReceived"],
            rows[0]["duration"]) == (record_id, 1000, 5000, 20)
    assert rows[0]["peakRateDL"] == 4000
    code, messages = run(capsys, "sms", "archive", "--search", "draft")
    assert code == 0 and [m["text"] for m in messages] == ["a draft to find"]
    assert messages[0]["folder"] == "draft"
    assert run(capsys, "sms", "archive", "--search", "nothing-like-it") == (0, [])
    assert run(capsys, "records", "delete", str(record_id)) == (0, {})
    code, err = run(capsys, "records", "delete", str(record_id))
    assert code == 1 and err["code"] == ErrorCode.NO_SUCH_RECORD
