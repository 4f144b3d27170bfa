"""A modem that ModemManager owns, behind the Device seam (address ``mm:N``).

``N`` is the modem's index in ModemManager (``/org/freedesktop/ModemManager1/Modem/N``, as
``mmcli -m N``). cmgui never opens the ports of such a modem: every call goes to ModemManager
over the system bus. :func:`discover` lists ModemManager's modems; :func:`owned_ports` tells the
AT driver which serial ports to leave alone. Where NetworkManager manages the modem, the data
connection goes through NetworkManager instead (``nm_broadband``), so the two do not fight.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

from dbus_fast import Variant

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode, PinErrorKind
from cmgui.service.device import Device
from cmgui.service.events import (
    PINPUKStatus,
    RadioStateChanged,
    RFInformationChanged,
    SessionStateChanged,
    SignalStrengthChanged,
    SMSMessage,
    SMSReceived,
)
from cmgui.sms.counter import count as count_sms

from . import mm_model as m
from .bus import DBusCallError, SystemBus
from .mm_discovery import discover, owned_ports, owned_ports_blocking, ports_of
from .nm_broadband import NMBroadband

__all__ = ["MMDevice", "discover", "owned_ports", "owned_ports_blocking", "parse_address",
           "ports_of"]

log = logging.getLogger(__name__)

ADDRESS_PREFIX = m.ADDRESS_PREFIX
#: A 3GPP network scan takes minutes on a real modem (ModemManager allows 120 s per RAT).
SCAN_TIMEOUT = 360.0


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


class MMDevice(Device):
    """A ModemManager modem. See the module docstring."""

    kind: ClassVar[str] = "mm"

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self.index = parse_address(address)
        self.path = modem_path(self.index)
        self._bus: SystemBus | None = None
        self._selection: t.SelectionMode = "automatic"
        self._selected_plmn = ""
        self._bearer: str | None = None
        self._apn = ""
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
        for path in await self._bearer_paths():
            props = await self._get_all(path, m.BEARER)
            if props.get("Connected"):
                self._bearer = path
                self._apn = str(props.get("Properties", {}).get("apn", ""))

    async def close(self) -> None:
        bus, self._bus = self._bus, None
        if bus is not None:
            await bus.close()
        await super().close()

    async def describe(self) -> t.DeviceInfo:
        info = await super().describe()
        try:
            props = await self._modem()
        except CmapiError:
            return info
        state = int(props.get("State", 0))
        info.update({
            "deviceState": int(_device_state(state)),
            "radio": int(t.RadioFlag.GSM | t.RadioFlag.UMTS | t.RadioFlag.LTE),
            "deviceType": int(t.DeviceType.MODEM),
            "description": f"{props.get('Manufacturer', '')} {props.get('Model', '')}".strip(),
            "uniqueIdentifier": str(props.get("EquipmentIdentifier") or self.address),
        })
        return info

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

    async def _nm(self) -> NMBroadband | None:
        """NetworkManager's device for this modem when NetworkManager manages it (asked each
        time: NetworkManager may start, stop or let go of the modem while we run)."""
        return await NMBroadband.find(self.bus, self.path)

    async def _bearer_paths(self) -> list[str]:
        return [str(p) for p in (await self._modem()).get("Bearers", [])]

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
        try:
            record = await self._sms_record(path)
        except CmapiError:
            log.debug("new SMS %s vanished before it was read", path)
            return
        self.events.publish(SMSReceived(msg_id=record["msgID"], storage=record["storage"]))
        self.events.publish(SMSMessage(address=record["address"], text=record["text"],
                                       msg_id=record["msgID"],
                                       timestamp=record.get("timestamp")))

    # --- device service -------------------------------------------------------------------

    async def dev_srv_get_manufacturer_name(self) -> t.ManufacturerName:
        return {"manufacturerName": str((await self._modem()).get("Manufacturer", ""))}

    async def dev_srv_get_manufacturer_model(self) -> t.ManufacturerModel:
        return {"manufacturerModel": str((await self._modem()).get("Model", ""))}

    async def dev_srv_get_device_name(self) -> t.DeviceName:
        props = await self._modem()
        return {"deviceName": f"{props.get('Manufacturer', '')} {props.get('Model', '')}".strip()}

    async def dev_srv_get_firmware_version(self) -> t.FirmwareVersion:
        return {"firmwareVersion": str((await self._modem()).get("Revision", ""))}

    async def dev_srv_get_hardware_version(self) -> t.HardwareVersion:
        return {"hardwareVersion": str((await self._modem()).get("HardwareRevision", ""))}

    async def dev_srv_get_imei(self) -> t.IMEIResult:
        imei = str((await self._modem()).get("EquipmentIdentifier", ""))
        if not imei:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "no IMEI reported"})
        return {"IMEI": imei}

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

    async def dev_srv_get_msisdn(self) -> t.MSISDNResult:
        numbers = (await self._modem()).get("OwnNumbers", [])
        if not numbers:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "no own number known"})
        return {"MSISDN": str(numbers[0])}

    async def dev_srv_get_device_status(self) -> t.DeviceStatus:
        props = await self._modem()
        retries = props.get("UnlockRetries", {})
        reg = await self._registration_state()
        return {
            "deviceState": int(_device_state(int(props.get("State", 0)))),
            "PINState": m.pin_state(props.get("UnlockRequired"),
                                    m.retries(retries, m.ModemLock.SIM_PUK)),
            "radioState": int(props.get("PowerState", 0)) == m.PowerState.ON,
            "registrationState": reg,
        }

    async def dev_srv_get_rf_switch(self) -> t.RFSwitch:
        on = int((await self._modem()).get("PowerState", 0)) == m.PowerState.ON
        return {"hardwareSwitch": True, "softwareSwitch": on}

    async def dev_srv_set_radio_state(self, *, radio_state: bool) -> t.Empty:
        """On: enable the modem (ModemManager powers it up). Off: disable it (low power)."""
        await self._call(m.MODEM, "Enable", "b", [radio_state])
        if not radio_state:
            self._bearer = None
        return {}

    async def information_get_radio_state(self) -> t.RadioStateResult:
        return {"radioState": int((await self._modem()).get("PowerState", 0))
                == m.PowerState.ON}

    async def information_get_driver_version(self) -> t.DriverVersion:
        version = await self.bus.get(m.BUS_NAME, m.ROOT, m.BUS_NAME, "Version")
        drivers = ", ".join(str(d) for d in (await self._modem()).get("Drivers", []))
        text = f"ModemManager {version}" + (f" ({drivers})" if drivers else "")
        return {"driverVersion": text}

    # --- PIN/PUK --------------------------------------------------------------------------

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

    # --- network --------------------------------------------------------------------------

    async def _registration_state(self) -> t.RegistrationState:
        try:
            return m.registration((await self._m3gpp()).get("RegistrationState"))
        except CmapiError:
            return "unknown"

    async def _registration(self) -> t.Registration:
        props = await self._m3gpp()
        result: t.Registration = {"registrationState": m.registration(
            props.get("RegistrationState"))}
        rat = m.rat_type((await self._modem()).get("AccessTechnologies", 0))
        if rat != "UNKNOWN":
            result["RATType"] = rat
        cell = await self._cell()
        for key in ("LAC", "TAC", "cellId"):
            if key in cell:
                result[key] = cell[key]  # type: ignore[literal-required,unused-ignore]
        return result

    async def _cell(self) -> dict[str, int]:
        """LAC/TAC/cell id from the Location interface, where the modem has it."""
        try:
            props = await self._get_all(self.path, m.LOCATION)
            if not int(props.get("Capabilities", 0)) & m.LOCATION_3GPP_LAC_CI:
                return {}
            enabled = int(props.get("Enabled", 0))
            if not enabled & m.LOCATION_3GPP_LAC_CI:
                await self._call(m.LOCATION, "Setup", "ub",
                                 [enabled | m.LOCATION_3GPP_LAC_CI, False])
            location = (await self._call(m.LOCATION, "GetLocation"))[0]
        except CmapiError:
            return {}
        if not isinstance(location, dict):
            return {}
        return m.parse_lac_ci(location.get(m.LOCATION_3GPP_LAC_CI)) or {}

    async def information_get_cs_network_registration(self) -> t.Registration:
        return await self._registration()

    async def information_get_ps_network_registration(self) -> t.Registration:
        return await self._registration()

    async def information_get_roaming_status(self) -> t.RoamingStatus:
        state = int((await self._m3gpp()).get("RegistrationState", 0))
        return {"roaming": state in m.ROAMING_STATES}

    async def information_get_rat_type(self) -> t.RATResult:
        return {"RATType": m.rat_type((await self._modem()).get("AccessTechnologies", 0))}

    async def network_get_serving_information(self) -> t.ServingInformation:
        props = await self._m3gpp()
        code = str(props.get("OperatorCode", ""))
        if len(code) < 5:
            raise CmapiError(ErrorCode.NO_SERVICE, data={"reason": "not registered"})
        result: t.ServingInformation = {
            "MCC": code[:3], "MNC": code[3:], "networkName": str(props.get("OperatorName", "")),
            "RATType": m.rat_type((await self._modem()).get("AccessTechnologies", 0)),
            "registrationState": m.registration(props.get("RegistrationState")),
        }
        cell = await self._cell()
        for key in ("LAC", "TAC", "cellId"):
            if key in cell:
                result[key] = cell[key]  # type: ignore[literal-required,unused-ignore]
        return result

    async def network_get_home_information(self) -> t.HomeInformation:
        await self._require_unlocked()
        sim = await self._sim()
        code = str(sim.get("OperatorIdentifier", "")) or str(sim.get("Imsi", ""))[:5]
        if len(code) < 5:
            raise CmapiError(ErrorCode.DATA_NOT_PRESENT, data={"reason": "home network unknown"})
        return {"MCC": code[:3], "MNC": code[3:],
                "providerName": str(sim.get("OperatorName", ""))}

    async def information_get_signal_strength(self) -> t.SignalStrength:
        props = await self._modem()
        quality = props.get("SignalQuality", [0, False])
        percent = int(quality[0]) if isinstance(quality, list | tuple) and quality else 0
        tables: dict[str, dict[str, Any]] = {}
        try:
            signal = await self._get_all(self.path, m.SIGNAL)
            if not int(signal.get("Rate", 0)):
                await self._call(m.SIGNAL, "Setup", "u", [5])
                signal = await self._get_all(self.path, m.SIGNAL)
            tables = {k: v for k, v in signal.items() if isinstance(v, dict)}
        except CmapiError:
            pass  # no Signal interface: the percentage alone
        values = m.signal_values(percent, tables.get("Lte", {}), tables.get("Umts", {}),
                                 tables.get("Gsm", {}), tables.get("Nr5g", {}))
        result: t.SignalStrength = {
            "signalStrength": values["signalStrength"], "signalPercentage": percent,
            "signalQuality": values["signalQuality"], "bars": values["bars"],
            "RATType": m.rat_type(props.get("AccessTechnologies", 0)),
        }
        for key in ("RSSI", "RSRP", "RSRQ", "SINR"):
            if key in values:
                result[key] = values[key]  # type: ignore[literal-required,unused-ignore]
        return result

    async def net_connect_srv_get_network_list_sync(self) -> t.NetworkList:
        await self._require_unlocked()
        try:
            found = (await self.bus.call(m.BUS_NAME, self.path, m.M3GPP, "Scan",
                                         timeout=SCAN_TIMEOUT))[0]
        except DBusCallError as err:
            raise m.translate(err.name, err.text) from err
        networks: list[t.NetworkEntry] = []
        for entry in found if isinstance(found, list) else []:
            if not isinstance(entry, dict):
                continue
            networks.append({
                "PLMNID": str(entry.get("operator-code", "")),
                "longName": str(entry.get("operator-long", "")),
                "shortName": str(entry.get("operator-short", "")),
                "RATType": m.rat_type(entry.get("access-technology", 0)),
                "networkStatus": m.AVAILABILITY.get(int(entry.get("status", 0)), "unknown"),
            })
        return {"networkListElements": len(networks), "networkList": networks}

    async def net_connect_srv_select_network(
        self, *, network_selection_mode: t.SelectionMode, plmnid: str = "",
        rat_type: t.RATType | None = None,
    ) -> t.Empty:
        if network_selection_mode == "manual":
            if not (plmnid.isdigit() and len(plmnid) in (5, 6)):
                raise CmapiError(ErrorCode.INVALID_PLMN_ID, data={
                    "reason": "a network is chosen by its MCC and MNC, e.g. 26201"})
            operator = plmnid
        elif network_selection_mode == "automatic":
            operator = ""
        else:
            raise CmapiError(ErrorCode.INVALID_MODE, data={"reason": "automatic or manual"})
        await self._require_unlocked()
        await self._call(m.M3GPP, "Register", "s", [operator])
        self._selection, self._selected_plmn = network_selection_mode, operator
        return {}

    async def information_get_network_selection_mode(self) -> t.SelectionModeResult:
        """ModemManager does not publish the mode: this is what was last chosen through us."""
        result: t.SelectionModeResult = {"networkSelectionMode": self._selection}
        if self._selected_plmn:
            result["PLMNID"] = self._selected_plmn
        return result

    # --- data connection ------------------------------------------------------------------

    async def net_connect_srv_connect_async(
        self, *, profile_name: str = "", apn: str = "", user_name: str = "", password: str = "",
        auth_type: t.AuthType = "none", ip_addr_type: t.IPAddrType = "IPv4",
    ) -> t.ConnectResult:
        if ip_addr_type not in m.IP_TYPES:
            raise CmapiError(ErrorCode.INVALID_IP_ADDR_TYPE)
        if auth_type not in m.AUTH:
            raise CmapiError(ErrorCode.INVALID_AUTH_TYPE)
        nm = await self._nm()
        if profile_name and not apn and nm is None:
            raise CmapiError(ErrorCode.PROFILE_NOT_FOUND, data={
                "reason": "ModemManager connects with an APN; profiles are NetworkManager's"})
        await self._require_unlocked()
        if nm is not None:
            return await self._connect_via_nm(nm, profile_name=profile_name if not apn else "",
                                              apn=apn, user_name=user_name, password=password,
                                              auth_type=auth_type, ip_addr_type=ip_addr_type)
        props: dict[str, Variant] = {"apn": Variant("s", apn),
                                     "ip-type": Variant("u", int(m.IP_TYPES[ip_addr_type]))}
        if auth_type != "none":
            props["allowed-auth"] = Variant("u", int(m.AUTH[auth_type]))
        if user_name:
            props["user"] = Variant("s", user_name)
        if password:
            props["password"] = Variant("s", password)
        self.events.publish(SessionStateChanged(connection_state="connecting", apn=apn))
        try:
            bearer = str((await self._call(m.SIMPLE, "Connect", "a{sv}", [props]))[0])
        except CmapiError as err:
            reason = err.data.get("reason") if isinstance(err.data, dict) else None
            self.events.publish(SessionStateChanged(connection_state="disconnected",
                                                    apn=apn, reason=reason))
            raise
        self._bearer, self._apn = bearer, apn
        config = (await self._get_all(bearer, m.BEARER)).get("Ip4Config", {})
        result: t.ConnectResult = {"connectionState": "connected", "APN": apn,
                                   "IPAddrType": ip_addr_type}
        address = str(config.get("address", "")) if isinstance(config, dict) else ""
        if address:
            result["IPAddress"] = address
        self.events.publish(SessionStateChanged(connection_state="connected", apn=apn,
                                                ip_address=address or None))
        return result

    async def _connect_via_nm(self, nm: NMBroadband, *, profile_name: str, apn: str,
                              user_name: str, password: str, auth_type: t.AuthType,
                              ip_addr_type: t.IPAddrType) -> t.ConnectResult:
        """Activate a ``gsm`` profile on NetworkManager's device for this modem."""
        self.events.publish(SessionStateChanged(connection_state="connecting", apn=apn))
        try:
            result = await nm.connect(profile_name=profile_name, apn=apn, user_name=user_name,
                                      password=password, ip_addr_type=ip_addr_type,
                                      auth_type=auth_type)
        except CmapiError as err:
            reason = err.data.get("reason") if isinstance(err.data, dict) else None
            self.events.publish(SessionStateChanged(connection_state="disconnected",
                                                    apn=apn, reason=reason))
            raise
        self._bearer, self._apn = None, result["APN"]
        address = result.get("IPAddress")
        self.events.publish(SessionStateChanged(connection_state="connected", apn=self._apn,
                                                ip_address=address or None))
        return result

    async def net_connect_srv_disconnect_async(self) -> t.Empty:
        nm = await self._nm()
        if nm is not None and await nm.active_connection() is not None:
            await nm.disconnect()
            self.events.publish(SessionStateChanged(connection_state="disconnected",
                                                    apn=self._apn))
            return {}
        bearer = await self._connected_bearer()
        if bearer is None:
            raise CmapiError(ErrorCode.NO_CONNECTION_TO_DISCONNECT)
        await self._call(m.SIMPLE, "Disconnect", "o", [bearer])
        self._bearer = None
        self.events.publish(SessionStateChanged(connection_state="disconnected", apn=self._apn))
        return {}

    async def _connected_bearer(self) -> str | None:
        candidates = ([self._bearer] if self._bearer else []) + await self._bearer_paths()
        for path in candidates:
            try:
                if (await self._get_all(path, m.BEARER)).get("Connected"):
                    return path
            except CmapiError:
                continue
        return None

    async def net_con_get_connection_status(self) -> t.ConnectionStatus:
        nm = await self._nm()
        if nm is not None and await nm.active_connection() is not None:
            return await self._nm_status(nm)
        bearer = await self._connected_bearer()
        if bearer is None:
            return {"connectionState": "disconnected", "connectionType": "none"}
        props = await self._get_all(bearer, m.BEARER)
        apn = str(props.get("Properties", {}).get("apn", "")) or self._apn
        result: t.ConnectionStatus = {"connectionState": "connected",
                                      "connectionType": "cellular", "APN": apn}
        address = str(props.get("Ip4Config", {}).get("address", ""))
        if address:
            result["IPAddress"] = address
        stats = props.get("Stats", {})
        if isinstance(stats, dict) and "duration" in stats:
            result["duration"] = int(stats["duration"])
        rat = m.rat_type((await self._modem()).get("AccessTechnologies", 0))
        if rat != "UNKNOWN":
            result["RATType"] = rat
        return result

    async def _nm_status(self, nm: NMBroadband) -> t.ConnectionStatus:
        """NetworkManager's device state and address; duration (bearer stats) and RAT from
        ModemManager, as for a connection ModemManager made."""
        result = await nm.status()
        if result["connectionState"] != "connected":
            return result
        if "APN" not in result and self._apn:
            result["APN"] = self._apn
        bearer = await self._connected_bearer()
        if bearer is not None:
            stats = (await self._get_all(bearer, m.BEARER)).get("Stats", {})
            if isinstance(stats, dict) and "duration" in stats:
                result["duration"] = int(stats["duration"])
        rat = m.rat_type((await self._modem()).get("AccessTechnologies", 0))
        if rat != "UNKNOWN":
            result["RATType"] = rat
        return result

    async def net_connect_srv_get_current_conn_type(self) -> t.ConnectionTypeResult:
        nm = await self._nm()
        if nm is not None and await nm.state() == "connected":
            return {"connectionType": "cellular"}
        connected = await self._connected_bearer() is not None
        return {"connectionType": "cellular" if connected else "none"}

    async def information_get_apn(self) -> t.APNResult:
        nm = await self._nm()
        if nm is not None and await nm.state() == "connected":
            return {"APN": await nm.apn() or self._apn}
        bearer = await self._connected_bearer()
        if bearer is None:
            raise CmapiError(ErrorCode.INFO_NO_APN_WITHOUT_CONNECTION)
        props = await self._get_all(bearer, m.BEARER)
        return {"APN": str(props.get("Properties", {}).get("apn", "")) or self._apn}

    async def information_get_ip_address(self) -> t.IPAddressResult:
        nm = await self._nm()
        if nm is not None:
            found = await nm.ip_address()
            if found is not None:
                return found
        bearer = await self._connected_bearer()
        if bearer is None:
            raise CmapiError(ErrorCode.INFO_IP_ADDRESS_NOT_ASSIGNED)
        props = await self._get_all(bearer, m.BEARER)
        for key, kind in (("Ip4Config", "IPv4"), ("Ip6Config", "IPv6")):
            config = props.get(key, {})
            if isinstance(config, dict) and config.get("address"):
                result: t.IPAddressResult = {"IPAddress": str(config["address"]),
                                             "IPAddrType": kind}  # type: ignore[typeddict-item]
                if config.get("dns1"):
                    result["primaryDNS"] = str(config["dns1"])
                if config.get("dns2"):
                    result["secondaryDNS"] = str(config["dns2"])
                return result
        raise CmapiError(ErrorCode.INFO_IP_ADDRESS_NOT_ASSIGNED)

    async def net_statistic_get_connection_statistics(self) -> t.ConnectionStatistics:
        bearer = await self._connected_bearer() or self._bearer
        if bearer is None:
            return {"bytesSent": 0, "bytesReceived": 0, "duration": 0}
        stats = (await self._get_all(bearer, m.BEARER)).get("Stats", {})
        if not isinstance(stats, dict):
            stats = {}
        return {"bytesSent": int(stats.get("tx-bytes", 0)),
                "bytesReceived": int(stats.get("rx-bytes", 0)),
                "duration": int(stats.get("duration", 0))}

    # --- SMS ------------------------------------------------------------------------------

    async def sms_send(
        self, *, address: str, text: str, delivery_report: bool = False,
        validity_period: int | None = None, sms_class: int | None = None,
    ) -> t.SMSSendResult:
        if not address or not text:
            raise CmapiError(ErrorCode.INVALID_PARAMETER, data={
                "reason": "a message needs a number and a text"})
        props: dict[str, Variant] = {"number": Variant("s", address), "text": Variant("s", text)}
        if delivery_report:
            props["delivery-report-request"] = Variant("b", True)
        if sms_class is not None:
            props["class"] = Variant("i", sms_class)
        if validity_period is not None:
            # MMSmsValidityType RELATIVE (1) with the TS 23.040 relative value
            props["validity"] = Variant("(uv)", [1, Variant("u", validity_period)])
        path = str((await self._call(m.MESSAGING, "Create", "a{sv}", [props]))[0])
        try:
            await self._call(m.SMS, "Send", path=path)
            reference = int((await self._get_all(path, m.SMS)).get("MessageReference", 0))
        finally:
            await self._delete_quietly(path)
        segments = max(1, count_sms(text).segments)
        # ModemManager reports the last part's TP-MR; parts take consecutive references.
        references = [(reference - segments + 1 + i) % 256 for i in range(segments)]
        return {"messageReferences": references, "segments": segments}

    async def _delete_quietly(self, path: str) -> None:
        try:
            await self._call(m.MESSAGING, "Delete", "o", [path])
        except CmapiError as err:
            log.debug("could not delete sent SMS %s: %s", path, err)

    def _sms_path(self, msg_id: str) -> str:
        if not msg_id.isdigit():
            raise CmapiError(ErrorCode.SMS_INVALID_MSG_ID, data={
                "reason": "message ids of ModemManager are numbers"})
        return f"{m.ROOT}/SMS/{int(msg_id)}"

    async def _sms_record(self, path: str) -> t.SMSRecord:
        try:
            props = await self.bus.get_all(m.BUS_NAME, path, m.SMS)
        except DBusCallError as err:
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"dbus": err.name}) from err
        if not props:
            raise CmapiError(ErrorCode.SMS_NOT_FOUND)
        state = int(props.get("State", 0))
        status: t.SMSStatus = (
            "read" if state == m.SmsState.RECEIVED else
            "sent" if state == m.SmsState.SENT else "unsent")
        text = str(props.get("Text", ""))
        msg_id = path.rsplit("/", 1)[1]
        record: t.SMSRecord = {
            "msgID": msg_id, "storage": m.STORAGE.get(int(props.get("Storage", 0)), "ME"),
            "index": int(msg_id), "status": status, "address": str(props.get("Number", "")),
            "text": text, "encoding": "GSM7" if count_sms(text).encoding == "gsm7" else "UCS2",
        }
        if props.get("Timestamp"):
            record["timestamp"] = str(props["Timestamp"])
        sms_class = int(props.get("Class", -1))
        if sms_class >= 0:
            record["SMSClass"] = sms_class
        return record

    async def _sms_paths(self) -> list[str]:
        return [str(p) for p in (await self._call(m.MESSAGING, "List"))[0]]

    async def sms_get_id_list(self, *, storage: t.SMSStorage | None = None) -> t.SMSIDList:
        ids: list[str] = []
        for path in await self._sms_paths():
            if storage is not None:
                try:
                    record = await self._sms_record(path)
                except CmapiError:
                    continue
                if record["storage"] != storage:
                    continue
            ids.append(path.rsplit("/", 1)[1])
        return {"SMSIDListElements": len(ids), "SMSIDList": ids}

    async def sms_get(self, *, msg_id: str) -> t.SMSRecord:
        path = self._sms_path(msg_id)
        if path not in await self._sms_paths():
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"msgID": msg_id})
        return await self._sms_record(path)

    async def sms_delete(self, *, msg_id: str) -> t.Empty:
        path = self._sms_path(msg_id)
        if path not in await self._sms_paths():
            raise CmapiError(ErrorCode.SMS_NOT_FOUND, data={"msgID": msg_id})
        await self._call(m.MESSAGING, "Delete", "o", [path])
        return {}

    async def sms_get_record_count(self, *, storage: t.SMSStorage | None = None) -> t.RecordCount:
        ids = await self.sms_get_id_list(storage=storage)
        default = int((await self._get_all(self.path, m.MESSAGING)).get("DefaultStorage", 0))
        # ModemManager does not publish storage capacity; total is what is used.
        return {"storage": storage or m.STORAGE.get(default, "ME"),
                "used": ids["SMSIDListElements"], "total": ids["SMSIDListElements"]}

    # --- USSD -----------------------------------------------------------------------------

    async def ussd_request(self, *, ussd_string: str) -> t.USSDResult:
        if not ussd_string:
            raise CmapiError(ErrorCode.USSD_DATA_INVALID)
        await self._require_unlocked()
        state = int((await self._get_all(self.path, m.USSD)).get("State", 0))
        member = "Respond" if state == m.UssdState.USER_RESPONSE else "Initiate"
        reply = str((await self._call(m.USSD, member, "s", [ussd_string]))[0])
        after = int((await self._get_all(self.path, m.USSD)).get("State", 0))
        ussd_state: t.USSDState = ("actionRequired" if after == m.UssdState.USER_RESPONSE
                                   else "finished")
        return {"USSDString": reply, "USSDState": ussd_state}

    async def ussd_release(self) -> t.Empty:
        await self._call(m.USSD, "Cancel")
        return {}



def _device_state(state: int) -> t.DeviceState:
    if state == m.ModemState.LOCKED:
        return t.DeviceState.LOCKED
    if state == m.ModemState.FAILED:
        return t.DeviceState.ERROR
    if state >= m.ModemState.ENABLED:
        return t.DeviceState.READY
    return t.DeviceState.OPENED
