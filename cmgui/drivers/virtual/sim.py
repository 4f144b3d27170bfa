"""The SIM card: PIN/PUK with real retry counters, lock enable/disable and change."""

from __future__ import annotations

import enum

from . import errors
from .errors import ModemError

PIN_TRIES = 3
PUK_TRIES = 10


class SimState(enum.Enum):
    ABSENT = "absent"
    PIN_REQUIRED = "SIM PIN"
    PUK_REQUIRED = "SIM PUK"
    READY = "READY"
    BLOCKED = "blocked"


def _valid_pin(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 8


class Sim:
    """State of the SIM. Methods raise :class:`ModemError` with 27.007 codes."""

    def __init__(
        self, *, present: bool = True, pin: str = "1234", puk: str = "12345678",
        pin_enabled: bool = True,
    ) -> None:
        self.present = present
        self.pin = pin
        self.puk = puk
        self.pin_enabled = pin_enabled
        self.pin_tries = PIN_TRIES
        self.puk_tries = PUK_TRIES
        self.verified = False

    def power_cycle(self) -> None:
        """A reset: the PIN has to be entered again."""
        self.verified = False

    @property
    def state(self) -> SimState:
        if not self.present:
            return SimState.ABSENT
        if self.puk_tries == 0:
            return SimState.BLOCKED
        if self.pin_tries == 0:
            return SimState.PUK_REQUIRED
        if self.pin_enabled and not self.verified:
            return SimState.PIN_REQUIRED
        return SimState.READY

    @property
    def ready(self) -> bool:
        return self.state is SimState.READY

    def require_ready(self) -> None:
        """Raise the error a command needing the SIM gets when it is not usable."""
        state = self.state
        if state is SimState.ABSENT:
            raise errors.cme(errors.SIM_NOT_INSERTED)
        if state is SimState.PIN_REQUIRED:
            raise errors.cme(errors.SIM_PIN_REQUIRED)
        if state is SimState.PUK_REQUIRED:
            raise errors.cme(errors.SIM_PUK_REQUIRED)
        if state is SimState.BLOCKED:
            raise errors.cme(errors.SIM_BLOCKED)

    def _require_present(self) -> None:
        if not self.present:
            raise errors.cme(errors.SIM_NOT_INSERTED)
        if self.state is SimState.BLOCKED:
            raise errors.cme(errors.SIM_BLOCKED)

    def _check_pin(self, pin: str) -> None:
        if pin != self.pin:
            self.pin_tries = max(0, self.pin_tries - 1)
            raise errors.cme(errors.INCORRECT_PASSWORD)
        self.pin_tries = PIN_TRIES

    def enter_pin(self, pin: str) -> None:
        self._require_present()
        state = self.state
        if state is SimState.PUK_REQUIRED:
            raise errors.cme(errors.SIM_PUK_REQUIRED)
        if state is not SimState.PIN_REQUIRED:
            raise errors.cme(errors.NOT_ALLOWED)
        self._check_pin(pin)
        self.verified = True

    def enter_puk(self, puk: str, new_pin: str) -> None:
        self._require_present()
        if self.state is not SimState.PUK_REQUIRED:
            raise errors.cme(errors.NOT_ALLOWED)
        if not _valid_pin(new_pin):
            raise errors.cme(errors.BAD_PARAMS)
        if puk != self.puk:
            self.puk_tries = max(0, self.puk_tries - 1)
            raise errors.cme(errors.INCORRECT_PASSWORD)
        self.puk_tries = PUK_TRIES
        self.pin_tries = PIN_TRIES
        self.pin = new_pin
        self.verified = True

    def set_lock(self, enable: bool, pin: str) -> None:
        """+CLCK="SC": enabling or disabling needs the right PIN."""
        self.require_ready()
        self._check_pin(pin)
        self.pin_enabled = enable
        self.verified = True

    def change_pin(self, old: str, new: str) -> None:
        """+CPWD="SC". Real SIMs refuse it while the PIN lock is disabled."""
        self.require_ready()
        if not self.pin_enabled:
            raise errors.cme(errors.NOT_ALLOWED)
        if not _valid_pin(new):
            raise errors.cme(errors.BAD_PARAMS)
        self._check_pin(old)
        self.pin = new

    def check(self) -> ModemError | None:
        """The error for a SIM-dependent command, or None when ready."""
        try:
            self.require_ready()
        except ModemError as exc:
            return exc
        return None
