"""The part of :class:`~cmgui.drivers.dbus.mm.MMDevice` every feature module builds on.

It owns the system bus connection, reads the modem's properties, turns D-Bus errors into CMAPI
errors (:func:`.mm_model.translate`) and ModemManager's signals into seam events. The feature
modules (:mod:`.mm_simcard`, :mod:`.mm_network`, :mod:`.mm_data`, :mod:`.mm_messaging`,
:mod:`.mm_ussd`) each add one family of CMAPI functions, as :mod:`cmgui.drivers.at` does.
"""

from __future__ import annotations

import asyncio
from typing import Any, ClassVar

from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.events import (
    PINPUKStatus,
    RadioStateChanged,
    RFInformationChanged,
    SignalStrengthChanged,
)

from . import mm_model as m
from .bus import DBusCallError, SystemBus

ADDRESS_PREFIX = m.ADDRESS_PREFIX


def modem_path(index: int) -> str:
    return f"{m.ROOT}/Modem/{index}"


def parse_address(address: str) -> int:
    """The modem index of ``mm:N``; CMAPI error 256 for anything else."""
    rest = address.strip()[len(ADDRESS_PREFIX):] if address.lower().startswith(
        ADDRESS_PREFIX) else ""
    if not rest.isdigit():
        raise CmapiError(ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER, data={
            "address": address, "reason": "a ModemManager modem is written mm:N (see mmcli -L)"})
    return int(rest)


class MMDeviceCore(Device):
    """Bus, properties, signals and error translation (no CMAPI functions here)."""

    kind: ClassVar[str] = "mm"

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self.index = parse_address(address)
        self.path = modem_path(self.index)
        self._bus: SystemBus | None = None
        #: The SIM lock and attempts last seen (PINPUKStatus events carry what did not change).
        self._last: dict[str, Any] = {}

    # --- life cycle -----------------------------------------------------------------------

    async def open(self) -> None:
        bus = await SystemBus.connect()
        try:
            if not await bus.name_has_owner(m.BUS_NAME):
                raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                    "address": self.address, "reason": "ModemManager is not running"})
            objects = await bus.managed_objects(m.BUS_NAME, m.ROOT)
            if self.path not in objects or m.MODEM not in objects[self.path]:
                raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                    "address": self.address,
                    "reason": f"ModemManager has no modem {self.index} (see cmcli devices)"})
            await bus.subscribe(m.BUS_NAME, m.ROOT, self._on_signal)
        except BaseException:
            await bus.close()
            raise
        self._bus = bus
        props = await self._modem()
        self._last.update(lock=props.get("UnlockRequired", m.ModemLock.UNKNOWN),
                          retries=props.get("UnlockRetries", {}))
        await self._after_open()

    async def _after_open(self) -> None:
        """Feature modules extend this: what they read once the modem is there."""

    async def close(self) -> None:
        bus, self._bus = self._bus, None
        if bus is not None:
            await bus.close()
        await super().close()

    # --- plumbing -------------------------------------------------------------------------

    @property
    def bus(self) -> SystemBus:
        if self._bus is None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                "address": self.address, "reason": "the device is not open"})
        return self._bus

    async def _call(self, interface: str, member: str, signature: str = "",
                    body: list[Any] | None = None, path: str | None = None) -> list[Any]:
        try:
            return await self.bus.call(m.BUS_NAME, path or self.path, interface, member,
                                       signature, body)
        except DBusCallError as err:
            raise m.translate(err.name, err.text) from err

    async def _get_all(self, path: str, interface: str) -> dict[str, Any]:
        try:
            return await self.bus.get_all(m.BUS_NAME, path, interface)
        except DBusCallError as err:
            raise m.translate(err.name, err.text) from err

    async def _modem(self) -> dict[str, Any]:
        return await self._get_all(self.path, m.MODEM)

    async def _m3gpp(self) -> dict[str, Any]:
        """Modem3gpp properties; empty while ModemManager does not export the interface (a
        locked modem has only ``Modem`` until it is unlocked)."""
        try:
            return await self._get_all(self.path, m.M3GPP)
        except CmapiError as err:
            if err.code == ErrorCode.NOT_SUPPORTED:
                return {}
            raise

    async def _sim_path(self) -> str:
        sim = str((await self._modem()).get("Sim", "/"))
        if sim in ("", "/"):
            raise CmapiError(ErrorCode.NO_SMART_CARD, data={"reason": "no SIM card is inserted"})
        return sim

    async def _sim(self) -> dict[str, Any]:
        return await self._get_all(await self._sim_path(), m.SIM)

    async def _require_unlocked(self) -> dict[str, Any]:
        props = await self._modem()
        lock = int(props.get("UnlockRequired", m.ModemLock.UNKNOWN))
        if lock == m.ModemLock.SIM_PIN:
            raise CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE, data={
                "reason": "the SIM is locked: enter the PIN first"})
        if lock == m.ModemLock.SIM_PUK:
            raise CmapiError(ErrorCode.SMART_CARD_NOT_ACCESSIBLE, data={
                "reason": "the SIM is blocked: enter the PUK first"})
        return props

    def _radio_off(self) -> None:
        """Feature modules extend this: what they forget when the modem powers down."""

    # --- signals -> events ----------------------------------------------------------------

    def _on_signal(self, path: str, interface: str, member: str, body: list[Any]) -> None:
        if path == self.path and interface == m.MESSAGING and member == "Added":
            if len(body) >= 2 and body[1]:
                asyncio.get_running_loop().create_task(self._announce_sms(str(body[0])))
            return
        if member != "PropertiesChanged" or path != self.path or len(body) < 2:
            return
        iface, changed = body[0], body[1]
        if not isinstance(changed, dict):
            return
        if iface == m.MODEM:
            self._modem_changed(changed)
        elif iface == m.M3GPP and "RegistrationState" in changed:
            self.events.publish(RFInformationChanged(
                registration_state=m.registration(changed["RegistrationState"]),
                plmnid=str(changed.get("OperatorCode", "")) or None,
                network_name=str(changed.get("OperatorName", "")) or None))

    def _modem_changed(self, changed: dict[str, Any]) -> None:
        if "SignalQuality" in changed:
            quality = changed["SignalQuality"]
            percent = int(quality[0]) if isinstance(quality, list | tuple) and quality else 0
            values = m.signal_values(percent, {}, {}, {}, {})
            self.events.publish(SignalStrengthChanged(
                signal_strength=values["signalStrength"], signal_percentage=percent,
                signal_quality=values["signalQuality"], bars=values["bars"]))
        if "UnlockRequired" in changed or "UnlockRetries" in changed:
            lock = changed.get("UnlockRequired", self._last.get("lock", m.ModemLock.UNKNOWN))
            retries = changed.get("UnlockRetries", self._last.get("retries", {}))
            self._last.update(lock=lock, retries=retries)
            self.events.publish(PINPUKStatus(
                pin_state=m.pin_state(lock, m.retries(retries, m.ModemLock.SIM_PUK)),
                pin_attempts_left=m.retries(retries, m.ModemLock.SIM_PIN),
                puk_attempts_left=m.retries(retries, m.ModemLock.SIM_PUK)))
        if "PowerState" in changed:
            self.events.publish(RadioStateChanged(
                radio_state=int(changed["PowerState"]) == m.PowerState.ON))

    async def _announce_sms(self, path: str) -> None:
        """The messaging feature reads and publishes a message ModemManager added."""
