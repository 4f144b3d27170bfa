"""One policy for cmcli and the app: every device, local or remote, gets the host's stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.opening import open_device
from cmgui.service.stored import StoredDevice
from cmgui.store.host import Stores
from cmgui.store.secrets import SecretRegistry, SecretStore
from tests.memory_keyring import MemoryKeyring


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[Stores]:
    backend = MemoryKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    opened = Stores.open(tmp_path, secrets=SecretStore(backend, registry=SecretRegistry()))
    yield opened
    opened.close()


@pytest.mark.parametrize(("address", "kind"), [
    ("virtual", "virtual"), ("https://192.0.2.7:8485/cmapi", "remote"),
    ("ws://192.0.2.7:8485/cmapi/ws#device=2", "remote")])
async def test_every_device_gets_the_hosts_stores(stores: Stores, address: str,
                                                  kind: str) -> None:
    device = open_device(address, stores=stores)
    assert isinstance(device, StoredDevice)
    assert device.stores is stores and device.kind == kind and device.address == address
    await device.close()  # never opened: closing is still fine, and leaves the stores open
    assert stores.connections.known_sims() == []


def test_without_a_usable_store_the_device_is_served_bare() -> None:
    device = open_device("https://192.0.2.7:8485/cmapi", stores=None)
    assert not isinstance(device, StoredDevice) and device.kind == "remote"


def test_an_address_no_backend_takes(stores: Stores) -> None:
    with pytest.raises(CmapiError) as err:
        open_device("nothing-takes-this", stores=stores)
    assert err.value.code == ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER


def test_a_bare_remote_device_is_not_served_with_stores() -> None:
    # A RemoteDevice delegates through DelegatingDevice but wraps no inner device: looking for
    # the host's stores must say "none", not fail.
    from cmgui.service.host import served_with_stores

    device = open_device("http://127.0.0.1:9/cmapi", stores=None)
    assert served_with_stores(device) is None
