"""The computer's own Wi-Fi through NetworkManager, behind the Device seam (address ``wlan``).

:class:`LocalWlan` implements only the CMAPI WLAN functions (7.12), the WLAN connection state
(7.14) and, where NetworkManager also manages a modem, the connection status and type (so the
app can show "mobile broadband connected via NetworkManager"). Known networks are
NetworkManager's Wi-Fi connection profiles; their ``index`` is the number at the end of the
profile's object path (``…/Settings/7`` is index 7), which stays put while others come and go.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

from dbus_fast import Variant

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode
from cmgui.service.device import Device
from cmgui.service.events import WLANConnectionStatus, WLANScanComplete

from . import nm_model as n
from .bus import DBusCallError, SystemBus, unwrap

log = logging.getLogger(__name__)

#: Settings keys whose D-Bus type is not the obvious one for their Python value.
_SIGNATURES = {"wep-key-type": "u", "autoconnect-priority": "i"}
_SECRET_KEYS = ("psk", "wep-key0", "wep-key1", "wep-key2", "wep-key3", "leap-password")
SCAN_TIMEOUT = 30.0
ACTIVATION_TIMEOUT = 60.0


def to_variants(settings: dict[str, dict[str, Any]]) -> dict[str, dict[str, Variant]]:
    """Connection settings as ``a{sa{sv}}`` for dbus-fast."""
    out: dict[str, dict[str, Variant]] = {}
    for group, values in settings.items():
        out[group] = {}
        for key, value in values.items():
            if key in _SIGNATURES:
                out[group][key] = Variant(_SIGNATURES[key], int(value))
            elif isinstance(value, bool):
                out[group][key] = Variant("b", value)
            elif isinstance(value, int):
                out[group][key] = Variant("i", value)
            elif isinstance(value, bytes | bytearray):
                out[group][key] = Variant("ay", bytes(value))
            elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                out[group][key] = Variant("as", value)
            elif isinstance(value, str):
                out[group][key] = Variant("s", value)
    return out


class LocalWlan(Device):
    """Wi-Fi of this computer via NetworkManager. See the module docstring."""

    kind: ClassVar[str] = "wlan"

    def __init__(self, address: str = "wlan") -> None:
        super().__init__(address)
        self._bus: SystemBus | None = None
        self._wifi: str | None = None

    # --- life cycle -----------------------------------------------------------------------

    async def open(self) -> None:
        bus = await SystemBus.connect()
        try:
            if not await bus.name_has_owner(n.BUS_NAME):
                raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                    "address": self.address, "reason": "NetworkManager is not running"})
            self._bus = bus
            self._wifi = await self._find_device(n.DEVICE_TYPE_WIFI)
            if self._wifi is None:
                raise CmapiError(ErrorCode.NO_HARDWARE_SUPPORT, data={
                    "address": self.address, "reason": "this computer has no Wi-Fi device"})
            await bus.subscribe(n.BUS_NAME, self._wifi, self._on_signal)
        except BaseException:
            self._bus = None
            await bus.close()
            raise

    async def close(self) -> None:
        bus, self._bus = self._bus, None
        if bus is not None:
            await bus.close()
        await super().close()

    async def describe(self) -> t.DeviceInfo:
        info = await super().describe()
        info.update({"deviceState": int(t.DeviceState.READY), "radio": int(t.RadioFlag.WLAN),
                     "description": "Wi-Fi (NetworkManager)"})
        return info

    # --- plumbing -------------------------------------------------------------------------

    @property
    def bus(self) -> SystemBus:
        if self._bus is None:
            raise CmapiError(ErrorCode.NO_SUCH_DEVICE, data={
                "address": self.address, "reason": "the device is not open"})
        return self._bus

    @property
    def wifi(self) -> str:
        if self._wifi is None:
            raise CmapiError(ErrorCode.NO_HARDWARE_SUPPORT)
        return self._wifi

    async def _call(self, path: str, interface: str, member: str, signature: str = "",
                    body: list[Any] | None = None) -> list[Any]:
        try:
            return await self.bus.call(n.BUS_NAME, path, interface, member, signature, body)
        except DBusCallError as err:
            raise _translate(err) from err

    async def _props(self, path: str, interface: str) -> dict[str, Any]:
        try:
            return await self.bus.get_all(n.BUS_NAME, path, interface)
        except DBusCallError as err:
            raise _translate(err) from err

    async def _devices(self) -> list[str]:
        return [str(p) for p in (await self._call(n.MANAGER_PATH, n.MANAGER, "GetDevices"))[0]]

    async def _find_device(self, device_type: int) -> str | None:
        for path in await self._devices():
            props = await self._props(path, n.DEVICE)
            if int(props.get("DeviceType", 0)) == device_type:
                return path
        return None

    def _on_signal(self, path: str, interface: str, member: str, body: list[Any]) -> None:
        if path == self._wifi and interface == n.DEVICE and member == "StateChanged" and body:
            asyncio.get_running_loop().create_task(self._announce_state())

    async def _announce_state(self) -> None:
        try:
            state = await self.wlan_connection_state()
        except CmapiError:
            return
        self.events.publish(WLANConnectionStatus(connected=state["connected"],
                                                 ssid=state.get("SSID")))

    # --- radio and scanning ---------------------------------------------------------------

    async def wlan_enable_capability(self, *, enabled: bool) -> t.Empty:
        try:
            await self.bus.set(n.BUS_NAME, n.MANAGER_PATH, n.MANAGER, "WirelessEnabled",
                               Variant("b", enabled))
        except DBusCallError as err:
            raise _translate(err) from err
        return {}

    async def _require_enabled(self) -> None:
        props = await self._props(n.MANAGER_PATH, n.MANAGER)
        if not props.get("WirelessEnabled", True) or not props.get(
                "WirelessHardwareEnabled", True):
            raise CmapiError(ErrorCode.WLAN_OPERATION_PROHIBITED, data={
                "reason": "Wi-Fi is switched off"})

    async def wlan_get_scan_results(self) -> t.WLANScanResults:
        await self._require_enabled()
        paths = (await self._call(self.wifi, n.WIRELESS, "GetAllAccessPoints"))[0]
        results: list[t.WLANNetwork] = []
        for path in paths:
            try:
                results.append(n.access_point(await self._props(str(path), n.ACCESS_POINT)))
            except CmapiError:
                continue  # the access point went away while we read the list
        results = [r for r in results if r["SSID"]]  # hidden networks have no SSID to show
        results.sort(key=lambda r: -r["signalStrength"])
        return {"scanResultsElements": len(results), "scanResults": results}

    async def wlan_scan_async(self) -> t.WLANScanResults:
        """Ask for a scan and wait until ``LastScan`` moves (NetworkManager rate-limits scans:
        a refused request returns the current results)."""
        await self._require_enabled()
        before = (await self._props(self.wifi, n.WIRELESS)).get("LastScan", -1)
        try:
            await self.bus.call(n.BUS_NAME, self.wifi, n.WIRELESS, "RequestScan", "a{sv}", [{}])
        except DBusCallError as err:
            log.info("scan request refused: %s", err)
        else:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + SCAN_TIMEOUT
            while (await self._props(self.wifi, n.WIRELESS)).get("LastScan", -1) == before:
                if loop.time() > deadline:
                    break
                await asyncio.sleep(0.1)
        results = await self.wlan_get_scan_results()
        self.events.publish(WLANScanComplete(scan_results_elements=results[
            "scanResultsElements"]))
        return results

    # --- known networks (connection profiles) ---------------------------------------------

    async def _wifi_profiles(self) -> dict[int, tuple[str, dict[str, Any]]]:
        paths = (await self._call(n.SETTINGS_PATH, n.SETTINGS, "ListConnections"))[0]
        profiles: dict[int, tuple[str, dict[str, Any]]] = {}
        for position, path in enumerate(paths, start=1):
            try:
                settings = (await self._call(str(path), n.CONNECTION, "GetSettings"))[0]
            except CmapiError:
                continue
            if not n.is_wifi(settings):
                continue
            tail = str(path).rsplit("/", 1)[-1]
            index = int(tail) if tail.isdigit() else 10000 + position
            profiles[index] = (str(path), settings)
        return profiles

    async def _profile(self, index: int) -> tuple[str, dict[str, Any]]:
        profile = (await self._wifi_profiles()).get(index)
        if profile is None:
            raise CmapiError(ErrorCode.WLAN_NO_NETWORK_AT_INDEX, data={"index": index})
        return profile

    async def wlan_get_known_network(self) -> t.KnownNetworks:
        known = [n.known_network(i, s) for i, (_p, s) in sorted(
            (await self._wifi_profiles()).items())]
        return {"knownNetworksElements": len(known), "knownNetworks": known}

    async def wlan_add_known_network(
        self, *, ssid: str, security: t.WLANSecurity = "open", key: str = "",
        hidden: bool = False, priority: int = 0,
    ) -> t.KnownNetworkIndex:
        settings = n.new_connection(ssid, security, key, hidden, priority)
        path = str((await self._call(n.SETTINGS_PATH, n.SETTINGS, "AddConnection", "a{sa{sv}}",
                                     [to_variants(settings)]))[0])
        for index, (profile_path, _s) in (await self._wifi_profiles()).items():
            if profile_path == path:
                return {"index": index}
        raise CmapiError(ErrorCode.FATAL, data={"reason": "the new profile did not appear"})

    async def wlan_update_known_network(
        self, *, index: int, ssid: str | None = None, security: t.WLANSecurity | None = None,
        key: str | None = None, hidden: bool | None = None, priority: int | None = None,
    ) -> t.Empty:
        path, settings = await self._profile(index)
        current = n.known_network(index, settings)
        try:  # edit the profile with its own D-Bus types, so untouched keys round-trip exactly
            raw = (await self.bus.call_raw(n.BUS_NAME, path, n.CONNECTION, "GetSettings"))[0]
        except DBusCallError as err:
            raise _translate(err) from err
        updated: dict[str, dict[str, Variant]] = {g: dict(v) for g, v in raw.items()}
        changes: dict[str, dict[str, Any]] = {"connection": {}, n.WIFI_TYPE: {}}
        if ssid is not None:
            changes[n.WIFI_TYPE]["ssid"] = n.check_ssid(ssid)
            changes["connection"]["id"] = ssid
        if hidden is not None:
            changes[n.WIFI_TYPE]["hidden"] = hidden
        if priority is not None:
            changes["connection"]["autoconnect-priority"] = priority
        for group, values in to_variants(changes).items():
            updated.setdefault(group, {}).update(values)
        if security is not None or key is not None:
            secret = key if key is not None else await self._secret(path)
            sec = n.security_settings(security or current["security"], secret)
            updated.pop(n.SECURITY_SETTING, None)
            if sec is not None:
                updated[n.SECURITY_SETTING] = to_variants({n.SECURITY_SETTING: sec})[
                    n.SECURITY_SETTING]
        elif n.SECURITY_SETTING in updated:  # Update replaces secrets too: carry the key over
            secret = await self._secret(path)
            sec_group = updated[n.SECURITY_SETTING]
            if secret:
                field = "wep-key0" if unwrap(sec_group.get("key-mgmt")) == "none" else "psk"
                sec_group[field] = Variant("s", secret)
        await self._call(path, n.CONNECTION, "Update", "a{sa{sv}}", [updated])
        return {}

    async def _secret(self, path: str) -> str:
        """The stored key of a profile (Update replaces settings whole, secrets included)."""
        try:
            secrets = (await self._call(path, n.CONNECTION, "GetSecrets", "s",
                                        [n.SECURITY_SETTING]))[0]
        except CmapiError:
            return ""
        group = secrets.get(n.SECURITY_SETTING, {}) if isinstance(secrets, dict) else {}
        for name in _SECRET_KEYS:
            if isinstance(group, dict) and isinstance(group.get(name), str):
                return str(group[name])
        return ""

    async def wlan_delete_known_network(self, *, index: int) -> t.Empty:
        path, _settings = await self._profile(index)
        await self._call(path, n.CONNECTION, "Delete")
        return {}

    # --- connecting -----------------------------------------------------------------------

    async def _access_point_for(self, ssid: str) -> str:
        best, best_strength = "/", -1
        for path in (await self._call(self.wifi, n.WIRELESS, "GetAllAccessPoints"))[0]:
            props = await self._props(str(path), n.ACCESS_POINT)
            strength = int(props.get("Strength", 0))
            if n.ssid_text(props.get("Ssid", b"")) == ssid and strength > best_strength:
                best, best_strength = str(path), strength
        return best

    async def wlan_connect(
        self, *, ssid: str, security: t.WLANSecurity = "open", key: str = ""
    ) -> t.Empty:
        await self._require_enabled()
        n.check_ssid(ssid)
        ap = await self._access_point_for(ssid)
        profiles = await self._wifi_profiles()
        match = next((p for p, s in profiles.values()
                      if n.known_network(0, s)["SSID"] == ssid), None)
        if ap == "/" and match is None:
            raise CmapiError(ErrorCode.WLAN_UNKNOWN_SSID, data={
                "SSID": ssid, "reason": "no network of that name is in range"})
        if match is not None and not key:
            active = str((await self._call(n.MANAGER_PATH, n.MANAGER, "ActivateConnection",
                                           "ooo", [match, self.wifi, ap]))[0])
        else:
            settings = n.new_connection(ssid, security, key, ap == "/", 0)
            reply = await self._call(n.MANAGER_PATH, n.MANAGER, "AddAndActivateConnection",
                                     "a{sa{sv}}oo", [to_variants(settings), self.wifi, ap])
            active = str(reply[1])
        await self._wait_activated(active, ssid)
        return {}

    async def wlan_connect_known_network(self, *, index: int) -> t.Empty:
        await self._require_enabled()
        path, settings = await self._profile(index)
        ssid = n.known_network(index, settings)["SSID"]
        ap = await self._access_point_for(ssid)
        active = str((await self._call(n.MANAGER_PATH, n.MANAGER, "ActivateConnection", "ooo",
                                       [path, self.wifi, ap]))[0])
        await self._wait_activated(active, ssid)
        return {}

    async def _wait_activated(self, active: str, ssid: str) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + ACTIVATION_TIMEOUT
        while True:
            try:
                state = int((await self._props(active, n.ACTIVE)).get("State", 0))
            except CmapiError:
                state = n.ACTIVE_DEACTIVATED  # the active connection object is gone
            if state == n.ACTIVE_ACTIVATED:
                return
            if state == n.ACTIVE_DEACTIVATED:
                raise CmapiError(ErrorCode.WLAN_AUTHENTICATION_FAILURE, data={
                    "SSID": ssid, "reason": "the network refused the connection (wrong key?)"})
            if loop.time() > deadline:
                raise CmapiError(ErrorCode.WLAN_IP_ADDRESS_NOT_ASSIGNED, data={
                    "SSID": ssid, "reason": "the connection did not come up in time"})
            await asyncio.sleep(0.1)

    async def wlan_disconnect(self) -> t.Empty:
        props = await self._props(self.wifi, n.DEVICE)
        if str(props.get("ActiveConnection", "/")) == "/":
            raise CmapiError(ErrorCode.WLAN_NO_CONNECTION)
        await self._call(self.wifi, n.DEVICE, "Disconnect")
        return {}

    async def wlan_connection_state(self) -> t.WLANConnection:
        device = await self._props(self.wifi, n.DEVICE)
        wireless = await self._props(self.wifi, n.WIRELESS)
        ap = str(wireless.get("ActiveAccessPoint", "/"))
        if int(device.get("State", 0)) != n.DEVICE_STATE_ACTIVATED or ap == "/":
            return {"connected": False}
        info = n.access_point(await self._props(ap, n.ACCESS_POINT))
        result: t.WLANConnection = {"connected": True, "SSID": info["SSID"],
                                    "BSSID": info["BSSID"],
                                    "signalStrength": info["signalStrength"]}
        address = await self._ip4_address(str(device.get("Ip4Config", "/")))
        if address:
            result["IPAddress"] = address
        return result

    async def information_get_wlan_connection(self) -> t.WLANConnection:
        return await self.wlan_connection_state()

    async def _ip4_address(self, path: str) -> str:
        if path in ("", "/"):
            return ""
        try:
            data = (await self._props(path, n.IP4CONFIG)).get("AddressData", [])
        except CmapiError:
            return ""
        if isinstance(data, list) and data and isinstance(data[0], dict):
            return str(data[0].get("address", ""))
        return ""

    # --- what NetworkManager says about the connection as a whole -------------------------

    async def _active_modem(self) -> tuple[str, dict[str, Any]] | None:
        for path in await self._devices():
            props = await self._props(path, n.DEVICE)
            if (int(props.get("DeviceType", 0)) == n.DEVICE_TYPE_MODEM
                    and str(props.get("ActiveConnection", "/")) != "/"):
                return path, props
        return None

    async def net_con_get_connection_status(self) -> t.ConnectionStatus:
        """Mobile broadband first (when NetworkManager manages a connected modem), else Wi-Fi."""
        modem = await self._active_modem()
        if modem is not None:
            path, props = modem
            active = await self._props(str(props["ActiveConnection"]), n.ACTIVE)
            state = int(active.get("State", 0))
            result: t.ConnectionStatus = {
                "connectionState": _connection_state(state), "connectionType": "cellular"}
            try:
                apn = str((await self._props(path, n.DEVICE_MODEM)).get("Apn", ""))
            except CmapiError:
                apn = ""
            if apn:
                result["APN"] = apn
            address = await self._ip4_address(str(props.get("Ip4Config", "/")))
            if address:
                result["IPAddress"] = address
            return result
        wlan = await self.wlan_connection_state()
        if not wlan["connected"]:
            return {"connectionState": "disconnected", "connectionType": "none"}
        status: t.ConnectionStatus = {"connectionState": "connected", "connectionType": "WLAN"}
        if "IPAddress" in wlan:
            status["IPAddress"] = wlan["IPAddress"]
        return status

    async def net_connect_srv_get_current_conn_type(self) -> t.ConnectionTypeResult:
        return {"connectionType": (await self.net_con_get_connection_status())[
            "connectionType"]}


def _connection_state(active_state: int) -> t.ConnectionState:
    return {n.ACTIVE_ACTIVATING: "connecting", n.ACTIVE_ACTIVATED: "connected",
            n.ACTIVE_DEACTIVATING: "disconnecting"}.get(active_state, "disconnected")  # type: ignore[return-value]


#: NetworkManager errors of Wi-Fi calls in CMAPI WLAN terms.
WLAN_ERRORS: n.ErrorTable = {
    n.NMErrorKind.DENIED: (ErrorCode.WLAN_PROHIBITED_BY_POLICY,
                           "NetworkManager refused: not authorized (polkit)"),
    n.NMErrorKind.NO_SUCH_PROFILE: (ErrorCode.WLAN_NO_NETWORK_AT_INDEX, "no such network profile"),
    n.NMErrorKind.NOT_ACTIVE: (ErrorCode.WLAN_NO_CONNECTION, None),
}


def _translate(err: DBusCallError) -> CmapiError:
    return n.nm_error(err.name, err.text, WLAN_ERRORS)
