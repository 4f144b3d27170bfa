"""SIM security: PIN entry, PUK unblock, enable/disable/change PIN.

Every call is made exactly once, when the user asks; nothing here ever retries a PIN. After each
attempt the PIN status is read again so the dialog can show the attempts really left.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject, Signal

from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.tasks import AsyncOperation
from cmgui.service.host import PinKeeper


def valid_pin(pin: str) -> bool:
    """A SIM PIN is 4 to 8 digits (TS 31.101 / ETSI TS 102 221)."""
    return pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 8


def valid_puk(puk: str) -> bool:
    """A PUK is 8 digits."""
    return puk.isdigit() and puk.isascii() and len(puk) == 8


class SimController(PageController):
    """PIN and PUK actions on the current device's SIM.

    Signals:
        pinStateChanged(str, int, int): PIN state, PIN attempts left, PUK attempts left (-1
            unknown).
    """

    pinStateChanged = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: Where a PIN is kept when the user asks (set by the app; None: never kept).
        self.vault: PinKeeper | None = None
        #: The user's "remember PIN" setting, read when needed.
        self.remember_allowed: Callable[[], bool] = lambda: False

    def attach(self, device: DeviceController) -> None:
        device.statusChanged.connect(self._emit_state)

    def detach(self, device: DeviceController) -> None:
        device.statusChanged.disconnect(self._emit_state)

    def _emit_state(self) -> None:
        if self.device is not None:
            s = self.device.status
            self.pinStateChanged.emit(s.pin_state, _n(s.pin_attempts), _n(s.puk_attempts))

    @property
    def pin_attempts(self) -> int | None:
        return None if self.device is None else self.device.status.pin_attempts

    @property
    def puk_attempts(self) -> int | None:
        return None if self.device is None else self.device.status.puk_attempts

    @property
    def pin_enabled(self) -> bool | None:
        return None if self.device is None else self.device.status.pin_enabled

    def is_last_attempt(self, puk: bool = False) -> bool:
        """True when one wrong entry more blocks the PIN (or the PUK, for ``puk``)."""
        left = self.puk_attempts if puk else self.pin_attempts
        return left == 1

    def _attempt(self, call: Awaitable[object], label: str) -> AsyncOperation:
        ctrl = self.require_device()

        async def go() -> None:
            try:
                await call
            finally:
                await ctrl.refresh_pin_status()
                self._emit_state()
            if ctrl.state == "locked":
                await ctrl.refresh()

        return self.run(go(), label=label, report_errors=False)

    def can_remember_pin(self) -> bool:
        """Whether the PIN dialog may offer to remember the PIN (the user's setting)."""
        return self.vault is not None and self.remember_allowed()

    def verify_pin(self, pin: str, remember: bool = False) -> AsyncOperation:
        """Send the PIN the user typed, once; with ``remember``, keep it in the keyring after
        the SIM accepted it (cmgui.service.pin_policy decides when it may be sent again)."""
        dev = self.require_device().device

        async def verify() -> None:
            await dev.dev_srv_verify_pin(pin=pin)
            if remember and self.can_remember_pin() and self.vault is not None:
                iccid = (await dev.information_get_iccid())["ICCID"]
                self.vault.set_pin(iccid, pin, remember=True)

        return self._attempt(verify(), self.tr("Unlocking the SIM"))

    def unblock(self, puk: str, new_pin: str) -> AsyncOperation:
        dev = self.require_device().device
        return self._attempt(dev.dev_srv_unblock_pin(puk=puk, new_pin=new_pin),
                             self.tr("Unblocking the SIM"))

    def enable_pin(self, pin: str) -> AsyncOperation:
        dev = self.require_device().device
        return self._attempt(dev.dev_srv_enable_pin(pin=pin), self.tr("Turning the PIN on"))

    def disable_pin(self, pin: str) -> AsyncOperation:
        dev = self.require_device().device
        return self._attempt(dev.dev_srv_disable_pin(pin=pin), self.tr("Turning the PIN off"))

    def change_pin(self, old_pin: str, new_pin: str) -> AsyncOperation:
        dev = self.require_device().device
        return self._attempt(dev.dev_srv_change_pin(old_pin=old_pin, new_pin=new_pin),
                             self.tr("Changing the PIN"))


def _n(value: int | None) -> int:
    return -1 if value is None else value
