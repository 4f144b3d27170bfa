"""The app's answer to the no-keyring notice (the ``secrets.storage`` setting) is honoured by the
secrets layer, ``CMGUI_SECRETS`` still wins, and the encrypted file unlocks from a dialog
(issue 11, finding 3)."""

from __future__ import annotations

import json

import keyring
import pytest

from cmgui.cli import main
from cmgui.paths import config_dir
from cmgui.store import secrets
from cmgui.store.secret_file import FILE_NAME, PassphraseError
from cmgui.store.secrets import NoSecretStorage, SecretStore, configured_choice, needs_choice
from cmgui.store.settings import Settings
from tests.memory_keyring import MemoryKeyring


class PlaintextLike(MemoryKeyring):
    """Stands for keyrings.alt's plaintext file backend (same module and name)."""


PlaintextLike.__module__ = "keyrings.alt.file"
PlaintextLike.__qualname__ = "PlaintextKeyring"


@pytest.fixture(autouse=True)
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "_file_backends", {})
    monkeypatch.delenv("CMGUI_SECRETS_PASSPHRASE", raising=False)
    keyring.set_keyring(PlaintextLike())  # no secure keyring


def _answer(choice: str) -> None:
    settings = Settings(config_dir())
    settings.set("secrets.storage", choice)
    settings.save()


def test_unanswered_without_a_keyring_the_app_must_ask() -> None:
    assert needs_choice() and configured_choice() == "keyring"
    _answer("none")
    assert not needs_choice() and configured_choice() == "none"


def test_the_environment_wins_over_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    _answer("file")
    monkeypatch.setenv("CMGUI_SECRETS", "none")
    assert configured_choice() == "none" and not needs_choice()
    with pytest.raises(NoSecretStorage, match="each time"):
        SecretStore().require_storage()


def test_the_file_chosen_in_the_app_is_the_file_of_cmcli_too(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _answer("file")
    file = secrets.encrypted_file()
    assert file.is_new and not file.unlocked
    with pytest.raises(PassphraseError):
        file.unlock("")
    file.unlock("correct horse battery")
    assert not file.is_new  # written at once: the next run checks the same passphrase
    doc = json.loads((config_dir() / FILE_NAME).read_text())
    assert "check" in doc and doc["entries"] == {}
    SecretStore().set("endpoint:https://h/cmapi:token", "tok-0123456789")
    monkeypatch.setattr(secrets, "_file_backends", {})  # cmcli, another process
    monkeypatch.setenv("CMGUI_SECRETS_PASSPHRASE", "correct horse battery")
    assert SecretStore().get("endpoint:https://h/cmapi:token") == "tok-0123456789"
    assert main(["profiles", "add", "--name", "corp", "--apn", "corp.apn", "--user", "bob",
                 "--password", "pw-in-file"]) == 0
    assert "pw-in-file" not in (config_dir() / FILE_NAME).read_text()


def test_a_wrong_passphrase_then_declining_leaves_nothing_stored() -> None:
    _answer("file")
    secrets.encrypted_file().unlock("correct horse battery")
    secrets._file_backends.clear()  # the next run
    file = secrets.encrypted_file()
    with pytest.raises(PassphraseError, match="wrong passphrase"):
        file.unlock("something else")
    assert not file.unlocked
    file.decline()
    store = SecretStore()
    assert not store.available and store.get("anything") is None
    with pytest.raises(NoSecretStorage, match="stays locked"):
        store.set("profile:1:password", "hunter22")


def test_a_keyring_that_does_not_load_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """``PYTHON_KEYRING_BACKEND`` naming a backend that refuses to load: asked, not a crash."""

    def broken() -> None:
        raise RuntimeError("this backend does not load")

    monkeypatch.setattr(keyring, "get_keyring", broken)
    assert needs_choice()
    store = SecretStore()
    assert not store.available and store.get("profile:1:password") is None
    with pytest.raises(NoSecretStorage):
        store.set("profile:1:password", "hunter22")
