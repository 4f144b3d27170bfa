"""This computer's Wi-Fi as a laptop's connection manager needs it (OpenCMAPI Appendix B.2), on
NetworkManager, and the laptop's battery from UPower.

What NetworkManager offers is used: the associated access point and its profile (connected
parameters), ``Device.Disconnect`` of a connection still being set up (cancel), the radio switch
(reset), the driver's capabilities (authentication methods), the device's autoconnect (the
connection mode). What it does not offer is answered with the specification's error: no WPS
(289), no SIM on a Wi-Fi card (1281), no Hotspot 2.0 or ANDSF management objects (81953,
81954), no ANQP (289). The battery is UPower's display device; a computer without one answers
260.
"""

from __future__ import annotations

from typing import Any, ClassVar

from dbus_fast import Variant

from cmgui.cmapi import types as t
from cmgui.cmapi.errors import CmapiError, ErrorCode

from . import nm_model as n
from .bus import DBusCallError, SystemBus
from .nm_wlan import LocalWlan, _translate

UPOWER = "org.freedesktop.UPower"
UPOWER_DISPLAY = "/org/freedesktop/UPower/devices/DisplayDevice"
UPOWER_DEVICE = "org.freedesktop.UPower.Device"
#: UPower Device.Type of a battery; Device.State values.
UPOWER_BATTERY = 2
_UPOWER_STATES: dict[int, t.BatteryState] = {
    1: "charging", 2: "discharging", 3: "discharging", 4: "full", 5: "charging",
    6: "discharging"}
#: NetworkManager device states between "prepare" and "activated": an activation under way.
_ACTIVATING = range(40, 100)
#: NM_WIFI_DEVICE_CAP_* bits.
_CAP_WEP = 0x1 | 0x2
_CAP_WPA = 0x10
_CAP_RSN = 0x20


def _not_offered(what: str) -> CmapiError:
    return CmapiError(ErrorCode.CAPABILITY_NOT_OFFERED,
                      data={"reason": f"NetworkManager offers no {what}"})


class LaptopWlan(LocalWlan):
    """:class:`LocalWlan` with the laptop-class WLAN functions and the computer's battery."""

    kind: ClassVar[str] = "wlan"

    async def wlan_reset_device(self) -> t.Empty:
        await self.wlan_enable_capability(enabled=False)
        await self.wlan_enable_capability(enabled=True)
        return {}

    async def _active_profile(self) -> tuple[int, dict[str, Any]] | None:
        active = str((await self._props(self.wifi, n.DEVICE)).get("ActiveConnection", "/"))
        if active in ("", "/"):
            return None
        try:
            connection = str((await self._props(active, n.ACTIVE)).get("Connection", "/"))
        except CmapiError:
            return None
        for index, (path, settings) in (await self._wifi_profiles()).items():
            if path == connection:
                return index, settings
        return None

    async def wlan_get_connected_parameters(self) -> t.WLANConnectedParameters:
        wireless = await self._props(self.wifi, n.WIRELESS)
        ap = str(wireless.get("ActiveAccessPoint", "/"))
        if ap in ("", "/"):
            raise CmapiError(ErrorCode.WLAN_NOT_CONNECTED)
        props = await self._props(ap, n.ACCESS_POINT)
        network = n.access_point(props)
        profile = await self._active_profile()
        connection = profile[1].get("connection", {}) if profile else {}
        result: t.WLANConnectedParameters = {
            "SSID": network["SSID"], "BSSID": network["BSSID"], "security": network["security"],
            "frequency": network["frequency"], "signalStrength": network["signalStrength"],
            "bitRate": int(wireless.get("Bitrate", props.get("MaxBitrate", 0)) or 0),
            "autoConnect": bool(connection.get("autoconnect", True)),
            "priority": int(connection.get("autoconnect-priority", 0)),
        }
        state = await self.wlan_connection_state()
        if state.get("IPAddress"):
            result["IPAddress"] = state["IPAddress"]
        return result

    async def wlan_set_connected_parameters(
        self, *, auto_connect: bool | None = None, priority: int | None = None,
    ) -> t.Empty:
        profile = await self._active_profile()
        if profile is None:
            raise CmapiError(ErrorCode.WLAN_NOT_CONNECTED)
        index, _settings = profile
        if priority is not None:
            await self.wlan_update_known_network(index=index, priority=priority)
        if auto_connect is not None:
            path, _ = await self._profile(index)
            try:
                raw = (await self.bus.call_raw(n.BUS_NAME, path, n.CONNECTION,
                                               "GetSettings"))[0]
            except DBusCallError as err:
                raise _translate(err) from err
            updated = {group: dict(values) for group, values in raw.items()}
            updated.setdefault("connection", {})["autoconnect"] = Variant("b", auto_connect)
            secret = await self._secret(path)
            if secret and n.SECURITY_SETTING in updated:
                updated[n.SECURITY_SETTING]["psk"] = Variant("s", secret)
            await self._call(path, n.CONNECTION, "Update", "a{sa{sv}}", [updated])
        return {}

    async def wlan_cancel_operation(self) -> t.Empty:
        state = int((await self._props(self.wifi, n.DEVICE)).get("State", 0))
        if state not in _ACTIVATING or state == n.DEVICE_STATE_ACTIVATED:
            raise CmapiError(ErrorCode.WLAN_NO_PENDING_OPERATION)
        await self._call(self.wifi, n.DEVICE, "Disconnect")
        return {}

    async def wlan_connect_wps(self, *, bssid: str = "") -> t.Empty:
        raise _not_offered("WPS push-button connection")

    async def wlan_connect_pin_wps(self, *, pin: str, bssid: str = "") -> t.Empty:
        raise _not_offered("WPS PIN connection")

    async def wlan_authentication_supported(self) -> t.WLANAuthentication:
        caps = int((await self._props(self.wifi, n.WIRELESS)).get("WirelessCapabilities", 0))
        methods: list[t.WLANAuthMethod] = ["open"]
        if caps & _CAP_WEP:
            methods.append("WEP")
        if caps & _CAP_WPA:
            methods += ["WPA-PSK"]
        if caps & _CAP_RSN:
            methods += ["WPA2-PSK", "WPA3-SAE", "WPA2-EAP", "WPA3-EAP", "EAP-TLS", "EAP-TTLS",
                        "PEAP", "EAP-SIM", "EAP-AKA"]
        return {"HS20Supported": False, "authenticationMethods": methods}

    async def wlan_get_wsidl(self) -> t.WSIDList:
        raise CmapiError(ErrorCode.NO_SMART_CARD,
                         data={"reason": "the WSID lists are on a SIM; a Wi-Fi card has none"})

    async def wlan_get_hs2_mo_subcription(self) -> t.HS2MOSubscription:
        raise CmapiError(ErrorCode.WLAN_HS2_MO_NOT_SUPPORTED)

    async def wlan_get_andsf_mo_subcription(self) -> t.ANDSFMOSubscription:
        raise CmapiError(ErrorCode.WLAN_ANDSF_MO_NOT_SUPPORTED)

    async def wlan_get_anqp(self, *, bssid: str) -> t.ANQPInfo:
        raise _not_offered("ANQP queries")

    async def wlan_get_connection_mode(self) -> t.WLANConnectionModeResult:
        """The Wi-Fi device's ``Autoconnect``: "auto" joins known networks by itself."""
        device = await self._props(self.wifi, n.DEVICE)
        return {"connectionMode": "auto" if device.get("Autoconnect", True) else "manual"}

    async def wlan_set_connection_mode(self, *, connection_mode: t.WLANConnectionMode
                                       ) -> t.Empty:
        try:
            await self.bus.set(n.BUS_NAME, self.wifi, n.DEVICE, "Autoconnect",
                               Variant("b", connection_mode == "auto"))
        except DBusCallError as err:
            raise _translate(err) from err
        return {}

    async def wlan_get_wlan_settings(self) -> t.WLANSettings:
        manager = await self._props(n.MANAGER_PATH, n.MANAGER)
        mode = (await self.wlan_get_connection_mode())["connectionMode"]
        return {"userSettings": {"enabled": bool(manager.get("WirelessEnabled", True)),
                                 "connectionMode": mode, "preferWLAN": True,
                                 "scanInterval": 0},
                "operatorSettings": {"preferredSSIDs": [], "HS20Enabled": False}}

    async def wlan_set_wlan_user_settings(
        self, *, enabled: bool | None = None,
        connection_mode: t.WLANConnectionMode | None = None, prefer_wlan: bool | None = None,
        scan_interval: int | None = None,
    ) -> t.Empty:
        if prefer_wlan is False or scan_interval:
            raise CmapiError(ErrorCode.CONFIGURATION_NOT_SUPPORTED, data={
                "reason": "NetworkManager always prefers Wi-Fi (route metrics) and scans on "
                          "its own schedule"})
        if enabled is not None:
            await self.wlan_enable_capability(enabled=enabled)
        if connection_mode is not None:
            await self.wlan_set_connection_mode(connection_mode=connection_mode)
        return {}

    # --- the computer's battery (UPower) ----------------------------------------------------

    async def information_get_battery_status(self) -> t.BatteryStatus:
        return await upower_battery(self.bus)


async def upower_battery(bus: SystemBus) -> t.BatteryStatus:
    """This computer's battery (UPower's display device); 260 when it has none. The
    ModemManager backend answers with it too: a laptop's modem runs on the laptop's battery."""
    try:
        display = await bus.get_all(UPOWER, UPOWER_DISPLAY, UPOWER_DEVICE)
        online = not bool((await bus.get_all(UPOWER, "/org/freedesktop/UPower",
                                             UPOWER)).get("OnBattery", False))
    except DBusCallError:
        raise CmapiError(ErrorCode.NO_HARDWARE_SUPPORT,
                         data={"reason": "no battery (UPower does not report one)"}) from None
    if int(display.get("Type", 0)) != UPOWER_BATTERY or not display.get("IsPresent", False):
        raise CmapiError(ErrorCode.NO_HARDWARE_SUPPORT,
                         data={"reason": "this computer has no battery"})
    level = max(0, min(100, round(float(display.get("Percentage", 0.0)))))
    state = _UPOWER_STATES.get(int(display.get("State", 0)), "unknown")
    return {"batteryState": state, "batteryLevel": level, "externalPower": online}
