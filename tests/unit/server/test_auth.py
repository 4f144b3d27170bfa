from __future__ import annotations

import logging
from pathlib import Path

import pytest

from cmgui.common.token_file import TokenFileError, first_token
from cmgui.server.auth import (
    TokenRedactor,
    TokenStore,
    ensure_token_file,
    parse_authorization,
    subprotocol_token,
    subprotocols,
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


A, B, C = "A" * 24, "B" * 24, "C" * 30


def test_token_file_levels_comments_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "tokens"
    path.write_text(f"# comment\n{A} read\n{B}   # full by default\n{C} full\n")
    store = TokenStore.from_file(path)
    assert store.check(A).access_level == "read"  # type: ignore[union-attr]
    assert store.check(B).access_level == "full"  # type: ignore[union-attr]
    assert store.check(C) is not None
    assert store.check(A[:-1]) is None and store.check("") is None
    assert store.check(A + "\udcff") is None
    path.write_text(f"{A} admin\n")
    with pytest.raises(TokenFileError, match="line 1"):
        TokenStore.from_file(path)
    path.write_text("# nothing\n")
    with pytest.raises(TokenFileError, match="no token"):
        TokenStore.from_file(path)
    with pytest.raises(TokenFileError, match="cannot read"):
        TokenStore.from_file(tmp_path / "missing")


def test_short_or_unsendable_user_tokens_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "tokens"
    path.write_text(f"{A}\nshort-token read\n")
    with pytest.raises(TokenFileError, match=r"line 2: a token needs at least 24 characters"):
        TokenStore.from_file(path)
    path.write_text("tökén-with-non-ascii-characters\n")
    with pytest.raises(TokenFileError, match="printable ASCII"):
        TokenStore.from_file(path)


def test_a_token_file_others_can_read_is_made_private(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "tokens"
    path.write_text(f"{A}\n")
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="cmgui.server.auth"):
        assert ensure_token_file(path) is False
    assert path.stat().st_mode & 0o777 == 0o600
    assert "made it 0600" in caplog.text
    assert A not in caplog.text


def test_a_token_file_of_another_user_that_others_can_read_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tokens"
    path.write_text(f"{A}\n")
    path.chmod(0o664)
    monkeypatch.setattr("cmgui.server.auth.os.getuid", lambda: path.stat().st_uid + 1)
    with pytest.raises(TokenFileError, match="belongs to someone else"):
        ensure_token_file(path)
    assert path.stat().st_mode & 0o777 == 0o664


@pytest.mark.parametrize(("header", "token"), [
    ("cmapi, bearer.abc", "abc"), ("bearer.abc,cmapi", "abc"), ("cmapi", None), (None, None),
    ("cmapi, bearer.", None), ("Bearer.xyz", "xyz"),
])
def test_subprotocol_token(header: str | None, token: str | None) -> None:
    assert subprotocol_token(subprotocols(header)) == token


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
