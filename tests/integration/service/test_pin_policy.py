"""A remembered PIN on the real virtual modem: sent once, never with one attempt left,
forgotten when wrong."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi.errors import CmapiError
from cmgui.service.device import Device
from cmgui.service.pin_policy import Outcome, unlock_with_stored_pin
from cmgui.service.registry import REGISTRY


class Vault:
    def __init__(self, pins: dict[str, str]) -> None:
        self.pins = dict(pins)
        self.forgotten: list[str] = []

    def get_pin(self, iccid: str) -> str | None:
        return self.pins.get(iccid)

    def forget_pin(self, iccid: str) -> None:
        self.forgotten.append(iccid)
        self.pins.pop(iccid, None)


@pytest.fixture
async def device() -> AsyncIterator[Device]:
    dev = REGISTRY.create("virtual")
    await dev.open()
    try:
        yield dev
    finally:
        await dev.close()


async def attempts(device: Device) -> int:
    status = await device.information_get_pin_status()
    return int(status["PINStatusList"][0]["attemptsLeft"])  # type: ignore[typeddict-item]


async def iccid(device: Device) -> str:
    return (await device.information_get_iccid())["ICCID"]


async def test_right_pin_unlocks(device: Device) -> None:
    vault = Vault({await iccid(device): "1234"})
    result = await unlock_with_stored_pin(device, vault)
    assert result.outcome is Outcome.UNLOCKED and not result.needs_user
    assert (await unlock_with_stored_pin(device, vault)).outcome is Outcome.NOT_LOCKED


async def test_wrong_pin_is_sent_once_and_forgotten(device: Device) -> None:
    sim = await iccid(device)
    vault = Vault({sim: "0000"})
    result = await unlock_with_stored_pin(device, vault)
    assert result.outcome is Outcome.REJECTED and result.needs_user
    assert result.attempts_left == 2 == await attempts(device)
    assert vault.forgotten == [sim]
    again = await unlock_with_stored_pin(device, vault)
    assert again.outcome is Outcome.NOTHING_STORED
    assert await attempts(device) == 2  # nothing was sent the second time


async def test_never_uses_the_last_attempt(device: Device) -> None:
    for _ in range(2):
        with pytest.raises(CmapiError):
            await device.dev_srv_verify_pin(pin="0000")
    assert await attempts(device) == 1
    vault = Vault({await iccid(device): "1234"})
    result = await unlock_with_stored_pin(device, vault)
    assert result.outcome is Outcome.REFUSED_FEW_ATTEMPTS and result.needs_user
    assert await attempts(device) == 1
    assert vault.pins  # the right PIN is kept: the user may still want it next time


async def test_other_sim_pin_is_not_sent(device: Device) -> None:
    vault = Vault({"8949000000000000000": "1234"})
    result = await unlock_with_stored_pin(device, vault)
    assert result.outcome is Outcome.NOTHING_STORED
    assert await attempts(device) == 3
