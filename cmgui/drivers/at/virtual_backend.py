"""The backend for ``virtual`` and ``virtual:<dialect>``: the built-in virtual modem.

The virtual modem runs in this process on a real pseudo-terminal (a loopback TCP port where
there are none, e.g. Windows), and an ordinary :class:`AtDevice` talks to it through real bytes,
so the demo exercises exactly the driver a real modem gets. Closing the device stops the modem.

The only path that does not go through AT commands is here, documented as such: the virtual
device's WLAN radio (CMAPI WLAN functions) and its data byte counters are read from the
in-process model handle, standing in for the host's WLAN stack and network-interface counters
(and the interface's name, ``wwan0``).

Opened by its address alone (as the app and cmcli do), the demo modem is one device that keeps
its state in the data directory like hardware that stays powered: a SIM unlocked in one run is
unlocked in the next, and two processes that open it at once share it. :func:`factory_reset`
powers it off and back to factory state. Opened with model options (tests, benchmarks) it is a
fresh device of its own.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.drivers.virtual import serve
from cmgui.drivers.virtual.state_file import StateFile, state_path
from cmgui.drivers.virtual.wlan import WlanError, WlanNetwork
from cmgui.service.events import WLANConnectionStatus, WLANScanComplete
from cmgui.service.registry import Backend, DiscoveredDevice, Registry

from .transport import AtPort
from .virtual_wlan import VirtualWlanFeatures

log = logging.getLogger(__name__)

DIALECTS = ("generic", "huawei", "quectel", "sierra")
DESCRIPTION = "Demo modem (virtual)"
_SECURITY: dict[str, t.WLANSecurity] = {
    "open": "open", "WEP": "WEP", "WPA-PSK": "WPA-PSK", "WPA2-PSK": "WPA2-PSK",
    "WPA3-SAE": "WPA3-SAE", "WPA2-EAP": "WPA2-EAP", "WPA3-EAP": "WPA3-EAP",
}


def parse_address(address: str) -> str:
    """The dialect of ``virtual`` / ``virtual:huawei``; CMAPI error 256 for an unknown one."""
    _, _, dialect = address.partition(":")
    dialect = dialect.strip().lower() or "generic"
    if dialect not in DIALECTS:
        raise CmapiError(ErrorCode.NO_SUCH_UNIQUE_IDENTIFIER, data={
            "address": address, "reason": f"unknown dialect; choose one of {', '.join(DIALECTS)}"})
    return dialect


def _network(net: WlanNetwork) -> t.WLANNetwork:
    return {"SSID": net.ssid, "BSSID": net.bssid,
            "security": _SECURITY.get(net.security, "open"),
            "signalStrength": net.signal_dbm, "frequency": net.frequency_mhz, "band": net.band}


def _wlan_error(exc: WlanError, code: int = ErrorCode.WLAN_UNKNOWN_SSID) -> CmapiError:
    return CmapiError(code, data={"reason": str(exc)})


class VirtualAtDevice(VirtualWlanFeatures):
    """An :class:`AtDevice` on the in-process virtual modem (plus its WLAN model)."""

    kind = "virtual"

    def __init__(self, address: str, **options: Any) -> None:
        super().__init__(address)
        self.dialect = parse_address(address)
        persist = bool(options.pop("persist", not options))
        self.options = options
        if persist:
            self.options["state"] = StateFile(state_path(self.dialect))
        self.server: serve.VirtualModemServer | None = None
        self.port_address = ""
        self._known: dict[int, t.KnownNetwork] = {}
        self._next_index = 1
        self._wlan_mode: t.WLANConnectionMode = "manual"

    async def _open_port(self) -> AtPort:
        try:
            if os.name != "posix":
                raise OSError("no pseudo-terminals here")
            self.server, self.port_address = await serve.open_pty(self.dialect, **self.options)
        except OSError as exc:  # Windows, or ptys exhausted: loopback TCP instead
            log.info("virtual modem on loopback TCP (%s)", exc)
            self.server, self.port_address = await serve.serve_tcp(
                dialect=self.dialect, **self.options)
        self.byte_counter = self._model_counters
        try:
            return await AtPort.open(self.port_address)
        except BaseException:
            await self._stop_server()
            raise

    async def _shutdown(self) -> None:
        await super()._shutdown()
        await self._stop_server()

    async def _stop_server(self) -> None:
        server, self.server = self.server, None
        if server is not None:
            await server.close()

    def description(self) -> str:
        return DESCRIPTION

    async def factory_reset(self) -> None:
        """Power-cycle the demo modem to factory state (:mod:`cmgui.service.demo`); reopen the
        device afterwards, as after unplugging it."""
        if self.server is None:
            if isinstance(state := self.options.get("state"), StateFile):
                state.erase()
            return
        self.server.factory_reset()

    async def describe(self) -> t.DeviceInfo:
        info = await super().describe()
        info["deviceType"] = int(t.DeviceType.VIRTUAL)
        info["radio"] = int(info["radio"] | t.RadioFlag.WLAN)
        return info

    def data_interface(self) -> str:
        """The name a USB LTE modem's network device has on Linux (the virtual modem has
        none; its data never leaves the model)."""
        return "wwan0"

    def _model_counters(self) -> tuple[int, int] | None:
        if self.server is None:
            return None
        active = self.server.model.data.active()
        if not active:
            return (0, 0)
        return (sum(c.tx_bytes for c in active), sum(c.rx_bytes for c in active))

    # --- WLAN (the in-process model; no AT path) -----------------------------------------------

    async def wlan_enable_capability(self, *, enabled: bool) -> t.Empty:
        self._wlan().set_enabled(enabled)
        if not enabled:
            self.publish(WLANConnectionStatus(connected=False))
        return {}

    async def wlan_get_scan_results(self) -> t.WLANScanResults:
        try:
            networks = [_network(n) for n in self._wlan().scan()]
        except WlanError as exc:
            raise _wlan_error(exc, ErrorCode.WLAN_OPERATION_PROHIBITED) from exc
        return {"scanResultsElements": len(networks), "scanResults": networks}

    async def wlan_scan_async(self) -> t.WLANScanResults:
        results = await self.wlan_get_scan_results()
        self.publish(WLANScanComplete(scan_results_elements=results["scanResultsElements"]))
        return results

    async def wlan_add_known_network(
        self, *, ssid: str, security: t.WLANSecurity = "open", key: str = "",
        hidden: bool = False, priority: int = 0,
    ) -> t.KnownNetworkIndex:
        try:
            self._wlan().add_known(ssid, key, priority)
        except WlanError as exc:
            raise _wlan_error(exc, ErrorCode.WLAN_INVALID_SSID) from exc
        for index, known in list(self._known.items()):
            if known["SSID"] == ssid:
                del self._known[index]
        index = self._next_index
        self._next_index += 1
        self._known[index] = {"index": index, "SSID": ssid, "security": security,
                              "hidden": hidden, "priority": priority}
        return {"index": index}

    def _known_at(self, index: int) -> t.KnownNetwork:
        known = self._known.get(index)
        if known is None:
            raise CmapiError(ErrorCode.WLAN_NO_NETWORK_AT_INDEX, data={"index": index})
        return known

    async def wlan_update_known_network(
        self, *, index: int, ssid: str | None = None, security: t.WLANSecurity | None = None,
        key: str | None = None, hidden: bool | None = None, priority: int | None = None,
    ) -> t.Empty:
        known = self._known_at(index)
        wlan = self._wlan()
        new_ssid = ssid if ssid is not None else known["SSID"]
        old = next((k for k in wlan.known() if k.ssid == known["SSID"]), None)
        passphrase = key if key is not None else (old.passphrase if old else "")
        new_priority = priority if priority is not None else known["priority"]
        try:
            if new_ssid != known["SSID"]:
                wlan.remove_known(known["SSID"])
            wlan.add_known(new_ssid, passphrase, new_priority)
        except WlanError as exc:
            raise _wlan_error(exc, ErrorCode.WLAN_INVALID_SSID) from exc
        known["SSID"] = new_ssid
        known["priority"] = new_priority
        if security is not None:
            known["security"] = security
        if hidden is not None:
            known["hidden"] = hidden
        return {}

    async def wlan_delete_known_network(self, *, index: int) -> t.Empty:
        known = self._known_at(index)
        try:
            self._wlan().remove_known(known["SSID"])
        except WlanError as exc:
            raise _wlan_error(exc, ErrorCode.WLAN_NO_NETWORK_AT_INDEX) from exc
        del self._known[index]
        return {}

    async def wlan_get_known_network(self) -> t.KnownNetworks:
        known = sorted(self._known.values(), key=lambda k: (-k["priority"], k["index"]))
        return {"knownNetworksElements": len(known), "knownNetworks": known}

    async def wlan_connect(
        self, *, ssid: str, security: t.WLANSecurity = "open", key: str = ""
    ) -> t.Empty:
        try:
            self._wlan().connect(ssid, key or None)
        except WlanError as exc:
            raise _wlan_error(exc, ErrorCode.WLAN_AUTHENTICATION_FAILURE
                              if "passphrase" in str(exc) else ErrorCode.WLAN_UNKNOWN_SSID
                              ) from exc
        self.publish(WLANConnectionStatus(connected=True, ssid=ssid))
        return {}

    async def wlan_connect_known_network(self, *, index: int) -> t.Empty:
        known = self._known_at(index)
        try:
            self._wlan().connect(known["SSID"])
        except WlanError as exc:
            raise _wlan_error(exc) from exc
        self.publish(WLANConnectionStatus(connected=True, ssid=known["SSID"]))
        return {}

    async def wlan_disconnect(self) -> t.Empty:
        wlan = self._wlan()
        if wlan.connected is None:
            raise CmapiError(ErrorCode.WLAN_NO_CONNECTION)
        wlan.disconnect()
        self.publish(WLANConnectionStatus(connected=False))
        return {}

    async def wlan_get_connection_mode(self) -> t.WLANConnectionModeResult:
        return {"connectionMode": self._wlan_mode}

    async def wlan_set_connection_mode(self, *, connection_mode: t.WLANConnectionMode
                                       ) -> t.Empty:
        self._wlan_mode = connection_mode
        wlan = self._wlan()
        if connection_mode == "auto" and wlan.connected is None:
            try:
                joined = wlan.auto_connect()
            except WlanError:
                joined = None
            if joined is not None:
                self.publish(WLANConnectionStatus(connected=True, ssid=joined.ssid))
        return {}

    async def wlan_connection_state(self) -> t.WLANConnection:
        net = self._wlan().connected
        if net is None:
            return {"connected": False}
        return {"connected": True, "SSID": net.ssid, "BSSID": net.bssid,
                "signalStrength": net.signal_dbm}

    async def information_get_wlan_connection(self) -> t.WLANConnection:
        return await self.wlan_connection_state()


def factory_reset(address: str) -> bool:
    """Power-cycle the demo modem at ``address`` to factory state (SIM locked with its PIN,
    storages as delivered, no contexts but the default); a process running it at the moment
    sees the same. True if it had kept any state."""
    return StateFile(state_path(parse_address(address))).erase()


def is_virtual(address: str) -> bool:
    """Whether ``address`` names the demo modem (``virtual`` or ``virtual:<dialect>``)."""
    return address == "virtual" or address.startswith("virtual:")


async def discover() -> list[DiscoveredDevice]:
    """The virtual modem is always there to offer."""
    return [DiscoveredDevice("virtual", DESCRIPTION, "virtual", {"dialect": "generic"})]


def register(registry: Registry) -> None:
    registry.register(Backend(
        name="virtual", factory=VirtualAtDevice, schemes=("virtual",), matcher=is_virtual,
        discover=discover, priority=10,
    ))
