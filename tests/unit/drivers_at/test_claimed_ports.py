"""Ports another backend's service holds reach the AT prober through the registry, not through
an import of that backend (a driver never imports another driver)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from types import SimpleNamespace

import pytest

from cmgui.drivers.at import probe
from cmgui.drivers.at.ports import port_info
from cmgui.service.device import Device
from cmgui.service.registry import Backend, PortLister, Registry

QUECTEL = [port_info(SimpleNamespace(device=f"/dev/ttyUSB{i}", description="", vid=0x2C7C,
                                     pid=0x0125, serial_number=None, location=f"1-1.4:1.{i}"))
           for i in range(4)]


def _registry(*listers: PortLister) -> Registry:
    registry = Registry()
    registry._loaded = True  # only the backends of this test
    for n, lister in enumerate(listers):
        registry.register(Backend(name=f"b{n}", factory=Device, claimed_ports=lister))
    registry.register(Backend(name="plain", factory=Device))
    return registry


def _lister(result: set[str] | None) -> PortLister:
    async def claimed() -> set[str] | None:
        return result
    return claimed


async def _hung() -> set[str] | None:
    """A service that never answers (a D-Bus call stuck on a wedged daemon)."""
    await asyncio.Event().wait()
    return None


async def test_claims_are_united_and_unknown_is_none(caplog: pytest.LogCaptureFixture) -> None:
    assert await _registry().claimed_ports() is None
    assert await _registry(_lister(None)).claimed_ports() is None

    async def broken() -> set[str] | None:
        raise RuntimeError("a bug in a backend")

    registry = _registry(_lister({"/dev/ttyUSB2"}), _lister(None), _lister({"/dev/ttyACM0"}),
                         _hung, broken)
    with caplog.at_level(logging.ERROR, logger="cmgui.service.registry"):
        assert await registry.claimed_ports(timeout=0.2) == {"/dev/ttyUSB2", "/dev/ttyACM0"}
    assert "listing claimed ports failed in backend b4" in caplog.text


async def test_the_prober_leaves_claimed_ports_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    probed: list[str] = []

    async def probe_many(addresses: Iterable[str], *args: object,
                         **kwargs: object) -> list[probe.ProbeOutcome]:
        probed.extend(addresses)
        return [probe.ProbeOutcome(a, None, 0.0, "silent") for a in probed]

    monkeypatch.setattr(probe, "list_ports", lambda: QUECTEL)
    monkeypatch.setattr(probe, "probe_many", probe_many)
    monkeypatch.setattr("cmgui.drivers.at.ports.ports_held_open", lambda: set())
    await probe.probe_all(registry=_registry(_lister({"/dev/ttyUSB2"})))
    assert probed == ["/dev/ttyUSB3"]  # the AT port is ModemManager's; its data port is not
    probed.clear()
    await probe.probe_all(registry=_registry(_lister(set())))
    assert probed == ["/dev/ttyUSB2", "/dev/ttyUSB3"]
