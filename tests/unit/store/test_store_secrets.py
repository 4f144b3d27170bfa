"""Secrets in a real keyring backend, and the log redactor."""

from __future__ import annotations

import io
import logging

import pytest
from keyring.errors import KeyringError

from cmgui.store.errors import SecretStoreError
from cmgui.store.secrets import (
    MASK,
    SecretRedactor,
    SecretRegistry,
    SecretStore,
    default_service,
    endpoint_token_key,
    install_redactor,
    pin_key,
)
from tests.memory_keyring import MemoryKeyring


def test_set_get_delete_in_the_file_keyring(
    secrets: SecretStore, file_keyring: MemoryKeyring
) -> None:
    key = endpoint_token_key("https://gw.example:8443/")
    secrets.set(key, "tok-abc-123")
    assert secrets.get(key) == "tok-abc-123"
    assert file_keyring.get_password(default_service(), key) == "tok-abc-123"  # really there
    secrets.delete(key)
    secrets.delete(key)  # deleting twice is fine
    assert secrets.get(key) is None
    secrets.set(key, "x-other")
    secrets.set(key, "")  # an empty secret removes it
    assert secrets.get(key) is None


def test_pin_is_kept_only_when_the_user_opted_in(
    secrets: SecretStore, registry: SecretRegistry
) -> None:
    with pytest.raises(SecretStoreError, match="not kept"):
        secrets.set_pin("8949", "4321", remember=False)
    assert secrets.get_pin("8949") is None
    assert "4321" in registry.values()  # still masked in logs
    secrets.set_pin("8949", "4321", remember=True)
    assert secrets.get(pin_key("8949")) == "4321"
    secrets.forget_pin("8949")
    assert secrets.get_pin("8949") is None


def test_keyring_failures_are_reported_in_user_terms(registry: SecretRegistry) -> None:
    class Broken(MemoryKeyring):  # type: ignore[misc]
        def set_password(self, service: str, username: str, password: str) -> None:
            raise KeyringError("locked")

        def get_password(self, service: str, username: str) -> str | None:
            raise KeyringError("locked")

    store = SecretStore(Broken(), registry=registry)
    with pytest.raises(SecretStoreError, match="not saved"):
        store.set("k", "secret-value")
    with pytest.raises(SecretStoreError, match="could not be read"):
        store.get("k")


async def test_async_variants(secrets: SecretStore) -> None:
    await secrets.aset("platform:cmp:secret", "s3cr3t-key")
    assert await secrets.aget("platform:cmp:secret") == "s3cr3t-key"
    await secrets.adelete("platform:cmp:secret")
    assert await secrets.aget("platform:cmp:secret") is None


def _logger(registry: SecretRegistry) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(message)s"))
    parent = logging.Logger("redact-test")
    parent.addHandler(handler)
    install_redactor(parent, registry)
    install_redactor(parent, registry)  # idempotent
    assert len(handler.filters) == 1
    return parent, stream


def test_redactor_masks_messages_args_tracebacks_and_stacks(registry: SecretRegistry) -> None:
    registry.add("hunter22")
    registry.add("hunter22-long")
    registry.add("abc")  # too short to mask
    log, stream = _logger(registry)
    log.warning("password is %s", "hunter22")
    log.warning("token=%(t)s", {"t": "hunter22-long"})
    try:
        raise RuntimeError("failed with hunter22")
    except RuntimeError:
        log.exception("oops")
    log.warning("stack", stack_info=True)
    log.warning("bad format %d", "hunter22")
    log.warning("abc stays")
    out = stream.getvalue()
    assert "hunter22" not in out
    assert out.count(MASK) >= 4
    assert "token=***" in out and "-long" not in out  # longest secret masked whole
    assert "RuntimeError: failed with ***" in out
    assert "abc stays" in out


def test_redactor_with_no_secrets_changes_nothing() -> None:
    record = logging.LogRecord("n", logging.INFO, __file__, 1, "a %s b", ("x",), None)
    assert SecretRedactor(SecretRegistry()).filter(record)
    assert record.getMessage() == "a x b"
