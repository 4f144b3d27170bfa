"""An unplugged device under StoredDevice: the end of the inner event stream is reported as
DeviceChanged(REMOVED), the outer streams end, and the app shows the device as gone."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from cmgui.cmapi.types import DeviceState
from cmgui.controllers.app import AppController
from cmgui.service import events as ev
from cmgui.service.stored import StoredDevice
from cmgui.service.stores import Stores

from tests.gui.conftest import run, until
from tests.gui.fakes import FakeDevice, FakeState


async def _drain(stream: Any) -> list[ev.Event]:
    return [event async for event in stream]


@pytest.mark.parametrize("says_removed", [False, True])
def test_end_of_inner_events_is_reported(loop: Any, stores: Stores, says_removed: bool) -> None:
    inner = FakeDevice("fake", FakeState(locked=False))
    device = StoredDevice(inner, stores)
    run(loop, device.open())
    outer = device.subscribe()
    inner.events.publish(ev.SignalStrengthChanged(
        signal_strength=-70, signal_percentage=60, signal_quality=3, bars=3))
    if says_removed:
        inner.events.publish(ev.DeviceChanged("", int(DeviceState.REMOVED)))
    inner.events.close_all()  # the driver's port is gone: its events end
    seen = run(loop, _drain(outer))
    removed = [e for e in seen if isinstance(e, ev.DeviceChanged)]
    assert isinstance(seen[0], ev.SignalStrengthChanged)
    assert len(removed) == 1 and removed[0].device_state == int(DeviceState.REMOVED)
    assert seen[-1] is removed[0]
    run(loop, device.close())


def test_closing_the_device_does_not_report_removal(loop: Any, stores: Stores) -> None:
    device = StoredDevice(FakeDevice("fake", FakeState(locked=False)), stores)
    run(loop, device.open())
    outer = device.subscribe()
    run(loop, device.close())
    assert run(loop, _drain(outer)) == []


def test_app_shows_an_unplugged_device(loop: Any, app_ctrl: AppController,
                                       devices: dict[str, FakeDevice]) -> None:
    dc = run(loop, app_ctrl.open_device("fake"))
    assert dc is not None and dc.state == "ready"
    errors: list[str] = []
    dc.errorOccurred.connect(errors.append)
    devices["fake"].events.close_all()
    run(loop, until(lambda: dc.state == "error"))
    pump = dc._pump
    assert pump is not None
    run(loop, asyncio.wait_for(pump, 5))  # every event the device sent has been handled
    assert errors == ["The device was disconnected."]
