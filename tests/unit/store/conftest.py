"""Fixtures for the storage tests: each store test on a real SQLite file under tmp_path and on
a fresh database of the session's throw-away PostgreSQL cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from cmgui.store.db import Store, open_database
from cmgui.store.secrets import SecretRegistry, SecretStore
from cmgui.store.sms import SmsArchive
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def db(store_url: str) -> Iterator[Store]:
    database = open_database(store_url)
    yield database
    database.close()


@pytest.fixture
def archive(db: Store) -> SmsArchive:
    return SmsArchive(db)


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[MemoryKeyring]:
    """An in-memory keyring backend for this test, made current."""
    backend = MemoryKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def registry() -> SecretRegistry:
    return SecretRegistry()


@pytest.fixture
def secrets(file_keyring: MemoryKeyring, registry: SecretRegistry) -> SecretStore:
    return SecretStore(registry=registry)
