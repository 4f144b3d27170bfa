"""Fixtures: the cmgui stores on a real SQLite file and a file keyring under tmp_path, and a
StoredDevice over the virtual modem (through a real pseudo-terminal)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from cmgui.service.device import EventStream
from cmgui.service.events import Event
from cmgui.service.registry import REGISTRY
from cmgui.service.stored import StoredDevice
from cmgui.store.host import Stores
from cmgui.store.secrets import SecretRegistry, SecretStore
from tests.integration.at.waiting import registered
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def stores(tmp_path: Path, file_keyring: MemoryKeyring) -> Iterator[Stores]:
    opened = Stores.open(tmp_path / "data", secrets=SecretStore(registry=SecretRegistry()))
    yield opened
    opened.close()


@pytest.fixture
async def device(stores: Stores) -> AsyncIterator[StoredDevice]:
    """``virtual`` (PIN 1234) served with the stores, unlocked and registered."""
    dev = StoredDevice(REGISTRY.create("virtual"), stores, poll_interval=0.2)
    await dev.open()
    await dev.dev_srv_verify_pin(pin="1234")
    await registered(dev, timeout=10)
    yield dev
    await dev.close()


async def next_of(stream: EventStream, kind: type[Event], timeout: float = 5.0,
                  where: Any = None) -> Any:
    async def wait() -> Event:
        while True:
            event = await stream.get()
            assert event is not None, "stream closed"
            if isinstance(event, kind) and (where is None or where(event)):
                return event
    return await asyncio.wait_for(wait(), timeout)


def model_of(device: StoredDevice) -> Any:
    """The in-process virtual modem model behind a StoredDevice over ``virtual``."""
    server = getattr(device.inner, "server", None)
    assert server is not None
    return server.model
