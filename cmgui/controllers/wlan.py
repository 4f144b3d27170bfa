"""WLAN through the device's CMAPI WLAN functions: scan, known networks, connect/disconnect."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from cmgui.cmapi import types as t
from cmgui.controllers.base import PageController
from cmgui.controllers.device import DeviceController
from cmgui.controllers.tasks import AsyncOperation
from cmgui.controllers.wlan_models import KnownNetworkModel, KnownWlan, WlanModel, WlanRecord
from cmgui.service.device import Device


class WlanController(PageController):
    """Wi-Fi networks in range and known to the current device; connect and disconnect.

    Signals:
        supportedChanged(bool): whether the current device has WLAN at all.
        connectionChanged(bool, str): connected, SSID.
    """

    supportedChanged = Signal(bool)
    connectionChanged = Signal(bool, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.networks = WlanModel(self)
        self.known = KnownNetworkModel(self)
        self.supported = False

    def attach(self, device: DeviceController) -> None:
        device.wlanStatusChanged.connect(self._on_status)
        self.supported = device.supports("wlan_get_scan_results")
        self.supportedChanged.emit(self.supported)

    def detach(self, device: DeviceController) -> None:
        device.wlanStatusChanged.disconnect(self._on_status)
        self.networks.set_records([])
        self.known.set_records([])
        self.supported = False
        self.supportedChanged.emit(False)

    def _on_status(self, connected: bool, ssid: str) -> None:
        bssid = self.device.status.wlan_bssid if self.device is not None else ""
        self.networks.set_records(_mark_connected(self.networks.records(),
                                                  ssid if connected else None, bssid))
        self.connectionChanged.emit(connected, ssid)

    def refresh(self) -> AsyncOperation:
        """Scan, and read the known networks."""
        dev = self.require_device().device
        return self.run(self._refresh(dev, scan=True), label=self.tr("Scanning for Wi-Fi"),
                        expected_seconds=5)

    async def _refresh(self, dev: Device, *, scan: bool) -> int:
        known = await dev.wlan_get_known_network()
        self.known.set_records([
            KnownWlan(k["index"], k["SSID"], k["security"], k["hidden"], k["priority"])
            for k in known["knownNetworks"]
        ])
        known_ssids = {k["SSID"] for k in known["knownNetworks"]}
        results = await (dev.wlan_scan_async() if scan else dev.wlan_get_scan_results())
        status = self.device.status if self.device is not None else None
        current = status.wlan_ssid if status is not None and status.wlan_connected else None
        rows = [
            WlanRecord(n["SSID"], n["BSSID"], n["security"], n["signalStrength"], n["band"],
                       n["SSID"] in known_ssids, False, n.get("frequency", 0))
            for n in sorted(results["scanResults"], key=lambda n: -n["signalStrength"])
        ]
        self.networks.set_records(_mark_connected(
            rows, current, status.wlan_bssid if status is not None else ""))
        return len(rows)

    def connect_network(self, ssid: str, security: t.WLANSecurity, key: str = "",
                        remember: bool = True) -> AsyncOperation:
        ctrl = self.require_device()

        async def go() -> None:
            # Joined first, remembered after: a wrong password is never saved.
            await ctrl.device.wlan_connect(ssid=ssid, security=security, key=key)
            if remember:
                await ctrl.device.wlan_add_known_network(ssid=ssid, security=security, key=key)
            await self._after(ctrl)

        return self.run(go(), label=self.tr("Connecting to Wi-Fi"), expected_seconds=10)

    def connect_known(self, index: int) -> AsyncOperation:
        ctrl = self.require_device()

        async def go() -> None:
            await ctrl.device.wlan_connect_known_network(index=index)
            await self._after(ctrl)

        return self.run(go(), label=self.tr("Connecting to Wi-Fi"), expected_seconds=10)

    def disconnect_network(self) -> AsyncOperation:
        ctrl = self.require_device()

        async def go() -> None:
            await ctrl.device.wlan_disconnect()
            await self._after(ctrl)

        return self.run(go(), label=self.tr("Disconnecting Wi-Fi"))

    def forget(self, index: int) -> AsyncOperation:
        ctrl = self.require_device()

        async def go() -> None:
            await ctrl.device.wlan_delete_known_network(index=index)
            await self._refresh(ctrl.device, scan=False)

        return self.run(go(), label=self.tr("Forgetting the network"))

    async def _after(self, ctrl: DeviceController) -> None:
        state = await ctrl.device.wlan_connection_state()
        ctrl.status.wlan_connected = state["connected"]
        ctrl.status.wlan_ssid = state.get("SSID", "")
        ctrl.status.wlan_bssid = state.get("BSSID", "")
        ctrl.wlanStatusChanged.emit(ctrl.status.wlan_connected, ctrl.status.wlan_ssid)
        ctrl.statusChanged.emit()
        await self._refresh(ctrl.device, scan=False)


def _mark_connected(rows: list[WlanRecord], ssid: str | None, bssid: str) -> list[WlanRecord]:
    """The rows with one of them, at most, connected: the access point with the device's BSSID,
    or (the BSSID unknown) the strongest one of the SSID."""
    chosen = -1
    if ssid is not None:
        by_bssid = [n for n, r in enumerate(rows) if bssid and r.bssid.lower() == bssid.lower()]
        by_ssid = [n for n, r in enumerate(rows) if r.ssid == ssid]
        if by_bssid:
            chosen = by_bssid[0]
        elif by_ssid:
            chosen = max(by_ssid, key=lambda n: rows[n].signal)
    return [replace(r, connected=n == chosen) for n, r in enumerate(rows)]
