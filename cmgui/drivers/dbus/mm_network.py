"""Network functions of a ModemManager modem: registration, operators, signal, radio."""

from __future__ import annotations

from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from . import mm_model as m
from .bus import DBusCallError
from .mm_core import MMDeviceCore

#: A 3GPP network scan takes minutes on a real modem (ModemManager allows 120 s per RAT).
SCAN_TIMEOUT = 360.0


class NetworkFeatures(MMDeviceCore):
    """Registration, serving and home network, scan and selection, signal, radio power."""

    def __init__(self, address: str) -> None:
        super().__init__(address)
        self._selection: t.SelectionMode = "automatic"
        self._selected_plmn = ""

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

    async def dev_srv_get_rf_switch(self) -> t.RFSwitch:
        on = int((await self._modem()).get("PowerState", 0)) == m.PowerState.ON
        return {"hardwareSwitch": True, "softwareSwitch": on}

    async def dev_srv_set_radio_state(self, *, radio_state: bool) -> t.Empty:
        """On: enable the modem (ModemManager powers it up). Off: disable it (low power)."""
        await self._call(m.MODEM, "Enable", "b", [radio_state])
        if not radio_state:
            self._radio_off()
        return {}

    async def information_get_radio_state(self) -> t.RadioStateResult:
        return {"radioState": int((await self._modem()).get("PowerState", 0))
                == m.PowerState.ON}
