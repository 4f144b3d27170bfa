"""Fleet accounts: saved with the other saved devices (kind "fleet"), secrets in the keyring or
in a file only its owner can read, never in the configuration."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.errors
import pytest
from keyring.backend import KeyringBackend

from cmgui.service.fleet import FleetError
from cmgui.service.fleet_accounts import (
    CLIENT_SECRET,
    FleetAccount,
    FleetAccounts,
    new_account,
)
from cmgui.store.secrets import SecretStore, default_service
from tests.memory_keyring import MemoryKeyring

URL = "cmo+https://cmo.example/acme"


class BrokenKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringError("no keyring daemon")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringError("no keyring daemon")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringError("no keyring daemon")


def _secret_file(tmp_path: Path, mode: int) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text("s3cret-value\n")
    os.chmod(path, mode)
    return path


def test_the_secret_goes_to_the_keyring_not_the_file(tmp_path: Path) -> None:
    backend = MemoryKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    accounts = FleetAccounts(tmp_path, SecretStore(backend))
    account, secret, source = new_account("acme", URL, client_id="id",
                                          secret_file=str(_secret_file(tmp_path, 0o644)))
    saved = accounts.add(account, secret, source)
    assert saved.secret_file == "" and saved.secret_name == CLIENT_SECRET
    text = (tmp_path / "endpoints.json").read_text()
    assert "s3cret-value" not in text
    assert json.loads(text)["entries"][0] == {
        "kind": "fleet", "address": URL, "name": "acme", "client_id": "id", "token_url": "",
        "key_id": "", "secret_name": "client_secret", "secret_file": ""}
    assert accounts.secret(accounts.get("acme")) == "s3cret-value"
    accounts.remove("acme")
    assert accounts.list() == []
    assert backend.get_password(default_service(), f"platform:{URL}:client_secret") is None


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_without_a_keyring_a_private_file_is_used_in_place(tmp_path: Path) -> None:
    accounts = FleetAccounts(tmp_path, SecretStore(BrokenKeyring()))
    private = _secret_file(tmp_path, 0o600)
    account, secret, source = new_account("acme", URL, client_id="id",
                                          secret_file=str(private))
    saved = accounts.add(account, secret, source)
    assert saved.secret_file == str(private.resolve())
    assert accounts.secret(accounts.get("acme")) == "s3cret-value"
    assert "s3cret-value" not in (tmp_path / "endpoints.json").read_text()


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_without_a_keyring_a_readable_file_is_refused_with_advice(tmp_path: Path) -> None:
    accounts = FleetAccounts(tmp_path, SecretStore(BrokenKeyring()))
    account, secret, source = new_account("acme", URL, client_id="id",
                                          secret_file=str(_secret_file(tmp_path, 0o644)))
    with pytest.raises(FleetError, match="chmod 600"):
        accounts.add(account, secret, source)
    assert accounts.list() == []


def test_names_and_addresses_are_unique(tmp_path: Path) -> None:
    accounts = FleetAccounts(tmp_path, SecretStore(BrokenKeyring()))
    accounts.add(FleetAccount("a", URL))
    with pytest.raises(FleetError, match="exists already"):
        accounts.add(FleetAccount("a", "cmp+https://other"))
    with pytest.raises(FleetError, match="saved already as 'a'"):
        accounts.add(FleetAccount("b", URL))
    with pytest.raises(FleetError, match="no fleet account named 'c'"):
        accounts.get("c")


def test_account_options(tmp_path: Path) -> None:
    key = tmp_path / "key.pem"
    key.write_text("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
    account, secret, _ = new_account("x", "cmp+https://h", key_id="k",
                                     private_key_file=str(key))
    assert account.platform == "cmp" and account.secret_name == "private_key"
    assert secret.startswith("-----BEGIN PRIVATE KEY-----")  # a PEM is kept whole
    hmac, _, _ = new_account("y", "cmp+https://h", key_id="k",
                             secret_file=str(_secret_file(tmp_path, 0o600)))
    assert hmac.secret_name == "hmac_secret"
    with pytest.raises(FleetError, match="not both"):
        new_account("z", "cmp+https://h", key_id="k", secret_file=str(key),
                    private_key_file=str(key))
    with pytest.raises(FleetError, match="cannot read"):
        new_account("z", URL, client_id="i", secret_file=str(tmp_path / "missing"))
