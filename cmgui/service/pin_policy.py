"""Unlocking a SIM with a PIN the user asked us to remember — and the rules that keep it safe.

A PIN typed by the user is always sent as typed: that is the user's own act. A *remembered* PIN is
sent on the user's behalf, so it is held to stricter rules, because a wrong PIN sent
automatically is how connection managers lock SIMs:

* it is only sent when the SIM asks for PIN1 and reports at least two attempts left (a remembered
  PIN never uses up the last attempt, and never when the count is unknown);
* it is sent at most once per call, never retried;
* if the SIM rejects it, it is forgotten at once, so it can never be sent again.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from typing import Protocol

from cmgui.cmapi.errors import CmapiError, decode_pin_error
from cmgui.service.device import Device

log = logging.getLogger(__name__)

#: A remembered PIN is only sent when at least this many attempts are left.
MIN_ATTEMPTS_FOR_STORED_PIN = 2


class PinVault(Protocol):
    """Where remembered PINs live (cmgui.store.secrets.SecretStore in the product)."""

    def get_pin(self, iccid: str) -> str | None: ...

    def forget_pin(self, iccid: str) -> None: ...


class Outcome(enum.Enum):
    NOT_LOCKED = "not-locked"
    NOTHING_STORED = "nothing-stored"
    UNLOCKED = "unlocked"
    REFUSED_FEW_ATTEMPTS = "refused-few-attempts"
    REJECTED = "rejected"
    UNKNOWN_SIM = "unknown-sim"


@dataclass(frozen=True)
class AutoUnlock:
    outcome: Outcome
    attempts_left: int | None = None

    @property
    def needs_user(self) -> bool:
        """Whether the user must now type the PIN (or PUK) themselves."""
        return self.outcome not in (Outcome.NOT_LOCKED, Outcome.UNLOCKED)


async def unlock_with_stored_pin(device: Device, vault: PinVault) -> AutoUnlock:
    """Try the remembered PIN of this SIM once, within the rules of the module docstring."""
    status = await device.information_get_pin_status()
    entry = next((e for e in status["PINStatusList"] if e["PINType"] == "PIN1"), None)
    if entry is None or entry["PINState"] != "PINRequired":
        return AutoUnlock(Outcome.NOT_LOCKED)
    attempts = entry.get("attemptsLeft")
    try:
        iccid = (await device.information_get_iccid())["ICCID"]
    except CmapiError:
        return AutoUnlock(Outcome.UNKNOWN_SIM, attempts)
    pin = vault.get_pin(iccid)
    if pin is None:
        return AutoUnlock(Outcome.NOTHING_STORED, attempts)
    if attempts is None or attempts < MIN_ATTEMPTS_FOR_STORED_PIN:
        log.warning("not sending the remembered PIN: %s attempt(s) left",
                    "unknown" if attempts is None else attempts)
        return AutoUnlock(Outcome.REFUSED_FEW_ATTEMPTS, attempts)
    try:
        await device.dev_srv_verify_pin(pin=pin)
    except CmapiError as err:
        decoded = decode_pin_error(err.code)
        if decoded is None:
            raise  # not a verdict on the PIN (device gone, timeout): keep it, report the error
        vault.forget_pin(iccid)
        log.warning("the remembered PIN was rejected; it has been forgotten")
        return AutoUnlock(Outcome.REJECTED, decoded[2])
    return AutoUnlock(Outcome.UNLOCKED, attempts)
