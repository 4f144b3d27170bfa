"""A remembered PIN is never sent twice (issue 11, finding 2).

The SIM is the virtual modem's (PIN 1234, three attempts) on a real pty; the faults hit the
``AT+CPIN=`` line itself: the modem spends the attempt and then vanishes before answering, or
answers a bare ``ERROR``. The PIN must be forgotten in both cases, the attempts read again, and a
replugged modem (same SIM, new pty) must not get it again.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from cmgui.cmapi.errors import CmapiError, ErrorCode, decode_pin_error
from cmgui.drivers.at.device import AtDevice
from cmgui.service.pin_policy import Outcome, unlock_with_stored_pin
from tests.hostile.modem import HostileModem, count

ICCID_READ_TIMEOUT = 30


class Vault:
    def __init__(self) -> None:
        self.pins: dict[str, str] = {}
        self.forgotten: list[str] = []

    def get_pin(self, iccid: str) -> str | None:
        return self.pins.get(iccid)

    def forget_pin(self, iccid: str) -> None:
        self.forgotten.append(iccid)
        self.pins.pop(iccid, None)


@pytest.fixture
async def modem() -> AsyncIterator[HostileModem]:
    m = HostileModem(pin_enabled=True)
    m.open()
    yield m
    await m.close()


async def _opened(path: str) -> AtDevice:
    device = AtDevice(path)
    await device.open()
    return device


def _sent_pins(modem: HostileModem) -> int:
    return count(modem.received, lambda c: c.upper().startswith("AT+CPIN="))


async def _vault_for(device: AtDevice, pin: str) -> Vault:
    vault = Vault()
    iccid = (await device.information_get_iccid())["ICCID"]
    vault.pins[iccid] = pin
    return vault


async def test_an_answer_lost_by_an_unplug_forgets_the_pin(modem: HostileModem) -> None:
    device = await _opened(modem.url)
    vault = await _vault_for(device, "0000")  # wrong: the modem spends an attempt on it
    modem.fault("AT+CPIN=", "consume-unplug")
    try:
        result = await asyncio.wait_for(
            unlock_with_stored_pin(device, vault, spent=set()), 30)
    finally:
        await device.close()
    assert result.outcome is Outcome.UNCONFIRMED and result.needs_user
    assert vault.pins == {} and len(vault.forgotten) == 1
    assert modem.model.sim.pin_tries == 2
    modem.faults.clear()
    replugged = await _opened(modem.open())  # the same SIM comes back
    try:
        again = await unlock_with_stored_pin(replugged, vault, spent=set())
        assert again.outcome is Outcome.NOTHING_STORED
        status = await replugged.information_get_pin_status()
        assert status["PINStatusList"][0].get("attemptsLeft") == 2
    finally:
        await replugged.close()
    assert _sent_pins(modem) == 1


async def test_a_bare_error_is_read_as_the_attempt_it_cost(modem: HostileModem) -> None:
    device = await _opened(modem.url)
    try:
        vault = await _vault_for(device, "0000")
        modem.fault("AT+CPIN=", "consume-error")
        spent: set[str] = set()
        result = await unlock_with_stored_pin(device, vault, spent=spent)
        assert result.outcome is Outcome.REJECTED
        assert result.attempts_left == 2
        assert vault.pins == {}
        again = await unlock_with_stored_pin(device, vault, spent=spent)
        assert again.outcome is Outcome.NOTHING_STORED
    finally:
        await device.close()
    assert _sent_pins(modem) == 1
    assert modem.model.sim.pin_tries == 2


async def test_a_right_pin_whose_ok_is_lost_is_forgotten_too(modem: HostileModem) -> None:
    device = await _opened(modem.url)
    vault = await _vault_for(device, "1234")
    modem.fault("AT+CPIN=", "consume-unplug")
    try:
        result = await unlock_with_stored_pin(device, vault, spent=set())
    finally:
        await device.close()
    assert result.outcome is Outcome.UNCONFIRMED
    assert vault.pins == {}  # no confirmed success: the user types it next time


async def test_a_users_pin_with_a_bare_error_says_wrong_pin_and_the_attempts(
        modem: HostileModem) -> None:
    """What the user typed is sent once; the error tells the attempts the SIM reports."""
    device = await _opened(modem.url)
    try:
        modem.fault("AT+CPIN=", "consume-error")
        with pytest.raises(CmapiError) as info:
            await device.dev_srv_verify_pin(pin="9999")
    finally:
        await device.close()
    decoded = decode_pin_error(info.value.code)
    assert decoded is not None and decoded[2] == 2
    assert _sent_pins(modem) == 1


async def test_a_users_pin_lost_by_an_unplug_says_the_device_went_away(
        modem: HostileModem) -> None:
    device = await _opened(modem.url)
    try:
        modem.fault("AT+CPIN=", "consume-unplug")
        with pytest.raises(CmapiError) as info:
            await device.dev_srv_verify_pin(pin="1234")
    finally:
        await device.close()
    assert info.value.code == ErrorCode.NO_SUCH_DEVICE
    assert _sent_pins(modem) == 1


class StuckVault(Vault):
    """A keyring that cannot delete."""

    def forget_pin(self, iccid: str) -> None:
        raise OSError("the keyring is locked")


async def test_a_pin_the_keyring_cannot_forget_is_still_not_sent_again(
        modem: HostileModem) -> None:
    device = await _opened(modem.url)
    try:
        stuck = StuckVault()
        stuck.pins = (await _vault_for(device, "0000")).pins
        modem.fault("AT+CPIN=", "consume-error")
        spent: set[str] = set()
        first = await unlock_with_stored_pin(device, stuck, spent=spent)
        assert first.outcome is Outcome.REJECTED and stuck.pins  # still in the keyring
        again = await unlock_with_stored_pin(device, stuck, spent=spent)
        assert again.outcome is Outcome.NOTHING_STORED
    finally:
        await device.close()
    assert _sent_pins(modem) == 1
