"""Laptop-mandatory functions (Appendix B.2) the seam builds on others, for every backend.

* ``DevSrv_GetMDN``: a 3GPP device has no MDN of its own; it is the MSISDN.
* ``DevSrv_GetESN``/``GetMEID``: 3GPP2 identities; on a 3GPP device (one with an IMEI) the
  specification's own answer is error 264, "not meaningful for a 3GPP device".
* ``WLAN_SearchNetwork_Async``: the scan results for one SSID.
* ``WLAN_ManageKnownNetwork``: add/update/delete through the known-network functions.
* ``Information_SetBatteryThreshold``: thresholds kept here per device; the endpoint's
  :mod:`~cmgui.service.derived_events` watches the battery and reports crossings.
* ``Information_GetMobilityState``: watches the serving cell (``GetCSNetworkRegistration``):
  moving when it changed within the window, stationary when watched that long without change.
* ``Information_GetMobilitytoLocation``: samples a location's signal twice, ``sampleInterval``
  seconds apart; the location is a cell (``LAC-cellId`` or ``TAC-cellId`` in hex, as
  registration reports them, or ``cellId``) or an access point's BSSID.

:data:`DERIVED` tells the seam which method each rests on: a backend that has that one
supports the derived one too (``Device.supported_functions``).
"""

from __future__ import annotations

import asyncio
import time
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

if TYPE_CHECKING:
    from cmgui.service.device import Device

#: derived seam method -> the seam method it rests on.
DERIVED: dict[str, str] = {
    "dev_srv_get_mdn": "dev_srv_get_msisdn",
    "dev_srv_get_esn": "dev_srv_get_imei",
    "dev_srv_get_meid": "dev_srv_get_imei",
    "wlan_search_network_async": "wlan_get_scan_results",
    "wlan_manage_known_network": "wlan_add_known_network",
    "information_set_battery_threshold": "information_get_battery_status",
    "information_get_mobility_state": "information_get_cs_network_registration",
    "information_get_mobility_to_location": "information_get_signal_strength",
}

#: Seconds of observation after which an unchanged serving cell means "stationary".
MOBILITY_WINDOW = 60.0
#: Longest wait CMAPI_Information_GetMobilitytoLocation accepts between its two samples.
MAX_SAMPLE_INTERVAL = 30
#: dB of signal change that count as approaching or departing.
MOBILITY_MARGIN = 3


def _require(device: Device, derived: str) -> None:
    """Error 7, as the function's own, when the method it rests on is missing (its checks of
    the parameters do not come first: the answer is about support)."""
    if DERIVED[derived] not in device.supported_functions():
        from cmgui.cmapi import catalogue

        info = catalogue.by_method_name(derived)
        raise CmapiError.not_supported(info.name if info else derived)


async def mdn(device: Device) -> t.MDNResult:
    return {"MDN": (await device.dev_srv_get_msisdn())["MSISDN"]}


async def not_meaningful_on_3gpp(device: Device, function: str) -> CmapiError:
    """Error 264 for a 3GPP2 identity of a 3GPP device (the error to raise)."""
    await device.dev_srv_get_imei()  # a device that cannot tell fails in its own words
    return CmapiError(ErrorCode.NOT_MEANINGFUL_3GPP, data={
        "function": function, "reason": "a 3GPP device has an IMEI, not an ESN or a MEID"})


async def search_network(device: Device, ssid: str) -> t.WLANSearchResult:
    _require(device, "wlan_search_network_async")
    if not ssid:
        raise CmapiError(ErrorCode.WLAN_INVALID_SSID, data={"SSID": ssid})
    scan = await device.wlan_get_scan_results()
    networks = [n for n in scan["scanResults"] if n["SSID"] == ssid]
    return {"SSID": ssid, "found": bool(networks), "networksElements": len(networks),
            "networks": networks}


async def manage_known_network(
    device: Device, *, action: t.KnownNetworkAction, index: int | None,
    ssid: str | None, security: t.WLANSecurity | None, key: str | None, hidden: bool | None,
    priority: int | None,
) -> t.KnownNetworkIndex:
    _require(device, "wlan_manage_known_network")
    if action == "add":
        if not ssid:
            raise CmapiError(ErrorCode.WLAN_INVALID_SSID, data={"reason": "SSID required"})
        return await device.wlan_add_known_network(
            ssid=ssid, security=security or "open", key=key or "", hidden=bool(hidden),
            priority=priority or 0)
    if index is None:
        raise CmapiError(ErrorCode.INVALID_PARAMETER,
                         data={"problems": [f"params.index: required to {action}"]})
    if action == "delete":
        await device.wlan_delete_known_network(index=index)
    else:
        await device.wlan_update_known_network(index=index, ssid=ssid, security=security,
                                               key=key, hidden=hidden, priority=priority)
    return {"index": index}


# --- battery thresholds --------------------------------------------------------------------

@dataclass
class Thresholds:
    low: int
    high: int | None


_thresholds: weakref.WeakKeyDictionary[Device, Thresholds] = weakref.WeakKeyDictionary()


async def set_battery_threshold(device: Device, low: int, high: int | None) -> t.Empty:
    _require(device, "information_set_battery_threshold")
    if not 0 <= low <= 100 or (high is not None and not low < high <= 100):
        raise CmapiError(ErrorCode.INVALID_THRESHOLD, data={
            "reason": "thresholds are percentages, 0 <= lowThreshold < highThreshold <= 100"})
    await device.information_get_battery_status()  # no battery: its own error, nothing kept
    _thresholds[device] = Thresholds(low, high)
    return {}


def battery_thresholds(device: Device) -> Thresholds | None:
    """The thresholds set on ``device`` (or on the device it wraps), if any."""
    while True:
        found = _thresholds.get(device)
        if found is not None:
            return found
        inner = getattr(device, "inner", None)
        if inner is None:
            return None
        device = inner


# --- mobility ------------------------------------------------------------------------------

@dataclass
class _CellWatch:
    first_seen: float = 0.0
    cell: tuple[int | None, int | None] | None = None
    changed_at: float | None = None


_watches: weakref.WeakKeyDictionary[Device, _CellWatch] = weakref.WeakKeyDictionary()


async def mobility_state(device: Device, clock: float | None = None) -> t.MobilityState:
    _require(device, "information_get_mobility_state")
    registration = await device.information_get_cs_network_registration()
    now = time.monotonic() if clock is None else clock
    cell = (registration.get("LAC", registration.get("TAC")), registration.get("cellId"))
    watch = _watches.setdefault(device, _CellWatch(first_seen=now))
    if watch.cell is not None and cell != watch.cell:
        watch.changed_at = now
    watch.cell = cell
    observed = now - watch.first_seen
    if watch.changed_at is not None and now - watch.changed_at <= MOBILITY_WINDOW:
        state: t.MobilityStateValue = "moving"
    elif observed >= MOBILITY_WINDOW and cell != (None, None):
        state = "stationary"
    else:
        state = "unknown"
    return {"mobilityState": state, "observedSeconds": int(observed)}


def _cell_names(registration: t.Registration) -> set[str]:
    cell = registration.get("cellId")
    if cell is None:
        return set()
    names = {f"{cell:X}", str(cell)}
    for area in ("LAC", "TAC"):
        value = registration.get(area)
        if value is not None:
            names.add(f"{value:X}-{cell:X}")
    return {n.upper() for n in names}


async def _signal_of(device: Device, location: str) -> int | None:
    """The signal (dBm) of ``location`` now: the serving cell's, or an access point's."""
    wanted = location.strip().upper()
    if ":" in wanted and "wlan_get_scan_results" in device.supported_functions():
        scan = await device.wlan_get_scan_results()
        for network in scan["scanResults"]:
            if network["BSSID"].upper() == wanted:
                return network["signalStrength"]
        return None
    registration = await device.information_get_cs_network_registration()
    if wanted not in _cell_names(registration):
        return None
    return (await device.information_get_signal_strength())["signalStrength"]


async def mobility_to_location(device: Device, location: str,
                               sample_interval: int) -> t.MobilityToLocation:
    _require(device, "information_get_mobility_to_location")
    if not location.strip():
        raise CmapiError(ErrorCode.INVALID_LOCATION, data={"reason": "no location given"})
    if not 0 <= sample_interval <= MAX_SAMPLE_INTERVAL:
        raise CmapiError(ErrorCode.INVALID_PARAMETER, data={"problems": [
            f"params.sampleInterval: 0 to {MAX_SAMPLE_INTERVAL} seconds"]})
    start = await _signal_of(device, location)
    await asyncio.sleep(sample_interval)
    end = await _signal_of(device, location)
    result: t.MobilityToLocation = {"location": location, "visible": end is not None,
                                    "mobility": "notVisible"}
    if start is not None:
        result["signalStart"] = start
    if end is not None:
        result["signalEnd"] = end
        if start is None or end - start >= MOBILITY_MARGIN:
            result["mobility"] = "approaching"
        elif start - end >= MOBILITY_MARGIN:
            result["mobility"] = "departing"
        else:
            result["mobility"] = "steady"
    elif start is not None:
        result["mobility"] = "departing"
    return result
