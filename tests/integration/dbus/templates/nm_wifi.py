"""python-dbusmock template: NetworkManager with a Wi-Fi device, access points and a modem.

Extends dbusmock's ``networkmanager`` template with what it lacks for a Wi-Fi client:
``Device.Disconnect``, ``Device.Wireless.RequestScan`` that updates ``LastScan``,
``ActiveAccessPoint``, an ``IP4Config`` object for the active connection, and activation that
checks the pre-shared key against the access point's (a wrong key ends in the DEACTIVATED state
with reason NO_SECRETS, as NetworkManager reports it). A ModemManager-managed modem device
(``DeviceType`` MODEM) with a connected ``gsm`` connection stands for mobile broadband.

Parameters: ``networks``: list of ``[ssid, bssid, security, strength %, MHz, key]`` where
security is ``open``, ``wpa2`` or ``sae``; ``modem_connected`` (default true).
"""

from __future__ import annotations

import uuid
from typing import Any

import dbus
import dbus.exceptions
from dbusmock import mockobject
from dbusmock.templates import networkmanager as nm

BUS_NAME = nm.BUS_NAME
MAIN_OBJ = nm.MAIN_OBJ
SYSTEM_BUS = True
IS_OBJECT_MANAGER = True

# The base template's D-Bus methods (AddWiFiDevice, SetDeviceActive, ...) are looked up on the
# main object by its own code, so they are exported from this module too.
for _name in dir(nm):
    if hasattr(getattr(nm, _name), "_dbus_interface"):
        globals()[_name] = getattr(nm, _name)

WIFI_DEV = "/org/freedesktop/NetworkManager/Devices/wlp2s0"
MODEM_DEV = "/org/freedesktop/NetworkManager/Devices/wwan0"
IP4_PATH = "/org/freedesktop/NetworkManager/IP4Config/1"
IP4_IFACE = "org.freedesktop.NetworkManager.IP4Config"
MODEM_IFACE = "org.freedesktop.NetworkManager.Device.Modem"
SEC = nm.NM80211ApSecurityFlags
SECURITY = {
    "open": 0,
    "wpa2": SEC.NM_802_11_AP_SEC_PAIR_CCMP | SEC.NM_802_11_AP_SEC_GROUP_CCMP
    | SEC.NM_802_11_AP_SEC_KEY_MGMT_PSK,
    "sae": SEC.NM_802_11_AP_SEC_PAIR_CCMP | SEC.NM_802_11_AP_SEC_GROUP_CCMP | 0x400,
}
DEFAULT_NETWORKS = [
    ["HomeNet", "00:11:22:33:44:01", "wpa2", 82, 5180, "correct horse"],
    ["CafeFree", "00:11:22:33:44:02", "open", 55, 2437, ""],
    ["Neighbour6", "00:11:22:33:44:03", "sae", 31, 5500, "battery staple"],
]
STATE_ACTIVATED, STATE_DEACTIVATED = 2, 4
KEYS: dict[str, str] = {}


def _ap_of(ssid: bytes) -> str | None:
    dev = mockobject.objects[WIFI_DEV]
    for ap in dev.access_points:
        if bytes(mockobject.objects[ap].props[nm.ACCESS_POINT_IFACE]["Ssid"]) == ssid:
            return str(ap)
    return None


def _secret_ok(settings: dict[str, Any], ap: str) -> bool:
    wanted = KEYS.get(str(ap), "")
    if not wanted:
        return True
    security = settings.get("802-11-wireless-security", {})
    return str(security.get("psk", "")) == wanted


def _activate(self: Any, conn: str, dev: str, ap: str) -> dbus.ObjectPath:
    """Activate ``conn`` on the Wi-Fi device; a wrong key leaves it DEACTIVATED."""
    conn_obj = mockobject.objects[str(conn)]
    settings = conn_obj.settings
    if str(ap) in ("", "/"):
        ssid = bytes(settings.get("802-11-wireless", {}).get("ssid", b""))
        ap = _ap_of(ssid) or "/"
    if str(ap) == "/":
        raise dbus.exceptions.DBusException(
            "No compatible access point for this connection",
            name="org.freedesktop.NetworkManager.UnknownConnection")
    _deactivate_wifi(self)
    active = nm.activate_connection(self, conn, dev, ap)
    active_obj = mockobject.objects[str(active)]
    dev_obj = mockobject.objects[WIFI_DEV]
    if not _secret_ok(settings, ap):
        active_obj.UpdateProperties(nm.ACTIVE_CONNECTION_IFACE,
                                    {"State": dbus.UInt32(STATE_DEACTIVATED)})
        nm.SetDeviceDisconnected(self, WIFI_DEV)
        dev_obj.UpdateProperties(nm.DEVICE_IFACE, {"StateReason": dbus.Struct(
            (dbus.UInt32(30), dbus.UInt32(7)), signature="uu")})  # NO_SECRETS
        return active
    # Set, not UpdateProperties: dbusmock cannot wrap an ObjectPath for PropertiesChanged.
    active_obj.AddProperty(nm.ACTIVE_CONNECTION_IFACE, "Ip4Config", dbus.ObjectPath(IP4_PATH))
    dev_obj.Set(nm.WIRELESS_DEVICE_IFACE, "ActiveAccessPoint", dbus.ObjectPath(ap))
    dev_obj.Set(nm.DEVICE_IFACE, "Ip4Config", dbus.ObjectPath(IP4_PATH))
    return active


def _deactivate_wifi(self: Any) -> None:
    manager = mockobject.objects[nm.MANAGER_OBJ]
    for active in list(manager.props[nm.MANAGER_IFACE]["ActiveConnections"]):
        obj = mockobject.objects.get(str(active))
        if obj is not None and WIFI_DEV in [str(d) for d in obj.props[
                nm.ACTIVE_CONNECTION_IFACE]["Devices"]]:
            nm.RemoveActiveConnection(self, WIFI_DEV, str(active))
    dev_obj = mockobject.objects[WIFI_DEV]
    dev_obj.Set(nm.WIRELESS_DEVICE_IFACE, "ActiveAccessPoint", dbus.ObjectPath("/"))
    dev_obj.Set(nm.DEVICE_IFACE, "Ip4Config", dbus.ObjectPath("/"))


def _add_and_activate(self: Any, settings: dict[str, Any], dev: str,
                      ap: str) -> tuple[dbus.ObjectPath, dbus.ObjectPath]:
    settings = {str(k): dict(v) for k, v in settings.items()}
    connection = settings.setdefault("connection", {})
    connection.setdefault("type", "802-11-wireless")
    connection.setdefault("uuid", str(uuid.uuid4()))
    if "id" not in connection:
        ssid = bytes(settings.get("802-11-wireless", {}).get("ssid", b""))
        connection["id"] = ssid.decode("utf-8", "replace")
    path = nm.SettingsAddConnection(mockobject.objects[nm.SETTINGS_OBJ], settings)
    return dbus.ObjectPath(path), _activate(self, path, dev, ap)


def _request_scan(self: Any, _options: Any) -> None:
    last = int(self.props[nm.WIRELESS_DEVICE_IFACE].get("LastScan", 0))
    self.UpdateProperties(nm.WIRELESS_DEVICE_IFACE, {"LastScan": dbus.Int64(last + 1000)})


def _disconnect(self: Any) -> None:
    if str(self.props[nm.DEVICE_IFACE]["ActiveConnection"]) == "/":
        raise dbus.exceptions.DBusException(
            "This device is not active", name="org.freedesktop.NetworkManager.Device.NotActive")
    _deactivate_wifi(mockobject.objects[MAIN_OBJ])


_SECRETS = ("psk", "wep-key0", "wep-key1", "wep-key2", "wep-key3", "leap-password")


def _connection_update(self: Any, settings: dict[str, Any]) -> None:
    """Update replaces the settings whole, as NetworkManager does (the base template merges)."""
    self.settings = {str(k): dict(v) for k, v in settings.items()}
    self.EmitSignal(nm.CSETTINGS_IFACE, "Updated", "", [])


def _connection_get_settings(self: Any) -> dict[str, Any]:
    """Settings without secrets, as NetworkManager answers GetSettings."""
    return {group: {k: v for k, v in values.items() if k not in _SECRETS}
            for group, values in self.settings.items()}


def _connection_get_secrets(self: Any, setting: str) -> dict[str, Any]:
    values = self.settings.get(str(setting), {})
    secrets = {k: v for k, v in values.items() if k in _SECRETS}
    return {str(setting): dbus.Dictionary(secrets, signature="sv")}


def load(mock: Any, parameters: dict[str, Any]) -> None:
    nm.ConnectionUpdate = _connection_update
    nm.ConnectionGetSettings = _connection_get_settings
    nm.ConnectionGetSecrets = _connection_get_secrets
    nm.load(mock, parameters)
    manager = mockobject.objects[nm.MANAGER_OBJ]
    manager.AddMethods(nm.MANAGER_IFACE, [
        ("ActivateConnection", "ooo", "o", lambda _s, c, d, a: _activate(mock, c, d, a)),
        ("AddAndActivateConnection", "a{sa{sv}}oo", "oo",
         lambda _s, settings, d, a: _add_and_activate(mock, settings, d, a)),
    ])
    nm.AddWiFiDevice(mock, "wlp2s0", "wlp2s0", nm.DeviceState.DISCONNECTED)
    dev = mockobject.objects[WIFI_DEV]
    dev.AddProperties(nm.WIRELESS_DEVICE_IFACE, {"LastScan": dbus.Int64(5000),
                                                 "ActiveAccessPoint": dbus.ObjectPath("/")})
    dev.AddProperties(nm.DEVICE_IFACE, {"Ip4Config": dbus.ObjectPath("/"),
                                        "Autoconnect": True})
    dev.AddMethods(nm.WIRELESS_DEVICE_IFACE, [("RequestScan", "a{sv}", "", _request_scan)])
    dev.AddMethods(nm.DEVICE_IFACE, [("Disconnect", "", "", _disconnect)])
    for i, (ssid, bssid, security, strength, freq, key) in enumerate(
            parameters.get("networks", DEFAULT_NETWORKS)):
        ap = nm.AddAccessPoint(mock, WIFI_DEV, f"ap{i}", ssid, bssid, 2, freq, 54000, strength,
                               SECURITY[security])
        KEYS[str(ap)] = key
    mock.AddObject(IP4_PATH, IP4_IFACE, {
        "AddressData": dbus.Array([dbus.Dictionary({"address": "192.168.1.57",
                                                    "prefix": dbus.UInt32(24)}, signature="sv")],
                                  signature="a{sv}"),
        "Gateway": "192.168.1.1"}, [])
    _add_modem(mock, bool(parameters.get("modem_connected", True)))


def _add_modem(mock: Any, connected: bool) -> None:
    mock.AddObject(MODEM_DEV, nm.DEVICE_IFACE, {
        "DeviceType": dbus.UInt32(8), "Interface": "cdc-wdm0", "IpInterface": "wwan0",
        "Udi": "/org/freedesktop/ModemManager1/Modem/0", "Driver": "qmi_wwan",
        "State": dbus.UInt32(nm.DeviceState.DISCONNECTED), "Managed": True,
        "StateReason": dbus.Struct((dbus.UInt32(nm.DeviceState.DISCONNECTED), dbus.UInt32(0)),
                                   signature="uu"),
        "ActiveConnection": dbus.ObjectPath("/"), "Ip4Config": dbus.ObjectPath("/"),
        "AvailableConnections": dbus.Array([], signature="o"),
    }, [])
    mockobject.objects[MODEM_DEV].AddProperties(MODEM_IFACE, {
        "ModemCapabilities": dbus.UInt32(4 | 8), "CurrentCapabilities": dbus.UInt32(8),
        "OperatorCode": "00101", "Apn": "internet"})
    manager = mockobject.objects[nm.MANAGER_OBJ]
    devices = manager.Get(nm.MANAGER_IFACE, "Devices")
    devices.append(dbus.ObjectPath(MODEM_DEV))
    manager.Set(nm.MANAGER_IFACE, "Devices", devices)
    if not connected:
        return
    gsm = nm.SettingsAddConnection(mockobject.objects[nm.SETTINGS_OBJ], {
        "connection": {"id": "Test Home Mobile", "type": "gsm", "uuid": str(uuid.uuid4())},
        "gsm": {"apn": "internet"}, "ipv4": {"method": "auto"}})
    nm.AddActiveConnection(mock, [MODEM_DEV], gsm, "/", "gsm0",
                           dbus.UInt32(STATE_ACTIVATED))
