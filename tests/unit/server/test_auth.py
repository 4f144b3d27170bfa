from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cmgui.server.auth import (
    TokenFileError,
    TokenRedactor,
    TokenStore,
    ensure_token_file,
    first_token,
    parse_authorization,
    token_id,
)
from cmgui.store.secrets import SecretRedactor


def test_token_file_is_created_once_with_mode_0600(tmp_path: Path) -> None:
    path = tmp_path / "dir" / "tokens"
    assert ensure_token_file(path) is True
    assert path.stat().st_mode & 0o777 == 0o600
    token = first_token(path)
    assert len(token) >= 40
    assert ensure_token_file(path) is False
    assert first_token(path) == token
    assert [p.name for p in path.parent.iterdir()] == ["tokens"]  # no temporary left behind
    store = TokenStore.from_file(path)
    credential = store.check(token)
    assert credential is not None and credential.access_level == "full"


def test_token_file_levels_comments_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "tokens"
    path.write_text("# comment\nAAAAAAAA read\nBBBBBBBB   # full by default\nCCCCCCCC full\n")
    store = TokenStore.from_file(path)
    assert store.check("AAAAAAAA").access_level == "read"  # type: ignore[union-attr]
    assert store.check("BBBBBBBB").access_level == "full"  # type: ignore[union-attr]
    assert store.check("CCCCCCCC") is not None
    assert store.check("AAAAAAA") is None and store.check("") is None
    assert store.check("AAAAAAAA\udcff") is None
    path.write_text("XXXXXXXX admin\n")
    with pytest.raises(TokenFileError, match="line 1"):
        TokenStore.from_file(path)
    path.write_text("# nothing\n")
    with pytest.raises(TokenFileError, match="no token"):
        TokenStore.from_file(path)
    with pytest.raises(TokenFileError, match="cannot read"):
        TokenStore.from_file(tmp_path / "missing")


def test_credential_id_is_not_the_token() -> None:
    store = TokenStore({"s3cret-token-value": "full"})
    credential = store.check("s3cret-token-value")
    assert credential is not None
    assert credential.token_id == token_id("s3cret-token-value")
    assert "s3cret" not in credential.token_id


@pytest.mark.parametrize(("header", "token"), [
    ("Bearer abc", "abc"), ("bearer  abc ", "abc"), (None, None), ("", None),
    ("Basic abc", None), ("Bearer", None), ("Bearer a b", None),
])
def test_parse_authorization(header: str | None, token: str | None) -> None:
    assert parse_authorization(header) == token


def test_tokens_never_reach_the_logs(caplog: pytest.LogCaptureFixture) -> None:
    TokenStore({"tok-visible-nowhere-123": "full"})
    logger = logging.getLogger("test.auth.redact")
    caplog.handler.addFilter(SecretRedactor())
    caplog.handler.addFilter(TokenRedactor())
    with caplog.at_level(logging.INFO, logger="test.auth.redact"):
        logger.info("got %s", "tok-visible-nowhere-123")
        logger.info("header Authorization: Bearer some-other-token")
    assert "tok-visible-nowhere-123" not in caplog.text
    assert "some-other-token" not in caplog.text
    assert "Bearer ***" in caplog.text
