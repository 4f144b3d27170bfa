"""Where secrets go (issue 11, finding 3): never a plaintext keyring by accident, keys scoped by
the configuration directory, an explicit encrypted file, and no traceback without a keyring."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from cmgui.cli import main
from cmgui.store.errors import SecretStoreError
from cmgui.store.secret_file import EncryptedFileBackend, PassphraseError
from cmgui.store.secrets import (
    NoSecretStorage,
    SecretRegistry,
    SecretStore,
    default_service,
    is_secure,
)
from tests.memory_keyring import MemoryKeyring


class PlaintextLike(MemoryKeyring):
    """Stands for keyrings.alt's plaintext file backend (same module and name)."""


PlaintextLike.__module__ = "keyrings.alt.file"
PlaintextLike.__qualname__ = "PlaintextKeyring"


@pytest.fixture
def insecure() -> PlaintextLike:
    backend = PlaintextLike()
    keyring.set_keyring(backend)  # what keyring picks when keyrings.alt is all there is
    return backend


def test_a_plaintext_backend_is_never_used(insecure: PlaintextLike,
                                           caplog: pytest.LogCaptureFixture) -> None:
    store = SecretStore(registry=SecretRegistry())
    assert not store.available
    with pytest.raises(NoSecretStorage, match="CMGUI_SECRETS=file"):
        store.set("profile:1:password", "hunter22")
    assert insecure.entries == {}  # nothing reached the plaintext file
    assert store.get("profile:1:password") is None  # read: nothing stored, ask the user
    store.delete("profile:1:password")


def test_no_backend_at_all_is_no_storage() -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert not SecretStore().available
    assert not is_secure(keyring.backends.fail.Keyring())
    assert is_secure(MemoryKeyring())


def test_none_is_a_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    store = SecretStore()
    with pytest.raises(NoSecretStorage, match="give them each time"):
        store.require_storage()


def test_keys_are_scoped_by_the_configuration_directory(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    backend = MemoryKeyring()
    monkeypatch.setenv("CMGUI_CONFIG_DIR", str(tmp_path / "one"))
    SecretStore(backend).set("endpoint:x:token", "token-one-111")
    monkeypatch.setenv("CMGUI_CONFIG_DIR", str(tmp_path / "two"))
    two = SecretStore(backend)
    assert two.get("endpoint:x:token") is None
    two.set("endpoint:x:token", "token-two-222")
    monkeypatch.setenv("CMGUI_CONFIG_DIR", str(tmp_path / "one"))
    assert SecretStore(backend).get("endpoint:x:token") == "token-one-111"
    assert default_service(tmp_path / "one") != default_service(tmp_path / "two")
    monkeypatch.delenv("CMGUI_CONFIG_DIR")
    assert default_service() == "cmgui"  # the default directory keeps the old name


def test_the_encrypted_file(tmp_path: Path) -> None:
    path = tmp_path / "secrets.enc"
    store = SecretStore(EncryptedFileBackend(path, lambda: "passphrase-1"),
                        registry=SecretRegistry())
    store.set("profile:1:password", "hunter22-secret")
    assert store.get("profile:1:password") == "hunter22-secret"
    assert "hunter22" not in path.read_text()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = SecretStore(EncryptedFileBackend(path, lambda: "passphrase-1"))
    assert again.get("profile:1:password") == "hunter22-secret"
    wrong = SecretStore(EncryptedFileBackend(path, lambda: "not-it"))
    with pytest.raises(SecretStoreError, match="wrong passphrase"):
        wrong.get("profile:1:password")
    store.delete("profile:1:password")
    assert again.get("profile:1:password") is None


def test_the_file_choice_without_a_passphrase_says_how(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMGUI_SECRETS_PASSPHRASE", raising=False)
    backend = EncryptedFileBackend(tmp_path / "s.enc")
    monkeypatch.setattr("sys.stdin", None)
    with pytest.raises(PassphraseError, match="CMGUI_SECRETS_PASSPHRASE"):
        backend.set_password("cmgui", "k", "v")


def test_cli_profiles_add_with_a_password_and_no_keyring(
        insecure: PlaintextLike, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        code = main(["profiles", "add", "--name", "work", "--apn", "a.example",
                     "--password", "pw-nowhere"])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    assert "No secure keyring" in captured.err and len(captured.err.strip().splitlines()) == 1
    assert main(["--json", "profiles", "list"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing half-saved


def test_cli_login_with_no_keyring(insecure: PlaintextLike, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    token = tmp_path / "token"
    token.write_text("login-token-13579\n")
    code = main(["login", "https://192.0.2.9:8485/cmapi", "--token-file", str(token)])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err and "No secure keyring" in captured.err
    assert "login-token-13579" not in captured.err + captured.out
