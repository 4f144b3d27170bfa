"""CMAPI-2 callbacks that follow from other events or calls, for every backend.

A backend reports what it sees (session state, radio technology, scans, byte counters); the
laptop-mandatory callbacks that are consequences of those are derived here once, rather than in
every driver:

* ``BearerStatusChange``: the data session came up or went down, or its radio access technology
  changed while up.
* ``TrafficChannelDormancy``: while a session is up, the byte counters stopped moving for
  ``quiet_after`` seconds (dormant) or moved again.
* ``QoSChange``: the QoS of the active contexts differs from the last reading.
* ``WLANNewAvailableNetwork``: a scan found an SSID no earlier scan had.
* ``BatteryStatusChanged``/``BatteryThresholdReached``: the battery's state or level changed,
  or crossed a threshold set by ``CMAPI_Information_SetBatteryThreshold``.
* After a successful call (:func:`after_call`): ``PermittedBearersChange``,
  ``WLANSettingsChanged``, ``WLANNewMO``.

Readings are taken only while someone wants the callback (``wanted``) and the device has the
function; a device that sends one of these callbacks itself is left to do so (no duplicates).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable, Mapping
from typing import Any

from cmgui.cmapi.errors import CmapiError
from cmgui.service import laptop
from cmgui.service.device import Device
from cmgui.service.events import (
    BatteryStatusChanged,
    BatteryThresholdReached,
    BearerStatusChanged,
    ByteCount,
    Event,
    PermittedBearersChanged,
    QoSChanged,
    RFInformationChanged,
    SessionStateChanged,
    SignalStrengthChanged,
    TrafficChannelDormancy,
    WLANNewAvailableNetwork,
    WLANNewMO,
    WLANScanComplete,
    WLANSettingsChanged,
)

log = logging.getLogger(__name__)

DERIVED_TYPES: tuple[type[Event], ...] = (
    BearerStatusChanged, TrafficChannelDormancy, QoSChanged, WLANNewAvailableNetwork,
    BatteryStatusChanged, BatteryThresholdReached,
)


class DerivedEvents:
    """Derives the callbacks above for one device while :meth:`run` runs."""

    def __init__(self, device: Device, wanted: Callable[[str], bool], *,
                 poll_interval: float = 2.0, quiet_after: float = 6.0,
                 battery_interval: float = 30.0) -> None:
        self.device = device
        self.wanted = wanted
        self.poll_interval = poll_interval
        self.quiet_after = quiet_after
        self.battery_interval = battery_interval
        self.connected = False
        self.rat = "UNKNOWN"
        self._native: set[type[Event]] = set()
        self._published: deque[Event] = deque(maxlen=64)
        self._bytes: tuple[int, int] | None = None
        self._still_since: float | None = None
        self._dormant: bool | None = None
        self._qos: list[dict[str, Any]] | None = None
        self._ssids: set[str] | None = None
        self._battery: tuple[str, int, bool] | None = None
        self._battery_due = 0.0

    def _has(self, method: str) -> bool:
        return method in self.device.supported_functions()

    def _emit(self, event: Event) -> None:
        if type(event) in self._native:
            return
        self._published.append(event)
        self.device.events.publish(event)

    async def run(self) -> None:
        stream = self.device.subscribe()
        poller = asyncio.create_task(self._poll())
        try:
            await self._start()
            async for event in stream:
                await self._feed(event)
        finally:
            poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await poller
            stream.close()

    async def _start(self) -> None:
        """The starting points (each on its own: one the device cannot tell yet, a locked SIM
        say, does not keep the others)."""
        if self._has("net_con_get_connection_status"):
            with contextlib.suppress(CmapiError):
                status = await self.device.net_con_get_connection_status()
                self.connected = status.get("connectionState") == "connected"
        if self._has("wlan_get_scan_results"):
            with contextlib.suppress(CmapiError):
                scan = await self.device.wlan_get_scan_results()
                self._ssids = {n["SSID"] for n in scan["scanResults"]}
        if self._has("information_get_battery_status"):  # the level changes are from here
            with contextlib.suppress(CmapiError):
                battery = await self.device.information_get_battery_status()
                self._battery = (battery["batteryState"], battery["batteryLevel"],
                                 battery["externalPower"])

    async def _feed(self, event: Event) -> None:
        if isinstance(event, DERIVED_TYPES):
            if not any(event is mine for mine in self._published):
                self._native.add(type(event))  # the device says it itself
            return
        if isinstance(event, SessionStateChanged):
            up = event.connection_state == "connected"
            if up != self.connected and event.connection_state in ("connected",
                                                                     "disconnected"):
                self.connected = up
                self._bytes, self._still_since, self._dormant = None, None, None
                self._emit(BearerStatusChanged(connected=up, rat_type=self.rat))
                if up:
                    await self._check_qos()
        elif isinstance(event, RFInformationChanged | SignalStrengthChanged):
            rat = event.rat_type or "UNKNOWN"
            if rat != "UNKNOWN" and rat != self.rat:
                self.rat = rat
                if self.connected:
                    self._emit(BearerStatusChanged(connected=True, rat_type=rat))
        elif isinstance(event, ByteCount):
            self._traffic(event.bytes_sent, event.bytes_received)
        elif isinstance(event, WLANScanComplete):
            await self._new_networks()

    # --- polled readings -----------------------------------------------------------------

    async def _poll(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(self.poll_interval)
            try:
                if self.connected:
                    if self.wanted(TrafficChannelDormancy.callback_id) \
                            and self._has("net_statistic_get_connection_statistics"):
                        stats = await self.device.net_statistic_get_connection_statistics()
                        self._traffic(stats["bytesSent"], stats["bytesReceived"])
                    if self.wanted(QoSChanged.callback_id):
                        await self._check_qos()
                if loop.time() >= self._battery_due:
                    self._battery_due = loop.time() + self.battery_interval
                    await self._check_battery()
            except CmapiError as err:
                log.debug("%s: no reading for derived callbacks: %s", self.device.address, err)

    def _traffic(self, sent: int, received: int) -> None:
        now = asyncio.get_running_loop().time()
        if (sent, received) != self._bytes:
            self._bytes = (sent, received)
            self._still_since = now
            if self._dormant:
                self._dormant = False
                self._emit(TrafficChannelDormancy(dormant=False))
            elif self._dormant is None:
                self._dormant = False
        elif self._still_since is not None and not self._dormant \
                and now - self._still_since >= self.quiet_after:
            self._dormant = True
            self._emit(TrafficChannelDormancy(dormant=True))

    async def _check_qos(self) -> None:
        if not self._has("information_get_qos"):
            return
        try:
            qos = await self.device.information_get_qos()
        except CmapiError:
            return
        entries = [dict(entry) for entry in qos["QoSList"]]
        if self._qos is not None and entries != self._qos:
            self._emit(QoSChanged(qos_list_elements=len(entries), qos_list=entries))
        self._qos = entries

    async def _new_networks(self) -> None:
        if not self._has("wlan_get_scan_results"):
            return
        scan = await self.device.wlan_get_scan_results()
        seen = self._ssids if self._ssids is not None else set()
        for network in scan["scanResults"]:
            if network["SSID"] and network["SSID"] not in seen:
                seen.add(network["SSID"])
                self._emit(WLANNewAvailableNetwork(
                    ssid=network["SSID"], bssid=network["BSSID"], security=network["security"],
                    signal_strength=network["signalStrength"]))
        self._ssids = seen

    async def _check_battery(self) -> None:
        wanted = self.wanted(BatteryStatusChanged.callback_id) \
            or self.wanted(BatteryThresholdReached.callback_id)
        if not wanted or not self._has("information_get_battery_status"):
            return
        status = await self.device.information_get_battery_status()
        now = (status["batteryState"], status["batteryLevel"], status["externalPower"])
        before, self._battery = self._battery, now
        if before is None or before == now:
            return
        self._emit(BatteryStatusChanged(battery_state=now[0], battery_level=now[1],
                                        external_power=now[2]))
        limits = laptop.battery_thresholds(self.device)
        if limits is None:
            return
        if before[1] > limits.low >= now[1]:
            self._emit(BatteryThresholdReached(threshold=limits.low, battery_level=now[1],
                                               direction="below"))
        if limits.high is not None and before[1] < limits.high <= now[1]:
            self._emit(BatteryThresholdReached(threshold=limits.high, battery_level=now[1],
                                               direction="above"))


#: The functions :func:`after_call` derives a callback from.
AFTER_CALL_FUNCTIONS = frozenset({
    "CMAPI_NetCon_SetPermittedBearers", "CMAPI_WLAN_Set_WLANUserSettings",
    "CMAPI_WLAN_AddKnownNetwork", "CMAPI_WLAN_UpdateKnownNetwork",
    "CMAPI_WLAN_ManageKnownNetwork",
})


async def after_call(device: Device, function: str, params: Mapping[str, Any],
                     result: Mapping[str, Any]) -> Event | None:
    """The callback a successful call of ``function`` implies, if any."""
    if function == "CMAPI_NetCon_SetPermittedBearers":
        return PermittedBearersChanged(permitted_bearers=list(params.get("permittedBearers",
                                                                         [])))
    if function == "CMAPI_WLAN_Set_WLANUserSettings":
        try:
            settings = await device.wlan_get_wlan_settings()
        except CmapiError:
            return WLANSettingsChanged(source="user")
        return WLANSettingsChanged(source="user", user_settings=dict(settings["userSettings"]),
                                   operator_settings=dict(settings["operatorSettings"]))
    if function in ("CMAPI_WLAN_AddKnownNetwork", "CMAPI_WLAN_UpdateKnownNetwork") or (
            function == "CMAPI_WLAN_ManageKnownNetwork"
            and params.get("action") in ("add", "update")):
        return WLANNewMO(mo_type="knownNetwork", name=str(params.get("SSID") or ""))
    return None
