"""Looking for a modem on a computer without one loads no other backend: the registry is asked
which ports ModemManager holds only when a port is worth probing (first start of the app)."""

from __future__ import annotations

from collections.abc import Iterable
from types import SimpleNamespace

import pytest

from cmgui.drivers.at import probe
from cmgui.drivers.at.ports import port_info
from cmgui.service.registry import Registry

BUILT_IN_UART = [port_info(SimpleNamespace(device="/dev/ttyS0", description="n/a", vid=None,
                                           pid=None, serial_number=None, location=None))]
USB_MODEM = [port_info(SimpleNamespace(device="/dev/ttyUSB2", description="", vid=0x2C7C,
                                       pid=0x0125, serial_number=None, location="1-1.4:1.2"))]


class CountingRegistry(Registry):
    def __init__(self) -> None:
        super().__init__()
        self.asked = 0

    async def claimed_ports(self, timeout: float = 1.0) -> set[str] | None:
        self.asked += 1
        return set()


@pytest.fixture(autouse=True)
def _nothing_probed(monkeypatch: pytest.MonkeyPatch) -> None:
    async def probe_many(addresses: Iterable[str], *args: object,
                         **kwargs: object) -> list[probe.ProbeOutcome]:
        return [probe.ProbeOutcome(a, None, 0.0, "silent") for a in addresses]

    monkeypatch.setattr(probe, "probe_many", probe_many)
    monkeypatch.setattr("cmgui.drivers.at.ports.ports_held_open", lambda: set())


@pytest.mark.parametrize(("ports", "asked"), [([], 0), (BUILT_IN_UART, 0), (USB_MODEM, 1)])
async def test_registry_asked_only_for_a_port_worth_probing(
        monkeypatch: pytest.MonkeyPatch, ports: list[object], asked: int) -> None:
    monkeypatch.setattr(probe, "list_ports", lambda: ports)
    registry = CountingRegistry()
    await probe.probe_all(registry=registry)
    assert registry.asked == asked
