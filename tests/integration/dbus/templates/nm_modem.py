"""python-dbusmock template: NetworkManager managing ModemManager's modem 0 (mobile broadband).

Builds on dbusmock's ``networkmanager`` template with one ``DeviceType`` MODEM device whose ``Udi``
is ModemManager's modem object (``/org/freedesktop/ModemManager1/Modem/0``, the modem of
``mm_modem.py``) and activation of ``gsm`` profiles as NetworkManager does it:
``ActivateConnection`` answers at once with an active connection in state ACTIVATING, then the
device steps PREPARE (40) -> CONFIG (50) -> IP_CONFIG (70) -> ACTIVATED (100) on a GLib timer
(``Device.StateChanged``, ``Connection.Active.StateChanged``, ``PropertiesChanged``) and the
active connection gets an ``IP4Config``. The APN ``invalid.apn`` fails instead: FAILED (120) with
reason GSM_APN_FAILED (29), the active connection DEACTIVATED with reason DEVICE_DISCONNECTED (3),
and it is removed shortly after, as NetworkManager drops a failed active connection;
``slow.apn`` never gets past CONFIG (for timeouts). A profile
whose ``gsm.password-flags`` asks an agent (1 or 2) and carries no password fails with
NO_SECRETS (7): no secret agent runs here. ``DeactivateConnection`` steps DEACTIVATING (110) ->
DISCONNECTED (30).

Parameters: ``udi`` (default the modem above), ``managed`` (default true: false leaves the
modem to ModemManager, as ``nmcli device set … managed no`` does), ``address`` (the IPv4
address handed out, default 10.64.12.34).
"""

from __future__ import annotations

import ctypes
from typing import Any

import dbus
import dbus.exceptions
from dbusmock import mockobject
from dbusmock.templates import networkmanager as nm

BUS_NAME = nm.BUS_NAME
MAIN_OBJ = nm.MAIN_OBJ
SYSTEM_BUS = True
IS_OBJECT_MANAGER = True

for _name in dir(nm):
    if hasattr(getattr(nm, _name), "_dbus_interface"):
        globals()[_name] = getattr(nm, _name)

MODEM_DEV = "/org/freedesktop/NetworkManager/Devices/3"
MODEM_UDI = "/org/freedesktop/ModemManager1/Modem/0"
IP4_PATH = "/org/freedesktop/NetworkManager/IP4Config/7"
IP4_IFACE = "org.freedesktop.NetworkManager.IP4Config"
MODEM_IFACE = "org.freedesktop.NetworkManager.Device.Modem"
BAD_APN = "invalid.apn"
SLOW_APN = "slow.apn"  # the network never answers: activation stays in CONFIG
STEP_MS = 15

# NMDeviceState
DISCONNECTED, PREPARE, CONFIG, IP_CONFIG, ACTIVATED, DEACTIVATING, FAILED = (
    30, 40, 50, 70, 100, 110, 120)
# NMDeviceStateReason
R_NONE, R_NO_SECRETS, R_GSM_APN_FAILED, R_USER_REQUESTED = 0, 7, 29, 39
# NMActiveConnectionState / NMActiveConnectionStateReason
AC_ACTIVATING, AC_ACTIVATED, AC_DEACTIVATING, AC_DEACTIVATED = 1, 2, 3, 4
AC_R_NONE, AC_R_USER_DISCONNECTED, AC_R_DEVICE_DISCONNECTED, AC_R_NO_SECRETS = 1, 2, 3, 9

OPTIONS: dict[str, Any] = {"address": "10.64.12.34"}


def _device() -> Any:
    return mockobject.objects[MODEM_DEV]


def _set_device_state(new: int, reason: int) -> None:
    dev = _device()
    old = int(dev.props[nm.DEVICE_IFACE]["State"])
    dev.UpdateProperties(nm.DEVICE_IFACE, {
        "State": dbus.UInt32(new),
        "StateReason": dbus.Struct((dbus.UInt32(new), dbus.UInt32(reason)), signature="uu")})
    dev.EmitSignal(nm.DEVICE_IFACE, "StateChanged", "uuu",
                   [dbus.UInt32(new), dbus.UInt32(old), dbus.UInt32(reason)])


def _set_active_state(path: str, state: int, reason: int) -> None:
    obj = mockobject.objects.get(path)
    if obj is None:
        return
    obj.UpdateProperties(nm.ACTIVE_CONNECTION_IFACE, {"State": dbus.UInt32(state)})
    obj.EmitSignal(nm.ACTIVE_CONNECTION_IFACE, "StateChanged", "uu",
                   [dbus.UInt32(state), dbus.UInt32(reason)])


def _set_paths(active: str, ip4: str) -> None:
    # Set, not UpdateProperties: dbusmock cannot wrap an ObjectPath for PropertiesChanged.
    if active in mockobject.objects:
        mockobject.objects[active].Set(nm.ACTIVE_CONNECTION_IFACE, "Ip4Config",
                                       dbus.ObjectPath(ip4))
    _device().Set(nm.DEVICE_IFACE, "Ip4Config", dbus.ObjectPath(ip4))


def _forget(active: str) -> None:
    """Drop the active connection object and its manager entry (the device keeps its state)."""
    manager = mockobject.objects[nm.MANAGER_OBJ]
    actives = manager.Get(nm.MANAGER_IFACE, "ActiveConnections")
    if dbus.ObjectPath(active) in actives:
        actives.remove(dbus.ObjectPath(active))
        manager.Set(nm.MANAGER_IFACE, "ActiveConnections", actives)
    if active in mockobject.objects:
        main = mockobject.objects[MAIN_OBJ]
        main.object_manager_emit_removed(active)
        main.RemoveObject(active)
    _device().Set(nm.DEVICE_IFACE, "ActiveConnection", dbus.ObjectPath("/"))


_TIMER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)
_timers: list[Any] = []  # ctypes trampolines must outlive their GLib sources


def _run_steps(steps: list[Any]) -> None:
    """Run one step per timer tick, as NetworkManager moves through activation. The GLib
    timeout goes through ctypes: dbusmock runs a bare GLib main context (no PyGObject)."""
    pending = list(steps)

    def tick(_data: Any) -> int:
        if pending:
            pending.pop(0)()
        if not pending:
            _timers.remove(callback)
        return 1 if pending else 0

    callback = _TIMER(tick)
    _timers.append(callback)
    glib = ctypes.CDLL("libglib-2.0.so.0")
    glib.g_timeout_add.argtypes = [ctypes.c_uint, _TIMER, ctypes.c_void_p]
    glib.g_timeout_add.restype = ctypes.c_uint
    glib.g_timeout_add(STEP_MS, callback, None)


def _failure(settings: dict[str, Any]) -> tuple[int, int] | None:
    """(device reason, active-connection reason) a profile fails with, or None."""
    gsm = settings.get("gsm", {})
    if str(gsm.get("apn", "")) == BAD_APN:
        return R_GSM_APN_FAILED, AC_R_DEVICE_DISCONNECTED
    if int(gsm.get("password-flags", 0)) & 0x3 and not gsm.get("password"):
        return R_NO_SECRETS, AC_R_NO_SECRETS
    return None


def _activate(mock: Any, conn: str, dev: str, specific: str) -> dbus.ObjectPath:
    conn, dev = str(conn), str(dev)
    if conn not in mockobject.objects:
        raise dbus.exceptions.DBusException(
            f"Connection {conn} does not exist",
            name="org.freedesktop.NetworkManager.UnknownConnection")
    settings = mockobject.objects[conn].settings
    kind = str(settings.get("connection", {}).get("type", ""))
    if dev == "/":
        dev = MODEM_DEV
    if dev != MODEM_DEV or kind != "gsm":
        raise dbus.exceptions.DBusException(
            f"Connection '{settings['connection'].get('id', '')}' is not available on device",
            name="org.freedesktop.NetworkManager.UnknownDevice")
    if not _device().props[nm.DEVICE_IFACE]["Managed"]:
        raise dbus.exceptions.DBusException(
            "Device is not managed", name="org.freedesktop.NetworkManager.UnknownDevice")
    current = str(_device().props[nm.DEVICE_IFACE]["ActiveConnection"])
    if current != "/":
        _forget(current)
    actives = mockobject.objects[nm.MANAGER_OBJ].Get(nm.MANAGER_IFACE, "ActiveConnections")
    count = 0
    while dbus.ObjectPath(f"/org/freedesktop/NetworkManager/ActiveConnection/{count}") in actives:
        count += 1
    active = nm.AddActiveConnection(mock, [], conn, str(specific), str(count),
                                    dbus.UInt32(AC_ACTIVATING))
    active_obj = mockobject.objects[active]
    active_obj.AddProperties(nm.ACTIVE_CONNECTION_IFACE, {
        "Ip4Config": dbus.ObjectPath("/"), "StateFlags": dbus.UInt32(0)})
    active_obj.Set(nm.ACTIVE_CONNECTION_IFACE, "Devices",
                   dbus.Array([dbus.ObjectPath(MODEM_DEV)], signature="o"))
    _device().Set(nm.DEVICE_IFACE, "ActiveConnection", dbus.ObjectPath(active))
    _set_device_state(PREPARE, R_NONE)
    failure = _failure(settings)
    if str(settings.get("gsm", {}).get("apn", "")) == SLOW_APN:
        _run_steps([lambda: _set_device_state(CONFIG, R_NONE)])
    elif failure is None:
        _run_steps([
            lambda: _set_device_state(CONFIG, R_NONE),
            lambda: _set_device_state(IP_CONFIG, R_NONE),
            lambda: (_set_paths(active, IP4_PATH), _set_device_state(ACTIVATED, R_NONE),
                     _set_active_state(active, AC_ACTIVATED, AC_R_NONE)),
        ])
    else:
        dev_reason, ac_reason = failure
        _run_steps([
            lambda: _set_device_state(CONFIG, R_NONE),
            lambda: (_set_device_state(FAILED, dev_reason),
                     _set_active_state(active, AC_DEACTIVATED, ac_reason)),
            lambda: _set_device_state(DISCONNECTED, R_NONE),
            lambda: _forget(active),
        ])
    return dbus.ObjectPath(active)


def _deactivate(_mock: Any, active: str) -> None:
    active = str(active)
    actives = mockobject.objects[nm.MANAGER_OBJ].Get(nm.MANAGER_IFACE, "ActiveConnections")
    if dbus.ObjectPath(active) not in actives:
        raise dbus.exceptions.DBusException(
            "The connection was not active.",
            name="org.freedesktop.NetworkManager.ConnectionNotActive")
    _set_active_state(active, AC_DEACTIVATING, AC_R_USER_DISCONNECTED)
    _set_device_state(DEACTIVATING, R_USER_REQUESTED)
    _run_steps([
        lambda: (_set_paths(active, "/"), _set_device_state(DISCONNECTED, R_USER_REQUESTED),
                 _set_active_state(active, AC_DEACTIVATED, AC_R_USER_DISCONNECTED)),
        lambda: _forget(active),
    ])


_SECRETS = ("password", "pin", "puk")


def _connection_get_settings(self: Any) -> dict[str, Any]:
    """Settings without secrets, as NetworkManager answers GetSettings."""
    return {group: {k: v for k, v in values.items() if k not in _SECRETS}
            for group, values in self.settings.items()}


def load(mock: Any, parameters: dict[str, Any]) -> None:
    nm.ConnectionGetSettings = _connection_get_settings
    nm.load(mock, parameters)
    OPTIONS["address"] = str(parameters.get("address", OPTIONS["address"]))
    manager = mockobject.objects[nm.MANAGER_OBJ]
    manager.AddMethods(nm.MANAGER_IFACE, [
        ("ActivateConnection", "ooo", "o", lambda _s, c, d, a: _activate(mock, c, d, a)),
        ("DeactivateConnection", "o", "", lambda _s, a: _deactivate(mock, a)),
    ])
    manager.UpdateProperties(nm.MANAGER_IFACE, {"WwanEnabled": dbus.Boolean(True),
                                                "Version": "1.46.0"})
    mock.AddObject(MODEM_DEV, nm.DEVICE_IFACE, {
        "DeviceType": dbus.UInt32(8), "Interface": "cdc-wdm0", "IpInterface": "wwan0",
        "Udi": str(parameters.get("udi", MODEM_UDI)), "Driver": "qmi_wwan",
        "Managed": bool(parameters.get("managed", True)),
        "State": dbus.UInt32(DISCONNECTED),
        "StateReason": dbus.Struct((dbus.UInt32(DISCONNECTED), dbus.UInt32(R_NONE)),
                                   signature="uu"),
        "ActiveConnection": dbus.ObjectPath("/"), "Ip4Config": dbus.ObjectPath("/"),
        "AvailableConnections": dbus.Array([], signature="o"), "Autoconnect": False,
    }, [])
    _device().AddProperties(MODEM_IFACE, {
        "ModemCapabilities": dbus.UInt32(4 | 8), "CurrentCapabilities": dbus.UInt32(8),
        "DeviceId": "", "OperatorCode": "00101", "Apn": ""})
    devices = manager.Get(nm.MANAGER_IFACE, "Devices")
    devices.append(dbus.ObjectPath(MODEM_DEV))
    manager.Set(nm.MANAGER_IFACE, "Devices", devices)
    mock.AddObject(IP4_PATH, IP4_IFACE, {
        "AddressData": dbus.Array([dbus.Dictionary(
            {"address": OPTIONS["address"], "prefix": dbus.UInt32(30)}, signature="sv")],
            signature="a{sv}"),
        "Gateway": "10.64.12.33",
        "NameserverData": dbus.Array([dbus.Dictionary({"address": "10.64.0.1"}, signature="sv"),
                                      dbus.Dictionary({"address": "10.64.0.2"}, signature="sv")],
                                     signature="a{sv}"),
    }, [])
