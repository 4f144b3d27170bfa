"""Reading the serving operator while other reads of +COPS run (the MCC "" flake)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from cmgui.at.engine import AtCommand
from cmgui.cmapi import types as t
from cmgui.drivers.at.virtual_backend import VirtualAtDevice
from tests.integration.at.waiting import registered


@pytest.fixture(params=["generic", "huawei"])
async def device(request: pytest.FixtureRequest) -> AsyncIterator[VirtualAtDevice]:
    dev = VirtualAtDevice(f"virtual:{request.param}", pin_enabled=False, register_delay=0.1)
    await dev.open()
    yield dev
    await dev.close()


async def _serving_after(device: VirtualAtDevice, steps: int) -> t.ServingInformation:
    for _ in range(steps):  # shifts this read against the other one, command by command
        await device.run(AtCommand("AT"))
    return await device.network_get_serving_information()


async def test_concurrent_operator_reads_never_mix_formats(device: VirtualAtDevice) -> None:
    """A registration URC reads the operator in the background (format 2, then 0) while the
    user asks for the serving network: whatever the interleaving, MCC and MNC are complete."""
    await registered(device)
    for offset in range(6):
        results = await asyncio.gather(
            _serving_after(device, 0), _serving_after(device, offset),
            device.information_get_network_selection_mode(), device._operator())
        for serving in results[:2]:
            assert (serving["MCC"], serving["MNC"]) == ("001", "01")
            assert serving["networkName"] == "Virtual Telecom"
        assert results[3] == ("00101", "Virtual Telecom")
