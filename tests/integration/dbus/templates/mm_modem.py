"""python-dbusmock template: ModemManager with one realistic modem.

Extends dbusmock's ``modemmanager`` template (which only has the manager object) with a modem at
``/org/freedesktop/ModemManager1/Modem/0`` that behaves like ModemManager's D-Bus API (1.20+):
Modem, Modem3gpp, Modem3gpp.Ussd, Signal, Messaging (+ Sms objects), Simple, Location, Bearer and
Sim interfaces, with the same method signatures, property names, enum values and error names.

The world it models is the one the seam's contract suite expects: a SIM with PIN 1234 (3 tries)
and PUK 12345678 (10 tries), locked at start; a home network 00101 with roaming partner 00102 and
a forbidden 00103; an echo service at +15550100 that answers every SMS; USSD ``*100#`` (balance)
and ``*123#`` (a menu); APN ``internet`` (``invalid.apn`` is unknown to the network). While a
bearer is connected its ``Stats`` grow on a GLib timer, as a real data session's counters do.

Parameters (``--parameters`` JSON): ``pin``, ``puk``, ``locked`` (default true).
Load with ``python -m dbusmock --system --template PATH/mm_modem.py``.
"""

from __future__ import annotations

import ctypes
import math
from typing import Any, ClassVar

import dbus
import dbus.exceptions
from dbusmock import mockobject
from dbusmock.templates import modemmanager as base

BUS_NAME = base.BUS_NAME
MAIN_OBJ = base.MAIN_OBJ
MAIN_IFACE = base.MAIN_IFACE
SYSTEM_BUS = True
IS_OBJECT_MANAGER = False

PREFIX = "org.freedesktop.ModemManager1"
MODEM_PATH = f"{MAIN_OBJ}/Modem/0"
SIM_PATH = f"{MAIN_OBJ}/SIM/0"
MODEM = f"{PREFIX}.Modem"
M3GPP = f"{PREFIX}.Modem.Modem3gpp"
USSD = f"{PREFIX}.Modem.Modem3gpp.Ussd"
SIGNAL = f"{PREFIX}.Modem.Signal"
MESSAGING = f"{PREFIX}.Modem.Messaging"
SIMPLE = f"{PREFIX}.Modem.Simple"
LOCATION = f"{PREFIX}.Modem.Location"
SIM = f"{PREFIX}.Sim"
SMS = f"{PREFIX}.Sms"
BEARER = f"{PREFIX}.Bearer"
ERR = f"{PREFIX}.Error"

# MMModemState
S_LOCKED, S_DISABLED, S_ENABLED, S_SEARCHING, S_REGISTERED = 2, 3, 6, 7, 8
S_DISCONNECTING, S_CONNECTING, S_CONNECTED = 9, 10, 11
# MMModemPowerState
POWER_LOW, POWER_ON = 2, 3
# MMModemLock
LOCK_NONE, LOCK_PIN, LOCK_PUK = 1, 2, 4
# MMModem3gppRegistrationState
REG_IDLE, REG_HOME, REG_ROAMING = 0, 1, 5
# MMModem3gppNetworkAvailability
NET_AVAILABLE, NET_CURRENT, NET_FORBIDDEN = 1, 2, 3
# MMModemAccessTechnology
ACT_UMTS, ACT_LTE = 1 << 5, 1 << 14
# MMSmsState / MMSmsPduType / MMSmsStorage
SMS_UNKNOWN, SMS_STORED, SMS_RECEIVED, SMS_SENDING, SMS_SENT = 0, 1, 3, 4, 5
PDU_DELIVER, PDU_SUBMIT = 1, 2
STORAGE_SM, STORAGE_ME = 1, 2
# MMModem3gppUssdSessionState
USSD_IDLE, USSD_ACTIVE, USSD_USER_RESPONSE = 1, 2, 3
# MMModemPortType
PORT_NET, PORT_AT, PORT_QCDM, PORT_QMI = 2, 3, 4, 6
# MMModem3gppFacility
FACILITY_SIM = 1
# MMBearerIpMethod / MMBearerIpFamily
IP_STATIC, FAMILY_IPV4 = 2, 1
# MMModemLocationSource
LOCATION_3GPP_LAC_CI = 1

HOME = ("00101", "Test Home Mobile", "TestHome", ACT_LTE)
NETWORKS = (
    HOME,
    ("00102", "Partner Roaming", "Partner", ACT_UMTS),
    ("00103", "Rival Mobile", "Rival", ACT_LTE),
)
FORBIDDEN = {"00103"}
KNOWN_APNS = {"internet", "ims"}
ECHO_NUMBER = "+15550100"

_GSM7 = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


def _luhn(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return digits + str((10 - total % 10) % 10)


def _segments(text: str) -> int:
    """Parts a text takes (GSM 7-bit 160/153 or UCS2 70/67), as the modem splits it."""
    if set(text) <= _GSM7:
        single, part = 160, 153
    else:
        single, part = 70, 67
    length = len(text.encode("utf-16-le")) // 2 if single == 70 else len(text)
    return 1 if length <= single else math.ceil(length / part)


def _error(name: str, text: str) -> dbus.exceptions.DBusException:
    return dbus.exceptions.DBusException(text, name=f"{ERR}.{name}")


class _Glib:
    """GLib timeouts through ctypes: dbusmock runs a bare GLib main context (no PyGObject)."""

    CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)

    def __init__(self) -> None:
        self.lib = ctypes.CDLL("libglib-2.0.so.0")
        self.lib.g_timeout_add.argtypes = [ctypes.c_uint, self.CALLBACK, ctypes.c_void_p]
        self.lib.g_timeout_add.restype = ctypes.c_uint
        self.lib.g_source_remove.argtypes = [ctypes.c_uint]
        self._callbacks: dict[int, Any] = {}

    def every(self, ms: int, func: Any) -> int:
        cb = self.CALLBACK(lambda _data: 1 if func() else 0)
        source = int(self.lib.g_timeout_add(ms, cb, None))
        self._callbacks[source] = cb  # keep the trampoline alive
        return source

    def cancel(self, source: int) -> None:
        if self._callbacks.pop(source, None) is not None:
            self.lib.g_source_remove(source)


class Modem:
    """State of the modelled modem; D-Bus methods below call into it."""

    def __init__(self, mock: Any, parameters: dict[str, Any]) -> None:
        self.mock = mock
        self.pin = str(parameters.get("pin", "1234"))
        self.puk = str(parameters.get("puk", "12345678"))
        self.pin_enabled = True
        self.lock = LOCK_PIN if parameters.get("locked", True) else LOCK_NONE
        self.retries = {LOCK_PIN: 3, LOCK_PUK: 10}
        self.imsi = "001010123456789"
        self.operator = ""
        self.sms_count = 0
        self.bearer_count = 0
        self.message_reference = 0
        self.bearers: dict[str, dict[str, Any]] = {}
        self.glib = _Glib()
        self.stats_timer: int | None = None

    # --- helpers ------------------------------------------------------------------------------

    @property
    def obj(self) -> Any:
        return mockobject.objects[MODEM_PATH]

    def prop(self, iface: str, name: str) -> Any:
        return self.obj.props[iface][name]

    def state(self) -> int:
        return int(self.prop(MODEM, "State"))

    def set_state(self, new: int) -> None:
        old = self.state()
        if old == new:
            return
        self.obj.UpdateProperties(MODEM, {"State": dbus.Int32(new)})
        self.obj.EmitSignal(MODEM, "StateChanged", "iiu",
                            [dbus.Int32(old), dbus.Int32(new), dbus.UInt32(1)])

    def retries_prop(self) -> dbus.Dictionary:
        return dbus.Dictionary({dbus.UInt32(k): dbus.UInt32(v) for k, v in self.retries.items()},
                               signature="uu")

    def set_lock(self, lock: int) -> None:
        self.lock = lock
        self.obj.UpdateProperties(MODEM, {"UnlockRequired": dbus.UInt32(lock),
                                          "UnlockRetries": self.retries_prop()})

    def require_unlocked(self) -> None:
        if self.lock == LOCK_PIN:
            raise _error("MobileEquipment.SimPin", "SIM PIN required")
        if self.lock == LOCK_PUK:
            raise _error("MobileEquipment.SimPuk", "SIM PUK required")

    def require_enabled(self) -> None:
        self.require_unlocked()
        if self.state() < S_ENABLED:
            raise _error("Core.WrongState", "modem not enabled yet")

    def require_registered(self) -> None:
        self.require_enabled()
        if self.prop(M3GPP, "RegistrationState") not in (REG_HOME, REG_ROAMING):
            raise _error("Core.WrongState", "modem not registered")

    def check_pin(self, pin: str) -> None:
        """A wrong PIN costs one attempt; the last one blocks the SIM behind its PUK."""
        if pin == self.pin:
            self.retries[LOCK_PIN] = 3
            self.obj.UpdateProperties(MODEM, {"UnlockRetries": self.retries_prop()})
            return
        self.retries[LOCK_PIN] -= 1
        if self.retries[LOCK_PIN] <= 0:
            self.retries[LOCK_PIN] = 0
            self.set_lock(LOCK_PUK)
            self.set_state(S_LOCKED)
            raise _error("MobileEquipment.SimPuk", "SIM PUK required")
        self.obj.UpdateProperties(MODEM, {"UnlockRetries": self.retries_prop()})
        raise _error("MobileEquipment.IncorrectPassword", "Incorrect password")

    def unlocked(self) -> None:
        self.set_lock(LOCK_NONE)
        mockobject.objects[SIM_PATH].UpdateProperties(SIM, {"Imsi": self.imsi})
        self.set_state(S_DISABLED)

    # --- registration -------------------------------------------------------------------------

    def register(self, code: str) -> None:
        network = next((n for n in NETWORKS if n[0] == code), None)
        if network is None:
            raise _error("MobileEquipment.NoNetwork", "No network service")
        if code in FORBIDDEN:
            raise _error("MobileEquipment.NetworkNotAllowed",
                         "Network not allowed - emergency calls only")
        self.set_state(S_SEARCHING)
        self.operator = code
        reg = REG_HOME if code == HOME[0] else REG_ROAMING
        self.obj.UpdateProperties(M3GPP, {
            "RegistrationState": dbus.UInt32(reg), "OperatorCode": code,
            "OperatorName": network[1]})
        self.obj.UpdateProperties(MODEM, {
            "AccessTechnologies": dbus.UInt32(network[3]),
            "SignalQuality": dbus.Struct((dbus.UInt32(72), True), signature="ub")})
        empty = dbus.Dictionary({}, signature="sv")
        if network[3] == ACT_UMTS:  # the Signal table of the serving radio only
            self.obj.UpdateProperties(SIGNAL, {"Lte": empty, "Umts": dbus.Dictionary(
                {"rssi": -71.0, "rscp": -83.0, "ecio": -6.5}, signature="sv")})
        else:
            self.obj.UpdateProperties(SIGNAL, {"Umts": empty, "Lte": dbus.Dictionary(
                {"rssi": -65.0, "rsrp": -95.0, "rsrq": -10.0, "snr": 12.5}, signature="sv")})
        connected = any(b["connected"] for b in self.bearers.values())
        self.set_state(S_CONNECTED if connected else S_REGISTERED)

    def enable(self, on: bool) -> None:
        self.require_unlocked()
        if on:
            if self.state() >= S_ENABLED:
                return
            self.obj.UpdateProperties(MODEM, {"PowerState": dbus.UInt32(POWER_ON)})
            self.set_state(S_ENABLED)
            self.register(self.operator or HOME[0])
            return
        for path in list(self.bearers):
            self.bearer_disconnect(path)
        self.obj.UpdateProperties(M3GPP, {"RegistrationState": dbus.UInt32(REG_IDLE),
                                          "OperatorCode": "", "OperatorName": ""})
        self.obj.UpdateProperties(MODEM, {
            "PowerState": dbus.UInt32(POWER_LOW), "AccessTechnologies": dbus.UInt32(0),
            "SignalQuality": dbus.Struct((dbus.UInt32(0), False), signature="ub")})
        self.set_state(S_DISABLED)

    # --- bearers ------------------------------------------------------------------------------

    def create_bearer(self, props: dict[str, Any]) -> str:
        path = f"{MAIN_OBJ}/Bearer/{self.bearer_count}"
        self.bearer_count += 1
        bearer_props = {
            "Interface": "", "Connected": False, "Suspended": False, "Multiplexed": False,
            "Ip4Config": dbus.Dictionary({}, signature="sv"),
            "Ip6Config": dbus.Dictionary({}, signature="sv"),
            "IpTimeout": dbus.UInt32(20), "BearerType": dbus.UInt32(1),
            "Properties": dbus.Dictionary(props, signature="sv"),
            "Stats": dbus.Dictionary({}, signature="sv"),
            "ConnectionError": dbus.Struct(("", ""), signature="ss"),
            "ReloadStatsSupported": True,
        }
        self.mock.AddObject(path, BEARER, bearer_props, [
            ("Connect", "", "", lambda _self: MODEL.bearer_connect(path)),
            ("Disconnect", "", "", lambda _self: MODEL.bearer_disconnect(path)),
        ])
        self.bearers[path] = {"connected": False, "rx": 0, "tx": 0, "ticks": 0}
        self.obj.UpdateProperties(MODEM, {"Bearers": dbus.Array(list(self.bearers),
                                                                signature="o")})
        return path

    def bearer_connect(self, path: str) -> None:
        self.require_registered()
        bearer = mockobject.objects[path]
        apn = str(bearer.props[BEARER]["Properties"].get("apn", "")) or "internet"
        if apn not in KNOWN_APNS:
            bearer.UpdateProperties(BEARER, {"ConnectionError": dbus.Struct(
                (f"{ERR}.MobileEquipment.MissingOrUnknownApn", "Missing or unknown APN"),
                signature="ss")})
            raise _error("MobileEquipment.MissingOrUnknownApn", "Missing or unknown APN")
        self.set_state(S_CONNECTING)
        state = self.bearers[path]
        state.update(connected=True, rx=0, tx=0, ticks=0)
        bearer.UpdateProperties(BEARER, {
            "Connected": dbus.Boolean(True), "Interface": "wwan0",
            "Ip4Config": dbus.Dictionary({
                "method": dbus.UInt32(IP_STATIC), "address": "10.64.12.34",
                "prefix": dbus.UInt32(30), "gateway": "10.64.12.33", "dns1": "10.64.0.1",
                "dns2": "10.64.0.2", "mtu": dbus.UInt32(1500)}, signature="sv"),
            "Stats": self.stats(state),
            "ConnectionError": dbus.Struct(("", ""), signature="ss")})
        self.set_state(S_CONNECTED)
        if self.stats_timer is None:
            self.stats_timer = self.glib.every(100, self.tick)

    def bearer_disconnect(self, path: str) -> None:
        state = self.bearers.get(path)
        if state is None or not state["connected"]:
            return
        self.set_state(S_DISCONNECTING)
        state["connected"] = False
        mockobject.objects[path].UpdateProperties(BEARER, {
            "Connected": dbus.Boolean(False), "Interface": "",
            "Ip4Config": dbus.Dictionary({}, signature="sv")})
        if not any(b["connected"] for b in self.bearers.values()):
            if self.stats_timer is not None:
                self.glib.cancel(self.stats_timer)
                self.stats_timer = None
            self.set_state(S_REGISTERED)

    @staticmethod
    def stats(state: dict[str, Any]) -> dbus.Dictionary:
        return dbus.Dictionary({
            "rx-bytes": dbus.UInt64(state["rx"]), "tx-bytes": dbus.UInt64(state["tx"]),
            "duration": dbus.UInt32(state["ticks"] // 10), "attempts": dbus.UInt32(1),
            "failed-attempts": dbus.UInt32(0)}, signature="sv")

    def tick(self) -> bool:
        """Traffic of a connected session: keep-alives and a download trickle every 100 ms."""
        for path, state in self.bearers.items():
            if state["connected"]:
                state["ticks"] += 1
                state["rx"] += 1400 + 37 * (state["ticks"] % 7)
                state["tx"] += 120 + 11 * (state["ticks"] % 3)
                mockobject.objects[path].UpdateProperties(BEARER, {"Stats": self.stats(state)})
        return self.stats_timer is not None

    # --- messaging ----------------------------------------------------------------------------

    def add_sms(self, props: dict[str, Any], received: bool) -> str:
        path = f"{MAIN_OBJ}/SMS/{self.sms_count}"
        self.sms_count += 1
        sms_props = {
            "State": dbus.UInt32(SMS_UNKNOWN), "PduType": dbus.UInt32(PDU_SUBMIT),
            "Number": "", "Text": "", "Data": dbus.Array([], signature="y"), "SMSC": "",
            "Validity": dbus.Struct((dbus.UInt32(0), dbus.UInt32(0)), signature="uv"),
            "Class": dbus.Int32(-1), "TeleserviceId": dbus.UInt32(0),
            "ServiceCategory": dbus.UInt32(0), "DeliveryReportRequest": False,
            "MessageReference": dbus.UInt32(0), "Timestamp": "", "DischargeTimestamp": "",
            "DeliveryState": dbus.UInt32(0x100), "Storage": dbus.UInt32(0),
        }
        sms_props.update(props)
        self.mock.AddObject(path, SMS, sms_props, [
            ("Send", "", "", lambda _self: MODEL.send_sms(path)),
            ("Store", "u", "", lambda _self, storage: MODEL.store_sms(path, storage)),
        ])
        self.obj.UpdateProperties(MESSAGING, {"Messages": self.sms_paths()})
        self.obj.EmitSignal(MESSAGING, "Added", "ob", [dbus.ObjectPath(path), received])
        return path

    @staticmethod
    def sms_paths() -> dbus.Array:
        paths = (p for p in mockobject.objects if p.startswith(f"{MAIN_OBJ}/SMS/"))
        return dbus.Array(sorted(paths, key=lambda p: int(p.rsplit("/", 1)[1])), signature="o")

    def create_sms(self, props: dict[str, Any]) -> str:
        if "number" not in props or not ("text" in props or "data" in props):
            raise _error("Core.InvalidArgs", "Missing 'number' and 'text' or 'data'")
        return self.add_sms({
            "Number": str(props["number"]), "Text": str(props.get("text", "")),
            "DeliveryReportRequest": bool(props.get("delivery-report-request", False)),
            "SMSC": str(props.get("smsc", "")),
            "Validity": dbus.Struct(
                (dbus.UInt32(int(props["validity"][0])),
                 dbus.UInt32(int(props["validity"][1]), variant_level=1))
                if "validity" in props else (dbus.UInt32(0), dbus.UInt32(0, variant_level=1)),
                signature="uv"),
            "Class": dbus.Int32(int(props.get("class", -1)))}, received=False)

    def send_sms(self, path: str) -> None:
        self.require_registered()
        sms = mockobject.objects[path]
        text, number = str(sms.props[SMS]["Text"]), str(sms.props[SMS]["Number"])
        sms.UpdateProperties(SMS, {"State": dbus.UInt32(SMS_SENDING)})
        # One TP-MR per part; the property holds the last part's (as ModemManager reports it).
        self.message_reference = (self.message_reference + _segments(text)) % 256
        sms.UpdateProperties(SMS, {"State": dbus.UInt32(SMS_SENT),
                                   "MessageReference": dbus.UInt32(self.message_reference)})
        if number == ECHO_NUMBER:
            self.add_sms({
                "State": dbus.UInt32(SMS_RECEIVED), "PduType": dbus.UInt32(PDU_DELIVER),
                "Number": ECHO_NUMBER, "Text": text, "SMSC": "+15550000",
                "Timestamp": "2026-11-22T12:00:00+00:00", "Storage": dbus.UInt32(STORAGE_ME),
            }, received=True)

    def store_sms(self, path: str, storage: int) -> None:
        sms = mockobject.objects[path]
        sms.UpdateProperties(SMS, {"State": dbus.UInt32(SMS_STORED),
                                   "Storage": dbus.UInt32(storage or STORAGE_ME)})

    def delete_sms(self, path: str) -> None:
        if path not in mockobject.objects or not path.startswith(f"{MAIN_OBJ}/SMS/"):
            raise _error("Core.NotFound", f"No SMS found with path '{path}'")
        self.mock.RemoveObject(path)
        self.obj.UpdateProperties(MESSAGING, {"Messages": self.sms_paths()})
        self.obj.EmitSignal(MESSAGING, "Deleted", "o", [dbus.ObjectPath(path)])

    # --- USSD ---------------------------------------------------------------------------------

    MENU = "1. Balance\n2. Data bundles\n3. Help"
    ANSWERS: ClassVar[dict[str, tuple[str, int]]] = {
        "1": ("Balance: 12.34 EUR, valid until 2026-12-31", USSD_IDLE),
        "2": ("Bundles:\n1. 1 GB for 5 EUR\n2. 5 GB for 15 EUR", USSD_USER_RESPONSE),
        "3": ("Call 555 for help", USSD_IDLE)}

    def ussd_state(self, state: int, request: str = "") -> None:
        self.obj.UpdateProperties(USSD, {"State": dbus.UInt32(state),
                                         "NetworkRequest": request})

    def ussd_initiate(self, command: str) -> str:
        self.require_registered()
        if self.prop(USSD, "State") != USSD_IDLE:
            raise _error("Core.WrongState", "Cannot initiate USSD: a session is already active")
        self.ussd_state(USSD_ACTIVE)
        if command == "*100#":
            reply, state = "Your balance is 12.34 EUR", USSD_IDLE
        elif command == "*123#":
            reply, state = self.MENU, USSD_USER_RESPONSE
        else:
            reply, state = "Unknown service code", USSD_IDLE
        self.ussd_state(state, reply if state == USSD_USER_RESPONSE else "")
        return reply

    def ussd_respond(self, response: str) -> str:
        if self.prop(USSD, "State") != USSD_USER_RESPONSE:
            raise _error("Core.WrongState", "Cannot respond USSD: no active session")
        reply, state = self.ANSWERS.get(response, ("Invalid choice", USSD_IDLE))
        self.ussd_state(state, reply if state == USSD_USER_RESPONSE else "")
        return reply

    # --- simple -------------------------------------------------------------------------------

    def simple_connect(self, props: dict[str, Any]) -> str:
        if "pin" in props and self.lock == LOCK_PIN:
            self.check_pin(str(props["pin"]))
            self.unlocked()
        self.require_unlocked()
        self.enable(True)
        if "operator-id" in props:
            self.register(str(props["operator-id"]))
        bearer_keys = ("apn", "ip-type", "allowed-auth", "user", "password", "allow-roaming")
        path = self.create_bearer({k: v for k, v in props.items() if k in bearer_keys})
        self.bearer_connect(path)
        return path

    def simple_disconnect(self, path: str) -> None:
        targets = list(self.bearers) if path == "/" else [path]
        if path != "/" and path not in self.bearers:
            raise _error("Core.NotFound", f"Couldn't disconnect bearer '{path}': not found")
        for target in targets:
            self.bearer_disconnect(target)

    def simple_status(self) -> dbus.Dictionary:
        status: dict[str, Any] = {
            "state": dbus.UInt32(self.state()),
            "signal-quality": self.prop(MODEM, "SignalQuality"),
            "access-technologies": self.prop(MODEM, "AccessTechnologies"),
        }
        if M3GPP in self.obj.props and self.state() >= S_ENABLED:
            status["m3gpp-registration-state"] = self.prop(M3GPP, "RegistrationState")
            status["m3gpp-operator-code"] = self.prop(M3GPP, "OperatorCode")
            status["m3gpp-operator-name"] = self.prop(M3GPP, "OperatorName")
        return dbus.Dictionary(status, signature="sv")

    # --- SIM ----------------------------------------------------------------------------------

    def send_pin(self, pin: str) -> None:
        if self.lock == LOCK_PUK:
            raise _error("MobileEquipment.SimPuk", "SIM PUK required")
        if self.lock != LOCK_PIN:
            raise _error("Core.WrongState", "Cannot send PIN: device is not SIM-PIN locked")
        self.check_pin(pin)
        self.unlocked()

    def send_puk(self, puk: str, pin: str) -> None:
        if self.lock != LOCK_PUK:
            raise _error("Core.WrongState", "Cannot send PUK: device is not SIM-PUK locked")
        if self.retries[LOCK_PUK] <= 0:
            raise _error("MobileEquipment.SimWrong", "SIM wrong")
        if puk != self.puk:
            self.retries[LOCK_PUK] -= 1
            self.obj.UpdateProperties(MODEM, {"UnlockRetries": self.retries_prop()})
            raise _error("MobileEquipment.IncorrectPassword", "Incorrect password")
        self.pin = pin
        self.retries = {LOCK_PIN: 3, LOCK_PUK: 10}
        self.unlocked()

    def enable_pin(self, pin: str, enabled: bool) -> None:
        self.require_unlocked()
        self.check_pin(pin)
        self.pin_enabled = bool(enabled)
        self.obj.UpdateProperties(M3GPP, {
            "EnabledFacilityLocks": dbus.UInt32(FACILITY_SIM if enabled else 0)})

    def change_pin(self, old: str, new: str) -> None:
        self.require_unlocked()
        if not self.pin_enabled:
            raise _error("MobileEquipment.NotAllowed", "Operation not allowed")
        self.check_pin(old)
        self.pin = new


MODEL: Modem


def _scan(_self: Any) -> dbus.Array:
    MODEL.require_enabled()
    results = []
    for code, long_name, short_name, act in NETWORKS:
        status = (NET_FORBIDDEN if code in FORBIDDEN else
                  NET_CURRENT if code == MODEL.operator else NET_AVAILABLE)
        results.append(dbus.Dictionary({
            "status": dbus.UInt32(status), "operator-long": long_name,
            "operator-short": short_name, "operator-code": code,
            "access-technology": dbus.UInt32(act)}, signature="sv"))
    return dbus.Array(results, signature="a{sv}")


def _register(_self: Any, code: str) -> None:
    MODEL.require_enabled()
    MODEL.register(str(code) or HOME[0])


def _set_power_state(_self: Any, state: int) -> None:
    if MODEL.state() > S_DISABLED:
        raise _error("Core.WrongState", "Cannot set power state: modem must be disabled")
    MODEL.obj.UpdateProperties(MODEM, {"PowerState": dbus.UInt32(state)})


def _get_location(_self: Any) -> dbus.Dictionary:
    location: dict[Any, Any] = {}
    if MODEL.prop(LOCATION, "Enabled") & LOCATION_3GPP_LAC_CI and MODEL.operator:
        code = MODEL.operator
        location[dbus.UInt32(LOCATION_3GPP_LAC_CI)] = dbus.String(
            f"{code[:3]},{code[3:]},1A2B,0012D687,1A2B", variant_level=1)
    return dbus.Dictionary(location, signature="uv")


# MMCellType
CELL_UMTS, CELL_LTE = 3, 5
#: The serving cell's downlink channel per access technology: EARFCN 1300 (LTE band 3),
#: UARFCN 10700 (UMTS band I).
SERVING_CHANNEL = {ACT_LTE: ("earfcn", CELL_LTE, 1300), ACT_UMTS: ("uarfcn", CELL_UMTS, 10700)}


def _get_cell_info(_self: Any) -> dbus.Array:
    """Modem.GetCellInfo (ModemManager 1.20): the serving cell and one LTE neighbour."""
    cells: list[dbus.Dictionary] = []
    act = int(MODEL.prop(MODEM, "AccessTechnologies"))
    if MODEL.operator and act in SERVING_CHANNEL:
        key, cell_type, channel = SERVING_CHANNEL[act]
        area = "tac" if cell_type == CELL_LTE else "lac"
        cells.append(dbus.Dictionary({
            "cell-type": dbus.UInt32(cell_type), "serving": dbus.Boolean(True),
            "operator-id": MODEL.operator, area: "1A2B", "ci": "12D687",
            key: dbus.UInt32(channel)}, signature="sv"))
        cells.append(dbus.Dictionary({
            "cell-type": dbus.UInt32(CELL_LTE), "serving": dbus.Boolean(False),
            "physical-ci": "1F", "earfcn": dbus.UInt32(6300)}, signature="sv"))
    return dbus.Array(cells, signature="a{sv}")


def _location_setup(_self: Any, sources: int, signal: bool) -> None:
    MODEL.obj.UpdateProperties(LOCATION, {"Enabled": dbus.UInt32(sources),
                                          "SignalsLocation": dbus.Boolean(signal)})


#: The control key of every personalisation (Modem3gpp.DisableFacilityLock, MM 1.20).
CONTROL_KEY = "12341234"


def _disable_facility_lock(_self: Any, properties: Any) -> None:
    facility, key = int(properties[0]), str(properties[1])
    if key != CONTROL_KEY:
        raise _error("MobileEquipment.IncorrectPassword", "Incorrect password")
    obj = mockobject.objects[MODEM_PATH]
    locks = int(obj.props[M3GPP]["EnabledFacilityLocks"])
    obj.UpdateProperties(M3GPP, {"EnabledFacilityLocks": dbus.UInt32(locks & ~facility)})


def _set_packet_service_state(_self: Any, state: int) -> None:
    """Detach (1) ends every connection; attach (2) lets them be made again (MM 1.20)."""
    if int(state) not in (1, 2):
        raise _error("Core.InvalidArgs", "Invalid packet service state")
    if int(state) == 1:
        for path in list(MODEL.bearers):
            MODEL.bearer_disconnect(path)
    mockobject.objects[MODEM_PATH].UpdateProperties(
        M3GPP, {"PacketServiceState": dbus.UInt32(int(state))})


def _set_current_modes(_self: Any, modes: Any) -> None:
    obj = mockobject.objects[MODEM_PATH]
    wanted = (int(modes[0]), int(modes[1]))
    if wanted not in {(int(a), int(p)) for a, p in obj.props[MODEM]["SupportedModes"]}:
        raise _error("Core.Unsupported", "Mode combination not supported")
    obj.UpdateProperties(MODEM, {"CurrentModes": dbus.Struct(
        (dbus.UInt32(wanted[0]), dbus.UInt32(wanted[1])), signature="uu")})


def _command(_self: Any, _command: str, _timeout: int) -> str:
    raise _error("Core.Unauthorized", "Operation only allowed in debug mode")


def _modem_props(parameters: dict[str, Any]) -> dict[str, Any]:
    locked = parameters.get("locked", True)
    return {
        "Sim": dbus.ObjectPath(SIM_PATH), "SimSlots": dbus.Array([SIM_PATH], signature="o"),
        "PrimarySimSlot": dbus.UInt32(1), "Bearers": dbus.Array([], signature="o"),
        "SupportedCapabilities": dbus.Array([dbus.UInt32(4 | 8)], signature="u"),
        "CurrentCapabilities": dbus.UInt32(4 | 8), "MaxBearers": dbus.UInt32(4),
        "MaxActiveBearers": dbus.UInt32(1), "Manufacturer": "Quectel", "Model": "EM12-G",
        "Revision": "EM12GPAR01A21M4G", "HardwareRevision": "20000",
        "CarrierConfiguration": "default", "CarrierConfigurationRevision": "",
        "DeviceIdentifier": "8f1c3a0e5b7d9f2a4c6e8b0d1f3a5c7e9b1d3f5a",
        "Device": "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-3", "Physdev": "",
        "Drivers": dbus.Array(["option", "qmi_wwan"], signature="s"), "Plugin": "quectel",
        "PrimaryPort": "cdc-wdm0",
        "Ports": dbus.Array([
            dbus.Struct(("cdc-wdm0", dbus.UInt32(PORT_QMI)), signature="su"),
            dbus.Struct(("ttyUSB0", dbus.UInt32(PORT_QCDM)), signature="su"),
            dbus.Struct(("ttyUSB2", dbus.UInt32(PORT_AT)), signature="su"),
            dbus.Struct(("ttyUSB3", dbus.UInt32(PORT_AT)), signature="su"),
            dbus.Struct(("wwan0", dbus.UInt32(PORT_NET)), signature="su"),
        ], signature="(su)"),
        "EquipmentIdentifier": _luhn("86403404123456"),
        "UnlockRequired": dbus.UInt32(LOCK_PIN if locked else LOCK_NONE),
        "UnlockRetries": dbus.Dictionary({dbus.UInt32(LOCK_PIN): dbus.UInt32(3),
                                          dbus.UInt32(LOCK_PUK): dbus.UInt32(10)},
                                         signature="uu"),
        "State": dbus.Int32(S_LOCKED if locked else S_DISABLED), "StateFailedReason":
            dbus.UInt32(0), "AccessTechnologies": dbus.UInt32(0),
        "SignalQuality": dbus.Struct((dbus.UInt32(0), False), signature="ub"),
        "OwnNumbers": dbus.Array(["+15550123"], signature="s"),
        "PowerState": dbus.UInt32(POWER_ON),
        "SupportedModes": dbus.Array([
            dbus.Struct((dbus.UInt32(a), dbus.UInt32(p)), signature="uu")
            for a, p in ((14, 8), (14, 0), (12, 8), (8, 0), (4, 0))], signature="(uu)"),
        "CurrentModes": dbus.Struct((dbus.UInt32(14), dbus.UInt32(8)), signature="uu"),
        "SupportedBands": dbus.Array([dbus.UInt32(31), dbus.UInt32(33)], signature="u"),
        "CurrentBands": dbus.Array([dbus.UInt32(31), dbus.UInt32(33)], signature="u"),
        "SupportedIpFamilies": dbus.UInt32(7),
    }


def load(mock: Any, parameters: dict[str, Any]) -> None:
    global MODEL
    base.load(mock, parameters)
    mock.AddMethod(
        mockobject.OBJECT_MANAGER_IFACE, "GetManagedObjects", "", "a{oa{sa{sv}}}",
        f"ret = {{dbus.ObjectPath(k): objects[k].props for k in objects "
        f"if k.startswith('{MAIN_OBJ}/Modem/')}}")
    MODEL = Modem(mock, parameters)
    m = MODEL
    mock.AddObject(MODEM_PATH, MODEM, _modem_props(parameters), [
        ("Enable", "b", "", lambda _s, on: m.enable(bool(on))),
        ("ListBearers", "", "ao", lambda _s: dbus.Array(list(m.bearers), signature="o")),
        ("CreateBearer", "a{sv}", "o", lambda _s, props: m.create_bearer(dict(props))),
        ("DeleteBearer", "o", "", lambda _s, path: m.bearer_disconnect(str(path))),
        ("Reset", "", "", ""),
        ("SetPowerState", "u", "", _set_power_state),
        ("SetCurrentModes", "(uu)", "", _set_current_modes),
        ("Command", "su", "s", _command),
        ("GetCellInfo", "", "aa{sv}", _get_cell_info),
    ])
    obj = mockobject.objects[MODEM_PATH]
    obj.AddProperties(M3GPP, {
        "Imei": _luhn("86403404123456"), "RegistrationState": dbus.UInt32(REG_IDLE),
        "OperatorCode": "", "OperatorName": "",
        "EnabledFacilityLocks": dbus.UInt32(FACILITY_SIM), "EpsUeModeOperation": dbus.UInt32(1),
        "Pco": dbus.Array([], signature="(ubay)"), "InitialEpsBearer": dbus.ObjectPath("/"),
        "InitialEpsBearerSettings": dbus.Dictionary({}, signature="sv"),
        "PacketServiceState": dbus.UInt32(0)})
    obj.AddMethods(M3GPP, [("Register", "s", "", _register), ("Scan", "", "aa{sv}", _scan),
                           ("DisableFacilityLock", "(us)", "", _disable_facility_lock),
                           ("SetPacketServiceState", "u", "", _set_packet_service_state)])
    obj.AddProperties(USSD, {"State": dbus.UInt32(USSD_IDLE), "NetworkNotification": "",
                             "NetworkRequest": ""})
    obj.AddMethods(USSD, [
        ("Initiate", "s", "s", lambda _s, cmd: m.ussd_initiate(str(cmd))),
        ("Respond", "s", "s", lambda _s, text: m.ussd_respond(str(text))),
        ("Cancel", "", "", lambda _s: m.ussd_state(USSD_IDLE))])
    empty = dbus.Dictionary({}, signature="sv")
    obj.AddProperties(SIGNAL, {"Rate": dbus.UInt32(0), "RssiThreshold": dbus.UInt32(0),
                               "ErrorRateThreshold": False, "Cdma": empty, "Evdo": empty,
                               "Gsm": empty, "Umts": empty, "Lte": empty, "Nr5g": empty})
    obj.AddMethods(SIGNAL, [
        ("Setup", "u", "", lambda _s, rate: obj.UpdateProperties(SIGNAL, {"Rate": rate}))])
    obj.AddProperties(MESSAGING, {
        "Messages": dbus.Array([], signature="o"),
        "SupportedStorages": dbus.Array([dbus.UInt32(STORAGE_SM), dbus.UInt32(STORAGE_ME)],
                                        signature="u"),
        "DefaultStorage": dbus.UInt32(STORAGE_ME)})
    obj.AddMethods(MESSAGING, [
        ("List", "", "ao", lambda _s: m.sms_paths()),
        ("Delete", "o", "", lambda _s, path: m.delete_sms(str(path))),
        ("Create", "a{sv}", "o", lambda _s, props: m.create_sms(dict(props)))])
    obj.AddMethods(SIMPLE, [
        ("Connect", "a{sv}", "o", lambda _s, props: m.simple_connect(dict(props))),
        ("Disconnect", "o", "", lambda _s, path: m.simple_disconnect(str(path))),
        ("GetStatus", "", "a{sv}", lambda _s: m.simple_status())])
    obj.AddProperties(LOCATION, {
        "Capabilities": dbus.UInt32(LOCATION_3GPP_LAC_CI),
        "SupportedAssistanceData": dbus.UInt32(0), "Enabled": dbus.UInt32(0),
        "SignalsLocation": False, "Location": dbus.Dictionary({}, signature="uv"),
        "SuplServer": "", "AssistanceDataServers": dbus.Array([], signature="s"),
        "GpsRefreshRate": dbus.UInt32(30)})
    obj.AddMethods(LOCATION, [("Setup", "ub", "", _location_setup),
                              ("GetLocation", "", "a{uv}", _get_location)])
    mock.AddObject(SIM_PATH, SIM, {
        "Active": True, "SimIdentifier": _luhn("8900101000012345678"),
        "Imsi": "" if parameters.get("locked", True) else m.imsi, "Eid": "",
        "OperatorIdentifier": "00101", "OperatorName": "Test Home Mobile",
        "EmergencyNumbers": dbus.Array(["112", "911"], signature="s"),
        "PreferredNetworks": dbus.Array([], signature="(su)"), "SimType": dbus.UInt32(1),
        "EsimStatus": dbus.UInt32(0), "Removability": dbus.UInt32(1),
    }, [
        ("SendPin", "s", "", lambda _s, pin: m.send_pin(str(pin))),
        ("SendPuk", "ss", "", lambda _s, puk, pin: m.send_puk(str(puk), str(pin))),
        ("EnablePin", "sb", "", lambda _s, pin, on: m.enable_pin(str(pin), bool(on))),
        ("ChangePin", "ss", "", lambda _s, old, new: m.change_pin(str(old), str(new))),
    ])
