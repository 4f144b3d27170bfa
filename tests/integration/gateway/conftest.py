"""Fixtures of the gateway integration tests: a keyring, self-signed certificates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.integration.gateway.support import make_certificate
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def file_keyring() -> Iterator[MemoryKeyring]:
    """A keyring in memory (keyrings.alt's plain-text file is refused as insecure)."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Path, str]]:
    root = tmp_path_factory.mktemp("gateway-tls")
    return {name: make_certificate(root, name) for name in ("first", "second")}
