"""SIM functions of a ModemManager modem: PIN1 state, attempts and operations, IMSI, ICCID.

ModemManager sends exactly what it is given, once: no PIN is retried or stored here.
"""

from __future__ import annotations

import logging
from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind

from . import mm_model as m
from .bus import DBusCallError
from .mm_core import MMDeviceCore

log = logging.getLogger(__name__)

#: MMModemCapability bits of 3GPP radios (GSM/UMTS, LTE, 5G NR, TD-SCDMA).
_CAPABILITY_3GPP = 4 | 8 | 64 | 128
_SIM_TYPE_ESIM = 2  # MMSimType


class SimFeatures(MMDeviceCore):
    """PIN/PUK and the SIM's identity."""

    async def dev_srv_get_imsi(self) -> t.IMSIResult:
        await self._require_unlocked()
        imsi = str((await self._sim()).get("Imsi", ""))
        if not imsi:
            raise CmapiError(ErrorCode.NO_IMSI, data={"reason": "the SIM has not given its IMSI"})
        return {"IMSI": imsi}

    async def information_get_iccid(self) -> t.ICCIDResult:
        iccid = str((await self._sim()).get("SimIdentifier", ""))
        if not iccid:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "no ICCID reported"})
        return {"ICCID": iccid}

    async def dev_srv_get_naa_available(self) -> t.NAAList:
        """The network access application the UICC runs for this modem: ModemManager does not
        list a card's applications, so it is the USIM on a 3GPP modem (a 3GPP network needs
        one), the R-UIM on a CDMA-only one; none without a SIM. Labelled "eSIM" for an
        embedded SIM (``Sim.SimType``, ModemManager 1.20)."""
        try:
            sim = await self._sim()
        except CmapiError as err:
            if err.code == ErrorCode.NO_SMART_CARD:
                return {"NAAListElements": 0, "NAAList": []}
            raise
        capabilities = int((await self._modem()).get("CurrentCapabilities", 0))
        name = "USIM" if capabilities & _CAPABILITY_3GPP or not capabilities else "RUIM"
        label = "eSIM" if int(sim.get("SimType", 0)) == _SIM_TYPE_ESIM else "SIM"
        return {"NAAListElements": 1, "NAAList": [{"NAAName": name, "label": label}]}

    async def information_get_pin_status(self) -> t.PINStatus:
        props = await self._modem()
        lock = props.get("UnlockRequired", m.ModemLock.UNKNOWN)
        retries = props.get("UnlockRetries", {})
        self._last.update(lock=lock, retries=retries)
        pin_left = m.retries(retries, m.ModemLock.SIM_PIN)
        puk_left = m.retries(retries, m.ModemLock.SIM_PUK)
        state = m.pin_state(lock, puk_left)
        entry: t.PINStatusEntry = {"PINType": "PIN1", "PINState": state,
                                   "enabled": await self._pin_enabled(int(lock))}
        left = puk_left if state in ("PUKRequired", "blocked") else pin_left
        if left is not None:
            entry["attemptsLeft"] = left
        return {"PINStatusListElements": 1, "PINStatusList": [entry]}

    async def _pin_enabled(self, lock: int) -> bool:
        if lock in (m.ModemLock.SIM_PIN, m.ModemLock.SIM_PUK):
            return True  # a SIM that asks for its PIN has the lock on
        try:
            locks = int((await self._m3gpp()).get("EnabledFacilityLocks", 0))
        except CmapiError:
            return False
        return bool(locks & m.FACILITY_SIM)

    async def _retries_left(self, lock: m.ModemLock) -> int | None:
        return m.retries((await self._modem()).get("UnlockRetries", {}), lock)

    async def _sim_call(self, member: str, signature: str, body: list[Any],
                        kind: PinErrorKind, counter: m.ModemLock) -> None:
        path = await self._sim_path()
        try:
            await self.bus.call(m.BUS_NAME, path, m.SIM, member, signature, body)
        except DBusCallError as err:
            raise m.translate(err.name, err.text, pin_kind=kind,
                              tries_left=await self._retries_left(counter)) from err

    def _check_pin_type(self, pin_type: str) -> None:
        if pin_type != "PIN1":
            raise CmapiError(ErrorCode.INVALID_PIN_TYPE, data={
                "reason": "ModemManager manages PIN1 only"})

    async def dev_srv_verify_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_pin_type(pin_type)
        await self._sim_call("SendPin", "s", [pin], PinErrorKind.WRONG_PIN,
                             m.ModemLock.SIM_PIN)
        await self._enable_after_unlock()
        return {}

    async def dev_srv_unblock_pin(self, *, puk: str, new_pin: str,
                                  pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_pin_type(pin_type)
        await self._sim_call("SendPuk", "ss", [puk, new_pin], PinErrorKind.WRONG_PUK,
                             m.ModemLock.SIM_PUK)
        await self._enable_after_unlock()
        return {}

    async def dev_srv_enable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_pin_type(pin_type)
        await self._sim_call("EnablePin", "sb", [pin, True], PinErrorKind.WRONG_PIN,
                             m.ModemLock.SIM_PIN)
        return {}

    async def dev_srv_disable_pin(self, *, pin: str, pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_pin_type(pin_type)
        await self._sim_call("EnablePin", "sb", [pin, False], PinErrorKind.WRONG_PIN,
                             m.ModemLock.SIM_PIN)
        return {}

    async def dev_srv_change_pin(self, *, old_pin: str, new_pin: str,
                                 pin_type: t.PINType = "PIN1") -> t.Empty:
        self._check_pin_type(pin_type)
        await self._sim_call("ChangePin", "ss", [old_pin, new_pin], PinErrorKind.WRONG_OLD_PIN,
                             m.ModemLock.SIM_PIN)
        return {}

    async def _enable_after_unlock(self) -> None:
        """An unlocked modem comes up disabled; enable it as NetworkManager would."""
        state = int((await self._modem()).get("State", 0))
        if state == m.ModemState.DISABLED:
            try:
                await self._call(m.MODEM, "Enable", "b", [True])
            except CmapiError as err:
                log.info("could not enable modem %s after unlock: %s", self.index, err)
