from __future__ import annotations

import pytest

from cmgui.cmapi.errors import CmapiError
from cmgui.service.device import Device
from cmgui.service.registry import (
    Backend,
    DiscoveredDevice,
    Registry,
    looks_like_serial_port,
    scheme_of,
)
from tests.integration.at.waiting import until


class Named(Device):
    pass


def make_registry() -> Registry:
    registry = Registry()
    registry._loaded = True  # only what this test registers
    return registry


@pytest.mark.parametrize(("address", "scheme"), [
    ("socket://127.0.0.1:7000", "socket"), ("rfc2217://host:1", "rfc2217"),
    ("https://router/cmapi", "https"), ("ws://h:1/cmapi/ws", "ws"), ("virtual", "virtual"),
    ("virtual:huawei", "virtual"), ("mm:3", "mm"), ("/dev/ttyUSB2", ""), ("COM5", ""),
])
def test_scheme_of(address: str, scheme: str) -> None:
    assert scheme_of(address) == scheme


def test_serial_port_names() -> None:
    assert looks_like_serial_port("/dev/ttyUSB2")
    assert looks_like_serial_port("COM12")
    assert not looks_like_serial_port("socket://x:1")
    assert not looks_like_serial_port("virtual")


def test_backends_chosen_by_scheme_then_matcher() -> None:
    registry = make_registry()
    registry.register(Backend("at", Named, schemes=("socket", "rfc2217"),
                              matcher=looks_like_serial_port))
    registry.register(Backend("remote", Named, schemes=("http", "https", "ws", "wss")))
    registry.register(Backend("virtual", Named, schemes=("virtual",)))
    assert registry.backend_for("/dev/ttyACM0").name == "at"
    assert registry.backend_for("COM5").name == "at"
    assert registry.backend_for("socket://127.0.0.1:1").name == "at"
    assert registry.backend_for("https://10.0.0.1/cmapi").name == "remote"
    assert registry.backend_for("virtual:quectel").name == "virtual"
    device = registry.create(" virtual ")
    assert isinstance(device, Named) and device.address == "virtual"
    with pytest.raises(CmapiError) as info:
        registry.create("gopher://nowhere")
    assert info.value.code == 0x100


async def test_discovery_survives_a_broken_backend(caplog: pytest.LogCaptureFixture) -> None:
    registry = make_registry()

    async def broken() -> list[DiscoveredDevice]:
        raise OSError("port vanished")

    async def fine() -> list[DiscoveredDevice]:
        return [DiscoveredDevice("virtual", "Demo modem (virtual)", "virtual")]

    registry.register(Backend("a", Named, discover=broken, priority=1))
    registry.register(Backend("b", Named, discover=fine))
    found = await registry.discover()
    assert [d.address for d in found] == ["virtual"]
    assert "port vanished" in caplog.text


async def test_changes_merge_every_backends_watcher_and_end_with_them() -> None:
    import asyncio
    from collections.abc import AsyncIterator

    registry = make_registry()
    gates = {"a": asyncio.Queue(), "b": asyncio.Queue()}  # type: ignore[var-annotated]

    def watcher(name: str):  # type: ignore[no-untyped-def]
        async def watch() -> AsyncIterator[None]:
            while (item := await gates[name].get()) is not None:
                yield item
        return watch

    registry.register(Backend("a", Named, watch=watcher("a")))
    registry.register(Backend("b", Named, watch=watcher("b")))
    registry.register(Backend("c", Named))  # no watcher: ignored
    seen = 0

    async def consume() -> None:
        nonlocal seen
        async for _ in registry.changes():
            seen += 1

    task = asyncio.create_task(consume())
    for name in ("a", "b", "a"):
        gates[name].put_nowait(True)
    await until(lambda: seen == 3, 2, "three changes")
    assert seen == 3
    gates["a"].put_nowait(None)
    await until(lambda: gates["a"].empty(), 2, "a's watcher ended")
    # b still watches: the stream does not end (a negative, so watched for a while)
    await asyncio.wait({task}, timeout=0.05)
    assert not task.done()
    gates["b"].put_nowait(None)
    await asyncio.wait_for(task, 2)
    assert seen == 3
