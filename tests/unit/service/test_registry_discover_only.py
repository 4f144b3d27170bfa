"""``Registry.discover(only=…)`` asks the named backends and loads no other (the app's first start
looks for a modem on this computer without importing every driver)."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from cmgui.service import registry as registry_module
from cmgui.service.device import Device
from cmgui.service.registry import Backend, DiscoveredDevice, Registry

LOADED: list[str] = []


def _backend(name: str, kind: str) -> Backend:
    async def discover() -> list[DiscoveredDevice]:
        return [DiscoveredDevice(f"{name}:0", name, kind)]

    return Backend(name=name, factory=Device, schemes=(name,), discover=discover)


def register_local(registry: Registry) -> None:
    LOADED.append("local")
    registry.register(_backend("local", "modem"))


def register_far(registry: Registry) -> None:
    LOADED.append("far")
    registry.register(_backend("far", "remote"))


@pytest.fixture(autouse=True)
def _two_entry_points(monkeypatch: pytest.MonkeyPatch) -> None:
    LOADED.clear()
    here = __name__
    points = [EntryPoint("local", f"{here}:register_local", registry_module.ENTRY_POINT_GROUP),
              EntryPoint("far", f"{here}:register_far", registry_module.ENTRY_POINT_GROUP)]
    monkeypatch.setattr(registry_module, "_entry_points", lambda: points)


async def test_only_the_named_backends_are_loaded_and_asked() -> None:
    registry = Registry()
    found = await registry.discover(only=("local", "missing"))
    assert [(d.address, d.kind) for d in found] == [("local:0", "modem")]
    assert LOADED == ["local"]
    everything = await registry.discover()
    assert sorted(d.address for d in everything) == ["far:0", "local:0"]
    assert LOADED == ["local", "far"]  # each entry point loaded once


async def test_only_after_everything_was_loaded() -> None:
    registry = Registry()
    registry.backends()
    found = await registry.discover(only=("far",))
    assert [d.address for d in found] == ["far:0"]
