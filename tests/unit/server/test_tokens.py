"""Where the remote client finds its token: environment, token file, keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from cmgui.cli import main
from cmgui.drivers.remote.tokens import find_token, save_token
from cmgui.store.secrets import SecretStore, default_service
from tests.memory_keyring import MemoryKeyring

URL = "http://192.0.2.7:8485/cmapi"


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CMGUI_TOKEN", raising=False)
    monkeypatch.delenv("CMGUI_TOKEN_FILE", raising=False)


async def test_keyring_holds_the_token_under_the_endpoint_key(
        file_keyring: MemoryKeyring) -> None:
    assert await find_token(URL) is None
    await save_token(URL, "kr-token-123456")
    assert file_keyring.get_password(default_service(),
                                     f"endpoint:{URL}:token") == "kr-token-123456"
    assert await find_token(URL) == "kr-token-123456"
    assert await find_token(URL, SecretStore()) == "kr-token-123456"


async def test_environment_wins(file_keyring: MemoryKeyring, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    await save_token(URL, "kr-token-123456")
    token_file = tmp_path / "tokens"
    token_file.write_text("# tokens\nfile-token-98765 read\n")
    monkeypatch.setenv("CMGUI_TOKEN_FILE", str(token_file))
    assert await find_token(URL) == "file-token-98765"
    monkeypatch.setenv("CMGUI_TOKEN", "env-token-55555")
    assert await find_token(URL) == "env-token-55555"


def test_cmcli_login_and_logout(file_keyring: MemoryKeyring, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    token_file = tmp_path / "tokens"
    token_file.write_text("login-token-24680 full\n")
    assert main(["login", URL + "#device=2", "--token-file", str(token_file)]) == 0
    assert file_keyring.get_password(default_service(),
                                     f"endpoint:{URL}:token") == "login-token-24680"
    assert "login-token-24680" not in capsys.readouterr().out
    assert main(["logout", URL]) == 0
    assert file_keyring.get_password(default_service(), f"endpoint:{URL}:token") is None
