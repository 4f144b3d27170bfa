"""Radio and network: registration (with URCs), signal, operators, scan, selection, mode, +CFUN.

Registration URCs (+CREG/+CGREG/+CEREG/+C5GREG with location, n=2) keep a per-domain cache;
a change emits RFInformationChanged, a roaming flip RoamingChanged, and the signal is re-read
(SignalStrengthChanged when its bars or figures moved). URCs only ask for a re-read, and the
re-reads are coalesced and rate-limited (:mod:`.refresh`), so a flood costs nothing extra. A
slow poll (only while someone listens) catches signal drift on modems without signal URCs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import replace

from cmgui.at.commands import network
from cmgui.at.commands.network import Registration, SignalQuality
from cmgui.at.engine import AtCommand, AtResult, Unsolicited
from cmgui.at.errors import AtParseError
from cmgui.at.vendors import huawei, quectel
from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.events import (
    RadioStateChanged,
    RFInformationChanged,
    RoamingChanged,
    SignalStrengthChanged,
)

from .engineering import EngineeringCellFeatures
from .modes import (
    bearers_from_quectel,
    bearers_from_syscfgex,
    bearers_from_ws46,
    quectel_mode,
    syscfgex_order,
    ws46_mode,
)

log = logging.getLogger(__name__)

PS_DOMAINS = ("+CEREG:", "+C5GREG:", "+CGREG:")
ALL_DOMAINS = ("+CREG:", *PS_DOMAINS)
SIGNAL_POLL_INTERVAL = 5.0
#: A scan can take minutes on a real modem.
SCAN_TIMEOUT = 240.0
_NET_STATUS: dict[int, t.NetworkStatus] = {0: "unknown", 1: "available", 2: "current",
                                           3: "forbidden"}
_STATUS_RANK = {"current": 3, "available": 2, "unknown": 1, "forbidden": 0}


def _rat(act: int | None) -> t.RATType:
    return t.RAT_BY_ACT.get(act, "UNKNOWN") if act is not None else "UNKNOWN"


def _is_plmn(text: str) -> bool:
    """A numeric PLMN: 3-digit MCC and 2- or 3-digit MNC."""
    return text.isdigit() and len(text) in (5, 6)


def _state(reg: Registration) -> t.RegistrationState:
    return t.REG_BY_STAT.get(reg.stat, "unknown")


class NetworkFeatures(EngineeringCellFeatures):
    """Registration, signal, operators and radio power."""

    _registrations: dict[str, Registration]
    _last_signal: tuple[int, int] | None
    _last_rf: tuple[str, str] | None
    _last_roaming: bool | None
    _change_lock: asyncio.Lock
    _cops_lock: asyncio.Lock

    async def _setup(self) -> None:
        await super()._setup()
        self._registrations = {}
        self._last_signal = None
        self._last_rf = None
        self._last_roaming = None
        self._change_lock = asyncio.Lock()
        self._cops_lock = asyncio.Lock()
        for prefix in ALL_DOMAINS:
            await self.try_run(network.registration_set(prefix, 2))
            self.route_urc(prefix[:-1], self._on_registration_urc)
        await self._set_cops_format(2)
        for name in ("^RSSI", "^HCSQ", "+CSQ", "+CIEV"):
            self.route_urc(name, self._on_signal_urc)
        self.spawn(self._poll_signal())

    # --- registration ------------------------------------------------------------------------

    def _on_registration_urc(self, urc: Unsolicited) -> None:
        reg = network.parse_registration(urc.payload, urc=True)
        self._registrations[urc.name + ":"] = reg
        self.refresher.request("registration", self._registration_changed)

    async def _registration_changed(self) -> None:
        async with self._change_lock:  # a burst of URCs gives one event per real change
            await self._report_registration()

    async def _report_registration(self) -> None:
        reg = self._best_cached()
        state = _state(reg)
        rat = _rat(reg.act)
        if (state, rat) != self._last_rf:
            self._last_rf = (state, rat)
            plmn, name = None, None
            if reg.registered:
                with contextlib.suppress(CmapiError):
                    plmn, name = await self._operator()
            self.publish(RFInformationChanged(registration_state=state, rat_type=rat,
                                              plmnid=plmn, network_name=name))
        if reg.registered and reg.roaming != self._last_roaming:
            self._last_roaming = reg.roaming
            self.publish(RoamingChanged(roaming=reg.roaming))
        await self._refresh_signal()

    def _best_cached(self) -> Registration:
        for prefix in (*PS_DOMAINS, "+CREG:"):
            reg = self._registrations.get(prefix)
            if reg is not None and reg.registered:
                return reg
        return self._registrations.get("+CREG:") or Registration(stat=0)

    async def _query_registration(self, prefix: str) -> Registration | None:
        result = await self.try_run(network.registration_query(prefix))
        if result is None:
            return None
        try:
            reg = network.parse_registration_result(result, prefix)
        except AtParseError:
            return None
        self._registrations[prefix] = reg
        return reg

    async def _ps_registration(self) -> Registration:
        first: Registration | None = None
        for prefix in PS_DOMAINS:
            reg = await self._query_registration(prefix)
            if reg is None:
                continue
            if reg.registered:
                return reg
            first = first or reg
        if first is None:
            raise CmapiError(ErrorCode.NOT_SUPPORTED,
                             data={"reason": "the modem reports no packet registration"})
        return first

    async def _cs_registration(self) -> Registration:
        reg = await self._query_registration("+CREG:")
        if reg is None:
            return await self._ps_registration()
        return reg

    def _registration_result(self, reg: Registration) -> t.Registration:
        out: t.Registration = {"registrationState": _state(reg)}
        if reg.act is not None:
            out["RATType"] = _rat(reg.act)
        if reg.lac is not None:
            domain = next((p for p, r in self._registrations.items() if r is reg), "+CREG:")
            if domain in ("+CEREG:", "+C5GREG:"):
                out["TAC"] = reg.lac
            else:
                out["LAC"] = reg.lac
        if reg.ci is not None:
            out["cellId"] = reg.ci
        return out

    async def information_get_cs_network_registration(self) -> t.Registration:
        return self._registration_result(await self._cs_registration())

    async def information_get_ps_network_registration(self) -> t.Registration:
        return self._registration_result(await self._ps_registration())

    async def information_get_roaming_status(self) -> t.RoamingStatus:
        reg = await self._ps_registration()
        if not reg.registered:
            reg = await self._cs_registration()
        return {"roaming": reg.roaming}

    async def information_get_rat_type(self) -> t.RATResult:
        reg = await self._ps_registration()
        if reg.act is None:
            current = await self.parsed(network.cops_query(), network.parse_cops)
            return {"RATType": _rat(current.act)}
        return {"RATType": _rat(reg.act)}

    # --- operators ---------------------------------------------------------------------------

    async def _set_cops_format(self, fmt: int) -> bool:
        # Not try_run: one refusal (a modem busy scanning) must not mark +COPS unsupported,
        # or the format is never set again and every later read comes back in the wrong one.
        return (await self._exchange(network.cops_format(fmt), None, "network")).ok

    async def _cops_read(self, fmt: int) -> network.CurrentOperator:
        """``+COPS?`` in format ``fmt``; the caller holds ``_cops_lock``."""
        await self._set_cops_format(fmt)
        current: network.CurrentOperator = await self.parsed(
            network.cops_query(), network.parse_cops, context="network")
        return current

    async def _operator(self) -> tuple[str, str | None]:
        """(numeric PLMN, long name) of the serving network.

        The +COPS format is modem-wide state, so the format change and the read are one step
        under ``_cops_lock`` (a registration URC reads the operator in the background while the
        user may ask for it too). A numeric read that is not a PLMN code is retried once and
        then raises: a half-filled answer (MCC "") is never returned."""
        async with self._cops_lock:
            try:
                numeric: str | None = None
                for _ in range(2):
                    current = await self._cops_read(2)
                    if current.name is None:
                        break  # deregistered meanwhile
                    if _is_plmn(current.name):
                        numeric = current.name
                        break
                named = await self._cops_read(0) if numeric is not None else None
            finally:
                await self._set_cops_format(2)
        if numeric is None:
            raise CmapiError(ErrorCode.NO_SERVICE, data={
                "reason": "the modem did not report the serving network's code"})
        name = named.name if named is not None and named.name else None
        return numeric, None if name is not None and _is_plmn(name) else name

    async def network_get_serving_information(self) -> t.ServingInformation:
        reg = await self._ps_registration()
        if not reg.registered:
            reg = await self._cs_registration()
        if not reg.registered:
            raise CmapiError(ErrorCode.NO_SERVICE, data={"reason": "not registered"})
        plmn, name = await self._operator()
        info: t.ServingInformation = {
            "MCC": plmn[:3], "MNC": plmn[3:], "networkName": name or plmn,
            "RATType": _rat(reg.act), "registrationState": _state(reg),
        }
        extra = self._registration_result(reg)
        for key in ("LAC", "TAC", "cellId"):
            if key in extra:
                info[key] = extra[key]
        return info

    async def network_get_home_information(self) -> t.HomeInformation:
        imsi_result = await self.run(AtCommand("AT+CIMI", response_prefixes=("+CIMI:",)))
        from cmgui.at.commands.identity import parse_imsi
        try:
            imsi = parse_imsi(imsi_result)
        except AtParseError as exc:
            raise CmapiError(ErrorCode.NO_IMSI, data={"reason": str(exc)}) from exc
        mcc, mnc = imsi[:3], imsi[3:5]
        name = ""
        reg = await self._cs_registration()
        if reg.registered and not reg.roaming:
            plmn, long_name = await self._operator()
            mnc = plmn[3:]
            name = long_name or ""
        return {"MCC": mcc, "MNC": mnc, "providerName": name}

    async def net_connect_srv_get_network_list_sync(self) -> t.NetworkList:
        result = await self.run(network.cops_scan(SCAN_TIMEOUT), context="network")
        try:
            found = network.parse_cops_scan(result)
        except AtParseError:
            found = []
        merged: dict[str, t.NetworkEntry] = {}
        for op in found:
            status = _NET_STATUS.get(op.stat, "unknown")
            entry: t.NetworkEntry = {"PLMNID": op.numeric, "longName": op.long_name,
                                     "shortName": op.short_name, "RATType": _rat(op.act),
                                     "networkStatus": status}
            old = merged.get(op.numeric)
            if old is None or _STATUS_RANK[status] > _STATUS_RANK[old["networkStatus"]]:
                merged[op.numeric] = entry
        networks = list(merged.values())
        return {"networkListElements": len(networks), "networkList": networks}

    async def net_connect_srv_select_network(
        self, *, network_selection_mode: t.SelectionMode, plmnid: str = "",
        rat_type: t.RATType | None = None,
    ) -> t.Empty:
        if network_selection_mode == "automatic":
            await self.run(network.cops_select(), context="network")
            return {}
        act = next((k for k, v in t.RAT_BY_ACT.items() if v == rat_type), None)
        try:
            command = network.cops_select(plmnid, act)
        except ValueError as exc:
            raise CmapiError(ErrorCode.INVALID_PLMN_ID, data={"reason": str(exc)}) from exc
        await self.run(command, context="network")
        return {}

    async def information_get_network_selection_mode(self) -> t.SelectionModeResult:
        async with self._cops_lock:
            current = await self._cops_read(2)
        mode: t.SelectionMode = "manual" if current.mode in (1, 4) else "automatic"
        out: t.SelectionModeResult = {"networkSelectionMode": mode}
        if mode == "manual" and current.name and current.name.isdigit():
            out["PLMNID"] = current.name
        return out

    # --- signal ------------------------------------------------------------------------------

    async def _signal_quality(self) -> SignalQuality:
        queries: list[tuple[AtCommand, Callable[[AtResult], SignalQuality]]] = [
            (network.cesq(), network.parse_cesq), (network.csq(), network.parse_csq)]
        if self.vendor.name != "generic":  # the vendor's figures are the richest
            queries.insert(0, (self.vendor.signal_query(), self.vendor.parse_signal))
        for command, parse in queries:
            result = await self.try_run(command)
            if result is None:
                continue
            try:
                quality = parse(result)
            except AtParseError:
                continue
            if quality.rsrp_dbm is None and quality.rscp_dbm is None and quality.rssi_dbm is None:
                continue
            return quality
        return SignalQuality()

    async def information_get_signal_strength(self) -> t.SignalStrength:
        quality = await self._signal_quality()
        if quality.sinr_db is None and quality.rsrp_dbm is not None:
            # +CESQ has no LTE SINR; a generic modem may tell it in +QENG (not on the signal
            # poll: only when asked).
            cell = await self._engineering_cell()
            if cell is not None and cell.sinr is not None:
                quality = replace(quality, sinr_db=float(cell.sinr))
        reg = self._best_cached() if self._registrations else await self._ps_registration()
        return signal_result(quality, _rat(reg.act) if reg.registered else "UNKNOWN")

    def _on_signal_urc(self, urc: Unsolicited) -> None:
        if self.events.subscriber_count:  # nobody listens: nothing to re-read for
            self.refresher.request("signal", self._refresh_signal)

    async def _refresh_signal(self) -> None:
        if self.events.subscriber_count == 0:
            return
        reg = self._best_cached()
        result = signal_result(await self._signal_quality(),
                               _rat(reg.act) if reg.registered else "UNKNOWN")
        key = (result["signalStrength"], result["bars"])
        if key != self._last_signal:
            self._last_signal = key
            self.publish(SignalStrengthChanged(
                signal_strength=result["signalStrength"],
                signal_percentage=result["signalPercentage"],
                signal_quality=result["signalQuality"], bars=result["bars"],
                rat_type=result["RATType"]))

    async def _poll_signal(self) -> None:
        while True:
            await asyncio.sleep(SIGNAL_POLL_INTERVAL)
            try:
                await self._refresh_signal()
            except CmapiError as exc:
                log.debug("signal poll failed: %s", exc)

    # --- radio -------------------------------------------------------------------------------

    async def _cfun(self) -> int:
        return int(await self.parsed(network.cfun_query(), network.parse_cfun))

    async def information_get_radio_state(self) -> t.RadioStateResult:
        return {"radioState": await self._cfun() == 1}

    async def dev_srv_get_rf_switch(self) -> t.RFSwitch:
        return {"hardwareSwitch": True, "softwareSwitch": await self._cfun() == 1}

    async def dev_srv_set_radio_state(self, *, radio_state: bool) -> t.Empty:
        await self.run(network.cfun_set(1 if radio_state else 4))
        self.publish(RadioStateChanged(radio_state=radio_state))
        return {}

    # --- mode preference ---------------------------------------------------------------------

    async def net_con_get_permitted_bearers(self) -> t.PermittedBearers:
        try:
            if self.vendor.name == "huawei":
                result = await self.try_run(huawei.syscfgex_query())
                if result is not None:
                    order = huawei.parse_syscfgex(result)
                    return {"permittedBearers": bearers_from_syscfgex(order)}
            if self.vendor.name == "quectel":
                result = await self.try_run(quectel.nwscanmode_query())
                if result is not None:
                    mode = quectel.parse_nwscanmode(result)
                    return {"permittedBearers": bearers_from_quectel(mode)}
        except AtParseError as exc:
            log.info("unreadable vendor mode preference: %s", exc)
        ws46 = await self.parsed(network.ws46_query(), network.parse_ws46)
        return {"permittedBearers": bearers_from_ws46(ws46)}

    async def net_con_set_permitted_bearers(
        self, *, permitted_bearers: list[t.ModePreference]
    ) -> t.Empty:
        wanted = list(dict.fromkeys(permitted_bearers)) or ["auto"]
        if self.vendor.name == "huawei":
            order = syscfgex_order(wanted)
            if order is not None and await self.try_run(huawei.syscfgex_set(order)) is not None:
                return {}
        if self.vendor.name == "quectel":
            qmode = quectel_mode(wanted)
            if qmode is not None and await self.try_run(
                    quectel.nwscanmode_set(qmode)) is not None:
                return {}
        ws46 = ws46_mode(wanted)
        if ws46 is None:
            raise CmapiError(ErrorCode.INVALID_BEARERS,
                             data={"reason": f"the modem cannot restrict itself to {wanted}"})
        await self.run(network.ws46_set(ws46))
        return {}


def signal_result(quality: SignalQuality, rat: t.RATType) -> t.SignalStrength:
    """CMAPI signal figures: strength in dBm (RSRP, RSCP or RSSI), 0-100 %, 0-5 bars."""
    if quality.rsrp_dbm is not None:
        dbm, low, high = quality.rsrp_dbm, -140.0, -44.0
    elif quality.rscp_dbm is not None:
        dbm, low, high = quality.rscp_dbm, -120.0, -25.0
    elif quality.rssi_dbm is not None:
        dbm, low, high = quality.rssi_dbm, -113.0, -51.0
    else:
        dbm, low, high = -140.0, -140.0, -44.0
    dbm = max(-140.0, min(-20.0, dbm))
    percentage = round(100 * (dbm - low) / (high - low))
    percentage = max(0, min(100, percentage))
    if quality.rsrq_db is not None:
        signal_quality = max(0, min(100, round(100 * (quality.rsrq_db + 20) / 17)))
    elif quality.ecno_db is not None:
        signal_quality = max(0, min(100, round(100 * (quality.ecno_db + 24) / 24)))
    else:
        signal_quality = percentage
    result: t.SignalStrength = {
        "signalStrength": round(dbm), "signalPercentage": percentage,
        "signalQuality": signal_quality, "bars": quality.bars, "RATType": rat,
    }
    if quality.rssi_dbm is not None:
        result["RSSI"] = round(quality.rssi_dbm)
    if quality.rsrp_dbm is not None:
        result["RSRP"] = round(quality.rsrp_dbm)
    if quality.rsrq_db is not None:
        result["RSRQ"] = round(quality.rsrq_db)
    if quality.sinr_db is not None:
        result["SINR"] = round(quality.sinr_db)
    if quality.rscp_dbm is not None:
        result["RSCP"] = round(quality.rscp_dbm)
    if quality.ecno_db is not None:
        result["ECIO"] = round(quality.ecno_db, 1)
    return result
