"""The laptop-mandatory functions (OpenCMAPI Appendix B.2) on a ModemManager modem.

What ModemManager's D-Bus API offers is used: the personalisation locks
(``Modem3gpp.EnabledFacilityLocks``, ``UnlockRequired``/``UnlockRetries`` for their keys,
``Modem3gpp.DisableFacilityLock``, ModemManager 1.20), packet-domain detach for the no-data
profile (``Modem3gpp.SetPacketServiceState``, 1.20), the modem's voice interface for the device
attributes, and the computer's battery from UPower, as the NetworkManager backend reads it.
What it does not offer is answered with the specification's own error (:data:`SPEC_ANSWERS`):
ModemManager reports no QoS of its bearers (19 while connected, 20 when not), has no secondary
PDP contexts (289), no way to send a personalisation's unblocking key (289) and no phonebook
(the contact functions, 289).
"""

from __future__ import annotations

from typing import ClassVar

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.callbacks import emitted_by

from . import mm_model as m
from .mm_data import DataFeatures
from .mm_voice import VOICE
from .nm_laptop import upower_battery

#: MMModem3gppFacility bit and the MMModemLock of its key (PIN) and unblocking key (PUK), per
#: 3GPP control key; the 3GPP2 ones are error 528.
_FACILITIES: dict[str, tuple[int, int, int]] = {
    "network": (1 << 4, 8, 9),  # NET_PERS, PH_NET_PIN, PH_NET_PUK
    "networkSubset": (1 << 5, 15, 16),  # NET_SUB_PERS, PH_NETSUB_PIN, PH_NETSUB_PUK
    "serviceProvider": (1 << 6, 6, 7),  # PROVIDER_PERS, PH_SP_PIN, PH_SP_PUK
    "corporate": (1 << 7, 11, 12),  # CORP_PERS, PH_CORP_PIN, PH_CORP_PUK
}
#: MMModem3gppPacketServiceState.
_DETACHED, _ATTACHED = 1, 2

#: Seam method -> the specification's answer it gives on every ModemManager modem (code, why);
#: tools/conformance.py lists them.
SPEC_ANSWERS: dict[str, str] = {
    "information_get_qos": "19 (20 when not connected), ModemManager reports no QoS of its "
                           "bearers",
    "net_connect_srv_secondary_pdp_context_connect_async":
        "289, ModemManager has no secondary PDP contexts",
    "net_connect_srv_secondary_pdp_context_disconnect_async":
        "289, ModemManager has no secondary PDP contexts",
    "dev_srv_unblock_control_key":
        "289, ModemManager cannot send a personalisation unblocking key",
    **dict.fromkeys(("contact_create", "contact_get", "contact_delete",
                     "contact_get_contact_list", "contact_update", "contact_search"),
                    "289, ModemManager has no phonebook"),
}

def _facility(control_key: str) -> tuple[int, int, int]:
    found = _FACILITIES.get(control_key)
    if found is None:
        raise CmapiError(ErrorCode.CONTROL_KEY_NOT_SUPPORTED, data={
            "controlKey": control_key, "reason": "a 3GPP2 personalisation; this is a 3GPP device"})
    return found


def _no_phonebook() -> CmapiError:
    return CmapiError(ErrorCode.CAPABILITY_NOT_OFFERED, data={
        "reason": "ModemManager has no phonebook (no contacts interface)"})


def _no_secondary_contexts() -> CmapiError:
    return CmapiError(ErrorCode.CAPABILITY_NOT_OFFERED, data={
        "reason": "ModemManager has no secondary PDP contexts (dedicated bearers)"})


class LaptopFeatures(DataFeatures):
    """QoS, battery, device attributes, control keys, secondary contexts, no-data profile,
    contacts."""

    spec_answers: ClassVar[dict[str, str]] = SPEC_ANSWERS

    def __init__(self, address: str) -> None:
        super().__init__(address)
        #: The no-data profile is on (set by this program; the modem has no such setting).
        self._no_data = False

    def emitted_callbacks(self) -> frozenset[str]:
        """Only what the functions that work can send (no QoSChange, no secondary context
        completions): registering the others is refused."""
        return emitted_by(self.supported_functions() - self.spec_answers.keys())

    # --- QoS, battery, attributes ---------------------------------------------------------

    async def information_get_qos(self) -> t.QoSResult:
        nm = await self._nm()
        connected = (nm is not None and await nm.state() == "connected") \
            or await self._connected_bearer() is not None
        if not connected:
            raise CmapiError(ErrorCode.NOT_CONNECTED,
                             data={"reason": "no bearer is connected, so there is no QoS"})
        raise CmapiError(ErrorCode.QOS_UNSUPPORTED,
                         data={"reason": "ModemManager reports no QoS of its bearers"})

    async def information_get_battery_status(self) -> t.BatteryStatus:
        return await upower_battery(self.bus)

    async def dev_srv_dev_attributes(self) -> t.DevAttributes:
        objects = await self.bus.managed_objects(m.BUS_NAME, m.ROOT)
        voice = VOICE in objects.get(self.path, {})
        try:
            await self.information_get_battery_status()
            battery = True
        except CmapiError:  # 260: no battery
            battery = False
        return {"screen": False, "keypad": False, "camera": False, "microphone": voice,
                "loudspeaker": voice, "voice": voice, "battery": battery}

    # --- control keys (ME personalisation) ------------------------------------------------

    async def dev_srv_get_control_key_status(
        self, *, control_key: t.ControlKey
    ) -> t.ControlKeyStatus:
        bit, pin_lock, puk_lock = _facility(control_key)
        props = await self._modem()
        locks = int((await self._m3gpp()).get("EnabledFacilityLocks", 0))
        waiting = int(props.get("UnlockRequired", m.ModemLock.UNKNOWN))
        status: t.ControlKeyStatus = {"controlKey": control_key,
                                      "active": bool(locks & bit) or waiting == pin_lock,
                                      "blocked": waiting == puk_lock}
        attempts = props.get("UnlockRetries", {}).get(puk_lock if waiting == puk_lock
                                                      else pin_lock)
        if attempts is not None:
            status["attemptsLeft"] = int(attempts)
        return status

    async def dev_srv_deactivate_control_key(
        self, *, control_key: t.ControlKey, key: str
    ) -> t.ControlKeyStatus:
        bit = _facility(control_key)[0]
        if not key or not key.isascii() or not key.isprintable() or len(key) > 16:
            raise CmapiError(ErrorCode.INVALID_CONTROL_KEY,
                             data={"reason": "a control key is up to 16 printable characters"})
        try:  # sent once, as given: never retried
            await self._call(m.M3GPP, "DisableFacilityLock", "(us)", [[bit, key]])
        except CmapiError as err:
            if isinstance(err.data, dict) and str(err.data.get("dbus", "")).endswith(
                    "IncorrectPassword"):
                after = await self.dev_srv_get_control_key_status(control_key=control_key)
                data: dict[str, object] = {"controlKey": control_key, "reason": "wrong key"}
                if "attemptsLeft" in after:
                    data["attemptsLeft"] = after["attemptsLeft"]
                raise CmapiError(ErrorCode.INVALID_CONTROL_KEY, data=data) from err
            if err.code == ErrorCode.NOT_SUPPORTED:
                raise CmapiError(ErrorCode.CAPABILITY_NOT_OFFERED, data={
                    "reason": "this ModemManager (before 1.20) cannot disable a "
                              "personalisation"}) from err
            raise
        return await self.dev_srv_get_control_key_status(control_key=control_key)

    async def dev_srv_unblock_control_key(
        self, *, control_key: t.ControlKey, unblock_key: str
    ) -> t.ControlKeyStatus:
        _facility(control_key)
        raise CmapiError(ErrorCode.CAPABILITY_NOT_OFFERED, data={
            "controlKey": control_key,
            "reason": "ModemManager cannot send a personalisation unblocking key"})

    # --- secondary contexts, no-data profile ----------------------------------------------

    async def net_connect_srv_secondary_pdp_context_connect_async(
        self, *, primary_context_id: int = 1, context_id: int | None = None,
    ) -> t.SecondaryContext:
        raise _no_secondary_contexts()

    async def net_connect_srv_secondary_pdp_context_disconnect_async(
        self, *, context_id: int
    ) -> t.SecondaryContext:
        raise _no_secondary_contexts()

    async def net_con_set_no_data_profile(self, *, enabled: bool) -> t.Empty:
        await self._require_unlocked()
        try:
            await self._call(m.M3GPP, "SetPacketServiceState", "u",
                             [_DETACHED if enabled else _ATTACHED])
        except CmapiError as err:
            if err.code == ErrorCode.NOT_SUPPORTED:
                raise CmapiError(ErrorCode.CAPABILITY_NOT_OFFERED, data={
                    "reason": "this ModemManager (before 1.20) cannot detach from the packet "
                              "domain"}) from err
            raise
        self._no_data = enabled
        return {}

    async def net_con_get_no_data_profile(self) -> t.NoDataProfile:
        await self._modem()  # a modem that went away says so
        return {"enabled": self._no_data}

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "", password: str = "",
        auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
    ) -> t.ConnectResult:
        if self._no_data:
            raise CmapiError(ErrorCode.BEARER_NOT_POSSIBLE, data={
                "reason": "the no-data profile is on (CMAPI_NetCon_SetNoDataProfile)"})
        return await super().net_connect_srv_connect_async(
            profile_name=profile_name, apn=apn, user_name=user_name, password=password,
            auth_type=auth_type, ip_addr_type=ip_addr_type)

    # --- contacts ---------------------------------------------------------------------------

    async def contact_create(
        self, *, name: str, number: str, location: t.ContactLocation = "SIM"
    ) -> t.ContactIndex:
        raise _no_phonebook()

    async def contact_get(self, *, index: int, location: t.ContactLocation = "SIM") -> t.Contact:
        raise _no_phonebook()

    async def contact_delete(self, *, index: int, location: t.ContactLocation = "SIM") -> t.Empty:
        raise _no_phonebook()

    async def contact_get_contact_list(
        self, *, location: t.ContactLocation = "SIM"
    ) -> t.ContactList:
        raise _no_phonebook()

    async def contact_update(
        self, *, index: int, name: str | None = None, number: str | None = None,
        location: t.ContactLocation = "SIM",
    ) -> t.Empty:
        raise _no_phonebook()

    async def contact_search(
        self, *, name: str, location: t.ContactLocation = "SIM"
    ) -> t.ContactList:
        raise _no_phonebook()
