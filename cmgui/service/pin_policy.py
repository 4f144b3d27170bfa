"""Unlocking a SIM with a PIN the user asked us to remember — and the rules that keep it safe.

A PIN typed by the user is always sent as typed: that is the user's own act. A *remembered* PIN is
sent on the user's behalf, so it is held to stricter rules, because a wrong PIN sent
automatically is how connection managers lock SIMs:

* the attempts left are read first, before anything else; it is only sent when the SIM asks for
  PIN1 and reports at least two attempts left (a remembered PIN never uses up the last attempt,
  and never when the count is unknown);
* it is sent at most once per call, never retried;
* it is kept only when the SIM confirmed it (the modem answered OK). Any other outcome forgets it
  at once: a rejection, but also an answer that was lost (the modem unplugged or stopped
  answering after it may have spent an attempt), a bare ``ERROR``, anything unexpected. So a
  remembered PIN is sent at most once per SIM insertion: after a confirmed success the SIM stays
  unlocked until it is powered off or reinserted, and after anything else there is no PIN left
  to send. The attempts are read again afterwards when the device still answers.
"""

from __future__ import annotations

import enum
import hashlib
import logging
from dataclasses import dataclass
from typing import Protocol

from cmgui.cmapi.errors import CmapiError, decode_pin_error
from cmgui.service.device import Device

log = logging.getLogger(__name__)

#: A remembered PIN is only sent when at least this many attempts are left.
MIN_ATTEMPTS_FOR_STORED_PIN = 2

def _digest(iccid: str, pin: str) -> str:
    return hashlib.sha256(f"{iccid}\0{pin}".encode()).hexdigest()


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
    #: Sent, but the answer was not a confirmed success (lost, bare ERROR, device gone).
    UNCONFIRMED = "unconfirmed"
    UNKNOWN_SIM = "unknown-sim"


@dataclass(frozen=True)
class AutoUnlock:
    outcome: Outcome
    attempts_left: int | None = None

    @property
    def needs_user(self) -> bool:
        """Whether the user must now type the PIN (or PUK) themselves."""
        return self.outcome not in (Outcome.NOT_LOCKED, Outcome.UNLOCKED)


async def unlock_with_stored_pin(device: Device, vault: PinVault, *,
                                 spent: set[str] | None = None) -> AutoUnlock:
    """Try the remembered PIN of this SIM once, within the rules of the module docstring.

    ``spent`` (the caller's, kept for as long as it runs: the app's) notes the (ICCID, PIN)
    pairs sent without a confirmed success, which are then never sent again even if the keyring
    failed to forget them; a PIN the user types and keeps later is another pair."""
    spent = set() if spent is None else spent
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
    if pin is None or _digest(iccid, pin) in spent:
        return AutoUnlock(Outcome.NOTHING_STORED, attempts)
    if attempts is None or attempts < MIN_ATTEMPTS_FOR_STORED_PIN:
        log.warning("not sending the remembered PIN: %s attempt(s) left",
                    "unknown" if attempts is None else attempts)
        return AutoUnlock(Outcome.REFUSED_FEW_ATTEMPTS, attempts)
    try:
        await device.dev_srv_verify_pin(pin=pin)
    except BaseException as err:
        spent.add(_digest(iccid, pin))  # anything but a confirmed success: never again
        try:
            vault.forget_pin(iccid)
        except Exception:  # the keyring failed: _SPENT still keeps it from being sent
            log.exception("the remembered PIN could not be forgotten")
        decoded = decode_pin_error(err.code) if isinstance(err, CmapiError) else None
        if decoded is not None:
            log.warning("the remembered PIN was rejected; it has been forgotten")
            return AutoUnlock(Outcome.REJECTED, decoded[2])
        if not isinstance(err, CmapiError):
            raise  # cancelled, or a bug: forgotten all the same
        log.warning("the remembered PIN got no clear answer (%s); it has been forgotten", err)
        return AutoUnlock(Outcome.UNCONFIRMED, await _attempts_now(device))
    return AutoUnlock(Outcome.UNLOCKED, attempts)


async def _attempts_now(device: Device) -> int | None:
    """PIN1 attempts left, read again (None when the device does not say or is gone)."""
    try:
        status = await device.information_get_pin_status()
    except CmapiError:
        return None
    entry = next((e for e in status["PINStatusList"] if e["PINType"] == "PIN1"), None)
    return None if entry is None else entry.get("attemptsLeft")
