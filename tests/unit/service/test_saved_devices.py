"""Saved devices: one file, one owner; round trips, what others wrote is kept, one address rule."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cmgui.drivers.remote.address import parse_address
from cmgui.service.saved_devices import (
    ENDPOINT,
    FLEET,
    GATEWAY,
    VERSION,
    Endpoint,
    SavedDevices,
    SavedEndpoints,
    SavedEntry,
    address_key,
    same_address,
    secret_key,
)
from cmgui.store.secrets import SecretRegistry, SecretStore
from tests.memory_keyring import MemoryKeyring

URL = "https://10.0.0.1:8765/cmapi"


@pytest.fixture
def secrets(tmp_path: Path) -> SecretStore:
    backend = MemoryKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    return SecretStore(backend, registry=SecretRegistry())


@pytest.fixture
def saved(tmp_path: Path, secrets: SecretStore) -> SavedDevices:
    return SavedDevices(tmp_path / "config", secrets)


def read(saved: SavedDevices) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(saved.path.read_text(encoding="utf-8"))
    return data


def test_round_trip(saved: SavedDevices) -> None:
    assert saved.entries() == []
    endpoint = SavedEntry.new(ENDPOINT, URL, label="Router", cert_sha256="ab" * 32)
    gateway = SavedEntry.new(GATEWAY, "dinstar+https://gw.example:8443", user="admin")
    saved.put(endpoint)
    assert saved.add(gateway) is True
    assert saved.entries() == [endpoint, gateway]
    assert saved.entries(GATEWAY) == [gateway]
    assert read(saved) == {"version": VERSION, "entries": [
        {"kind": "endpoint", "address": URL, "label": "Router", "cert_sha256": "ab" * 32},
        {"kind": "gateway", "address": "dinstar+https://gw.example:8443", "user": "admin"}]}
    assert SavedDevices(saved.path.parent).entries() == [endpoint, gateway]  # a second reader
    assert [p.name for p in saved.path.parent.iterdir()] == ["endpoints.json"]  # no temporary


def test_foreign_kinds_fields_and_members_are_kept(saved: SavedDevices) -> None:
    saved.path.parent.mkdir(parents=True)
    saved.path.write_text(json.dumps({"version": 2, "written_by": "cmgui 9", "entries": [
        {"kind": "satellite", "address": "sat://x", "beam": 7},
        {"kind": "endpoint", "address": URL, "label": "Old", "cert_sha256": "", "colour": "red"},
        {"kind": FLEET, "address": "cmo+https://cmo.example/tenant", "client_id": "c1"}]}))
    assert [e.kind for e in saved.entries()] == ["satellite", ENDPOINT, FLEET]
    SavedEndpoints(saved.directory, saved.secrets).add(Endpoint(URL + "#device=2", "Router"))
    doc = read(saved)
    assert doc["written_by"] == "cmgui 9"
    assert doc["entries"][0] == {"kind": "satellite", "address": "sat://x", "beam": 7}
    assert doc["entries"][1]["client_id"] == "c1"
    # the endpoint replaced the old one and kept the field only another writer knows
    assert doc["entries"][2] == {"kind": "endpoint", "address": URL + "#device=2",
                                 "label": "Router", "cert_sha256": "", "colour": "red"}
    assert saved.remove("satellite", "SAT://x#whatever") is True
    assert [e.kind for e in saved.entries()] == [FLEET, ENDPOINT]


def test_version_1_files_of_the_app_and_of_cmcli_are_read(saved: SavedDevices) -> None:
    saved.path.parent.mkdir(parents=True)
    saved.path.write_text(json.dumps({"version": 1, "endpoints": [
        {"address": URL, "label": "Router", "cert_sha256": "cd" * 32},  # the app wrote this
        {"address": "http://192.0.2.7:8485/cmapi", "label": "", "cert_sha256": ""},  # cmcli
        {"label": "no address"}, "junk", {"address": 7}]}))
    endpoints = SavedEndpoints(saved.directory, saved.secrets)
    assert endpoints.load() == [Endpoint(URL, "Router", "cd" * 32),
                                Endpoint("http://192.0.2.7:8485/cmapi")]
    assert endpoints.remember("ws://192.0.2.9:1") is True
    doc = read(saved)
    assert doc["version"] == VERSION and "endpoints" not in doc
    assert [(e["kind"], e["address"]) for e in doc["entries"]] == [
        (ENDPOINT, URL), (ENDPOINT, "http://192.0.2.7:8485/cmapi"),
        (ENDPOINT, "ws://192.0.2.9:1")]


def test_a_broken_file_reads_as_empty(saved: SavedDevices) -> None:
    saved.path.parent.mkdir(parents=True)
    for text in ("{not json", "[1, 2]", '{"entries": 5}'):
        saved.path.write_text(text)
        assert saved.entries() == []


@pytest.mark.parametrize(("a", "b"), [
    ("HTTPS://10.0.0.1:8765", URL),
    (" https://10.0.0.1:8765/cmapi#device=2&pin=/x.pem ", URL),
    ("WS://h:1", "ws://h:1/cmapi/ws"),
    ("dinstar+HTTPS://gw:8443/ports/2#x", "dinstar+https://gw:8443/ports/2"),
    (" not a url ", "not a url"),
])
def test_one_rule_says_when_two_addresses_are_one(a: str, b: str) -> None:
    assert same_address(a, b)
    assert address_key(a) == address_key(b) == b


def test_the_rule_is_the_remote_clients(saved: SavedDevices) -> None:
    for address in ("HTTP://h:1", "wss://[2001:db8::1]:9/x?y=1#device=3", "http://h/"):
        assert address_key(address) == parse_address(address).url
    assert not same_address("http://h:1/cmapi", "http://h:2/cmapi")
    assert not same_address("http://h:1/cmapi", "ws://h:1/cmapi")


def test_one_address_is_one_entry(saved: SavedDevices) -> None:
    endpoints = SavedEndpoints(saved.directory, saved.secrets)
    endpoints.add(Endpoint(URL, "Router", "ab" * 32))
    assert endpoints.remember("HTTPS://10.0.0.1:8765#device=1") is False
    endpoints.add(Endpoint("https://10.0.0.1:8765", "Renamed"))
    assert endpoints.load() == [Endpoint("https://10.0.0.1:8765", "Renamed")]
    assert saved.find(ENDPOINT, URL + "#device=4") == saved.entries()[0]
    assert saved.find(GATEWAY, URL) is None  # another kind is another entry
    assert endpoints.forget(URL + "#pin=/x") is True
    assert endpoints.load() == [] and endpoints.forget(URL) is False


def test_secrets_go_to_the_keyring_under_the_address_key(
        saved: SavedDevices, secrets: SecretStore) -> None:
    endpoints = SavedEndpoints(saved.directory, secrets)
    endpoints.add(Endpoint("HTTPS://10.0.0.1:8765#device=1", "Router"), "t0ken-1234")
    assert "t0ken" not in saved.path.read_text()
    assert secrets.get(f"endpoint:{URL}:token") == "t0ken-1234"
    assert endpoints.token(URL) == "t0ken-1234"
    assert secret_key(GATEWAY, "dinstar+https://gw/#x") == "gateway:dinstar+https://gw/:password"
    assert secret_key(FLEET, "cmp+https://p", "key") == "platform:cmp+https://p:key"
    saved.set_secret(GATEWAY, "dinstar+https://gw/", "pw-5678")
    assert saved.secret(GATEWAY, "DINSTAR+https://gw/") == "pw-5678"
    assert endpoints.remove(URL) is True
    assert endpoints.token(URL) == "" and endpoints.load() == []


def test_a_token_the_app_kept_under_the_typed_address_is_found_and_removed(
        saved: SavedDevices, secrets: SecretStore) -> None:
    typed = "https://10.0.0.1:8765"  # earlier versions keyed the token by this
    secrets.set(f"endpoint:{typed}:token", "legacy-token-1")
    endpoints = SavedEndpoints(saved.directory, secrets)
    assert endpoints.token(typed) == "legacy-token-1"
    endpoints.remove(typed)
    assert secrets.get(f"endpoint:{typed}:token") is None
