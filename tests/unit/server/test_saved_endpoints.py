"""Saved endpoints: ``cmcli login``/``logout`` keep them in the app's ``endpoints.json`` and
``cmcli devices`` lists them (without contacting them) next to the mDNS ones."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from cmgui.cli import main
from cmgui.drivers.remote import backend
from cmgui.drivers.remote.saved import discover_saved
from cmgui.paths import config_dir
from cmgui.service.registry import DiscoveredDevice
from cmgui.service.saved_devices import ENDPOINT, Endpoint, SavedDevices, SavedEndpoints, saved_path
from cmgui.service.saved_devices import address_key as endpoint_key
from cmgui.store.secrets import SecretStore, default_service
from tests.memory_keyring import MemoryKeyring

URL = "http://192.0.2.7:8485/cmapi"
ANNOUNCED: list[DiscoveredDevice] = []


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path) -> Iterator[MemoryKeyring]:
    backend_ = MemoryKeyring()
    backend_.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend_)
    yield backend_
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _announced(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[DiscoveredDevice]]:
    """mDNS answers from this list instead of the network (saved endpoints need neither)."""
    async def fake() -> list[DiscoveredDevice]:
        return list(ANNOUNCED)

    monkeypatch.setattr(backend, "discover_endpoints", fake)
    monkeypatch.delenv("CMGUI_TOKEN", raising=False)
    monkeypatch.delenv("CMGUI_TOKEN_FILE", raising=False)
    yield ANNOUNCED
    ANNOUNCED.clear()


def load_entries() -> list[dict[str, Any]]:
    """The saved endpoint entries' fields, as stored."""
    return [entry.fields for entry in SavedDevices().entries(ENDPOINT)]


def remember(address: str) -> bool:
    return SavedEndpoints().remember(address)


def forget(address: str) -> bool:
    return SavedEndpoints().forget(address)


def remote_rows(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    assert main(["devices", "--json"]) == 0
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    return [r for r in rows if r["kind"] == "remote"]


def login(url: str, tmp_path: Path) -> None:
    token_file = tmp_path / "tokens"
    token_file.write_text("login-token-24680 full\n")
    assert main(["login", url, "--token-file", str(token_file)]) == 0


def test_login_lists_the_endpoint_and_logout_forgets_it(
        file_keyring: MemoryKeyring, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert remote_rows(capsys) == []
    login(URL, tmp_path)
    assert "listed by cmcli devices" in capsys.readouterr().out
    assert remote_rows(capsys) == [{
        "address": URL, "kind": "remote", "description": "OpenCMAPI endpoint 192.0.2.7:8485",
        "details": {"source": "saved"}}]
    app_store = SavedEndpoints(config_dir(), SecretStore())
    assert app_store.load() == [Endpoint(URL)]
    assert app_store.token(URL) == "login-token-24680"

    login(URL, tmp_path)  # again: still one entry
    assert len(load_entries()) == 1

    assert main(["logout", URL]) == 0
    assert remote_rows(capsys) == []
    assert app_store.load() == []
    assert file_keyring.get_password(default_service(), f"endpoint:{URL}:token") is None


def test_an_endpoint_the_app_saved_is_listed_and_kept_by_login(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    app_store = SavedEndpoints(config_dir(), SecretStore())
    pinned = Endpoint("https://[2001:db8::1]:8765/cmapi", "Router", "ab" * 32)
    app_store.add(pinned, "app-token-13579")
    assert remote_rows(capsys) == [{
        "address": pinned.address, "kind": "remote", "description": "Router",
        "details": {"source": "saved", "label": "Router"}}]
    login("HTTPS://[2001:db8::1]:8765/cmapi#device=2", tmp_path)  # the same endpoint
    assert app_store.load() == [pinned]  # label and certificate pin survive
    assert main(["logout", "https://[2001:db8::1]:8765/cmapi"]) == 0
    assert app_store.load() == []


def test_announced_endpoints_are_listed_once(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = "http://198.51.100.4:8485/cmapi"
    ANNOUNCED.extend([
        DiscoveredDevice(URL, "OpenCMAPI endpoint (cmapi.device)", "remote", {"name": "x"}),
        DiscoveredDevice(other, "OpenCMAPI endpoint (cmapi.device)", "remote", {"name": "x"})])
    login(URL + "#device=1", tmp_path)
    rows = remote_rows(capsys)
    assert [r["address"] for r in rows] == [URL + "#device=1", other]
    assert rows[0]["details"] == {"source": "saved"}


async def test_saved_entries_that_are_broken_or_repeated() -> None:
    path = saved_path()
    path.write_text("{not json")
    assert await discover_saved() == []
    path.write_text(json.dumps({"version": 1, "endpoints": [
        {"address": URL, "extra": 1}, {"address": URL + "#device=2"}, {"label": "no address"},
        "junk", {"address": 7}, {"address": "not a url"}]}))
    rows = await discover_saved()
    assert [r.address for r in rows] == [URL, "not a url"]
    assert rows[1].description == "OpenCMAPI endpoint not a url"
    assert remember("http://203.0.113.9/") is True
    assert forget("http://nowhere.invalid:1/cmapi") is False
    entries = load_entries()
    assert {"address": URL, "extra": 1} in entries  # unknown fields are kept
    assert entries[-1] == {"address": "http://203.0.113.9/", "label": "", "cert_sha256": ""}
    assert forget(URL) is True
    assert [e["address"] for e in load_entries()] == [
        "not a url", "http://203.0.113.9/"]


def test_endpoint_key() -> None:
    assert endpoint_key("WS://h:1") == "ws://h:1/cmapi/ws"
    assert endpoint_key(" http://h:1/cmapi#pin=/x ") == "http://h:1/cmapi"
    assert endpoint_key(" garbage ") == "garbage"


def test_a_user_name_in_the_address_is_not_shown(capsys: pytest.CaptureFixture[str]) -> None:
    remember("https://user:secret@example.test:8765/cmapi")
    [row] = remote_rows(capsys)
    assert row["description"] == "OpenCMAPI endpoint example.test:8765"
